// Files the main process writes for the user. Writes are atomic (temp file + rename), so a crash
// mid-write never leaves a half-written export where a good one was.
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import type { SaveFileRequest, SaveFileResult } from './ipc';

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
