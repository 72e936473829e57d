// Exposes one typed object to the page. Sandboxed: it can only reach ipcRenderer, and the main
// process validates every message it sends.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS } from './channels';
import type { HostBridge } from './ipc';

const bridge = {
  getDeck: (locale) => ipcRenderer.invoke(CHANNELS.getDeck, locale),
  saveExportFile: (request) => ipcRenderer.invoke(CHANNELS.saveExportFile, request),
  setUiLocale: (locale) => ipcRenderer.invoke(CHANNELS.setUiLocale, locale),
  onMenuCommand(listener) {
    // Only the payload crosses over: the event would hand the page a way back into ipcRenderer.
    const forward = (_event: IpcRendererEvent, command: unknown) => listener(command);
    ipcRenderer.on(CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, forward);
    };
  },
  openProgressFile: () => ipcRenderer.invoke(CHANNELS.openProgressFile),
  writeBackup: (request) => ipcRenderer.invoke(CHANNELS.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.readBackup, name),
  quitBackup: (request) => ipcRenderer.invoke(CHANNELS.quitBackup, request),
  // The listener gets no IPC event object: the page never sees ipcRenderer.
  onBackupRequested: (listener) => void ipcRenderer.on(EVENTS.backupRequested, () => listener()),
} satisfies HostBridge;

contextBridge.exposeInMainWorld('flashcardsHost', bridge);
