// The about box's contents as plain data; main.ts shows it with dialog.showMessageBox.
import type { MessageBoxOptions } from 'electron';
import type { Locale } from '../content/schema';
import { MENU_STRINGS, fill } from './menu-strings';

export interface AboutFacts {
  appName: string;
  version: string;
  electron: string;
  chrome: string;
  node: string;
}

export function aboutBoxOptions(locale: Locale, facts: AboutFacts): MessageBoxOptions {
  const s = MENU_STRINGS[locale];
  return {
    type: 'info',
    title: fill(s.aboutTitle, { app: facts.appName }),
    message: facts.appName,
    detail: fill(s.aboutDetail, {
      version: facts.version,
      electron: facts.electron,
      chrome: facts.chrome,
      node: facts.node,
    }),
    buttons: [s.ok],
    defaultId: 0,
    noLink: true,
  };
}
