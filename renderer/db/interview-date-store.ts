// The interview date's one row, the readiness worked out each study day, and the learner's own
// answer times for the plan's minutes.
import { MAX_COUNTED_MS } from '../core/answer-slots';
import { OWN_TIMES_AFTER_ANSWERS, type AnswerTimes } from '../core/plan/answer-times';
import type { InterviewDate, ReadinessDay } from '../core/plan/interview-date';
import { INTERVIEW_DATE_KEY, type FlashcardsDb } from './db';

/** The later answers whose median is the time per review: recent enough to follow the learner, few enough to read at once. */
export const RECENT_ANSWERS = 200;

async function loadInterviewDate(db: FlashcardsDb): Promise<InterviewDate | undefined> {
  const row = await db.interviewDate.get(INTERVIEW_DATE_KEY);
  if (!row) return undefined;
  const { key: _key, ...date } = row;
  return date;
}

export async function saveInterviewDate(db: FlashcardsDb, date: InterviewDate): Promise<void> {
  await db.interviewDate.put({ ...date, key: INTERVIEW_DATE_KEY });
}

/** The stored date and, while one is set, its readiness series: what InterviewPlan keeps live. */
export async function loadInterview(db: FlashcardsDb): Promise<StoredInterview> {
  const date = await loadInterviewDate(db);
  return { date, history: date && date.interviewAt > 0 ? await loadReadinessDays(db, date.interviewAt) : [] };
}

export interface StoredInterview {
  date: InterviewDate | undefined;
  history: ReadinessDay[];
}

/** The readiness series of one interview, oldest day first (keys are 'YYYY-MM-DD', so key order is day order). */
export async function loadReadinessDays(db: FlashcardsDb, interviewAt: number): Promise<ReadinessDay[]> {
  return (await db.readiness.toArray()).filter((row) => row.interviewAt === interviewAt);
}

/**
 * Keeps a day's readiness as first worked out: a row already there for the same interview stays
 * (the figure is the day's first look, not its last); one for another interview (the date was
 * changed that day) is replaced, starting the new series. Returns the row kept.
 */
export function keepReadinessDay(db: FlashcardsDb, row: ReadinessDay): Promise<ReadinessDay> {
  return db.transaction('rw', db.readiness, async () => {
    const stored = await db.readiness.get(row.day);
    if (stored && stored.interviewAt === row.interviewAt) return stored;
    await db.readiness.put(row);
    return row;
  });
}

/**
 * The medians of the learner's answer times, without reading the whole log: a card's first answer
 * is the first entry of its cardId index (entries with one key are in primary-key order, and event
 * ids sort by time), read for up to FIRST_ANSWER_SAMPLES cards studied; the later answers are the most recent
 * RECENT_ANSWERS of the reviewedAt index, less those first answers. Below OWN_TIMES_AFTER_ANSWERS
 * answers nothing is read: the plan assumes its times then.
 */
export function loadAnswerTimes(db: FlashcardsDb, answers: number): Promise<AnswerTimes> {
  if (answers < OWN_TIMES_AFTER_ANSWERS) return Promise.resolve({ answers, medianNewSeconds: null, medianReviewSeconds: null });
  return db.transaction('r', db.reviews, db.cardStates, async () => {
    const cardIds = spread(await db.cardStates.toCollection().primaryKeys(), FIRST_ANSWER_SAMPLES);
    const firsts = await Promise.all(cardIds.map((cardId) => db.reviews.where('cardId').equals(cardId).first()));
    const firstIds = new Set<string>();
    const newTimes: number[] = [];
    for (const event of firsts) {
      if (!event) continue;
      firstIds.add(event.id);
      newTimes.push(event.durationMs);
    }
    const recent = await db.reviews.orderBy('reviewedAt').reverse().limit(RECENT_ANSWERS).toArray();
    const reviewTimes = recent.filter((event) => !firstIds.has(event.id)).map((event) => event.durationMs);
    return { answers, medianNewSeconds: medianSeconds(newTimes), medianReviewSeconds: medianSeconds(reviewTimes) };
  });
}

/**
 * Cards whose first answer is read for the new-card median: a median of this many is as good an
 * estimate as one of every card studied, at a fraction of the reads (one per card; reading all
 * 452 made the plan's first look of the day take 80 ms at 100,000 answers).
 */
const FIRST_ANSWER_SAMPLES = 40;

/** Up to `count` items spread evenly over `items`, in order. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

/** Each time capped as the statistics cap it (an answer left on screen), in seconds; null for none. */
function medianSeconds(durations: number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = durations.map((ms) => Math.min(Math.max(0, ms), MAX_COUNTED_MS)).sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const ms = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return ms / 1000;
}
