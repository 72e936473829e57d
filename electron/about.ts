// The about box's contents as plain data; main.ts shows it with dialog.showMessageBox.
import type { MessageBoxOptions } from 'electron';
import type { Locale } from '../content/schema';
import { menuText } from './menu-messages';

export interface AboutFacts {
  appName: string;
  version: string;
  electron: string;
  chrome: string;
  node: string;
}

export function aboutBoxOptions(locale: Locale, facts: AboutFacts): MessageBoxOptions {
  const text = menuText(locale);
  return {
    type: 'info',
    title: text('aboutTitle', { app: facts.appName }),
    message: facts.appName,
    detail: text('aboutDetail', {
      version: facts.version,
      electron: facts.electron,
      chrome: facts.chrome,
      node: facts.node,
    }),
    buttons: [text('ok')],
    defaultId: 0,
    noLink: true,
  };
}
