// IPC channel names, kebab-case: the one list both processes and the preload take them from.
// Kept free of imports so the sandboxed preload bundles nothing else.

/** renderer -> main requests, each answered (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  getDeck: 'get-deck',
  /**
   * Files the page writes go in chunks: begin (a save dialog, or a backup's name) returns a handle,
   * append adds a chunk, commit puts the file in place, abort drops it (see electron/file-streams.ts).
   */
  beginFileWrite: 'begin-file-write',
  beginBackupWrite: 'begin-backup-write',
  appendWrite: 'append-write',
  commitWrite: 'commit-write',
  abortWrite: 'abort-write',
  /** The interface language, so the native menu speaks it too. */
  setUiLocale: 'set-ui-locale',
  openProgressFile: 'open-progress-file',
  /** A text file the learner picks to import cards from (CSV, TSV, Markdown). */
  openTextFile: 'open-text-file',
  listBackups: 'list-backups',
  /** Files the page reads are opened (a progress file, a backup), read in slices, then closed. */
  openBackup: 'open-backup',
  readSlice: 'read-slice',
  closeRead: 'close-read',
  /** The page's answer to backupRequested, once its quit backup is written (or it had none). */
  quitBackup: 'quit-backup',
  /** The learner pressed Record (true), or the microphone's request was answered (false). */
  allowMicrophone: 'allow-microphone',
  /** The page as it prints (a mock interview's report), to a PDF file the learner names. */
  savePdf: 'save-pdf',
} as const;

/** main -> renderer messages (the page never answers them over the same channel). */
export const EVENT_CHANNELS = {
  /** A native menu item that the renderer carries out. */
  menuCommand: 'menu-command',
  /** The app is about to close and wants a last backup (answered with quitBackup). */
  backupRequested: 'backup-requested',
} as const;
