// Files the page sends or reads in chunks, so that neither process ever holds a whole one: a
// progress file of a million answers weighs ~190 MB. The protocol's state lives here, free of
// Electron: which handles are open, for which page, how much each has written, and where.
//
// A write goes to a temp file beside its target (writeFileAtomic's names, so a crash leaves what
// sweepTempFiles removes) and is renamed over the target on commit, after a flush: the learner's
// file or a backup is the old one or the whole new one, never half of one. A read is opened once,
// its size checked then, and read in slices up to that size.
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory, tempPathFor } from './files';

/** A check on a file's first and last bytes before it is put in place; it throws to refuse the file. */
export interface EndsCheck {
  headBytes: number;
  tailBytes: number;
  run(head: Buffer, tail: Buffer): void;
}

/** Where a write goes, and what its commit returns once the file is in place. */
export interface WriteTarget<R> {
  path: string;
  check?: EndsCheck;
  /** Runs after the rename, given the file's size in bytes (a backup store prunes here). */
  finish(bytes: number): Promise<R>;
}

export interface StreamLimits {
  /** The largest file written or read, in bytes. */
  maxBytes: number;
  maxChunkBytes: number;
  /** Handles one page may hold open at once. */
  maxOpenPerOwner: number;
}

interface OpenStream {
  owner: number;
  file: FileHandle;
  /** The operation under way: one at a time per handle (file offsets are ours to keep). */
  pending: Promise<unknown> | undefined;
}

interface WriteStream<R> extends OpenStream {
  kind: 'write';
  temp: string;
  target: WriteTarget<R>;
  written: number;
  head: Buffer;
  tail: Buffer;
}

interface ReadStream extends OpenStream {
  kind: 'read';
  /** Measured when opened: a file that grows later is still read only this far. */
  bytes: number;
}

export type OpenForReading = { status: 'opened'; handle: number; bytes: number } | { status: 'too-large'; bytes: number };

/**
 * The handles of every page. `owner` is the id of the web contents that opened a handle: another
 * page's request for it is answered as for an unknown one, and closeOwner drops them all when the
 * page goes away. A refused append or a failed write drops its handle and its temp file: the
 * file could no longer be whole.
 */
export class FileStreams<R> {
  readonly #limits: StreamLimits;
  readonly #streams = new Map<number, WriteStream<R> | ReadStream>();
  /** Handles whose file is still being opened: they count against the page's limit, and a page that goes meanwhile cancels them. */
  readonly #opening = new Map<number, { owner: number; cancelled: boolean }>();
  #nextHandle = 1;

  constructor(limits: StreamLimits) {
    this.#limits = limits;
  }

  async beginWrite(owner: number, target: WriteTarget<R>): Promise<number> {
    const temp = tempPathFor(target.path);
    // 'wx': never write through a name someone else created in the meantime.
    const { handle, file } = await this.#open(owner, () => open(temp, 'wx'), () => rm(temp, { force: true }));
    this.#streams.set(handle, { kind: 'write', owner, file, pending: undefined, temp, target, written: 0, head: Buffer.alloc(0), tail: Buffer.alloc(0) });
    return handle;
  }

  async append(owner: number, handle: number, chunk: Uint8Array): Promise<void> {
    const stream = this.#find(owner, handle, 'write');
    if (chunk.byteLength > this.#limits.maxChunkBytes) return this.#refuse(handle, 'chunk too large');
    if (stream.written + chunk.byteLength > this.#limits.maxBytes) return this.#refuse(handle, 'file too large');
    try {
      await this.#run(stream, async () => {
        const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        await writeAll(stream.file, bytes, stream.written);
        stream.written += bytes.byteLength;
        const check = stream.target.check;
        if (check) {
          if (stream.head.byteLength < check.headBytes) stream.head = Buffer.concat([stream.head, bytes.subarray(0, check.headBytes - stream.head.byteLength)]);
          // Copied: a view would keep the whole chunk alive.
          stream.tail = Buffer.from(Buffer.concat([stream.tail, bytes.subarray(-check.tailBytes)]).subarray(-check.tailBytes));
        }
      });
    } catch (error) {
      if (!isBusy(error)) await this.#drop(handle);
      throw error;
    }
  }

  /** Checks the file's ends, flushes it, renames it over its target; the handle is then done. */
  async commit(owner: number, handle: number): Promise<R> {
    const stream = this.#find(owner, handle, 'write');
    if (stream.pending) throw busyError();
    // Done from here: a closing page no longer drops it, and nothing more is appended.
    this.#streams.delete(handle);
    let closed = false;
    try {
      stream.target.check?.run(stream.head, stream.tail);
      await stream.file.sync();
      await stream.file.close();
      closed = true;
      await rename(stream.temp, stream.target.path);
    } catch (error) {
      if (!closed) await stream.file.close().catch(() => {});
      await rm(stream.temp, { force: true });
      throw error;
    }
    await syncDirectory(dirname(stream.target.path));
    return stream.target.finish(stream.written);
  }

  /** Drops a write and its temp file: the target is left as it was. */
  async abort(owner: number, handle: number): Promise<void> {
    this.#find(owner, handle, 'write');
    await this.#drop(handle);
  }

  /** Opens a file for reading in slices, unless it is over the size limit (then it is closed unread). */
  async openRead(owner: number, path: string): Promise<OpenForReading> {
    const { handle, file } = await this.#open(owner, () => open(path, 'r'), async () => {});
    let bytes: number;
    try {
      bytes = (await file.stat()).size;
    } catch (error) {
      await file.close();
      throw error;
    }
    if (bytes > this.#limits.maxBytes) {
      await file.close();
      return { status: 'too-large', bytes };
    }
    this.#streams.set(handle, { kind: 'read', owner, file, pending: undefined, bytes });
    return { status: 'opened', handle, bytes };
  }

  /** Up to `length` bytes from `offset`, fewer at the end of the file, none past it. */
  async readSlice(owner: number, handle: number, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
    const stream = this.#find(owner, handle, 'read');
    if (length > this.#limits.maxChunkBytes) throw new Error('chunk too large');
    const end = Math.min(offset + length, stream.bytes);
    if (end <= offset) return new Uint8Array(0);
    return this.#run(stream, async () => {
      const bytes = new Uint8Array(end - offset);
      const { bytesRead } = await stream.file.read(bytes, 0, bytes.byteLength, offset);
      return bytesRead === bytes.byteLength ? bytes : bytes.slice(0, bytesRead);
    });
  }

  async closeRead(owner: number, handle: number): Promise<void> {
    this.#find(owner, handle, 'read');
    await this.#drop(handle);
  }

  /** The page went away (its window closed, its process died): every handle it held is dropped. */
  async closeOwner(owner: number): Promise<void> {
    for (const opening of this.#opening.values()) if (opening.owner === owner) opening.cancelled = true;
    const handles = [...this.#streams].filter(([, stream]) => stream.owner === owner).map(([handle]) => handle);
    await Promise.all(handles.map((handle) => this.#drop(handle)));
  }

  /** Handles open now, for tests and for a look in the debugger. */
  get openCount(): number {
    return this.#streams.size;
  }

  /** Opens a file under a new handle, within the page's limit; undone (`undo`) if the page went away meanwhile. */
  async #open(owner: number, openFile: () => Promise<FileHandle>, undo: () => Promise<void>): Promise<{ handle: number; file: FileHandle }> {
    let held = 0;
    for (const stream of this.#streams.values()) if (stream.owner === owner) held++;
    for (const opening of this.#opening.values()) if (opening.owner === owner) held++;
    if (held >= this.#limits.maxOpenPerOwner) throw new Error('too many open files');
    const handle = this.#nextHandle++;
    const opening = { owner, cancelled: false };
    this.#opening.set(handle, opening);
    try {
      const file = await openFile();
      if (!opening.cancelled) return { handle, file };
      await file.close();
      await undo();
      throw new Error('the page went away');
    } finally {
      this.#opening.delete(handle);
    }
  }

  #find<K extends 'write' | 'read'>(owner: number, handle: number, kind: K): Extract<WriteStream<R> | ReadStream, { kind: K }> {
    const stream = this.#streams.get(handle);
    // Another page's handle is unknown to this one: it can neither use it nor learn it exists.
    if (!stream || stream.owner !== owner || stream.kind !== kind) throw new Error('unknown file handle');
    return stream as Extract<WriteStream<R> | ReadStream, { kind: K }>;
  }

  async #run<T>(stream: OpenStream, operation: () => Promise<T>): Promise<T> {
    if (stream.pending) throw busyError();
    const running = operation();
    stream.pending = running;
    try {
      return await running;
    } finally {
      stream.pending = undefined;
    }
  }

  async #refuse(handle: number, reason: string): Promise<never> {
    await this.#drop(handle);
    throw new Error(reason);
  }

  /** Forgets a handle at once, then closes its file after the operation under way, and removes a write's temp file. */
  async #drop(handle: number): Promise<void> {
    const stream = this.#streams.get(handle);
    if (!stream) return;
    this.#streams.delete(handle);
    await stream.pending?.catch(() => {});
    await stream.file.close().catch(() => {});
    if (stream.kind === 'write') await rm(stream.temp, { force: true });
  }
}

/** Writes every byte at `position`: one write may take fewer than it was given. */
async function writeAll(file: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.byteLength) {
    const { bytesWritten } = await file.write(bytes, done, bytes.byteLength - done, position + done);
    done += bytesWritten;
  }
}

const BUSY = 'file handle busy';
function busyError(): Error {
  return new Error(BUSY);
}
function isBusy(error: unknown): boolean {
  return error instanceof Error && error.message === BUSY;
}
