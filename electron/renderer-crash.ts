// What the app does when the page's process dies (a crash, out of memory, killed by the system):
// the window reloads the page and says so. A page that dies at every start would reload forever,
// so reloads are capped; past the cap the app says it cannot go on, and quits.
//
// The learner is told with a native dialog, not by the page: the main process alone knows a crash
// happened, the page may die again before it could show anything, and no new IPC message has to be
// trusted. The dialog speaks the interface language the shell remembers (shell-settings.json).
import type { MessageBoxOptions } from 'electron';
import type { Locale } from '../content/schema';
import { fill } from './menu-strings';

/** At most this many reloads within `withinMs`: enough for a rare crash, not for a loop. */
export const RELOAD_CAP = { reloads: 3, withinMs: 5 * 60_000 } as const;

export type CrashResponse = 'reload' | 'give-up';

export interface CrashBudget {
  /** Called on each crash, with its time; says whether one more reload is allowed. */
  onCrash(now: number): CrashResponse;
}

export function createCrashBudget(cap: { reloads: number; withinMs: number } = RELOAD_CAP): CrashBudget {
  let recent: number[] = [];
  return {
    onCrash(now) {
      recent = [...recent.filter((time) => now - time < cap.withinMs), now];
      return recent.length <= cap.reloads ? 'reload' : 'give-up';
    },
  };
}

interface CrashStrings {
  reloadedMessage: string;
  reloadedDetail: string;
  ok: string;
  gaveUpMessage: string;
  gaveUpDetail: string;
  quit: string;
  /** Plural forms of "time(s)", by Intl.PluralRules category. */
  times: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
}

const CRASH_STRINGS: Record<Locale, CrashStrings> = {
  'pt-BR': {
    reloadedMessage: 'A janela parou inesperadamente e foi recarregada.',
    reloadedDetail:
      'As respostas já registradas estão salvas. Se um cartão voltar, responda de novo: a última resposta antes da falha pode não ter sido gravada.',
    ok: 'OK',
    gaveUpMessage: 'O {app} não consegue continuar e vai fechar.',
    gaveUpDetail:
      'A janela parou {count} {times} em poucos minutos, então o app não tenta de novo. Seu progresso está salvo neste computador, e os backups ficam em:\n{backups}\n\nAbra o app outra vez; se isso se repetir, reinicie o computador.',
    quit: 'Sair',
    times: { one: 'vez', other: 'vezes' },
  },
  en: {
    reloadedMessage: 'The window stopped unexpectedly and was reloaded.',
    reloadedDetail:
      'Answers already recorded are safe. If a card comes back, answer it again: the last answer before the failure may not have been saved.',
    ok: 'OK',
    gaveUpMessage: '{app} cannot go on and will close.',
    gaveUpDetail:
      'The window stopped {count} {times} within a few minutes, so the app does not try again. Your progress is saved on this computer, and the backups are in:\n{backups}\n\nOpen the app again; if this happens again, restart the computer.',
    quit: 'Quit',
    times: { one: 'time', other: 'times' },
  },
};

export function crashReloadedBox(locale: Locale, appName: string): MessageBoxOptions {
  const s = CRASH_STRINGS[locale];
  return { type: 'warning', title: appName, message: s.reloadedMessage, detail: s.reloadedDetail, buttons: [s.ok], defaultId: 0, noLink: true };
}

/** `crashes`: how many the window had within the cap's period, this last one included. */
export function crashGaveUpBox(locale: Locale, facts: { appName: string; crashes: number; backupsDir: string }): MessageBoxOptions {
  const s = CRASH_STRINGS[locale];
  const category = new Intl.PluralRules(locale).select(facts.crashes);
  return {
    type: 'error',
    title: facts.appName,
    message: fill(s.gaveUpMessage, { app: facts.appName }),
    detail: fill(s.gaveUpDetail, {
      count: new Intl.NumberFormat(locale).format(facts.crashes),
      times: s.times[category] ?? s.times.other,
      backups: facts.backupsDir,
    }),
    buttons: [s.quit],
    defaultId: 0,
    noLink: true,
  };
}
