// The way out of a database the app cannot start from (screens/recovery/StorageRecovery.svelte), as plain async
// functions over the host and the database: export what can still be read, put a backup or a file
// in place of what is there, or start fresh once that export is saved. Each reports what happened;
// none throws.
import { serializeProgressFile } from '../core/progress-file';
import { progressFileName } from '../core/progress-file-name';
import { createSchedulerTimeline } from '../core/scheduler';
import type { FlashcardsDb } from '../db/db';
import { replaceProgress, type ProgressInput } from '../db/import-progress';
import type { CheckedProgress } from '../core/review-source';
import { checkProgressFile } from './check-progress-file';
import { rescueProgress } from '../db/rescue';
import type { BackupHost, Host } from '../host/host';
import { writeMarker, type MarkerStorage } from './loss-marker';
import type { ProgressProblem } from './progress-files';

export interface RescueSummary {
  answers: number;
  cards: number;
  settings: number;
  skippedRows: number;
  unreadableTables: string[];
}

export type RescueExport = { kind: 'saved' | 'cancelled'; summary: RescueSummary } | { kind: 'failed' };

/** Saves, as a progress file, every row of the database that an import would accept. */
export async function exportRescued(
  host: Pick<Host, 'saveFile'>,
  db: Pick<FlashcardsDb, 'name'>,
  input: { appVersion: string; now: number },
): Promise<RescueExport> {
  try {
    const rescued = await rescueProgress({ ...input, name: db.name });
    const result = await host.saveFile(progressFileName(input.now), serializeProgressFile(rescued.file), 'application/json');
    const { file } = rescued;
    const summary = {
      answers: file.reviews.length,
      cards: file.userCardData.length,
      settings: file.settings.length,
      skippedRows: rescued.skippedRows,
      unreadableTables: rescued.unreadableTables,
    };
    return { kind: result.status === 'saved' ? 'saved' : 'cancelled', summary };
  } catch (error) {
    console.warn(error);
    return { kind: 'failed' };
  }
}

export type Checked = { kind: 'ok'; file: CheckedProgress } | { kind: 'problem'; problem: ProgressProblem };

/** A progress file the learner picked (browser) or a backup (desktop), checked as an import checks it. */
export async function checkReplacement(read: () => Promise<Blob>): Promise<Checked> {
  let contents: Blob;
  try {
    contents = await read();
  } catch (error) {
    console.warn(error);
    return { kind: 'problem', problem: { code: 'read-failed' } };
  }
  try {
    const parsed = await checkProgressFile(contents);
    return parsed.ok ? { kind: 'ok', file: parsed.file } : { kind: 'problem', problem: { code: parsed.error, where: parsed.detail } };
  } catch (error) {
    console.warn(error);
    return { kind: 'problem', problem: { code: 'check-failed' } };
  }
}

/**
 * Puts the file's progress in place of what the database holds (as restoring a backup does). On
 * the desktop, what can still be read is kept first in a "before-restore" backup; if that cannot
 * be written, nothing is replaced.
 */
export async function replaceWith(
  db: FlashcardsDb,
  file: ProgressInput,
  input: { appVersion: string; now: number; backups: BackupHost | undefined },
): Promise<{ kind: 'done' } | { kind: 'problem'; problem: ProgressProblem }> {
  if (input.backups) {
    try {
      const current = await rescueProgress({ ...input, name: db.name });
      if (current.file.reviews.length + current.file.userCardData.length + current.file.settings.length > 0) {
        await input.backups.write(new Blob([serializeProgressFile(current.file)], { type: 'application/json' }), 'before-restore');
      }
    } catch (error) {
      console.warn(error);
      return { kind: 'problem', problem: { code: 'write-failed' } };
    }
  }
  try {
    const outcome = await replaceProgress(db, file, createSchedulerTimeline([]), { now: input.now });
    return outcome.ok ? { kind: 'done' } : { kind: 'problem', problem: { code: 'conflicting-duplicate', where: outcome.detail } };
  } catch (error) {
    console.warn(error);
    return { kind: 'problem', problem: { code: 'write-failed' } };
  }
}

/**
 * Deletes the database, for a start from nothing. The marker that notices a wiped database is set
 * to "no progress", or the next start would report the progress lost.
 */
export async function startFresh(db: FlashcardsDb, storage: MarkerStorage | undefined): Promise<boolean> {
  try {
    // Nothing may reopen it (and so recreate it) before the page reloads.
    await db.delete({ disableAutoOpen: true });
    if (storage) writeMarker(storage, { deviceId: '', reviewCount: 0 });
    return true;
  } catch (error) {
    console.warn(error);
    return false;
  }
}
