// Backups written and read as the page does it, in chunks through file-streams.ts: the one way
// the main process writes and reads them.
import type { BackupStore } from '../../../electron/backups';
import { FileStreams } from '../../../electron/file-streams';
import { MAX_CHUNK_BYTES, MAX_OPEN_STREAMS, type BackupInfo, type BackupReason } from '../../../renderer/core/contract/ipc';
import { MAX_PROGRESS_FILE_BYTES } from '../../../renderer/core/progress-file-name';

export const PAGE = 1;

export function backupStreams(limits: Partial<ConstructorParameters<typeof FileStreams>[0]> = {}) {
  return new FileStreams<BackupInfo>({ maxBytes: MAX_PROGRESS_FILE_BYTES, maxChunkBytes: MAX_CHUNK_BYTES, maxOpenPerOwner: MAX_OPEN_STREAMS, ...limits });
}

export async function writeBackup(
  store: BackupStore,
  contents: string,
  reason: BackupReason,
  { streams = backupStreams(), chunkBytes = 64 }: { streams?: FileStreams<BackupInfo>; chunkBytes?: number } = {},
): Promise<BackupInfo> {
  const handle = await streams.beginWrite(PAGE, await store.target(reason));
  const bytes = Buffer.from(contents, 'utf8');
  for (let offset = 0; offset < bytes.byteLength; offset += chunkBytes) await streams.append(PAGE, handle, bytes.subarray(offset, offset + chunkBytes));
  return streams.commit(PAGE, handle);
}

export async function readBackup(store: BackupStore, name: string, streams = backupStreams()): Promise<string> {
  const opened = await streams.openRead(PAGE, store.pathOf(name));
  if (opened.status !== 'opened') throw new Error(`backup ${name} is too large to read`);
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < opened.bytes; ) {
    const slice = await streams.readSlice(PAGE, opened.handle, offset, 64);
    parts.push(slice);
    offset += slice.byteLength;
  }
  await streams.closeRead(PAGE, opened.handle);
  return Buffer.concat(parts).toString('utf8');
}
