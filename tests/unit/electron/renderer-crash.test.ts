import { describe, expect, it } from 'vitest';
import { RELOAD_CAP, createCrashBudget, crashGaveUpBox, crashReloadedBox } from '../../../electron/renderer-crash';

const minute = 60_000;

describe('reloads after a crash', () => {
  it('reloads up to the cap within its period, then gives up', () => {
    const budget = createCrashBudget({ reloads: 3, withinMs: 5 * minute });
    const start = Date.UTC(2026, 0, 1);
    expect([0, 1, 2].map((i) => budget.onCrash(start + i * minute))).toEqual(['reload', 'reload', 'reload']);
    expect(budget.onCrash(start + 3 * minute)).toBe('give-up');
  });

  it('gives up at once when the page dies at every start', () => {
    const budget = createCrashBudget();
    const now = Date.UTC(2026, 0, 1);
    const responses = Array.from({ length: RELOAD_CAP.reloads + 1 }, (_, i) => budget.onCrash(now + i * 200));
    expect(responses.at(-1)).toBe('give-up');
    expect(responses.filter((r) => r === 'reload')).toHaveLength(RELOAD_CAP.reloads);
  });

  it('forgets crashes older than the period: a rare crash always reloads', () => {
    const budget = createCrashBudget({ reloads: 3, withinMs: 5 * minute });
    const start = Date.UTC(2026, 0, 1);
    // One crash every two minutes, for an hour: never more than three within five minutes.
    for (let i = 0; i < 30; i++) expect(budget.onCrash(start + i * 2 * minute)).toBe('reload');
  });
});

describe('what the learner is told', () => {
  it('says the window was reloaded, in the interface language', () => {
    expect(crashReloadedBox('pt-BR', 'MLOps Flashcards')).toMatchObject({
      type: 'warning',
      message: 'A janela parou inesperadamente e foi recarregada.',
      buttons: ['OK'],
    });
    expect(crashReloadedBox('en', 'MLOps Flashcards').message).toBe('The window stopped unexpectedly and was reloaded.');
  });

  it('says why it gives up and where the backups are, with the one way out: quit', () => {
    const facts = { appName: 'MLOps Flashcards', crashes: 4, backupsDir: '/home/ana/.config/MLOps Flashcards/backups' };
    const pt = crashGaveUpBox('pt-BR', facts);
    expect(pt).toMatchObject({ type: 'error', message: 'O MLOps Flashcards não consegue continuar e vai fechar.', buttons: ['Sair'] });
    expect(pt.detail).toContain('parou 4 vezes em poucos minutos');
    expect(pt.detail).toContain(facts.backupsDir);
    const en = crashGaveUpBox('en', facts);
    expect(en).toMatchObject({ message: 'MLOps Flashcards cannot go on and will close.', buttons: ['Quit'] });
    expect(en.detail).toContain('stopped 4 times within a few minutes');
  });

  it('picks the plural by Intl.PluralRules', () => {
    const facts = { appName: 'MLOps Flashcards', crashes: 1, backupsDir: '/b' };
    expect(crashGaveUpBox('pt-BR', facts).detail).toContain('parou 1 vez em');
    expect(crashGaveUpBox('en', facts).detail).toContain('stopped 1 time within');
  });
});
