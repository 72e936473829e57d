// The desktop app's host, over the bridge the preload exposes. Files cross in chunks (file-stream.ts).
import { parseMenuCommand, type BackupReason, type HostBridge } from '../core/contract/ipc';
import { receiveBlob, sendBlob } from './file-stream';
import type { Host } from './host';

export function createElectronHost(bridge: HostBridge): Host {
  async function writeBackup(contents: Blob, reason: BackupReason) {
    const { handle } = await bridge.beginBackupWrite(reason);
    const committed = await sendBlob(bridge, handle, contents);
    if (committed.kind !== 'backup') throw new Error('a backup write was committed as a file');
    return committed.backup;
  }

  return {
    kind: 'electron',
    loadDeck: (locale) => bridge.getDeck(locale),
    async saveFile(suggestedName, contents) {
      const begun = await bridge.beginFileWrite({ suggestedName });
      if (begun.status === 'cancelled') return { status: 'cancelled' };
      const committed = await sendBlob(bridge, begun.handle, typeof contents === 'string' ? new Blob([contents]) : contents);
      return { status: 'saved', where: committed.kind === 'file' ? committed.path : undefined };
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
      return opened.status === 'opened' ? { status: 'opened', name: opened.name, contents: await receiveBlob(bridge, opened) } : opened;
    },
    allowMicrophone: (open) => bridge.allowMicrophone(open),
    openTextFile: (types) => bridge.openTextFile([...types]),
    backups: {
      write: writeBackup,
      list: () => bridge.listBackups(),
      read: async (name) => receiveBlob(bridge, await bridge.openBackup(name)),
      onQuit(makeBackup) {
        bridge.onBackupRequested(() => {
          // Always answer, even empty-handed: the main process holds the window until we do.
          void makeBackup()
            .then((contents) => (contents === null ? undefined : writeBackup(contents, 'quit')))
            .catch((error: unknown) => console.error(error))
            .then(() => bridge.quitBackup())
            .catch((error: unknown) => console.error(error));
        });
      },
    },
  };
}
