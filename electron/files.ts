// Files the main process writes for the user. Writes are atomic (temp file + rename), so a crash
// mid-write never leaves a half-written export where a good one was.
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import type { OpenFileResult, SaveFileRequest, SaveFileResult } from './ipc';

export async function writeFileAtomic(path: string, contents: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, contents, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export type ShowSaveDialog = (options: {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

/** Asks where to save (the native dialog in production, a stub in tests) and writes the file. */
export async function saveExportFile(
  request: SaveFileRequest,
  showSaveDialog: ShowSaveDialog,
  defaultDir: string,
): Promise<SaveFileResult> {
  const extension = request.suggestedName.endsWith('.csv') ? 'csv' : 'json';
  const choice = await showSaveDialog({
    defaultPath: join(defaultDir, request.suggestedName),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  await writeFileAtomic(choice.filePath, request.contents);
  return { status: 'saved', path: choice.filePath };
}

export type ShowOpenDialog = (options: {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: 'openFile'[];
}) => Promise<{ canceled: boolean; filePaths: string[] }>;

/**
 * Asks which progress file to import and returns its text. A file over `maxBytes` is refused
 * from its size alone, unread: a 200 MB file must not freeze the app to say it is too big.
 */
export async function openProgressFile(showOpenDialog: ShowOpenDialog, defaultDir: string, maxBytes: number): Promise<OpenFileResult> {
  const choice = await showOpenDialog({
    defaultPath: defaultDir,
    filters: [{ name: 'JSON', extensions: ['json'] }],
    properties: ['openFile'],
  });
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return { status: 'cancelled' };
  return readTextFileUpTo(path, maxBytes);
}

/** Reads a whole text file unless it is over `maxBytes`; the size comes from the open handle. */
export async function readTextFileUpTo(path: string, maxBytes: number): Promise<OpenFileResult> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { status: 'too-large', bytes: size };
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return { status: 'opened', name: basename(path), text: buffer.subarray(0, bytesRead).toString('utf8') };
  } finally {
    await handle.close();
  }
}
