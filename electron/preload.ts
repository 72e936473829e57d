// Exposes one typed object to the page. Sandboxed: it can only reach ipcRenderer, and the main
// process validates every message it sends. Its requests are the contract's channels, one method
// each; it bundles nothing but the channel names.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../renderer/core/contract/channels';
import type { HostBridge } from '../renderer/core/contract/ipc';

const requests = Object.fromEntries(
  Object.entries(INVOKE_CHANNELS).map(([name, channel]) => [name, (payload?: unknown) => ipcRenderer.invoke(channel, payload)]),
) as Omit<HostBridge, 'onMenuCommand' | 'onBackupRequested'>;

const bridge: HostBridge = {
  ...requests,
  onMenuCommand(listener) {
    // Only the payload crosses over: the event would hand the page a way back into ipcRenderer.
    const forward = (_event: IpcRendererEvent, command: unknown) => listener(command);
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.menuCommand, forward);
    };
  },
  // The listener gets no IPC event object: the page never sees ipcRenderer.
  onBackupRequested: (listener) => void ipcRenderer.on(EVENT_CHANNELS.backupRequested, () => listener()),
};

contextBridge.exposeInMainWorld('flashcardsHost', bridge);
