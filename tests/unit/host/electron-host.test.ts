// The desktop host's side of the chunked file protocol, over a bridge built as the preload builds
// it: every request passes the contract's real checks (registerIpcHandlers) on its way to an
// in-memory main process that records what it was sent.
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../renderer/core/contract/channels';
import { MAX_CHUNK_BYTES, registerIpcHandlers, type BackupReason, type HostBridge, type IpcLike, type MainHandlers } from '../../../renderer/core/contract/ipc';
import { createElectronHost } from '../../../renderer/host/electron-host';
import { receiveBlob, sendBlob } from '../../../renderer/host/file-stream';

/** Bytes that differ from their neighbours, so a chunk out of place or lost shows. */
function pattern(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + (i >> 8)) % 251;
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.byteLength;
  }
  return all;
}

function fakeMain(options: { saveTo?: string; files?: Record<string, Uint8Array<ArrayBuffer>>; failAppend?: number; failRead?: number } = {}) {
  const log: string[] = [];
  const committed: { target: string; bytes: Uint8Array }[] = [];
  const writes = new Map<number, { target: string; reason?: BackupReason; chunks: Uint8Array[] }>();
  const reads = new Map<number, Uint8Array<ArrayBuffer>>();
  let nextHandle = 1;
  let appends = 0;
  let slices = 0;
  let backupRequested: (() => void) | undefined;
  const openFile = (name: string) => {
    const bytes = options.files?.[name];
    if (!bytes) throw new Error('no such file');
    const handle = nextHandle++;
    reads.set(handle, bytes);
    return { handle, name, bytes: bytes.byteLength };
  };
  const handlers: MainHandlers = {
    getDeck: async () => {
      throw new Error('no deck here');
    },
    async beginFileWrite({ suggestedName }) {
      log.push(`begin ${suggestedName}`);
      if (options.saveTo === undefined) return { status: 'cancelled' };
      const handle = nextHandle++;
      writes.set(handle, { target: options.saveTo, chunks: [] });
      return { status: 'ready', handle };
    },
    async beginBackupWrite(reason) {
      log.push(`begin backup ${reason}`);
      const handle = nextHandle++;
      writes.set(handle, { target: `backup-${reason}.json`, reason, chunks: [] });
      return { handle };
    },
    async appendWrite({ handle, chunk }) {
      log.push(`append ${chunk.byteLength}`);
      if (++appends === options.failAppend) throw new Error('disk full');
      writes.get(handle)!.chunks.push(chunk.slice());
    },
    async commitWrite({ handle }) {
      log.push('commit');
      const write = writes.get(handle)!;
      writes.delete(handle);
      const bytes = concat(write.chunks);
      committed.push({ target: write.target, bytes });
      return write.reason
        ? { kind: 'backup', backup: { name: write.target, createdAt: 1, bytes: bytes.byteLength, reason: write.reason } }
        : { kind: 'file', path: write.target };
    },
    async abortWrite({ handle }) {
      log.push('abort');
      writes.delete(handle);
    },
    setUiLocale: async () => {},
    openProgressFile: async () => ({ status: 'opened', ...openFile('picked.json') }),
    openTextFile: async () => ({ status: 'cancelled' }),
    listBackups: async () => [],
    openBackup: async (name) => openFile(name),
    async readSlice({ handle, offset, length }) {
      log.push(`read ${offset}+${length}`);
      if (++slices === options.failRead) throw new Error('disk gone');
      return reads.get(handle)!.slice(offset, offset + length);
    },
    async closeRead({ handle }) {
      log.push('close');
      reads.delete(handle);
    },
    quitBackup: async () => void log.push('quit answered'),
    allowMicrophone: async () => {},
    savePdf: async () => ({ status: 'cancelled' }),
  };
  const listeners = new Map<string, Parameters<IpcLike['handle']>[1]>();
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
  const page = { senderFrame: { url: 'app://flashcards/index.html' }, sender: { id: 1 } };
  const bridge = {
    ...Object.fromEntries(
      Object.entries(INVOKE_CHANNELS).map(([name, channel]) => [name, (payload?: unknown) => listeners.get(channel)!(page, payload)]),
    ),
    onMenuCommand: () => () => {},
    onBackupRequested: (listener: () => void) => void (backupRequested = listener),
  } as unknown as HostBridge;
  return { bridge, log, committed, writes, reads, requestBackup: () => backupRequested!() };
}

describe('sending a Blob in chunks', () => {
  it('sends three full chunks and the remainder, which arrive byte for byte, then commits', async () => {
    const main = fakeMain();
    const bytes = pattern(3 * MAX_CHUNK_BYTES + 12_345);
    const { handle } = await main.bridge.beginBackupWrite('auto');
    const committed = await sendBlob(main.bridge, handle, new Blob([bytes]));
    expect(main.log).toEqual([
      'begin backup auto',
      `append ${MAX_CHUNK_BYTES}`,
      `append ${MAX_CHUNK_BYTES}`,
      `append ${MAX_CHUNK_BYTES}`,
      'append 12345',
      'commit',
    ]);
    expect(committed).toMatchObject({ kind: 'backup', backup: { bytes: bytes.byteLength, reason: 'auto' } });
    // Compared whole, not element by element: a 25 MB diff would swamp the report.
    expect(main.committed[0]!.bytes.byteLength).toBe(bytes.byteLength);
    expect(Buffer.compare(main.committed[0]!.bytes, bytes)).toBe(0);
  });

  it('aborts the write when an append fails, and commits nothing', async () => {
    const main = fakeMain({ failAppend: 2 });
    const { handle } = await main.bridge.beginBackupWrite('manual');
    await expect(sendBlob(main.bridge, handle, new Blob([pattern(2500)]), 1000)).rejects.toThrow('disk full');
    expect(main.log).toEqual(['begin backup manual', 'append 1000', 'append 1000', 'abort']);
    expect(main.committed).toEqual([]);
    expect(main.writes.size).toBe(0);
  });
});

const BACKUP = 'mlops-flashcards-backup-2026-01-01T10-00-00-000Z-auto.json';

describe('receiving a file in slices', () => {
  it('reads three full slices and the remainder into one Blob, byte for byte, then closes the file', async () => {
    const bytes = pattern(3 * 1000 + 7);
    const main = fakeMain({ files: { [BACKUP]: bytes } });
    const blob = await receiveBlob(main.bridge, await main.bridge.openBackup(BACKUP), 'application/json', 1000);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(blob.type).toBe('application/json');
    expect(main.log).toEqual(['read 0+1000', 'read 1000+1000', 'read 2000+1000', 'read 3000+7', 'close']);
    expect(main.reads.size).toBe(0);
  });

  it('closes the file when a slice cannot be read', async () => {
    const main = fakeMain({ files: { [BACKUP]: pattern(3000) }, failRead: 2 });
    await expect(receiveBlob(main.bridge, await main.bridge.openBackup(BACKUP), 'application/json', 1000)).rejects.toThrow('disk gone');
    expect(main.log).toEqual(['read 0+1000', 'read 1000+1000', 'close']);
    expect(main.reads.size).toBe(0);
  });

  it('stops at the end of a file that shrank after it was opened', async () => {
    const bytes = pattern(1500);
    const main = fakeMain({ files: { [BACKUP]: bytes } });
    const opened = await main.bridge.openBackup(BACKUP);
    const blob = await receiveBlob(main.bridge, { ...opened, bytes: 2600 }, 'application/json', 1000);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(main.log).toEqual(['read 0+1000', 'read 1000+1000', 'read 1500+1000', 'close']);
  });
});

describe('the desktop host', () => {
  it('saves text and bytes where the learner says, in chunks, and nothing when the dialog is cancelled', async () => {
    const main = fakeMain({ saveTo: '/home/learner/report.md' });
    const host = createElectronHost(main.bridge);
    const report = `# Relatório\n${'implantação '.repeat(100)}`;
    expect(await host.saveFile('report.md', report, 'text/markdown')).toEqual({ status: 'saved', where: '/home/learner/report.md' });
    expect(new TextDecoder().decode(main.committed[0]!.bytes)).toBe(report);
    const audio = pattern(5000);
    await host.saveFile('q1.webm', new Blob([audio], { type: 'audio/webm' }), 'audio/webm');
    expect(main.committed[1]!.bytes).toEqual(audio);

    const cancelled = fakeMain();
    expect(await createElectronHost(cancelled.bridge).saveFile('progress.json', new Blob(['{}']), 'application/json')).toEqual({ status: 'cancelled' });
    expect(cancelled.log).toEqual(['begin progress.json']);
  });

  it('writes and reads backups as Blobs, and opens a picked progress file as one', async () => {
    const picked = pattern(4321);
    const main = fakeMain({ files: { [BACKUP]: pattern(777), 'picked.json': picked } });
    const host = createElectronHost(main.bridge);
    const text = '{"format":"mlops-flashcards-progress","version":1}';
    expect(await host.backups!.write(new Blob([text]), 'manual')).toEqual({ name: 'backup-manual.json', createdAt: 1, bytes: text.length, reason: 'manual' });
    expect(new TextDecoder().decode(main.committed[0]!.bytes)).toBe(text);

    const backup = await host.backups!.read(BACKUP);
    expect(new Uint8Array(await backup.arrayBuffer())).toEqual(pattern(777));
    const opened = await host.openProgressFile();
    expect(opened).toMatchObject({ status: 'opened', name: 'picked.json' });
    expect(new Uint8Array(await (opened as { contents: Blob }).contents.arrayBuffer())).toEqual(picked);
    expect(main.reads.size).toBe(0);
  });

  it('answers the quit request once its backup is committed, and answers it too when there is none or it failed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const cases: [string, () => Promise<Blob | null>, { failAppend?: number }, string[]][] = [
        ['a backup', async () => new Blob(['{"format":"mlops-flashcards-progress","version":1}']), {}, ['begin backup quit', 'append 50', 'commit', 'quit answered']],
        ['nothing to keep', async () => null, {}, ['quit answered']],
        ['an export that failed', async () => Promise.reject(new Error('database gone')), {}, ['quit answered']],
        ['a write that failed', async () => new Blob(['{}']), { failAppend: 1 }, ['begin backup quit', 'append 2', 'abort', 'quit answered']],
      ];
      for (const [label, makeBackup, options, expected] of cases) {
        const main = fakeMain(options);
        createElectronHost(main.bridge).backups!.onQuit(makeBackup);
        main.requestBackup();
        await vi.waitFor(() => expect(main.log, label).toContain('quit answered'));
        expect(main.log, label).toEqual(expected);
      }
      expect(error).toHaveBeenCalledTimes(2);
    } finally {
      error.mockRestore();
    }
  });
});
