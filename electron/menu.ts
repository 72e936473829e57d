// The native application menu as a plain template: built from a locale and a few callbacks, with
// no Electron import at run time, so it is unit-tested under Node. main.ts turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron';
import { LOCALES, type Locale } from '../content/schema';
import type { MenuCommand } from '../renderer/core/contract/ipc';
import { LANGUAGE_NAMES, menuText } from './menu-messages';
import { THEME_SOURCES, type ThemeSource } from './shell-settings';

export interface MenuActions {
  /** Hands a command to the renderer, which owns export, import, backups, undo, language, shortcuts. */
  command(command: MenuCommand): void;
  setTheme(theme: ThemeSource): void;
  showAbout(): void;
}

export interface MenuOptions {
  locale: Locale;
  theme: ThemeSource;
  platform: NodeJS.Platform;
  appName: string;
  /** Development builds get a developer tools item; packaged ones do not. */
  devTools: boolean;
  actions: MenuActions;
}

/** Menu item ids, for main.ts and the tests to find an item whatever its language. */
export const MENU_IDS = {
  exportProgress: 'export-progress',
  importProgress: 'import-progress',
  backups: 'open-backups',
  undo: 'undo',
  zoomIn: 'zoom-in',
  zoomOut: 'zoom-out',
  resetZoom: 'reset-zoom',
  theme: (theme: ThemeSource) => `theme-${theme}`,
  locale: (locale: Locale) => `locale-${locale}`,
  shortcuts: 'show-shortcuts',
  about: 'about',
} as const;

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { locale, theme, platform, appName, actions } = options;
  const text = menuText(locale);
  const mac = platform === 'darwin';
  // `&` marks the Alt-key mnemonic on Windows and Linux; macOS has no mnemonics.
  const label = (text: string) => (mac ? text.replace(/&(?!&)/g, '') : text);
  const command = (c: MenuCommand) => () => actions.command(c);

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { id: MENU_IDS.about, label: text('about', { app: appName }), click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'hide', label: text('hide', { app: appName }) },
      { role: 'hideOthers', label: text('hideOthers') },
      { role: 'unhide', label: text('showAll') },
      { type: 'separator' },
      { role: 'quit', label: text('quit'), accelerator: 'Command+Q' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: label(text('file')),
    submenu: [
      {
        id: MENU_IDS.exportProgress,
        label: text('exportProgress'),
        accelerator: 'CmdOrCtrl+E',
        click: command({ type: 'export-progress' }),
      },
      {
        id: MENU_IDS.importProgress,
        label: text('importProgress'),
        accelerator: 'CmdOrCtrl+O',
        click: command({ type: 'import-progress' }),
      },
      { id: MENU_IDS.backups, label: text('backups'), click: command({ type: 'open-backups' }) },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: text('quit'), accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: label(text('edit')),
    submenu: [
      {
        id: MENU_IDS.undo,
        label: text('undoAnswer'),
        accelerator: 'CmdOrCtrl+Z',
        // The study screen handles Ctrl+Z itself, and a text field keeps its own undo: the menu
        // only shows the shortcut (Windows and Linux; on macOS the page sees the key first).
        registerAccelerator: false,
        click: command({ type: 'undo' }),
      },
      { type: 'separator' },
      { role: 'cut', label: text('cut') },
      { role: 'copy', label: text('copy') },
      { role: 'paste', label: text('paste') },
      { role: 'selectAll', label: text('selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: label(text('view')),
    submenu: [
      { id: MENU_IDS.zoomIn, role: 'zoomIn', label: text('zoomIn'), accelerator: 'CmdOrCtrl+Plus' },
      { id: MENU_IDS.zoomOut, role: 'zoomOut', label: text('zoomOut'), accelerator: 'CmdOrCtrl+-' },
      { id: MENU_IDS.resetZoom, role: 'resetZoom', label: text('resetZoom'), accelerator: 'CmdOrCtrl+0' },
      { type: 'separator' },
      {
        label: text('theme'),
        submenu: THEME_SOURCES.map((source) => ({
          id: MENU_IDS.theme(source),
          label: { system: text('themeSystem'), light: text('themeLight'), dark: text('themeDark') }[source],
          type: 'radio' as const,
          checked: source === theme,
          click: () => actions.setTheme(source),
        })),
      },
      {
        label: text('language'),
        submenu: LOCALES.map((option) => ({
          id: MENU_IDS.locale(option),
          label: LANGUAGE_NAMES[option],
          type: 'radio' as const,
          checked: option === locale,
          click: command({ type: 'set-locale', locale: option }),
        })),
      },
      { type: 'separator' },
      { role: 'togglefullscreen', label: text('fullScreen'), accelerator: mac ? 'Ctrl+Command+F' : 'F11' },
      ...(options.devTools ? [{ role: 'toggleDevTools', label: text('developerTools') } as const] : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: label(text('window')),
    submenu: [{ role: 'minimize', label: text('minimize') }, ...(mac ? [{ role: 'front' } as const] : [])],
  };

  const help: MenuItemConstructorOptions = {
    label: label(text('help')),
    // `role: 'help'` gives macOS's Help menu its search field; elsewhere it changes nothing.
    role: 'help',
    submenu: [
      { id: MENU_IDS.shortcuts, label: text('shortcuts'), accelerator: 'CmdOrCtrl+/', click: command({ type: 'show-shortcuts' }) },
      // On macOS "About" lives in the app menu, by convention.
      ...(mac
        ? []
        : [{ type: 'separator' } as const, { id: MENU_IDS.about, label: text('about', { app: appName }), click: () => actions.showAbout() }]),
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, ...(mac ? [windowMenu] : []), help];
}
