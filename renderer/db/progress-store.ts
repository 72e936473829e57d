// Reads and writes of study progress. Every write that belongs together is one transaction:
// an answer's event and the card's new state land together or not at all.
import { newEventId } from '../core/event-id';
import { answerDelta, replayWithStatsInSlices } from '../core/review-stats';
import type { Scheduler } from '../core/scheduler';
import { todayFromAnswers, type Today } from '../core/today';
import type { CardState, Rating, ReviewEvent } from '../core/types';
import { Pacer, type ChunkedOptions } from './chunked-work';
import { REVIEW_COUNT_KEY, type FlashcardsDb } from './db';
import { applyStatsDeltas, replaceStats } from './review-stats-store';
import { emptyUserCardData } from './user-card-store';

const DEVICE_ID_KEY = 'deviceId';
// The review count (REVIEW_COUNT_KEY in `meta`) is changed in the same transaction as the log by
// every writer (recordAnswer, undoAnswer, importProgress, replaceProgress): IndexedDB counts by
// walking every row, seconds for a million answers, and start-up shows the count. The same
// writers keep the statistics' slots (db/review-stats-store.ts) in step.

/** This device's id as stored; undefined before the first start has written one. */
export async function storedDeviceId(db: FlashcardsDb): Promise<string | undefined> {
  const row = await db.meta.get(DEVICE_ID_KEY);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function getDeviceId(db: FlashcardsDb): Promise<string> {
  // A plain read first: a read-write transaction on every start would hold up the other start-up
  // reads of `meta` until it commits.
  const existing = await storedDeviceId(db);
  if (existing !== undefined) return existing;
  return db.transaction('rw', db.meta, async () => {
    // Again inside the transaction: another window may have written one meanwhile.
    const written = await storedDeviceId(db);
    if (written !== undefined) return written;
    const id = newEventId(Date.now()).split('-')[1]!;
    await db.meta.put({ key: DEVICE_ID_KEY, value: id });
    return id;
  });
}

export async function loadCardStates(db: FlashcardsDb): Promise<Map<string, CardState>> {
  const rows = await db.cardStates.toArray();
  return new Map(rows.map((row) => [row.cardId, row]));
}

/** The stored number of events in the log; undefined in a database from before it was kept. */
export async function storedReviewCount(db: FlashcardsDb): Promise<number | undefined> {
  const row = await db.meta.get(REVIEW_COUNT_KEY);
  return typeof row?.value === 'number' ? row.value : undefined;
}

/** The number of events in the log, from the stored count; counted (and stored) once if there is none. */
export async function loadReviewCount(db: FlashcardsDb): Promise<number> {
  const stored = await storedReviewCount(db);
  if (stored !== undefined) return stored;
  return db.transaction('rw', db.reviews, db.meta, async () => {
    const count = await db.reviews.count();
    await db.meta.put({ key: REVIEW_COUNT_KEY, value: count });
    return count;
  });
}

/**
 * For writers of `reviews`, inside their transaction (which must include `meta`): the log gained
 * (or lost) `delta` events. With no stored count yet nothing is written: the next load counts.
 */
export async function addToReviewCount(db: FlashcardsDb, delta: number): Promise<void> {
  const row = await db.meta.get(REVIEW_COUNT_KEY);
  if (typeof row?.value === 'number') await db.meta.put({ key: REVIEW_COUNT_KEY, value: row.value + delta });
}

/** For writers that replace the whole log, inside their transaction (which must include `meta`). */
export async function setReviewCount(db: FlashcardsDb, count: number): Promise<void> {
  await db.meta.put({ key: REVIEW_COUNT_KEY, value: count });
}

export interface Answer {
  cardId: string;
  rating: Rating;
  now: number;
  durationMs: number;
  deviceId: string;
  /** The card's seen hash (core/revision.ts), recorded with the answer; omitted, nothing is. */
  seenHash?: string;
}

export interface RecordedAnswer {
  event: ReviewEvent;
  previous: CardState | undefined;
  next: CardState;
}

/** Appends the event and writes the new state in one transaction; returns what undo needs. */
export async function recordAnswer(db: FlashcardsDb, scheduler: Scheduler, answer: Answer): Promise<RecordedAnswer> {
  return db.transaction('rw', [db.reviews, db.cardStates, db.userCardData, db.meta, db.reviewStats], async () => {
    const previous = await db.cardStates.get(answer.cardId);
    const next = scheduler.next(answer.cardId, previous, answer.rating, answer.now);
    const event: ReviewEvent = {
      id: newEventId(answer.now),
      cardId: answer.cardId,
      rating: answer.rating,
      reviewedAt: answer.now,
      durationMs: Math.max(0, Math.round(answer.durationMs)),
      deviceId: answer.deviceId,
    };
    // Issued together: each await inside a transaction is a round trip to the storage process.
    await Promise.all([
      db.reviews.add(event),
      db.cardStates.put(next),
      addToReviewCount(db, 1),
      applyStatsDeltas(db, answerDelta(event, previous)),
      answer.seenHash === undefined ? undefined : markSeen(db, answer.cardId, answer.seenHash),
    ]);
    return { event, previous, next };
  });
}

/** Takes an answer back: the event goes and the card's previous state returns, together. */
export async function undoAnswer(db: FlashcardsDb, recorded: RecordedAnswer): Promise<void> {
  await db.transaction('rw', [db.reviews, db.cardStates, db.meta, db.reviewStats], async () => {
    await db.reviews.delete(recorded.event.id);
    if (recorded.previous) await db.cardStates.put(recorded.previous);
    else await db.cardStates.delete(recorded.event.cardId);
    await addToReviewCount(db, -1);
    await applyStatsDeltas(db, answerDelta(recorded.event, recorded.previous, -1));
  });
}

export async function allReviews(db: FlashcardsDb): Promise<ReviewEvent[]> {
  return db.reviews.orderBy('reviewedAt').toArray();
}

/**
 * Today's new cards and reviews, for the daily limits. A card was new today when every answer it
 * ever had is today's: its state counts them all (`reps`). Asking the log for each card's first
 * answer instead cost a query per card answered today, on the way to the first screen.
 */
export async function loadTodayCounts(db: FlashcardsDb, dayStart: number): Promise<Today> {
  return db.transaction('r', db.reviews, db.cardStates, async () => {
    const todays = await db.reviews.where('reviewedAt').aboveOrEqual(dayStart).toArray();
    const cardIds = [...new Set(todays.map((event) => event.cardId))];
    // Read with the answers, in one transaction: another window's answer cannot fall in between.
    const states = await db.cardStates.bulkGet(cardIds);
    const reps = new Map(cardIds.map((id, i) => [id, states[i]?.reps ?? 0]));
    return todayFromAnswers(todays, (id) => reps.get(id) ?? 0, dayStart);
  });
}

/** Recomputes every card state, and the statistics' slots, from the log in one transaction ("rebuild from history"). */
export async function rebuildCardStates(
  db: FlashcardsDb,
  schedulerAt: (time: number) => Scheduler,
  options: ChunkedOptions = {},
): Promise<Map<string, CardState>> {
  return db.transaction('rw', [db.reviews, db.cardStates, db.meta, db.reviewStats], async () => {
    const pacer = new Pacer(db, options);
    const log = await pacer.readLog('reading-history', (await storedReviewCount(db)) ?? 0);
    const { states, deltas } = await pacer.replay(replayWithStatsInSlices(log, schedulerAt, pacer.replaySlice), log.length);
    await db.cardStates.clear();
    await Promise.all([db.cardStates.bulkPut([...states.values()]), replaceStats(db, deltas, pacer)]);
    return states;
  });
}

/**
 * Records which version of a card the learner last answered. Not a learner's edit, so
 * `updatedAt` stays: a flag set on another laptop must still win a merge over this row.
 */
async function markSeen(db: FlashcardsDb, cardId: string, seenHash: string): Promise<void> {
  const updated = await db.userCardData.update(cardId, { seenHash });
  if (updated === 0) {
    await db.userCardData.add({ ...emptyUserCardData(cardId), seenHash });
  }
}

/**
 * Answers that do not count: those of cards removed from the deck. Their events stay (a later
 * version may bring the card back). Every answered card has a state, so the caller passes the
 * answered cards (the states' keys) and the log is only read when some card was removed.
 */
export async function countHiddenReviews(db: FlashcardsDb, deckCardIds: ReadonlySet<string>, answeredCardIds: Iterable<string>): Promise<number> {
  const removed = [...answeredCardIds].filter((id) => !deckCardIds.has(id));
  return removed.length > 0 ? db.reviews.where('cardId').anyOf(removed).count() : 0;
}
