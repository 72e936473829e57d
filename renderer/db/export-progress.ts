// Writes the whole progress as a progress file, piece by piece, in one read transaction so the log,
// the user data, the settings and the rest describe the same moment. Memory stays flat however long
// the log: it is read in pages and each page goes out as text before the next is read.
import { ProgressWriter } from '../core/progress-file';
import { reviewsToCsv } from '../core/progress-csv';
import { compareEvents } from '../core/replay';
import type { ReviewEvent } from '../core/types';
import { INTERVIEW_DATE_KEY, type FlashcardsDb } from './db';

const LAST_EXPORT_KEY = 'lastExportAt';
/** Answers read from the log at a time: a few megabytes of rows. */
const PAGE_ROWS = 20_000;

export interface ExportIdentity {
  appVersion: string;
  deviceId: string;
  now: number;
}

/** Every table a progress file carries (recordings stay on this computer). */
function progressTables(db: FlashcardsDb) {
  return [db.reviews, db.heldReviews, db.userCardData, db.settings, db.ownCards, db.ownAnswers, db.mockInterviews, db.interviewDate, db.readiness];
}

/**
 * Writes everything this computer holds to `sink`, in pieces of about a megabyte. The held answers
 * (db/held-reviews.ts) travel in the log, in log order: the reader holds them again if its clock
 * cannot accept them either, so a file comes back the way it went. Returns how many answers it wrote.
 */
export async function writeProgressFile(
  db: FlashcardsDb,
  identity: ExportIdentity,
  sink: (chunk: string) => void,
  { pageRows = PAGE_ROWS }: { pageRows?: number } = {},
): Promise<{ reviews: number }> {
  return db.transaction('r', progressTables(db), async () => {
    const writer = new ProgressWriter(identity, sink);
    const held = (await db.heldReviews.toArray()).sort(compareEvents);
    let nextHeld = 0;
    let reviews = 0;
    const write = (event: ReviewEvent) => {
      while (nextHeld < held.length && compareEvents(held[nextHeld]!, event) < 0) writer.add('review', held[nextHeld++]!);
      writer.add('review', event);
      reviews++;
    };
    // Pages in log order (reviewedAt, then id, as the index keeps them), each one read whole by
    // the index (an offset would make Dexie walk a cursor row by row). A full page stops before its
    // last time, whose answers are then read together, so a time is never split between pages.
    let from = -Infinity;
    let inclusive = true;
    for (;;) {
      const range = inclusive ? db.reviews.where('reviewedAt').aboveOrEqual(from) : db.reviews.where('reviewedAt').above(from);
      const page = await range.limit(pageRows).toArray();
      if (page.length < pageRows) {
        for (const event of page) write(event);
        break;
      }
      const last = page.at(-1)!.reviewedAt;
      let complete = page.length;
      while (complete > 0 && page[complete - 1]!.reviewedAt === last) complete--;
      for (let i = 0; i < complete; i++) write(page[i]!);
      for (const event of await db.reviews.where('reviewedAt').equals(last).toArray()) write(event);
      from = last;
      inclusive = false;
    }
    while (nextHeld < held.length) writer.add('review', held[nextHeld++]!);
    writer.addAll('card', await db.userCardData.orderBy('cardId').toArray());
    writer.addAll('setting', await db.settings.orderBy('key').toArray());
    writer.addAll('ownCard', await db.ownCards.toArray());
    writer.addAll('ownAnswer', await db.ownAnswers.toArray());
    writer.addAll('mock', await db.mockInterviews.orderBy('startedAt').toArray());
    const date = await db.interviewDate.get(INTERVIEW_DATE_KEY);
    if (date) writer.add('interviewDate', date);
    writer.addAll('readiness', await db.readiness.toArray());
    writer.finish();
    return { reviews: reviews + held.length };
  });
}

/** The whole file as one string: for tests and the benchmark, which compare or parse it whole. */
export async function exportProgressText(db: FlashcardsDb, identity: ExportIdentity): Promise<string> {
  const chunks: string[] = [];
  await writeProgressFile(db, identity, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

/**
 * The whole file as a Blob, for an export or a backup: each megabyte becomes a Blob as it is
 * written, and the browser keeps blobs out of the page's heap, so memory stays flat however long
 * the history. The desktop host sends it on in chunks.
 */
export async function exportProgressBlob(db: FlashcardsDb, identity: ExportIdentity): Promise<{ blob: Blob; reviews: number }> {
  const parts: Blob[] = [];
  const { reviews } = await writeProgressFile(db, identity, (chunk) => parts.push(new Blob([chunk])));
  return { blob: new Blob(parts, { type: 'application/json' }), reviews };
}

/**
 * A backup's file, or null when there is nothing to keep: a backup of an empty database (one the
 * system wiped) must not push a real backup out of the retention window.
 */
export async function exportForBackup(db: FlashcardsDb, identity: ExportIdentity): Promise<Blob | null> {
  const counts = await db.transaction('r', progressTables(db), () => Promise.all(progressTables(db).map((table) => table.count())));
  if (counts.every((count) => count === 0)) return null;
  return (await exportProgressBlob(db, identity)).blob;
}

export async function exportReviewsCsv(db: FlashcardsDb): Promise<{ csv: string; count: number }> {
  const reviews = await db.reviews.toArray();
  return { csv: reviewsToCsv(reviews), count: reviews.length };
}
