// What the Progress screen does, as plain async functions over the host and the database, so
// each step is tested without a browser. Every failure comes back as a ProgressProblem the
// screen shows in an alert; none of them leaves a half-applied change. Such failures are
// logged as warnings: the learner has been told, and console errors mean a bug.
import { parseProgressFile, progressFileName, type ParseResult, type ProgressFileError, type ProgressFileV1 } from '../../core/progress-file';
import type { SchedulerSource } from '../../core/replay';
import { classifyStorageError } from '../../core/storage-errors';
import type { FlashcardsDb } from '../../db/db';
import { exportForBackup, exportReviewsCsv } from '../../db/export-progress';
import { importProgress, previewImport, replaceProgress, type ImportPreview, type ImportResult } from '../../db/import-progress';
import type { BackupHost, Host } from '../../host/host';

/** `check-failed`: checking the file threw (a bug, or a file no check foresaw); nothing was written. */
export type ProblemCode = ProgressFileError | 'conflicts-with-local' | 'quota' | 'read-failed' | 'write-failed' | 'check-failed';

export interface ProgressProblem {
  code: ProblemCode;
  /** Where in the file (`reviews[3].rating`) or which record. */
  where?: string;
  /** For too-large: the file's size. */
  bytes?: number;
}

/** A request from a menu or a link to start an action as the screen opens; `id` makes each one new. */
export type ProgressAction = { kind: 'import' | 'export'; id: number };

export interface PendingImport {
  name: string;
  file: ProgressFileV1;
  preview: ImportPreview;
}

export interface Identity {
  appVersion: string;
  deviceId: string;
}

export type PickOutcome = { kind: 'cancelled' } | { kind: 'problem'; problem: ProgressProblem } | { kind: 'preview'; pending: PendingImport };

/**
 * Lets the learner pick a file, validates all of it and computes what importing it would do.
 * Nothing is written. `onReading` runs once a file is chosen, for the busy state.
 */
export async function pickProgressFile(
  host: Pick<Host, 'openProgressFile'>,
  db: FlashcardsDb,
  options: { now: number; knownCardIds: ReadonlySet<string>; onReading?: () => Promise<void> | void },
): Promise<PickOutcome> {
  let opened;
  try {
    opened = await host.openProgressFile();
  } catch (error) {
    console.warn(error);
    return { kind: 'problem', problem: { code: 'read-failed' } };
  }
  if (opened.status === 'cancelled') return { kind: 'cancelled' };
  if (opened.status === 'too-large') return { kind: 'problem', problem: { code: 'too-large', bytes: opened.bytes } };
  await options.onReading?.();
  const checked = await checkProgressText(db, opened.text, options);
  return checked.kind === 'problem' ? checked : { kind: 'preview', pending: { name: opened.name, ...checked } };
}

/** Parses and previews text already read (a picked file, a backup). */
export async function checkProgressText(
  db: FlashcardsDb,
  text: string,
  options: { now: number; knownCardIds: ReadonlySet<string> },
): Promise<{ kind: 'problem'; problem: ProgressProblem } | { kind: 'ok'; file: ProgressFileV1; preview: ImportPreview }> {
  const parsed = await parseChecked(text);
  if (!parsed.ok) {
    const bytes = parsed.error === 'too-large' ? new TextEncoder().encode(text).length : undefined;
    return { kind: 'problem', problem: { code: parsed.error, where: parsed.detail, bytes } };
  }
  try {
    const preview = await previewImport(db, parsed.file, { now: options.now, knownCardIds: options.knownCardIds });
    if (!preview.ok) return { kind: 'problem', problem: { code: 'conflicts-with-local', where: preview.detail } };
    return { kind: 'ok', file: parsed.file, preview: preview.value };
  } catch (error) {
    return { kind: 'problem', problem: storageProblem(error) };
  }
}

/** parseProgressFile, with anything it throws turned into a problem the learner is told about. */
async function parseChecked(text: string): Promise<ParseResult | { ok: false; error: 'check-failed'; detail?: undefined }> {
  try {
    return await parseProgressFile(text);
  } catch (error) {
    console.warn(error);
    return { ok: false, error: 'check-failed' };
  }
}

export async function applyImport(
  db: FlashcardsDb,
  scheduler: SchedulerSource,
  file: ProgressFileV1,
  now: number,
): Promise<{ kind: 'done'; result: ImportResult } | { kind: 'problem'; problem: ProgressProblem }> {
  try {
    const outcome = await importProgress(db, file, scheduler, { now });
    if (!outcome.ok) return { kind: 'problem', problem: { code: 'conflicts-with-local', where: outcome.detail } };
    return { kind: 'done', result: outcome.value };
  } catch (error) {
    return { kind: 'problem', problem: storageProblem(error) };
  }
}

export function storageProblem(error: unknown): ProgressProblem {
  console.warn(error);
  return { code: classifyStorageError(error) === 'quota' ? 'quota' : 'write-failed' };
}

export async function exportCsv(host: Pick<Host, 'saveFile'>, db: FlashcardsDb, now: number) {
  const { csv, count } = await exportReviewsCsv(db);
  const result = await host.saveFile(progressFileName(now, 'reviews', 'csv'), csv, 'text/csv');
  return { result, count };
}

export async function readBackup(
  backups: BackupHost,
  name: string,
): Promise<{ kind: 'problem'; problem: ProgressProblem } | { kind: 'ok'; file: ProgressFileV1 }> {
  let text: string;
  try {
    text = await backups.read(name);
  } catch (error) {
    console.warn(error);
    return { kind: 'problem', problem: { code: 'read-failed' } };
  }
  const parsed = await parseChecked(text);
  if (!parsed.ok) return { kind: 'problem', problem: { code: parsed.error, where: parsed.detail } };
  return { kind: 'ok', file: parsed.file };
}

/**
 * Makes the backup's progress this computer's, after keeping the current state in a
 * "before-restore" backup; if that backup cannot be written, nothing is restored.
 */
export async function restoreBackup(
  backups: BackupHost,
  db: FlashcardsDb,
  scheduler: SchedulerSource,
  file: ProgressFileV1,
  identity: Identity,
  now: number,
): Promise<{ kind: 'done' } | { kind: 'problem'; problem: ProgressProblem }> {
  try {
    const current = await exportForBackup(db, { ...identity, now });
    if (current !== null) await backups.write(current, 'before-restore');
  } catch (error) {
    console.warn(error);
    return { kind: 'problem', problem: { code: 'write-failed' } };
  }
  try {
    await replaceProgress(db, file, scheduler, { now });
    return { kind: 'done' };
  } catch (error) {
    return { kind: 'problem', problem: storageProblem(error) };
  }
}
