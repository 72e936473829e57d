// Applies a checked progress file to this computer: a merge (import from another laptop) or a
// replacement (restore of a backup), each in ONE transaction, so a failure half-way (a full disk,
// a closed window, Cancel, the file changing under the reader) leaves the database exactly as it
// was. Nothing here parses text: the check has refused anything broken. The answers come in
// batches (core/review-source.ts) and go to the log as they come (db/log-import.ts), so memory
// stays flat however long the file. Answers whose time this computer's clock cannot accept
// (core/event-time.ts) are held apart, unchanged (db/held-reviews.ts).
import { isInClockRange } from '../core/event-time';
import { KEYED_MERGES, latestWins, planKeyedMerge, planSettingsMerge, planUserCardDataMerge } from '../core/merge';
import { recordOf, type ProgressFile, type RecordKind } from '../core/progress-file';
import type { ProgressRest } from '../core/progress-data';
import { sameEvent, type SchedulerSource } from '../core/replay';
import { asChecked, type CheckedProgress } from '../core/review-source';
import { createSchedulerTimeline } from '../core/scheduler';
import { readSchedulingHistory, SCHEDULING_HISTORY_KEY } from '../core/settings';
import { Pacer, type ChunkedOptions } from './chunked-work';
import { INTERVIEW_DATE_KEY, type FlashcardsDb, type InterviewDateRow } from './db';
import { eachBatch, ImportRefused, replayFromLog, writeAnswers } from './log-import';
import { addToReviewCount, setReviewCount } from './review-log';
import { applyStatsDeltasInChunks, replaceStats } from './answer-slots-store';

/** A file as the check hands it over (answers in batches), or whole in memory. */
export type ProgressInput = ProgressFile | CheckedProgress;

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

/**
 * What an import would do, read-only: the preview the learner confirms. An answer repeated within
 * the file is counted each time it comes (a file the app writes has none).
 */
export async function previewImport(
  db: FlashcardsDb,
  input: ProgressInput,
  options: ApplyOptions & { knownCardIds?: ReadonlySet<string> },
): Promise<ImportOutcome<ImportPreview>> {
  const { knownCardIds, now } = options;
  const file = asChecked(input);
  try {
    const value = await db.transaction('r', importTables(db), async () => {
      const held = new Map((await db.heldReviews.toArray()).map((e) => [e.id, e]));
      const logIsEmpty = (await db.reviews.count()) === 0;
      let newCount = 0;
      let heldCount = 0;
      let unknownCardCount = 0;
      let firstAt: number | undefined;
      let lastAt: number | undefined;
      await eachBatch(file.reviews, new Pacer(db, options), 'comparing', async (batch) => {
        const inLog = logIsEmpty ? [] : await db.reviews.bulkGet(batch.map((e) => e.id));
        batch.forEach((event, i) => {
          if (knownCardIds && !knownCardIds.has(event.cardId)) unknownCardCount++;
          const inRange = isInClockRange(event.reviewedAt, now);
          if (inRange) {
            if (firstAt === undefined || event.reviewedAt < firstAt) firstAt = event.reviewedAt;
            if (lastAt === undefined || event.reviewedAt > lastAt) lastAt = event.reviewedAt;
          }
          const here = inLog[i] ?? held.get(event.id);
          if (here && !sameEvent(here, event)) throw new ImportRefused(event.id);
          if (here) return;
          if (inRange) newCount++;
          else heldCount++;
        });
      });
      const rest = await planRest(db, file);
      return {
        total: file.reviews.count,
        newCount,
        heldCount,
        firstAt,
        lastAt,
        unknownCardCount,
        userCardDataChanges: rest.cardRows.length,
        settingsAdded: rest.settingsRows.length,
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
 * Merges the file into this computer: the union of the events by id (those the clock cannot accept
 * yet held apart), the history of every card the file adds answers to replayed once into
 * cardStates, user data and settings merged by the rules in core/merge.ts. Importing the same file
 * again writes nothing. Storage failures (quota, closed database) reject with Dexie's error, after
 * the transaction rolled back.
 */
export async function importProgress(
  db: FlashcardsDb,
  input: ProgressInput,
  scheduler: SchedulerSource,
  options: ApplyOptions,
): Promise<ImportOutcome<ImportResult>> {
  const file = asChecked(input);
  try {
    const tables = [...importTables(db), db.cardStates, db.meta, db.reviewStats];
    const value = await db.transaction('rw', tables, async () => {
      const pacer = new Pacer(db, options);
      const written = await writeAnswers(db, file.reviews, scheduler, pacer, options.now);
      if (written.touched.size > 0) {
        const states = await replayFromLog(db, written.touched, scheduler, pacer, written.deltas);
        await db.cardStates.bulkPut([...states.values()]);
        await applyStatsDeltasInChunks(db, written.deltas, pacer);
        await addToReviewCount(db, written.added);
      }
      const rest = await planRest(db, file);
      const { cardRows, settingsRows } = rest;
      if (cardRows.length > 0) await db.userCardData.bulkPut(cardRows);
      if (settingsRows.length > 0) await db.settings.bulkPut(settingsRows);
      await writeLearnerRows(db, rest);
      return {
        added: written.added,
        held: written.held,
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
 * transaction. The device id and the other meta rows stay. A file whose answers disagree with
 * each other is refused, and nothing changes.
 */
export async function replaceProgress(
  db: FlashcardsDb,
  input: ProgressInput,
  scheduler: SchedulerSource,
  options: ApplyOptions,
): Promise<ImportOutcome<{ reviews: number; held: number }>> {
  const file = asChecked(input);
  const tables = [...importTables(db), db.cardStates, db.meta, db.reviewStats];
  try {
    const value = await db.transaction('rw', tables, async () => {
      const pacer = new Pacer(db, options);
      await Promise.all([db.reviews.clear(), db.heldReviews.clear(), db.cardStates.clear(), ...learnerTables(db).map((table) => table.clear())]);
      // The restored settings bring their own history: the replay follows it when there is one.
      const { history } = readSchedulingHistory(file.settings.find((row) => row.key === SCHEDULING_HISTORY_KEY)?.value);
      const timeline = history.length > 0 ? createSchedulerTimeline(history) : scheduler;
      const written = await writeAnswers(db, file.reviews, timeline, pacer, options.now);
      await setReviewCount(db, written.added);
      const states = await replayFromLog(db, written.touched, timeline, pacer, written.deltas);
      await db.cardStates.bulkAdd([...states.values()]);
      await replaceStats(db, written.deltas, pacer);
      await db.userCardData.bulkPut(file.userCardData);
      await db.settings.bulkPut(file.settings);
      await db.ownCards.bulkPut(file.ownCards);
      await db.ownAnswers.bulkPut(file.ownAnswers);
      await db.mockInterviews.bulkPut(file.mockInterviews);
      await db.readiness.bulkPut(file.readiness);
      if (file.interviewDate) await db.interviewDate.put({ ...file.interviewDate, key: INTERVIEW_DATE_KEY });
      return { reviews: written.added, held: written.held };
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, error: 'conflicting-duplicate', detail: error.conflict };
    throw error;
  }
}

/** The tables besides the log that a file carries; recordings stay on this computer. */
function learnerTables(db: FlashcardsDb) {
  return [db.userCardData, db.settings, db.ownCards, db.ownAnswers, db.mockInterviews, db.interviewDate, db.readiness];
}

function importTables(db: FlashcardsDb) {
  return [db.reviews, db.heldReviews, ...learnerTables(db)];
}

type RestPlan = Awaited<ReturnType<typeof planRest>>;

async function planRest(db: FlashcardsDb, file: ProgressRest) {
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
