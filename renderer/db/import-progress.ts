// Applies a validated progress file to this computer: a merge (import from another laptop) or
// a replacement (restore of a backup), each in ONE transaction, so a failure half-way (a full
// disk, a closed window) leaves the database exactly as it was. Nothing here parses text:
// parseProgressFile has already refused anything broken. Answers whose time this computer's clock
// cannot accept (core/event-time.ts) are held apart, unchanged (db/held-reviews.ts).
import { splitByClock } from '../core/event-time';
import { KEYED_MERGES, latestWins, planKeyedMerge, planReviewMerge, planSettingsMerge, planUserCardDataMerge, type ReviewMerge } from '../core/merge';
import { recordOf, type ProgressFile, type RecordKind } from '../core/progress-file';
import type { SchedulerSource } from '../core/replay';
import { replayWithStatsInSlices } from '../core/answer-slots';
import { createSchedulerTimeline } from '../core/scheduler';
import { readSchedulingHistory, SCHEDULING_HISTORY_KEY } from '../core/settings';
import type { ReviewEvent } from '../core/types';
import { Pacer, type ChunkedOptions } from './chunked-work';
import { INTERVIEW_DATE_KEY, type FlashcardsDb, type InterviewDateRow } from './db';
import { addToLog, setReviewCount } from './review-log';
import { replaceStats } from './answer-slots-store';

/**
 * What every application of a file needs besides the file; an object, so that more can come. With
 * a listener and a signal (ChunkedOptions), the work reports its progress and can be cancelled.
 */
export interface ApplyOptions extends ChunkedOptions {
  /** This computer's clock: answers more than a day past it, or before 2000, are held apart. */
  now: number;
}

export interface ImportPreview {
  /** Answers in the file. */
  total: number;
  /** Answers this computer does not have yet, joining its log. */
  newCount: number;
  /** Answers this computer does not have yet whose time its clock cannot accept: held apart. */
  heldCount: number;
  /** Epoch ms of the first and last answers the clock accepts; undefined when there is none. */
  firstAt: number | undefined;
  lastAt: number | undefined;
  /** Answers of cards the current deck does not have: kept, but not shown. */
  unknownCardCount: number;
  /** Cards whose flag, note, suspension or burial the import changes. */
  userCardDataChanges: number;
  /** Settings this computer has never set, taken from the file. */
  settingsAdded: number;
  /** Own cards, own answers, mock interviews and the interview date the import adds or changes. */
  learnerChanges: LearnerChanges;
}

export interface LearnerChanges {
  ownCards: number;
  ownAnswers: number;
  mockInterviews: number;
  interviewDate: boolean;
}

export interface ImportResult {
  added: number;
  held: number;
  userCardDataChanges: number;
  settingsAdded: number;
  learnerChanges: LearnerChanges;
}

export type ImportOutcome<T> = { ok: true; value: T } | { ok: false; error: 'conflicting-duplicate'; detail: string };

/** What an import would do, read-only: the preview the learner confirms. */
export async function previewImport(
  db: FlashcardsDb,
  file: ProgressFile,
  options: ApplyOptions & { knownCardIds?: ReadonlySet<string> },
): Promise<ImportOutcome<ImportPreview>> {
  const { knownCardIds } = options;
  return db.transaction('r', importTables(db), async () => {
    const { merge: reviews } = await planReviews(db, file.reviews, options.now, new Pacer(db, options));
    if (!reviews.ok) return { ok: false, error: 'conflicting-duplicate', detail: reviews.conflict };
    const rest = await planRest(db, file);
    const { cardRows, settingsRows } = rest;
    let firstAt: number | undefined;
    let lastAt: number | undefined;
    for (const event of splitByClock(file.reviews, options.now).inRange) {
      if (firstAt === undefined || event.reviewedAt < firstAt) firstAt = event.reviewedAt;
      if (lastAt === undefined || event.reviewedAt > lastAt) lastAt = event.reviewedAt;
    }
    const unknownCardCount = knownCardIds ? file.reviews.filter((event) => !knownCardIds.has(event.cardId)).length : 0;
    return {
      ok: true,
      value: {
        total: file.reviews.length,
        newCount: reviews.toLog.length,
        heldCount: reviews.toHold.length,
        firstAt,
        lastAt,
        unknownCardCount,
        userCardDataChanges: cardRows.length,
        settingsAdded: settingsRows.length,
        learnerChanges: learnerChangesOf(rest),
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
 * Merges the file into this computer: the union of the events by id (those the clock cannot accept
 * yet held apart), the history of every card the file adds answers to replayed once into
 * cardStates, user data and settings merged by the rules in core/merge.ts. Importing the same file
 * again writes nothing. Storage failures (quota, closed database) reject with Dexie's error, after
 * the transaction rolled back.
 */
export async function importProgress(
  db: FlashcardsDb,
  file: ProgressFile,
  scheduler: SchedulerSource,
  options: ApplyOptions,
): Promise<ImportOutcome<ImportResult>> {
  try {
    const tables = [...importTables(db), db.cardStates, db.meta, db.reviewStats];
    const value = await db.transaction('rw', tables, async () => {
      const pacer = new Pacer(db, options);
      const { merge: reviews, localLog } = await planReviews(db, file.reviews, options.now, pacer);
      if (!reviews.ok) throw new ImportRefused(reviews.conflict);
      const rest = await planRest(db, file);
      const { cardRows, settingsRows } = rest;
      if (reviews.toLog.length > 0) await addToLog(db, reviews.toLog, scheduler, localLog, pacer);
      if (reviews.toHold.length > 0) await db.heldReviews.bulkAdd(reviews.toHold);
      if (cardRows.length > 0) await db.userCardData.bulkPut(cardRows);
      if (settingsRows.length > 0) await db.settings.bulkPut(settingsRows);
      await writeLearnerRows(db, rest);
      return {
        added: reviews.toLog.length,
        held: reviews.toHold.length,
        userCardDataChanges: cardRows.length,
        settingsAdded: settingsRows.length,
        learnerChanges: learnerChangesOf(rest),
      };
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, error: 'conflicting-duplicate', detail: error.conflict };
    throw error;
  }
}

/**
 * Makes this computer's progress exactly the file's (restoring a backup): the log, the held
 * answers, the user data and the settings are replaced and every state is replayed, in one
 * transaction. The device id and the other meta rows stay.
 */
export async function replaceProgress(
  db: FlashcardsDb,
  file: ProgressFile,
  scheduler: SchedulerSource,
  options: ApplyOptions,
): Promise<{ reviews: number; held: number }> {
  const unique = [...new Map(file.reviews.map((e) => [e.id, e])).values()];
  const { inRange: reviews, outOfRange: held } = splitByClock(unique, options.now);
  const tables = [...importTables(db), db.cardStates, db.meta, db.reviewStats];
  await db.transaction('rw', tables, async () => {
    const pacer = new Pacer(db, options);
    await Promise.all([db.reviews.clear(), db.heldReviews.clear(), db.cardStates.clear(), ...learnerTables(db).map((table) => table.clear())]);
    await Promise.all([pacer.inChunks('writing', reviews, (chunk) => db.reviews.bulkAdd(chunk)), db.heldReviews.bulkAdd(held)]);
    await setReviewCount(db, reviews.length);
    // The restored settings bring their own history: the replay follows it when there is one.
    const { history } = readSchedulingHistory(file.settings.find((row) => row.key === SCHEDULING_HISTORY_KEY)?.value);
    const timeline = history.length > 0 ? createSchedulerTimeline(history) : scheduler;
    const { states, deltas } = await pacer.replay(replayWithStatsInSlices(reviews, timeline, pacer.replaySlice), reviews.length);
    await db.cardStates.bulkAdd([...states.values()]);
    await replaceStats(db, deltas, pacer);
    await db.userCardData.bulkPut(file.userCardData);
    await db.settings.bulkPut(file.settings);
    await db.ownCards.bulkPut(file.ownCards);
    await db.ownAnswers.bulkPut(file.ownAnswers);
    await db.mockInterviews.bulkPut(file.mockInterviews);
    await db.readiness.bulkPut(file.readiness);
    if (file.interviewDate) await db.interviewDate.put({ ...file.interviewDate, key: INTERVIEW_DATE_KEY });
  });
  return { reviews: reviews.length, held: held.length };
}

/** Below this many incoming answers, looking each one up beats reading the whole log. */
const LOOKUP_UP_TO = 2_000;

interface ReviewPlan {
  /** The file's events that neither the log nor the held answers have, by where they go. */
  merge: Extract<ReviewMerge, { ok: false }> | { ok: true; toLog: ReviewEvent[]; toHold: ReviewEvent[] };
  /** The whole local log, when it was read to compare the file against. */
  localLog: ReviewEvent[] | undefined;
}

/**
 * Finds the file's answers already here, in the log or held apart (to skip them, or refuse them
 * if they differ): one get per answer for a small file or a log that dwarfs it, one read of the
 * whole log otherwise (both in chunks, reported as comparing). The held answers are few: they are
 * read whole. What is new is split by the clock into what joins the log and what is held.
 */
async function planReviews(db: FlashcardsDb, incoming: readonly ReviewEvent[], now: number, pacer: Pacer): Promise<ReviewPlan> {
  const held = new Map((await db.heldReviews.toArray()).map((e) => [e.id, e]));
  const localCount = await db.reviews.count();
  let logMatches: (ReviewEvent | undefined)[];
  let localLog: ReviewEvent[] | undefined;
  if (localCount === 0) logMatches = [];
  else if (incoming.length <= LOOKUP_UP_TO || incoming.length * 8 < localCount) {
    const matches: (ReviewEvent | undefined)[] = new Array(incoming.length);
    await pacer.inChunks('comparing', incoming, async (chunk, start) => {
      (await db.reviews.bulkGet(chunk.map((e) => e.id))).forEach((match, i) => (matches[start + i] = match));
    });
    logMatches = matches;
  } else {
    localLog = await pacer.readLog('comparing', localCount);
    const byId = new Map(localLog.map((e) => [e.id, e]));
    logMatches = incoming.map((e) => byId.get(e.id));
  }
  const merge = planReviewMerge(incoming, incoming.map((e, i) => logMatches[i] ?? held.get(e.id)));
  if (!merge.ok) return { merge, localLog };
  const { inRange, outOfRange } = splitByClock(merge.added, now);
  return { merge: { ok: true, toLog: inRange, toHold: outOfRange }, localLog };
}

/** The tables besides the log that a file carries; recordings stay on this computer. */
function learnerTables(db: FlashcardsDb) {
  return [db.userCardData, db.settings, db.ownCards, db.ownAnswers, db.mockInterviews, db.interviewDate, db.readiness];
}

function importTables(db: FlashcardsDb) {
  return [db.reviews, db.heldReviews, ...learnerTables(db)];
}

type RestPlan = Awaited<ReturnType<typeof planRest>>;

async function planRest(db: FlashcardsDb, file: ProgressFile) {
  const { ownCards, ownAnswers, mockInterviews, readiness } = KEYED_MERGES;
  // Local rows are compared as a file carries them: a stored field the format leaves out must not
  // make this computer's own export look newer than itself (and be dropped by the write).
  const asRecords = <T extends object>(kind: RecordKind, rows: (T | undefined)[]) => rows.map((row) => (row === undefined ? undefined : (recordOf(kind, row) as T)));
  const storedDate = await db.interviewDate.get(INTERVIEW_DATE_KEY);
  const localDate: InterviewDateRow | undefined = storedDate && { ...(recordOf('interviewDate', storedDate) as unknown as InterviewDateRow), key: INTERVIEW_DATE_KEY };
  const incomingDate: InterviewDateRow | undefined = file.interviewDate ? { ...file.interviewDate, key: INTERVIEW_DATE_KEY } : undefined;
  const mergedDate = incomingDate ? latestWins(localDate, incomingDate) : localDate;
  return {
    cardRows: planUserCardDataMerge(file.userCardData, asRecords('card', await db.userCardData.bulkGet(file.userCardData.map((r) => r.cardId)))),
    settingsRows: planSettingsMerge(file.settings, await db.settings.bulkGet(file.settings.map((r) => r.key))),
    ownCardRows: planKeyedMerge(file.ownCards, asRecords('ownCard', await db.ownCards.bulkGet(file.ownCards.map(ownCards.keyOf))), ownCards.keyOf, ownCards.merge),
    ownAnswerRows: planKeyedMerge(file.ownAnswers, asRecords('ownAnswer', await db.ownAnswers.bulkGet(file.ownAnswers.map(ownAnswers.keyOf))), ownAnswers.keyOf, ownAnswers.merge),
    mockRows: planKeyedMerge(file.mockInterviews, asRecords('mock', await db.mockInterviews.bulkGet(file.mockInterviews.map(mockInterviews.keyOf))), mockInterviews.keyOf, mockInterviews.merge),
    readinessRows: planKeyedMerge(file.readiness, asRecords('readiness', await db.readiness.bulkGet(file.readiness.map(readiness.keyOf))), readiness.keyOf, readiness.merge),
    dateRow: mergedDate !== localDate ? mergedDate : undefined,
  };
}

function learnerChangesOf(plan: RestPlan): LearnerChanges {
  return { ownCards: plan.ownCardRows.length, ownAnswers: plan.ownAnswerRows.length, mockInterviews: plan.mockRows.length, interviewDate: plan.dateRow !== undefined };
}

async function writeLearnerRows(db: FlashcardsDb, plan: RestPlan): Promise<void> {
  if (plan.ownCardRows.length > 0) await db.ownCards.bulkPut(plan.ownCardRows);
  if (plan.ownAnswerRows.length > 0) await db.ownAnswers.bulkPut(plan.ownAnswerRows);
  if (plan.mockRows.length > 0) await db.mockInterviews.bulkPut(plan.mockRows);
  if (plan.readinessRows.length > 0) await db.readiness.bulkPut(plan.readinessRows);
  if (plan.dateRow) await db.interviewDate.put(plan.dateRow);
}
