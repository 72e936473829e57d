// The per-slot answer counts (core/answer-slots.ts) in IndexedDB. Every writer of the log changes
// them in its own transaction (which must include `reviewStats`), so they always agree with the
// log once built; `meta` says when they have been built from the whole log.
import { applyDelta, replayWithStats, type SlotDeltas, type StatsSlot } from '../core/answer-slots';
import type { SchedulerSource } from '../core/replay';
import type { Pacer } from './chunked-work';
import type { FlashcardsDb } from './db';

/** `meta` row set once `reviewStats` holds the whole log; its value is the layout's version. */
export const STATS_BUILT_KEY = 'reviewStatsBuilt';
// 2: slots keep the mature review answers apart (schema v7).
const STATS_LAYOUT = 2;

/** Inside the caller's transaction: adds the deltas to the stored slots (a slot left empty goes). */
export async function applyStatsDeltas(db: FlashcardsDb, deltas: SlotDeltas): Promise<void> {
  if (deltas.size === 0) return;
  const changes = [...deltas.values()];
  const stored = await db.reviewStats.bulkGet(changes.map((d) => d.slot));
  const puts: StatsSlot[] = [];
  const gone: number[] = [];
  changes.forEach((delta, i) => {
    const row = applyDelta(stored[i], delta);
    if (row) puts.push(row);
    else if (stored[i]) gone.push(delta.slot);
  });
  await Promise.all([puts.length > 0 ? db.reviewStats.bulkPut(puts) : undefined, gone.length > 0 ? db.reviewStats.bulkDelete(gone) : undefined]);
}

/** applyStatsDeltas for a long import or replay, a chunk of slots at a time (see Pacer). */
export async function applyStatsDeltasInChunks(db: FlashcardsDb, deltas: SlotDeltas, pacer: Pacer): Promise<void> {
  await pacer.inChunks('saving', [...deltas.values()], (chunk) => applyStatsDeltas(db, new Map(chunk.map((row) => [row.slot, row]))));
}

/**
 * Inside the caller's transaction (with `meta`): the slots of the whole log, replacing all; returns
 * them. With a pacer (a long import, restore or rebuild), they are written a chunk at a time.
 */
export async function replaceStats(db: FlashcardsDb, deltas: SlotDeltas, pacer?: Pacer): Promise<StatsSlot[]> {
  const rows = [...deltas.values()];
  await db.reviewStats.clear();
  const write = (chunk: StatsSlot[]) => db.reviewStats.bulkAdd(chunk);
  await Promise.all([pacer ? pacer.inChunks('saving', rows, write) : write(rows), db.meta.put({ key: STATS_BUILT_KEY, value: STATS_LAYOUT })]);
  return rows;
}

export async function isStatsBuilt(db: FlashcardsDb): Promise<boolean> {
  return (await db.meta.get(STATS_BUILT_KEY))?.value === STATS_LAYOUT;
}

/**
 * Counts the whole log into `reviewStats`, in one transaction (once per database). Returns the
 * rows in time order, as a read of the table would: the replay meets the slots in that order.
 */
export async function buildReviewStats(db: FlashcardsDb, scheduler: SchedulerSource): Promise<StatsSlot[]> {
  return db.transaction('rw', db.reviews, db.reviewStats, db.meta, async () => {
    const { deltas } = replayWithStats(await db.reviews.toArray(), scheduler);
    return replaceStats(db, deltas);
  });
}

/** Every stored slot, in time order; built first when they never were (`onBuild` says so). */
export async function loadReviewStats(db: FlashcardsDb, scheduler: SchedulerSource, onBuild?: () => void): Promise<StatsSlot[]> {
  const [built, rows] = await db.transaction('r', db.reviewStats, db.meta, () => Promise.all([isStatsBuilt(db), db.reviewStats.toArray()]));
  if (built) return rows;
  onBuild?.();
  return buildReviewStats(db, scheduler);
}
