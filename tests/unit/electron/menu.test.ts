import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../content/schema';
import { aboutBoxOptions } from '../../../electron/about';
import { buildMenuTemplate, MENU_IDS, type MenuActions } from '../../../electron/menu';
import { MENU_MESSAGES } from '../../../electron/menu-messages';
import type { ThemeSource } from '../../../electron/shell-settings';

type Item = MenuItemConstructorOptions;

function build(options: { locale?: Locale; platform?: NodeJS.Platform; theme?: ThemeSource; devTools?: boolean } = {}) {
  const actions: MenuActions = { command: vi.fn(), setTheme: vi.fn(), showAbout: vi.fn() };
  const template = buildMenuTemplate({
    locale: options.locale ?? 'pt-BR',
    theme: options.theme ?? 'system',
    platform: options.platform ?? 'linux',
    appName: 'MLOps Flashcards',
    devTools: options.devTools ?? false,
    actions,
  });
  return { template, actions };
}

function items(template: readonly Item[]): Item[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byId(template: readonly Item[], id: string): Item {
  const found = items(template).filter((item) => item.id === id);
  expect(found, id).toHaveLength(1);
  return found[0]!;
}

const click = (item: Item) => item.click!(undefined as never, undefined, undefined as never);
const topLabels = (template: readonly Item[]) => template.map((item) => item.label);

describe('application menu', () => {
  it('has File, Edit, View and Help in Portuguese, with Alt mnemonics on Windows and Linux', () => {
    expect(topLabels(build({ locale: 'pt-BR' }).template)).toEqual(['&Arquivo', '&Editar', 'E&xibir', 'Aj&uda']);
    expect(topLabels(build({ locale: 'en', platform: 'win32' }).template)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('follows macOS conventions: an app menu with About and Quit, a Window menu, no mnemonics', () => {
    const { template } = build({ locale: 'en', platform: 'darwin' });
    expect(topLabels(template)).toEqual(['MLOps Flashcards', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = template[0]!.submenu as Item[];
    expect(appMenu[0]).toMatchObject({ id: MENU_IDS.about, label: 'About MLOps Flashcards' });
    expect(appMenu.at(-1)).toMatchObject({ role: 'quit', accelerator: 'Command+Q' });
    expect(items(template).filter((item) => item.role === 'quit')).toHaveLength(1);
  });

  it('labels every item in the chosen language', () => {
    for (const locale of ['pt-BR', 'en'] as const) {
      const { template } = build({ locale });
      const column = locale === 'pt-BR' ? 0 : 1;
      const s = (key: keyof typeof MENU_MESSAGES) => MENU_MESSAGES[key][column];
      expect(byId(template, MENU_IDS.exportProgress).label).toBe(s('exportProgress'));
      expect(byId(template, MENU_IDS.importProgress).label).toBe(s('importProgress'));
      expect(byId(template, MENU_IDS.backups).label).toBe(s('backups'));
      expect(byId(template, MENU_IDS.undo).label).toBe(s('undoAnswer'));
      expect(byId(template, MENU_IDS.zoomIn).label).toBe(s('zoomIn'));
      expect(byId(template, MENU_IDS.theme('dark')).label).toBe(s('themeDark'));
      expect(byId(template, MENU_IDS.shortcuts).label).toBe(s('shortcuts'));
    }
    expect(byId(build({ locale: 'pt-BR' }).template, MENU_IDS.about).label).toBe('Sobre o MLOps Flashcards');
    // Language names stay in their own language, so a learner lost in the other one finds theirs.
    expect(byId(build({ locale: 'en' }).template, MENU_IDS.locale('pt-BR')).label).toBe('Português (Brasil)');
  });

  it('sends the renderer its commands', () => {
    const { template, actions } = build();
    for (const [id, command] of [
      [MENU_IDS.exportProgress, { type: 'export-progress' }],
      [MENU_IDS.importProgress, { type: 'import-progress' }],
      [MENU_IDS.backups, { type: 'open-backups' }],
      [MENU_IDS.undo, { type: 'undo' }],
      [MENU_IDS.shortcuts, { type: 'show-shortcuts' }],
      [MENU_IDS.locale('en'), { type: 'set-locale', locale: 'en' }],
      [MENU_IDS.locale('pt-BR'), { type: 'set-locale', locale: 'pt-BR' }],
    ] as const) {
      click(byId(template, id));
      expect(actions.command).toHaveBeenLastCalledWith(command);
    }
    expect(actions.command).toHaveBeenCalledTimes(7);
  });

  it('sets the theme and shows the about box in the main process', () => {
    const { template, actions } = build();
    click(byId(template, MENU_IDS.theme('dark')));
    expect(actions.setTheme).toHaveBeenCalledWith('dark');
    click(byId(template, MENU_IDS.about));
    expect(actions.showAbout).toHaveBeenCalledOnce();
    expect(actions.command).not.toHaveBeenCalled();
  });

  it('checks the current theme and language', () => {
    const { template } = build({ theme: 'light', locale: 'en' });
    expect(byId(template, MENU_IDS.theme('light'))).toMatchObject({ type: 'radio', checked: true });
    expect(byId(template, MENU_IDS.theme('system')).checked).toBe(false);
    expect(byId(template, MENU_IDS.locale('en'))).toMatchObject({ type: 'radio', checked: true });
    expect(byId(template, MENU_IDS.locale('pt-BR')).checked).toBe(false);
  });

  it('uses the usual accelerators', () => {
    const { template } = build();
    expect(byId(template, MENU_IDS.exportProgress).accelerator).toBe('CmdOrCtrl+E');
    expect(byId(template, MENU_IDS.importProgress).accelerator).toBe('CmdOrCtrl+O');
    expect(byId(template, MENU_IDS.zoomIn)).toMatchObject({ role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' });
    expect(byId(template, MENU_IDS.zoomOut)).toMatchObject({ role: 'zoomOut', accelerator: 'CmdOrCtrl+-' });
    expect(byId(template, MENU_IDS.resetZoom)).toMatchObject({ role: 'resetZoom', accelerator: 'CmdOrCtrl+0' });
    expect(byId(template, MENU_IDS.shortcuts).accelerator).toBe('CmdOrCtrl+/');
    expect(items(template).find((item) => item.role === 'quit')?.accelerator).toBe('Ctrl+Q');
    // Undo shows Ctrl+Z but leaves the key to the page: the study screen and text fields handle it.
    expect(byId(template, MENU_IDS.undo)).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    const accelerators = items(template).flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('offers developer tools only in development', () => {
    expect(items(build({ devTools: false }).template).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(items(build({ devTools: true }).template).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('gives every label a text in both languages, none empty', () => {
    for (const [key, pair] of Object.entries(MENU_MESSAGES)) {
      expect(pair, key).toHaveLength(2);
      for (const text of pair) {
        const forms: string[] = typeof text === 'string' ? [text] : Object.values(text);
        for (const form of forms) expect(form.trim(), key).not.toBe('');
      }
    }
  });
});

describe('about box', () => {
  const facts = { appName: 'MLOps Flashcards', version: '0.1.0', electron: '41.7.1', chrome: '146.0', node: '24.1.0' };

  it('shows the version in the chosen language', () => {
    const pt = aboutBoxOptions('pt-BR', facts);
    expect(pt).toMatchObject({ type: 'info', title: 'Sobre o MLOps Flashcards', message: 'MLOps Flashcards', buttons: ['OK'] });
    expect(pt.detail).toContain('Versão 0.1.0');
    expect(pt.detail).toContain('Electron 41.7.1');
    const en = aboutBoxOptions('en', facts);
    expect(en.detail).toContain('Version 0.1.0');
    expect(en.detail).not.toMatch(/\{\w+\}/);
  });
});
