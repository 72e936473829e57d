import { parseMenuCommand, type HostBridge } from '../core/contract/ipc';
import type { Host } from './host';

declare global {
  interface Window {
    flashcardsHost: HostBridge;
  }
}

const bridge = window.flashcardsHost;

export const host: Host = {
  kind: 'electron',
  loadDeck: (locale) => bridge.getDeck(locale),
  async saveFile(suggestedName, contents, mimeType) {
    // The bridge carries text, or bytes for audio: a long export is whole in the page's heap here,
    // for the one call.
    const payload =
      typeof contents === 'string' ? contents : mimeType.startsWith('audio/') ? new Uint8Array(await contents.arrayBuffer()) : await contents.text();
    const result = await bridge.saveExportFile({ suggestedName, contents: payload });
    return result.status === 'saved' ? { status: 'saved', where: result.path } : { status: 'cancelled' };
  },
  async savePdf(suggestedName) {
    const result = await bridge.savePdf({ suggestedName });
    return result.status === 'saved' ? { status: 'saved', where: result.path } : { status: 'cancelled' };
  },
  setUiLocale(locale) {
    bridge.setUiLocale(locale).catch((error: unknown) => console.error(error));
  },
  onMenuCommand(listener) {
    return bridge.onMenuCommand((payload) => {
      const command = parseMenuCommand(payload);
      if (command) listener(command);
      else console.warn('menu command dropped: malformed', payload);
    });
  },
  async openProgressFile() {
    const opened = await bridge.openProgressFile();
    return opened.status === 'opened' ? { status: 'opened', name: opened.name, contents: new Blob([opened.text]) } : opened;
  },
  allowMicrophone: (open) => bridge.allowMicrophone(open),
  openTextFile: (types) => bridge.openTextFile([...types]),
  backups: {
    write: (contents, reason) => bridge.writeBackup({ contents, reason }),
    list: () => bridge.listBackups(),
    read: (name) => bridge.readBackup(name),
    onQuit(makeBackup) {
      bridge.onBackupRequested(() => {
        // Always answer, even empty-handed: the main process holds the window until we do.
        void makeBackup()
          .catch((error: unknown) => {
            console.error(error);
            return null;
          })
          .then((contents) => bridge.quitBackup({ contents }));
      });
    },
  },
};
