// IPC channel names, kebab-case. Kept free of imports so the sandboxed preload bundles nothing else.
export const CHANNELS = {
  getDeck: 'get-deck',
  saveExportFile: 'save-export-file',
  /** renderer -> main: the interface language, so the native menu speaks it too. */
  setUiLocale: 'set-ui-locale',
  /** main -> renderer: a native menu item that the renderer carries out. */
  menuCommand: 'menu-command',
  openProgressFile: 'open-progress-file',
  writeBackup: 'write-backup',
  listBackups: 'list-backups',
  readBackup: 'read-backup',
  quitBackup: 'quit-backup',
} as const;

/** Messages the main process sends to the page (the page never handles requests). */
export const EVENTS = {
  backupRequested: 'backup-requested',
} as const;
