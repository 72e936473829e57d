// What the renderer needs from the platform. One adapter per platform (index.web.ts,
// index.electron.ts); the build picks one through the `$host` alias.
import type { DeckFile, Locale } from '../../content/schema';
import type { AppCommand } from '../lib/commands';

export type SaveResult = { status: 'saved'; where?: string } | { status: 'cancelled' };

export interface Host {
  readonly kind: 'web' | 'electron';
  loadDeck(locale: Locale): Promise<DeckFile>;
  /** Offers a file to the user: a native save dialog in Electron, a download in the browser. */
  saveFile(suggestedName: string, contents: string, mimeType: string): Promise<SaveResult>;
  /** Tells the host the interface language (Electron rebuilds its native menu in it). */
  setUiLocale(locale: Locale): void;
  /** Commands from the host's native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: AppCommand) => void): () => void;
}
