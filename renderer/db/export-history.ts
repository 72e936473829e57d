// When progress was last exported, and the log's first and last answers: the export reminder's
// facts, read at start, apart from the export itself (db/export-progress.ts), which loads when used.
import type { ExportHistory } from '../core/export-reminder';
import type { FlashcardsDb } from './db';

const LAST_EXPORT_KEY = 'lastExportAt';

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
