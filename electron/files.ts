// Files the main process writes and reads for the learner. Every write is atomic and durable: a
// crash or a power cut leaves the old file or the new one, never a half-written one where a good
// one was.
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { saveFileExtension, type OpenTextFileResult, type TextFileType } from '../renderer/core/contract/ipc';

/** `<target>.tmp-<12 hex digits>`: the only names our writes create, and sweepTempFiles removes. */
const TEMP_FILE_NAME = /^(.+)\.tmp-[0-9a-f]{12}$/;

/** A fresh temp name beside `path`, for a write that is renamed over it once whole. */
export function tempPathFor(path: string): string {
  return `${path}.tmp-${randomBytes(6).toString('hex')}`;
}

/**
 * Writes `contents` to a temp file beside `path`, flushes it, renames it over `path`, then
 * flushes the folder so the rename itself is on disk. Without the first flush a rename can reach
 * the disk before the data (ext4's delayed allocation, XFS): after a power cut the name would hold
 * an empty file. On macOS fsync reaches the drive's cache, not the platter; Node offers no
 * F_FULLFSYNC, and this is what every Node app there gets.
 */
export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    // 'wx': never write through a name someone else created in the meantime.
    const handle = await open(temp, 'wx');
    try {
      // Text as UTF-8; bytes (a PDF, a recording) as they are.
      await handle.writeFile(contents, typeof contents === 'string' ? 'utf8' : null);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
}

/**
 * Flushes a folder's entries (a rename) to disk. Windows cannot open a folder for this, and NTFS
 * journals the rename itself, so it is skipped there; a file system that cannot flush a folder
 * (EINVAL, ENOTSUP: some network and FUSE mounts) has nothing more to offer, and the file is
 * already in place.
 */
export async function syncDirectory(dir: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  if (platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP') throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Removes the temp files a crash left in `dir` (writeFileAtomic's names only, and only of the
 * targets `isOurs` accepts), so nothing piles up in the learner's data folder. Run at start,
 * before anything writes there. Returns the names removed.
 */
export async function sweepTempFiles(dir: string, isOurs: (target: string) => boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const leftovers = entries
    .filter((entry) => {
      const target = entry.isFile() ? TEMP_FILE_NAME.exec(entry.name)?.[1] : undefined;
      return target !== undefined && isOurs(target);
    })
    .map((entry) => entry.name);
  await Promise.all(leftovers.map((name) => rm(join(dir, name), { force: true })));
  return leftovers;
}

export type ShowSaveDialog = (options: {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

/**
 * Asks where to save (the native dialog in production, a stub in tests): the path the page's
 * chunks then go to (file-streams.ts), or undefined when the learner cancelled. The name has
 * passed BeginFileWritePayload: it has one of the allowed extensions.
 */
export async function chooseSavePath(suggestedName: string, showSaveDialog: ShowSaveDialog, defaultDir: string): Promise<string | undefined> {
  const extension = saveFileExtension(suggestedName);
  const choice = await showSaveDialog({
    defaultPath: join(defaultDir, suggestedName),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
  });
  return choice.canceled || !choice.filePath ? undefined : choice.filePath;
}

export type ShowOpenDialog = (options: {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: 'openFile'[];
}) => Promise<{ canceled: boolean; filePaths: string[] }>;

/**
 * Asks which progress file to import: its path, which the page then reads in slices
 * (file-streams.ts checks its size first), or undefined when the learner cancelled.
 */
export async function chooseProgressFile(showOpenDialog: ShowOpenDialog, defaultDir: string): Promise<string | undefined> {
  const choice = await showOpenDialog({
    defaultPath: defaultDir,
    filters: [{ name: 'JSON', extensions: ['json'] }],
    properties: ['openFile'],
  });
  const path = choice.filePaths[0];
  return choice.canceled || !path ? undefined : path;
}

/** Reads a whole small text file (the shell's settings) unless it is over `maxBytes`; the size comes from the open handle. */
export async function readTextFileUpTo(
  path: string,
  maxBytes: number,
): Promise<{ status: 'opened'; name: string; text: string } | { status: 'too-large'; bytes: number }> {
  const read = await readFileUpTo(path, maxBytes);
  return Buffer.isBuffer(read) ? { status: 'opened', name: basename(path), text: read.toString('utf8') } : read;
}

/** A whole file's bytes, or its size when it is over `maxBytes` (unread); the size comes from the open handle. */
async function readFileUpTo(path: string, maxBytes: number): Promise<Buffer | { status: 'too-large'; bytes: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { status: 'too-large', bytes: size };
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const TEXT_FILE_NAMES: Record<TextFileType, string> = { csv: 'CSV', tsv: 'TSV', txt: 'Text', md: 'Markdown' };

/**
 * Asks which text file to import cards from (only the given types are offered) and returns its
 * bytes: the page decodes them, as a CSV may be Windows-1252. A file over `maxBytes` is refused
 * from its size alone, unread.
 */
export async function openTextFile(showOpenDialog: ShowOpenDialog, types: readonly TextFileType[], defaultDir: string, maxBytes: number): Promise<OpenTextFileResult> {
  const choice = await showOpenDialog({
    defaultPath: defaultDir,
    filters: [{ name: types.map((type) => TEXT_FILE_NAMES[type]).join(', '), extensions: [...types] }],
    properties: ['openFile'],
  });
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return { status: 'cancelled' };
  // The dialog's filter is a suggestion (a name can be typed): the extension is checked here.
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (!(types as readonly string[]).includes(extension)) return { status: 'cancelled' };
  const read = await readFileUpTo(path, maxBytes);
  return Buffer.isBuffer(read) ? { status: 'opened', name: basename(path), bytes: new Uint8Array(read.buffer, read.byteOffset, read.byteLength) } : read;
}
