// IPC channel names, kebab-case: the one list both processes and the preload take them from.
// Kept free of imports so the sandboxed preload bundles nothing else.

/** renderer -> main requests, each answered (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  getDeck: 'get-deck',
  saveExportFile: 'save-export-file',
  /** The interface language, so the native menu speaks it too. */
  setUiLocale: 'set-ui-locale',
  openProgressFile: 'open-progress-file',
  /** A text file the learner picks to import cards from (CSV, TSV, Markdown). */
  openTextFile: 'open-text-file',
  writeBackup: 'write-backup',
  listBackups: 'list-backups',
  readBackup: 'read-backup',
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
