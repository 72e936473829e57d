// Reads and writes of study progress. Every write that belongs together is one transaction:
// an answer's event and the card's new state land together or not at all.
import { newEventId } from '../core/event-id';
import { assertClockPlausible } from '../core/event-time';
import type { SchedulerSource } from '../core/replay';
import { answerDelta, invertDeltas, replayWithStatsInSlices, type SlotDeltas } from '../core/answer-slots';
import { hasAnswerAfter, type Scheduler } from '../core/scheduler';
import { todayFromAnswers, type Today } from '../core/today';
import type { CardState, Rating, ReviewEvent } from '../core/types';
import type { Table } from 'dexie';
import { Pacer, type ChunkedOptions } from './chunked-work';
import { REVIEW_COUNT_KEY, type FlashcardsDb } from './db';
import { applyStatsDeltas, applyStatsDeltasInChunks, replaceStats } from './answer-slots-store';
import { emptyUserCardData } from './user-card-store';

const DEVICE_ID_KEY = 'deviceId';
// The review count (REVIEW_COUNT_KEY in `meta`) is changed in the same transaction as the log by
// every writer (recordAnswer, undoAnswer, importProgress, replaceProgress): IndexedDB counts by
// walking every row, seconds for a million answers, and start-up shows the count. The same
// writers keep the statistics' slots (db/answer-slots-store.ts) in step.

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
  /**
   * The event's id (newEventId), picked by the caller: the copy a page keeps when it goes away
   * with the write on its way (services/kept-answers.ts) is then the same event, and joins the
   * log once.
   */
  id: string;
  cardId: string;
  rating: Rating;
  now: number;
  durationMs: number;
  deviceId: string;
  /** The card's seen hash (core/revision.ts), recorded with the answer; omitted, nothing is. */
  seenHash?: string;
}

/**
 * A write that belongs with an answer (a mock interview's question and the answer it became),
 * made in the answer's transaction: both land or neither does. It gets the answer's event.
 */
export interface AlongsideWrite {
  tables: readonly Table[];
  write(event: ReviewEvent): Promise<unknown>;
}

export interface RecordedAnswer {
  event: ReviewEvent;
  previous: CardState | undefined;
  next: CardState;
  /** What the answer changed in the statistics' slots, for undo to take back. */
  deltas: SlotDeltas;
}

/**
 * Appends the event and writes the new state in one transaction; returns what undo needs. A
 * scheduler timeline (time -> scheduler) is needed when the card may hold an answer given after
 * `now`, under a clock that was ahead: then the card's history is replayed (see addToLog). Refuses
 * (ClockWrongError) a time before 2000: no file could take it back.
 */
export async function recordAnswer(
  db: FlashcardsDb,
  scheduler: SchedulerSource,
  answer: Answer,
  alongside?: AlongsideWrite,
): Promise<RecordedAnswer> {
  assertClockPlausible(answer.now);
  const at = typeof scheduler === 'function' ? scheduler : () => scheduler;
  const tables = [db.reviews, db.cardStates, db.userCardData, db.meta, db.reviewStats, ...(alongside?.tables ?? [])];
  return db.transaction('rw', tables, async () => {
    const previous = await db.cardStates.get(answer.cardId);
    const event = answerEvent(answer);
    const seen = answer.seenHash === undefined ? undefined : markSeen(db, answer.cardId, answer.seenHash);
    const along = alongside?.write(event);
    if (hasAnswerAfter(previous, answer.now)) {
      const [{ states, deltas }] = await Promise.all([addToLog(db, [event], scheduler), seen, along]);
      return { event, previous, next: states.get(answer.cardId)!, deltas };
    }
    const next = at(answer.now).next(answer.cardId, previous, answer.rating, answer.now);
    const deltas = answerDelta(event, previous);
    // Issued together: each await inside a transaction is a round trip to the storage process.
    await Promise.all([db.reviews.add(event), db.cardStates.put(next), addToReviewCount(db, 1), applyStatsDeltas(db, deltas), seen, along]);
    return { event, previous, next, deltas };
  });
}

/** The log's event for an answer. */
export function answerEvent(answer: Answer): ReviewEvent {
  return {
    id: answer.id,
    cardId: answer.cardId,
    rating: answer.rating,
    reviewedAt: answer.now,
    durationMs: Math.max(0, Math.round(answer.durationMs)),
    deviceId: answer.deviceId,
  };
}

/** Takes an answer back: the event goes, and the card's previous state and the slots return, together. */
export async function undoAnswer(db: FlashcardsDb, recorded: RecordedAnswer): Promise<void> {
  await db.transaction('rw', [db.reviews, db.cardStates, db.meta, db.reviewStats], async () => {
    await db.reviews.delete(recorded.event.id);
    if (recorded.previous) await db.cardStates.put(recorded.previous);
    else await db.cardStates.delete(recorded.event.cardId);
    await addToReviewCount(db, -1);
    await applyStatsDeltas(db, invertDeltas(recorded.deltas));
  });
}

/**
 * For writers of the log, inside their transaction (with `reviews`, `cardStates`, `meta` and
 * `reviewStats`): adds events the log lacks and replays the whole history of every card they touch,
 * old answers and new, in log order. That gives the state every laptop agrees on, whatever order
 * the answers arrived in (from a file, from the held answers, or given under a clock set back);
 * cards the events do not touch keep theirs. `localLog`, when the caller already read the whole
 * log, saves reading the touched cards' histories again. A long import passes its pacer: the work
 * then goes in chunks, with its progress (db/chunked-work.ts).
 */
export async function addToLog(
  db: FlashcardsDb,
  added: readonly ReviewEvent[],
  scheduler: SchedulerSource,
  localLog?: readonly ReviewEvent[],
  pacer = new Pacer(db),
): Promise<{ states: Map<string, CardState>; deltas: SlotDeltas }> {
  const touched = new Set(added.map((e) => e.cardId));
  const history = localLog ? localLog.filter((e) => touched.has(e.cardId)) : await readHistoryOf(db, touched, pacer);
  await pacer.inChunks('writing', added, (chunk) => db.reviews.bulkAdd(chunk));
  await addToReviewCount(db, added.length);
  return replayCards(db, history, history.concat(added), scheduler, scheduler, pacer);
}

/**
 * Every local answer of some cards. One read when they are few; otherwise the whole log in pages,
 * kept for those cards: a single read of most of a long log would freeze the page.
 */
async function readHistoryOf(db: FlashcardsDb, cardIds: ReadonlySet<string>, pacer: Pacer): Promise<ReviewEvent[]> {
  // A collection of anyOf keeps its place in the keys as it runs: one per query.
  const ofCards = () => db.reviews.where('cardId').anyOf([...cardIds]);
  const count = await ofCards().count();
  if (count <= pacer.chunkRows) return ofCards().toArray();
  const log = await pacer.readLog('reading-history', (await storedReviewCount(db)) ?? count);
  return log.filter((e) => cardIds.has(e.cardId));
}

/**
 * Inside the caller's transaction (with `cardStates` and `reviewStats`): replays the histories of
 * the cards in `after` and writes their states. Their answers are taken out of the statistics as
 * `before` counted them (under `was`, the scheduler their slots were counted with: an older answer
 * arriving, or a new setting, can change what the later ones were: new, review...) and put back as
 * the replay of `after` under `scheduler` sees them.
 */
export async function replayCards(
  db: FlashcardsDb,
  before: readonly ReviewEvent[],
  after: readonly ReviewEvent[],
  was: SchedulerSource,
  scheduler: SchedulerSource,
  pacer = new Pacer(db),
): Promise<{ states: Map<string, CardState>; deltas: SlotDeltas }> {
  const total = before.length + after.length;
  const { deltas } = await pacer.replay(replayWithStatsInSlices(before, was, pacer.replaySlice, new Map(), -1), before.length, 0, total);
  const { states } = await pacer.replay(replayWithStatsInSlices(after, scheduler, pacer.replaySlice, deltas), after.length, before.length, total);
  await db.cardStates.bulkPut([...states.values()]);
  await applyStatsDeltasInChunks(db, deltas, pacer);
  return { states, deltas };
}

export async function allReviews(db: FlashcardsDb): Promise<ReviewEvent[]> {
  return db.reviews.orderBy('reviewedAt').toArray();
}

/**
 * Today's new cards and reviews, for the daily limits. A card was new today when every answer it
 * ever had is today's: its state counts them all (`reps`). Asking the log for each card's first
 * answer instead cost a query per card answered today, on the way to the first screen.
 */
export async function loadTodayCounts(db: FlashcardsDb, dayStart: number, now: number): Promise<Today> {
  return db.transaction('r', db.reviews, db.cardStates, async () => {
    // Not past now: answers given under a clock that was ahead are not today's.
    const todays = await db.reviews.where('reviewedAt').between(dayStart, now, true, true).toArray();
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
