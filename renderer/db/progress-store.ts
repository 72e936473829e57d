// Reads and writes of study progress. Every write that belongs together is one transaction:
// an answer's event and the card's new state land together or not at all.
import { newEventId } from '../core/event-id';
import type { Scheduler } from '../core/scheduler';
import type { CardState, Rating, ReviewEvent } from '../core/types';
import type { FlashcardsDb } from './db';

const DEVICE_ID_KEY = 'deviceId';
/**
 * How many events `reviews` holds, kept in `meta` and changed in the same transaction as the log:
 * IndexedDB counts by walking every row (seconds for a million), and the deck list shows it.
 */
const REVIEW_COUNT_KEY = 'reviewCount';

export async function getDeviceId(db: FlashcardsDb): Promise<string> {
  // A plain read first: a read-write transaction on every start would hold up the other start-up
  // reads of `meta` until it commits.
  const existing = await db.meta.get(DEVICE_ID_KEY);
  if (typeof existing?.value === 'string') return existing.value;
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(DEVICE_ID_KEY);
    if (typeof row?.value === 'string') return row.value;
    const id = newEventId(Date.now()).split('-')[1]!;
    await db.meta.put({ key: DEVICE_ID_KEY, value: id });
    return id;
  });
}

export async function loadCardStates(db: FlashcardsDb): Promise<Map<string, CardState>> {
  const rows = await db.cardStates.toArray();
  return new Map(rows.map((row) => [row.cardId, row]));
}

/** The number of events in the log, from the stored count; counted once if there is none yet. */
export async function loadReviewCount(db: FlashcardsDb): Promise<number> {
  const row = await db.meta.get(REVIEW_COUNT_KEY);
  return typeof row?.value === 'number' ? row.value : recountReviews(db);
}

/**
 * Counts the log and stores the count. Bulk writers (an import, a merge) call this inside their
 * own transaction after writing, instead of working out how many of their events were new.
 */
export async function recountReviews(db: FlashcardsDb): Promise<number> {
  return db.transaction('rw', db.reviews, db.meta, async () => {
    const count = await db.reviews.count();
    await db.meta.put({ key: REVIEW_COUNT_KEY, value: count });
    return count;
  });
}

/** Inside a transaction that writes `reviews` and `meta`. No stored count yet: the next load counts. */
async function addToReviewCount(db: FlashcardsDb, delta: number): Promise<void> {
  const row = await db.meta.get(REVIEW_COUNT_KEY);
  if (typeof row?.value === 'number') await db.meta.put({ key: REVIEW_COUNT_KEY, value: row.value + delta });
}

export interface Answer {
  cardId: string;
  rating: Rating;
  now: number;
  durationMs: number;
  deviceId: string;
}

export interface RecordedAnswer {
  event: ReviewEvent;
  previous: CardState | undefined;
  next: CardState;
}

/** Appends the event and writes the new state in one transaction; returns what undo needs. */
export async function recordAnswer(db: FlashcardsDb, scheduler: Scheduler, answer: Answer): Promise<RecordedAnswer> {
  return db.transaction('rw', db.reviews, db.cardStates, db.meta, async () => {
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
    await Promise.all([db.reviews.add(event), db.cardStates.put(next), addToReviewCount(db, 1)]);
    return { event, previous, next };
  });
}

/** Takes an answer back: the event goes and the card's previous state returns, together. */
export async function undoAnswer(db: FlashcardsDb, recorded: RecordedAnswer): Promise<void> {
  await db.transaction('rw', db.reviews, db.cardStates, db.meta, async () => {
    await db.reviews.delete(recorded.event.id);
    if (recorded.previous) await db.cardStates.put(recorded.previous);
    else await db.cardStates.delete(recorded.event.cardId);
    await addToReviewCount(db, -1);
  });
}

export async function allReviews(db: FlashcardsDb): Promise<ReviewEvent[]> {
  return db.reviews.orderBy('reviewedAt').toArray();
}
