// App-wide commands, whoever issues them (a keyboard shortcut, a button, the native menu):
// screens subscribe to the ones they own, so each action has one implementation.
import type { Locale } from '../../content/schema';

export type AppCommand =
  | { type: 'export-progress' }
  | { type: 'import-progress' }
  | { type: 'open-backups' }
  | { type: 'undo' }
  | { type: 'set-locale'; locale: Locale }
  | { type: 'show-shortcuts' };

type Listener = (command: AppCommand) => void;
const listeners = new Set<Listener>();

export function dispatchCommand(command: AppCommand): void {
  for (const listener of listeners) listener(command);
}

/** Subscribes to commands; returns the unsubscribe function (use it as an $effect cleanup). */
export function onCommand(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
