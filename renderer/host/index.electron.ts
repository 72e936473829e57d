import type { HostBridge } from '../core/contract/ipc';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

declare global {
  interface Window {
    flashcardsHost: HostBridge;
  }
}

export const host: Host = createElectronHost(window.flashcardsHost);
