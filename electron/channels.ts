// IPC channel names, kebab-case. Kept free of imports so the sandboxed preload bundles nothing else.
export const CHANNELS = {
  getDeck: 'get-deck',
  saveExportFile: 'save-export-file',
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
