// What the app does when the page's process dies (a crash, out of memory, killed by the system):
// the window reloads the page and says so. A page that dies at every start would reload forever,
// so reloads are capped; past the cap the app says it cannot go on, and quits.
//
// The learner is told with a native dialog, not by the page: the main process alone knows a crash
// happened, the page may die again before it could show anything, and no new IPC message has to be
// trusted. The dialog speaks the interface language the shell remembers (shell-settings.json).
import type { MessageBoxOptions } from 'electron';
import type { Locale } from '../content/schema';
import { menuText } from './menu-messages';

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

export function crashReloadedBox(locale: Locale, appName: string): MessageBoxOptions {
  const text = menuText(locale);
  return { type: 'warning', title: appName, message: text('crashReloadedMessage'), detail: text('crashReloadedDetail'), buttons: [text('ok')], defaultId: 0, noLink: true };
}

/** `crashes`: how many the window had within the cap's period, this last one included. */
export function crashGaveUpBox(locale: Locale, facts: { appName: string; crashes: number; backupsDir: string }): MessageBoxOptions {
  const text = menuText(locale);
  return {
    type: 'error',
    title: facts.appName,
    message: text('crashGaveUpMessage', { app: facts.appName }),
    detail: text('crashGaveUpDetail', { count: facts.crashes, backups: facts.backupsDir }),
    buttons: [text('quit')],
    defaultId: 0,
    noLink: true,
  };
}
