// Exposes one typed object to the page. Sandboxed: it can only reach ipcRenderer, and the main
// process validates every message it sends.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from './channels';
import type { HostBridge } from './ipc';

const bridge = {
  getDeck: (locale) => ipcRenderer.invoke(CHANNELS.getDeck, locale),
  saveExportFile: (request) => ipcRenderer.invoke(CHANNELS.saveExportFile, request),
} satisfies HostBridge;

contextBridge.exposeInMainWorld('flashcardsHost', bridge);
