// Reads the whole progress for an export or a backup, in one read transaction so the log, the
// user data and the settings describe the same moment.
import type { ExportHistory } from '../core/export-reminder';
import { buildProgressFile, serializeProgressFile, type ProgressFileV1 } from '../core/progress-file';
import { reviewsToCsv } from '../core/progress-csv';
import type { ProgressData } from '../core/merge';
import { compareEvents } from '../core/replay';
import type { FlashcardsDb } from './db';

const LAST_EXPORT_KEY = 'lastExportAt';

/**
 * Everything a progress file carries. The held answers (db/held-reviews.ts) travel with the log,
 * in log order: the reader holds them again if its clock cannot accept them either, so a file
 * comes back the way it went.
 */
export async function readProgress(db: FlashcardsDb): Promise<ProgressData> {
  const [log, held, userCardData, settings] = await db.transaction('r', [db.reviews, db.heldReviews, db.userCardData, db.settings], () =>
    Promise.all([db.reviews.orderBy('reviewedAt').toArray(), db.heldReviews.toArray(), db.userCardData.orderBy('cardId').toArray(), db.settings.orderBy('key').toArray()]),
  );
  return { reviews: held.length > 0 ? log.concat(held).sort(compareEvents) : log, userCardData, settings };
}

/** The progress file of everything this computer holds. */
export async function exportProgress(
  db: FlashcardsDb,
  input: { appVersion: string; deviceId: string; now: number },
): Promise<ProgressFileV1> {
  return buildProgressFile({ ...input, ...(await readProgress(db)) });
}

/**
 * The text of a backup, or null when there is nothing to keep: a backup of an empty database
 * (one the system wiped) must not push a real backup out of the retention window.
 */
export async function exportForBackup(
  db: FlashcardsDb,
  input: { appVersion: string; deviceId: string; now: number },
): Promise<string | null> {
  const progress = await readProgress(db);
  if (progress.reviews.length === 0 && progress.userCardData.length === 0 && progress.settings.length === 0) return null;
  return serializeProgressFile(await buildProgressFile({ ...input, ...progress }));
}

export async function exportReviewsCsv(db: FlashcardsDb): Promise<{ csv: string; count: number }> {
  const reviews = await db.reviews.toArray();
  return { csv: reviewsToCsv(reviews), count: reviews.length };
}

/** Remembered so the browser build can remind the learner when their last export gets old. */
export async function recordExport(db: FlashcardsDb, now: number): Promise<void> {
  await db.meta.put({ key: LAST_EXPORT_KEY, value: now });
}

export async function readExportHistory(db: FlashcardsDb): Promise<ExportHistory> {
  return db.transaction('r', db.meta, db.reviews, async () => {
    const last = (await db.meta.get(LAST_EXPORT_KEY))?.value;
    return {
      lastExportAt: typeof last === 'number' ? last : undefined,
      firstReviewAt: (await db.reviews.orderBy('reviewedAt').first())?.reviewedAt,
      lastReviewAt: (await db.reviews.orderBy('reviewedAt').last())?.reviewedAt,
    };
  });
}
