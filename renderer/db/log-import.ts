// A file's answers into the log as they come, batch after batch (core/review-source.ts), inside the
// caller's ONE transaction, so that memory stays flat however long the file and a failure anywhere
// (a conflicting answer, the file changing under the reader, a full disk, Cancel) rolls all of it
// back. Then the cards the file added answers to are replayed from the log, a group at a time,
// into their states and the statistics' slots.
import Dexie from 'dexie';
import { splitByClock } from '../core/event-time';
import { replayWithStatsInSlices, type SlotDeltas } from '../core/answer-slots';
import { sameEvent, type SchedulerSource } from '../core/replay';
import type { ReviewBatches, ReviewSource } from '../core/review-source';
import type { CardState, ReviewEvent } from '../core/types';
import type { Pacer } from './chunked-work';
import type { FlashcardsDb } from './db';

/** An answer of the file that differs from the one with its id, here or earlier in the file: nothing is written. */
export class ImportRefused extends Error {
  constructor(readonly conflict: string) {
    super(`import refused: event ${conflict} differs from the one on this computer`);
  }
}

/** How long a transaction waits for the reader's next batch (it comes in milliseconds). */
const BATCH_WAIT_MS = 120_000;
/** Answers read back from the log per group of cards replayed: a few megabytes of rows. */
const REPLAY_GROUP_ROWS = 50_000;

/**
 * The next batch; inside a transaction, one not at hand is awaited through Dexie.waitFor, which
 * keeps the transaction open, and read outside the transaction's zone (Dexie.ignoreTransaction): the
 * reading awaits what the transaction knows nothing of, and must not take its zone along.
 */
export function nextBatch(batches: ReviewBatches): Promise<ReviewEvent[] | null> {
  return batches.ready ? batches.next() : Dexie.waitFor(Dexie.ignoreTransaction(() => batches.next()), BATCH_WAIT_MS);
}

/** Runs `take` over every batch of `source`, reporting `phase` as the answers go by; the reading is closed whatever happens. */
export async function eachBatch(source: ReviewSource, pacer: Pacer, phase: 'writing' | 'comparing', take: (batch: ReviewEvent[]) => Promise<void>): Promise<void> {
  const batches = source.open();
  try {
    await pacer.begin(phase, source.count);
    let done = 0;
    for (let batch = await nextBatch(batches); batch !== null; batch = await nextBatch(batches)) {
      const current = batch;
      await pacer.inBatch(phase, Math.min(done, source.count), source.count, () => take(current));
      done += batch.length;
      await pacer.step(phase, Math.min(done, source.count), source.count);
    }
    await pacer.step(phase, source.count, source.count, true);
  } finally {
    batches.close();
  }
}

export interface LogWrite {
  /** Answers that joined the log. */
  added: number;
  /** Answers the clock cannot accept yet, held apart. */
  held: number;
  /** The cards to replay, each with how many answers joined the log. */
  touched: Map<string, number>;
  /** Their answers' slots before the import, taken back (the replay adds them again as they now count). */
  deltas: SlotDeltas;
}

/**
 * Writes the file's answers this computer lacks: those the clock accepts join the log, the others
 * are held apart. An answer already here (in the log, held, or earlier in the file) is skipped if
 * it is the same and refused (ImportRefused) if it differs. For a log that was not empty, every
 * card about to get its first answer from the file has its earlier answers' slots taken back
 * first, as they counted (under `scheduler`); an empty log has none.
 */
export async function writeAnswers(db: FlashcardsDb, source: ReviewSource, scheduler: SchedulerSource, pacer: Pacer, now: number): Promise<LogWrite> {
  const held = new Map((await db.heldReviews.toArray()).map((e) => [e.id, e]));
  const logWasEmpty = (await db.reviews.count()) === 0;
  const write: LogWrite = { added: 0, held: 0, touched: new Map(), deltas: new Map() };
  await eachBatch(source, pacer, 'writing', async (batch) => {
    const fresh = withoutRepeats(batch, held);
    const { inRange, outOfRange } = splitByClock(fresh, now);
    if (outOfRange.length > 0) {
      const toHold = notInLog(outOfRange, await db.reviews.bulkGet(outOfRange.map((e) => e.id)));
      await db.heldReviews.bulkAdd(toHold);
      for (const event of toHold) held.set(event.id, event);
      write.held += toHold.length;
    }
    const added = logWasEmpty ? await addNew(db, inRange, pacer) : await addNewToLog(db, inRange, scheduler, pacer, write);
    for (const event of added) write.touched.set(event.cardId, (write.touched.get(event.cardId) ?? 0) + 1);
    write.added += added.length;
  });
  return write;
}

/** A batch's answers once each, none of them held apart already (a different one is refused). */
function withoutRepeats(batch: readonly ReviewEvent[], held: ReadonlyMap<string, ReviewEvent>): ReviewEvent[] {
  const seen = new Map<string, ReviewEvent>();
  const out: ReviewEvent[] = [];
  for (const event of batch) {
    const earlier = seen.get(event.id) ?? held.get(event.id);
    if (earlier) {
      if (!sameEvent(earlier, event)) throw new ImportRefused(event.id);
      continue;
    }
    seen.set(event.id, event);
    out.push(event);
  }
  return out;
}

/** The events whose id the log does not have (`matches[i]`: the log's event with events[i]'s id). */
function notInLog(events: readonly ReviewEvent[], matches: readonly (ReviewEvent | undefined)[]): ReviewEvent[] {
  return events.filter((event, i) => {
    const match = matches[i];
    if (match && !sameEvent(match, event)) throw new ImportRefused(event.id);
    return !match;
  });
}

/**
 * Into a log that was empty: every answer is added, and those whose id is taken (by an earlier
 * batch of the file) are compared instead, without a lookup for the others.
 */
async function addNew(db: FlashcardsDb, events: ReviewEvent[], pacer: Pacer): Promise<ReviewEvent[]> {
  const taken = new Set<number>();
  await pacer.inChunks('writing', events, (chunk, start) =>
    db.reviews.bulkAdd(chunk).catch((error: unknown) => {
      if (!(error instanceof Dexie.BulkError)) throw error;
      for (const [position, failure] of Object.entries(error.failuresByPos)) {
        if ((failure as Error).name !== 'ConstraintError') throw failure;
        taken.add(start + Number(position));
      }
    }),
  );
  if (taken.size === 0) return events;
  const repeated = events.filter((_, i) => taken.has(i));
  notInLog(repeated, await db.reviews.bulkGet(repeated.map((e) => e.id)));
  return events.filter((_, i) => !taken.has(i));
}

/** Into a log that has answers: looks them up first, and takes back the slots of cards touched for the first time. */
async function addNewToLog(db: FlashcardsDb, events: ReviewEvent[], scheduler: SchedulerSource, pacer: Pacer, write: LogWrite): Promise<ReviewEvent[]> {
  const added = notInLog(events, await db.reviews.bulkGet(events.map((e) => e.id)));
  const firstTouched = [...new Set(added.map((e) => e.cardId))].filter((id) => !write.touched.has(id));
  if (firstTouched.length > 0) {
    for (const id of firstTouched) write.touched.set(id, 0);
    await replayFromLog(db, new Map(firstTouched.map((id) => [id, 0])), scheduler, pacer, write.deltas, -1);
  }
  await pacer.inChunks('writing', added, (chunk) => db.reviews.bulkAdd(chunk));
  return added;
}

/**
 * Replays the log's answers of `cards` (each with the answers it gained, to size the groups read),
 * a group of cards at a time, adding their slots to `deltas` with `sign`; returns their states.
 */
export async function replayFromLog(
  db: FlashcardsDb,
  cards: ReadonlyMap<string, number>,
  scheduler: SchedulerSource,
  pacer: Pacer,
  deltas: SlotDeltas,
  sign: 1 | -1 = 1,
): Promise<Map<string, CardState>> {
  const ids = [...cards.keys()];
  const stored = await db.cardStates.bulkGet(ids);
  // A card's answers in the log: as many as its state has replayed (reps), and those it gains.
  const sizes = ids.map((id, i) => (stored[i]?.reps ?? 0) + (cards.get(id) ?? 0));
  let total = sizes.reduce((sum, n) => sum + n, 0);
  const states = new Map<string, CardState>();
  let done = 0;
  for (let start = 0; start < ids.length; ) {
    let end = start;
    let rows = 0;
    while (end < ids.length && (end === start || rows + sizes[end]! <= REPLAY_GROUP_ROWS)) rows += sizes[end++]!;
    // One range per card, read whole (getAll): anyOf walks a cursor, a request per row.
    const history = (await Promise.all(ids.slice(start, end).map((id) => db.reviews.where('cardId').equals(id).toArray()))).flat();
    total = Math.max(total, done + history.length);
    const replayed = await pacer.replay(replayWithStatsInSlices(history, scheduler, pacer.replaySlice, deltas, sign), history.length, done, total);
    for (const [id, state] of replayed.states) states.set(id, state);
    done += history.length;
    start = end;
  }
  await pacer.step('replaying', total, total, true);
  return states;
}
