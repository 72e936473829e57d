// Progress files and backups: what the files screen does, as plain async functions over the
// host and the database, so each step is tested without a browser; `progressFiles(model)` binds
// them to the live model, each waiting first for the answers still on their way, so a backup,
// an export or an import never misses one. Every failure comes back as a ProgressProblem the
// screen shows in an alert; none of them leaves a half-applied change. Such failures are
// logged as warnings: the learner has been told, and console errors mean a bug. The long steps
// take TaskOptions: they report their progress, and an aborted signal ends them as 'aborted',
// with nothing written.
import type { ProgressFileError } from '../core/progress-file';
import { progressFileName } from '../core/progress-file-name';
import type { CheckedProgress } from '../core/review-source';
import type { SchedulerSource } from '../core/replay';
import { classifyStorageError } from '../core/storage-errors';
import { wasCancelled, type TaskOptions } from '../core/task-progress';
import type { FlashcardsDb } from '../db/db';
import { exportForBackup, exportReviewsCsv } from '../db/export-progress';
import { importProgress, previewImport, replaceProgress, type ImportPreview, type ImportResult, type ProgressInput } from '../db/import-progress';
import type { BackupHost, Host } from '../host/host';
import { APP_VERSION, type AppModel } from '../model/app-model.svelte';
import { checkProgressFile, type CheckedFile } from './check-progress-file';

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
  file: CheckedProgress;
  preview: ImportPreview;
}

export interface Identity {
  appVersion: string;
  deviceId: string;
}

/** The learner stopped the work (Cancel); nothing was written. */
export type Aborted = { kind: 'aborted' };
export type Problem = { kind: 'problem'; problem: ProgressProblem };

export type PickOutcome = { kind: 'cancelled' } | Aborted | Problem | { kind: 'preview'; pending: PendingImport };

interface CheckOptions extends TaskOptions {
  now: number;
  knownCardIds: ReadonlySet<string>;
}

/**
 * Lets the learner pick a file, validates all of it and computes what importing it would do.
 * Nothing is written. `onReading` runs once a file is chosen, for the busy state.
 */
export async function pickProgressFile(
  host: Pick<Host, 'openProgressFile'>,
  db: FlashcardsDb,
  options: CheckOptions & { onReading?: () => Promise<void> | void },
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
  const checked = await checkProgressText(db, opened.contents, options);
  return checked.kind === 'ok' ? { kind: 'preview', pending: { name: opened.name, file: checked.file, preview: checked.preview } } : checked;
}

/** Parses and previews text already read (a picked file, a backup). */
export async function checkProgressText(
  db: FlashcardsDb,
  text: string | Blob,
  options: CheckOptions,
): Promise<Aborted | Problem | { kind: 'ok'; file: CheckedProgress; preview: ImportPreview }> {
  const checked = await readProgressText(text, options);
  if (checked.kind !== 'ok') return checked;
  try {
    const preview = await previewImport(db, checked.file, options);
    if (!preview.ok) return { kind: 'problem', problem: { code: 'conflicts-with-local', where: preview.detail } };
    return { kind: 'ok', file: checked.file, preview: preview.value };
  } catch (error) {
    return wasCancelled(options) ? { kind: 'aborted' } : { kind: 'problem', problem: storageProblem(error) };
  }
}

/** Parses and validates a file's text, off the page's thread where it can. */
async function readProgressText(text: string | Blob, options: TaskOptions): Promise<Aborted | Problem | { kind: 'ok'; file: CheckedProgress }> {
  let parsed: CheckedFile;
  try {
    parsed = await checkProgressFile(text, options);
  } catch (error) {
    if (wasCancelled(options)) return { kind: 'aborted' };
    // Whatever the check throws (a bug, or a file no check foresaw) is told, never thrown.
    console.warn(error);
    return { kind: 'problem', problem: { code: 'check-failed' } };
  }
  if (!parsed.ok) {
    const bytes = parsed.error === 'too-large' ? (typeof text === 'string' ? new Blob([text]) : text).size : undefined;
    return { kind: 'problem', problem: { code: parsed.error, where: parsed.detail, bytes } };
  }
  return { kind: 'ok', file: parsed.file };
}

export async function applyImport(
  db: FlashcardsDb,
  scheduler: SchedulerSource,
  file: ProgressInput,
  now: number,
  options: TaskOptions = {},
): Promise<Aborted | Problem | { kind: 'done'; result: ImportResult }> {
  try {
    const outcome = await importProgress(db, file, scheduler, { ...options, now });
    if (!outcome.ok) return { kind: 'problem', problem: { code: 'conflicts-with-local', where: outcome.detail } };
    return { kind: 'done', result: outcome.value };
  } catch (error) {
    return wasCancelled(options) ? { kind: 'aborted' } : { kind: 'problem', problem: storageProblem(error) };
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
  options: TaskOptions = {},
): Promise<Aborted | Problem | { kind: 'ok'; file: CheckedProgress }> {
  let file: Blob;
  try {
    options.onProgress?.({ phase: 'reading', done: 0, total: 0 });
    file = await backups.read(name);
  } catch (error) {
    console.warn(error);
    return { kind: 'problem', problem: { code: 'read-failed' } };
  }
  return readProgressText(file, options);
}

/**
 * Makes the backup's progress this computer's, after keeping the current state in a
 * "before-restore" backup; if that backup cannot be written, nothing is restored.
 */
export async function restoreBackup(
  backups: BackupHost,
  db: FlashcardsDb,
  scheduler: SchedulerSource,
  file: ProgressInput,
  identity: Identity,
  now: number,
  options: TaskOptions = {},
): Promise<Aborted | Problem | { kind: 'done' }> {
  try {
    options.onProgress?.({ phase: 'backing-up', done: 0, total: 0 });
    const current = await exportForBackup(db, { ...identity, now });
    if (current !== null) await backups.write(current, 'before-restore');
  } catch (error) {
    console.warn(error);
    return { kind: 'problem', problem: { code: 'write-failed' } };
  }
  try {
    const outcome = await replaceProgress(db, file, scheduler, { ...options, now });
    return outcome.ok ? { kind: 'done' } : { kind: 'problem', problem: { code: 'conflicting-duplicate', where: outcome.detail } };
  } catch (error) {
    return wasCancelled(options) ? { kind: 'aborted' } : { kind: 'problem', problem: storageProblem(error) };
  }
}

/** The actions above on this computer's data, as the files screen and its backup list use them. */
export function progressFiles(model: AppModel) {
  const identity = (): Identity => ({ appVersion: APP_VERSION, deviceId: model.deviceId });
  return {
    /** Undefined in the browser, which keeps no backups of its own. */
    backups: model.host.backups,
    async pick(options: Parameters<typeof pickProgressFile>[2]) {
      await model.written();
      return pickProgressFile(model.host, model.db, options);
    },
    /** Merges the file in; once it is written, the live state follows the database. */
    async apply(file: ProgressInput, options: TaskOptions = {}) {
      await model.written();
      const outcome = await applyImport(model.db, model.schedulerAt, file, Date.now(), options);
      if (outcome.kind === 'done') await model.reload();
      return outcome;
    },
    async exportCsv() {
      await model.written();
      return exportCsv(model.host, model.db, Date.now());
    },
    /** The current progress as a backup file; null when there is none to keep. */
    backupContents: () => model.backupContents(),
    /** Replaces this computer's progress with the backup's; the live state then follows. */
    async restore(backups: BackupHost, file: ProgressInput, options: TaskOptions = {}) {
      await model.written();
      const outcome = await restoreBackup(backups, model.db, model.schedulerAt, file, identity(), Date.now(), options);
      if (outcome.kind === 'done') await model.reload();
      return outcome;
    },
  };
}

export type ProgressFiles = ReturnType<typeof progressFiles>;
