// The page's side of the chunked file protocol (electron/file-streams.ts): a Blob goes out in
// slices and a file comes back as one, so neither is ever a whole string on the page's heap. A
// Blob's bytes live in the browser's blob storage; only the slice in flight is in JavaScript.
import { MAX_CHUNK_BYTES, type HostBridge, type WriteCommitted } from '../core/contract/ipc';

export type StreamBridge = Pick<HostBridge, 'appendWrite' | 'commitWrite' | 'abortWrite' | 'readSlice' | 'closeRead'>;

/**
 * Sends `blob` to the write `handle` chunk by chunk, one at a time, then commits it. Any failure
 * aborts the write (the main process drops the temp file; the target is left as it was) and is
 * thrown on.
 */
export async function sendBlob(bridge: StreamBridge, handle: number, blob: Blob, chunkBytes = MAX_CHUNK_BYTES): Promise<WriteCommitted> {
  try {
    for (let offset = 0; offset < blob.size; offset += chunkBytes) {
      const chunk = new Uint8Array(await blob.slice(offset, offset + chunkBytes).arrayBuffer());
      await bridge.appendWrite({ handle, chunk });
    }
  } catch (error) {
    // The main process may have dropped it already (a refused chunk): then this is refused too.
    await bridge.abortWrite({ handle }).catch(() => {});
    throw error;
  }
  return bridge.commitWrite({ handle });
}

/**
 * Reads the `bytes` of the read `handle` in slices into one Blob, then closes the handle,
 * whatever happened. Each slice becomes a Blob at once, so the JavaScript arrays can go.
 */
export async function receiveBlob(
  bridge: StreamBridge,
  opened: { handle: number; bytes: number },
  type = 'application/json',
  chunkBytes = MAX_CHUNK_BYTES,
): Promise<Blob> {
  const parts: Blob[] = [];
  try {
    let offset = 0;
    while (offset < opened.bytes) {
      const slice = await bridge.readSlice({ handle: opened.handle, offset, length: Math.min(chunkBytes, opened.bytes - offset) });
      // The file shrank since it was opened: what is left is what there is (its check tells).
      if (slice.byteLength === 0) break;
      parts.push(new Blob([slice]));
      offset += slice.byteLength;
    }
  } finally {
    await bridge.closeRead({ handle: opened.handle }).catch((error: unknown) => console.warn('could not close a file', error));
  }
  return new Blob(parts, { type });
}
