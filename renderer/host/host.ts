// What the renderer needs from the platform. One adapter per platform (index.web.ts,
// index.electron.ts); the build picks one through the `$host` alias.
import type { DeckFile, Locale } from '../../content/schema';
import type { AppCommand } from '../app/commands';
import type { BackupInfo, BackupReason, OpenTextFileResult, TextFileType } from '../core/contract/ipc';

export type { BackupInfo, OpenTextFileResult, TextFileType };
/**
 * A progress file the learner picked, as a Blob: the browser reads it off the page's heap (the
 * check's worker reads it), and a file over the size limit is refused unread.
 */
export type PickedFile = { status: 'opened'; name: string; contents: Blob } | { status: 'cancelled' } | { status: 'too-large'; bytes: number };
/** 'print-dialog': the browser's print dialog was shown; what the learner did there is not known. */
export type SaveResult = { status: 'saved'; where?: string } | { status: 'cancelled' } | { status: 'print-dialog' };

/**
 * Automatic backups, kept by the desktop app's main process in its data folder. They cross as
 * Blobs, in chunks: a backup of a long history is never one string on the page's heap.
 */
export interface BackupHost {
  /** Writes one backup; the main process then prunes old ones (12 daily, 10 weekly, 9 monthly). */
  write(contents: Blob, reason: Exclude<BackupReason, 'quit'>): Promise<BackupInfo>;
  /** Newest first. */
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<Blob>;
  /** Runs `makeBackup` when the app is about to close; it returns the export to keep, or null. */
  onQuit(makeBackup: () => Promise<Blob | null>): void;
}

export interface Host {
  readonly kind: 'web' | 'electron';
  loadDeck(locale: Locale): Promise<DeckFile>;
  /**
   * Offers a file to the user: a native save dialog in Electron, a download in the browser. A Blob
   * keeps a long export out of the page's heap.
   */
  saveFile(suggestedName: string, contents: string | Blob, mimeType: string): Promise<SaveResult>;
  /**
   * The page as it prints (the print stylesheet keeps only what is to be printed): a PDF file saved
   * by the main process in Electron, the browser's print dialog (where "Save as PDF" is) in a browser.
   */
  savePdf(suggestedName: string): Promise<SaveResult>;
  /** Tells the host the interface language (Electron rebuilds its native menu in it). */
  setUiLocale(locale: Locale): void;
  /** Commands from the host's native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: AppCommand) => void): () => void;
  /** Lets the user pick a progress file to import; one over the size limit is refused unread. */
  openProgressFile(): Promise<PickedFile>;
  /**
   * Tells the desktop app the learner pressed Record (true: the microphone's next request may be
   * granted) or that the request was answered (false). The browser asks the learner itself: a no-op.
   */
  allowMicrophone(open: boolean): Promise<void>;
  /** Lets the user pick a text file of one of these types (cards to import), as bytes; one over MAX_TEXT_FILE_BYTES is refused unread. */
  openTextFile(types: readonly TextFileType[]): Promise<OpenTextFileResult>;
  /** Undefined in the browser, which cannot write files on its own: it reminds to export instead. */
  readonly backups: BackupHost | undefined;
}
