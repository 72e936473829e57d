// IPC channel names, kebab-case. Kept free of imports so the sandboxed preload bundles nothing else.
export const CHANNELS = {
  getDeck: 'get-deck',
  saveExportFile: 'save-export-file',
} as const;
