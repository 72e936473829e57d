// Applies a validated progress file to this computer: a merge (import from another laptop) or
// a replacement (restore of a backup), each in ONE transaction, so a failure half-way (a full
// disk, a closed window) leaves the database exactly as it was. Nothing here parses text:
// parseProgressFile has already refused anything broken.
import { planReviewMerge, planSettingsMerge, planUserCardDataMerge, type ReviewMerge } from '../core/merge';
import type { ProgressFileV1 } from '../core/progress-file';
import type { SchedulerSource } from '../core/replay';
import { replayWithStatsInSlices, type SlotDeltas, type StatsSlot } from '../core/review-stats';
import { createSchedulerTimeline } from '../core/scheduler';
import { readSchedulingHistory } from '../core/settings';
import type { ReviewEvent } from '../core/types';
import { Pacer, type ChunkedOptions } from './chunked-work';
import type { FlashcardsDb } from './db';
import { addToReviewCount, setReviewCount } from './progress-store';
import { applyStatsDeltas, replaceStats } from './review-stats-store';

export interface ImportPreview {
  /** Answers in the file. */
  total: number;
  /** Answers this computer does not have yet. */
  newCount: number;
  /** Epoch ms of the file's first and last answers; undefined when it has none. */
  firstAt: number | undefined;
  lastAt: number | undefined;
  /** Answers of cards the current deck does not have: kept, but not shown. */
  unknownCardCount: number;
  /** Cards whose flag, note, suspension or burial the import changes. */
  userCardDataChanges: number;
  /** Settings this computer has never set, taken from the file. */
  settingsAdded: number;
}

export interface ImportResult {
  added: number;
  userCardDataChanges: number;
  settingsAdded: number;
}

export type ImportOutcome<T> = { ok: true; value: T } | { ok: false; error: 'conflicting-duplicate'; detail: string };

/** What an import would do, read-only: the preview the learner confirms. */
export async function previewImport(
  db: FlashcardsDb,
  file: ProgressFileV1,
  knownCardIds?: ReadonlySet<string>,
  options: ChunkedOptions = {},
): Promise<ImportOutcome<ImportPreview>> {
  return db.transaction('r', db.reviews, db.userCardData, db.settings, async () => {
    const { merge: reviews } = await planReviews(db, file.reviews, new Pacer(db, options));
    if (!reviews.ok) return { ok: false, error: 'conflicting-duplicate', detail: reviews.conflict };
    const { cardRows, settingsRows } = await planRest(db, file);
    let firstAt: number | undefined;
    let lastAt: number | undefined;
    let unknownCardCount = 0;
    for (const event of file.reviews) {
      if (firstAt === undefined || event.reviewedAt < firstAt) firstAt = event.reviewedAt;
      if (lastAt === undefined || event.reviewedAt > lastAt) lastAt = event.reviewedAt;
      if (knownCardIds && !knownCardIds.has(event.cardId)) unknownCardCount += 1;
    }
    return {
      ok: true,
      value: {
        total: file.reviews.length,
        newCount: reviews.added.length,
        firstAt,
        lastAt,
        unknownCardCount,
        userCardDataChanges: cardRows.length,
        settingsAdded: settingsRows.length,
      },
    };
  });
}

class ImportRefused extends Error {
  constructor(readonly conflict: string) {
    super(`import refused: event ${conflict} differs from the one on this computer`);
  }
}

/**
 * Merges the file into this computer: the union of the events by id, the history of every card
 * the file adds answers to replayed once into cardStates, user data and settings merged by the
 * rules in core/merge.ts. Importing the same file again writes nothing. Storage failures
 * (quota, closed database) reject with Dexie's error, after the transaction rolled back.
 */
export async function importProgress(
  db: FlashcardsDb,
  file: ProgressFileV1,
  scheduler: SchedulerSource,
  options: ChunkedOptions = {},
): Promise<ImportOutcome<ImportResult>> {
  try {
    const value = await db.transaction('rw', [db.reviews, db.cardStates, db.userCardData, db.settings, db.meta, db.reviewStats], async () => {
      const pacer = new Pacer(db, options);
      const { merge: reviews, localLog, localCount } = await planReviews(db, file.reviews, pacer);
      if (!reviews.ok) throw new ImportRefused(reviews.conflict);
      const { cardRows, settingsRows } = await planRest(db, file);
      if (reviews.added.length > 0) {
        // Replaying a card's whole history, old answers and new, gives the state both laptops
        // agree on; cards the file does not touch keep theirs (they would replay to the same).
        const touched = new Set(reviews.added.map((e) => e.cardId));
        const history = localLog ? localLog.filter((e) => touched.has(e.cardId)) : await readHistoryOf(db, touched, localCount, pacer);
        await pacer.inChunks('writing', reviews.added, (chunk) => db.reviews.bulkAdd(chunk));
        await addToReviewCount(db, reviews.added.length);
        // An older answer arriving can change what the later ones were (new, review...): the
        // touched cards' answers are taken out of the statistics as they were and put back as
        // the merged replay sees them.
        const replayed = 2 * history.length + reviews.added.length;
        const { deltas } = await pacer.replay(replayWithStatsInSlices(history, scheduler, pacer.replaySlice, new Map(), -1), history.length, 0, replayed);
        const merged = history.concat(reviews.added);
        const { states } = await pacer.replay(replayWithStatsInSlices(merged, scheduler, pacer.replaySlice, deltas), merged.length, history.length, replayed);
        await db.cardStates.bulkPut([...states.values()]);
        await pacer.inChunks('saving', [...deltas.values()], (chunk) => applyStatsDeltas(db, slotDeltas(chunk)));
      }
      if (cardRows.length > 0) await db.userCardData.bulkPut(cardRows);
      if (settingsRows.length > 0) await db.settings.bulkPut(settingsRows);
      return { added: reviews.added.length, userCardDataChanges: cardRows.length, settingsAdded: settingsRows.length };
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, error: 'conflicting-duplicate', detail: error.conflict };
    throw error;
  }
}

/**
 * Makes this computer's progress exactly the file's (restoring a backup): the log, the user
 * data and the settings are replaced and every state is replayed, in one transaction. The
 * device id and the other meta rows stay.
 */
export async function replaceProgress(
  db: FlashcardsDb,
  file: ProgressFileV1,
  scheduler: SchedulerSource,
  options: ChunkedOptions = {},
): Promise<{ reviews: number }> {
  const reviews = [...new Map(file.reviews.map((e) => [e.id, e])).values()];
  await db.transaction('rw', [db.reviews, db.cardStates, db.userCardData, db.settings, db.meta, db.reviewStats], async () => {
    const pacer = new Pacer(db, options);
    await Promise.all([db.reviews.clear(), db.cardStates.clear(), db.userCardData.clear(), db.settings.clear()]);
    await pacer.inChunks('writing', reviews, (chunk) => db.reviews.bulkAdd(chunk));
    await setReviewCount(db, reviews.length);
    // The restored settings bring their own history: the replay follows it when there is one.
    const history = readSchedulingHistory(file.settings.find((row) => row.key === 'schedulingHistory')?.value);
    const timeline = history.length > 0 ? createSchedulerTimeline(history) : scheduler;
    const { states, deltas } = await pacer.replay(replayWithStatsInSlices(reviews, timeline, pacer.replaySlice), reviews.length);
    await db.cardStates.bulkAdd([...states.values()]);
    await replaceStats(db, deltas, pacer);
    await db.userCardData.bulkPut(file.userCardData);
    await db.settings.bulkPut(file.settings);
  });
  return { reviews: reviews.length };
}

/** Below this many incoming answers, looking each one up beats reading the whole log. */
const LOOKUP_UP_TO = 2_000;

interface ReviewPlan {
  merge: ReviewMerge;
  /** The whole local log, when it was read to compare the file against. */
  localLog: ReviewEvent[] | undefined;
  /** The local log's size before the import. */
  localCount: number;
}

/**
 * Finds the file's answers already here (to skip them, or refuse them if they differ): one get
 * per answer for a small file or a log that dwarfs it, one read of the whole log otherwise.
 */
async function planReviews(db: FlashcardsDb, incoming: readonly ReviewEvent[], pacer: Pacer): Promise<ReviewPlan> {
  const localCount = await db.reviews.count();
  if (localCount === 0) return { merge: planReviewMerge(incoming, []), localLog: undefined, localCount };
  if (incoming.length <= LOOKUP_UP_TO || incoming.length * 8 < localCount) {
    const matches: (ReviewEvent | undefined)[] = [];
    await pacer.inChunks('comparing', incoming, async (chunk) => {
      for (const match of await db.reviews.bulkGet(chunk.map((e) => e.id))) matches.push(match);
    });
    return { merge: planReviewMerge(incoming, matches), localLog: undefined, localCount };
  }
  const localLog = await pacer.readLog('comparing', localCount);
  const byId = new Map(localLog.map((e) => [e.id, e]));
  return { merge: planReviewMerge(incoming, incoming.map((e) => byId.get(e.id))), localLog, localCount };
}

/**
 * Every local answer of some cards. One read when they are few; otherwise the whole log in pages,
 * kept for those cards: a single read of most of a long log would freeze the page.
 */
async function readHistoryOf(db: FlashcardsDb, cardIds: ReadonlySet<string>, localCount: number, pacer: Pacer): Promise<ReviewEvent[]> {
  if (localCount === 0) return [];
  // A collection of anyOf keeps its place in the keys as it runs: one per query.
  const ofCards = () => db.reviews.where('cardId').anyOf([...cardIds]);
  if ((await ofCards().count()) <= pacer.chunkRows) return ofCards().toArray();
  return (await pacer.readLog('reading-history', localCount)).filter((e) => cardIds.has(e.cardId));
}

function slotDeltas(rows: readonly StatsSlot[]): SlotDeltas {
  return new Map(rows.map((row) => [row.slot, row]));
}

async function planRest(db: FlashcardsDb, file: ProgressFileV1) {
  const localCards = await db.userCardData.bulkGet(file.userCardData.map((r) => r.cardId));
  const localSettings = await db.settings.bulkGet(file.settings.map((r) => r.key));
  return {
    cardRows: planUserCardDataMerge(file.userCardData, localCards),
    settingsRows: planSettingsMerge(file.settings, localSettings),
  };
}
