// Answers kept apart from the log: those a file brought whose time this computer's clock could not
// accept (before 2000, or more than a day ahead: core/event-time.ts), and those still on their way
// to the log when the page went away (services/kept-answers.ts). They stay unchanged, outside the
// log, the replay, the counts and the statistics, and travel in every export and backup. Once the
// clock reaches their time they join the log (checked at the start and after an import or a
// restore); the learner can also discard them.
import { CLOCK_SLACK_MS, EARLIEST_VALID_TIME } from '../core/event-time';
import { sameEvent } from '../core/replay';
import type { SchedulerSource } from '../core/replay';
import type { ReviewEvent } from '../core/types';
import type { FlashcardsDb } from './db';
import { addToLog } from './review-log';

export interface HeldSummary {
  count: number;
  /** Epoch ms of the earliest and latest held answers; undefined when none is held. */
  firstAt: number | undefined;
  lastAt: number | undefined;
  /** How many the clock now accepts: they are waiting to join the log. */
  ready: number;
}

/** Inside the caller's transaction (with `heldReviews`). */
export async function readHeldSummary(db: FlashcardsDb, now: number): Promise<HeldSummary> {
  const [count, first, last, ready] = await Promise.all([
    db.heldReviews.count(),
    db.heldReviews.orderBy('reviewedAt').first(),
    db.heldReviews.orderBy('reviewedAt').last(),
    readyRange(db, now).count(),
  ]);
  return { count, firstAt: first?.reviewedAt, lastAt: last?.reviewedAt, ready };
}

/**
 * Moves the held answers whose time the clock now accepts into the log and replays their cards,
 * in one transaction; returns how many joined the log.
 */
export async function releaseHeldReviews(db: FlashcardsDb, scheduler: SchedulerSource, now: number): Promise<number> {
  return db.transaction('rw', [db.heldReviews, db.reviews, db.cardStates, db.meta, db.reviewStats], async () => {
    const ready = await readyRange(db, now).toArray();
    if (ready.length === 0) return 0;
    const inLog = await db.reviews.bulkGet(ready.map((e) => e.id));
    // An import checks the held answers with the log, so none should be there already; one that
    // is there with other contents stays held rather than be lost or overwrite the log.
    const added = ready.filter((_, i) => !inLog[i]);
    const done = ready.filter((event, i) => !inLog[i] || sameEvent(inLog[i]!, event));
    if (added.length > 0) await addToLog(db, added, scheduler);
    await db.heldReviews.bulkDelete(done.map((e) => e.id));
    return added.length;
  });
}

/** Keeps answers apart, to join the log at the next release (a start). */
export async function holdReviews(db: FlashcardsDb, events: readonly ReviewEvent[]): Promise<void> {
  await db.heldReviews.bulkPut(events);
}

export async function discardHeldReviews(db: FlashcardsDb): Promise<void> {
  await db.heldReviews.clear();
}

function readyRange(db: FlashcardsDb, now: number) {
  return db.heldReviews.where('reviewedAt').between(EARLIEST_VALID_TIME, now + CLOCK_SLACK_MS, true, true);
}
