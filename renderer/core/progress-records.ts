// What a progress file may carry, row by row: the checks every reader applies before anything is
// written (progress-file.ts), whichever version the file is. Times are taken back as written: a row
// saved under a wrong clock must not make every later export unreadable; times only decide which
// copy of a row wins a merge (core/merge.ts).
import * as v from 'valibot';
import { LOCALES } from '../../content/schema';
import { MAX_OWN_ANSWER_LENGTH } from './own-cards/own-answer';
import type { MockInterview } from './mock/mock-interview';
import type { OwnAnswerVersion } from './own-cards/own-answer';
import { checkOwnCard, type OwnCard } from './own-cards/own-card';
import type { ReadinessDay } from './plan/interview-date';
import type { ProgressData } from './progress-data';
import { sameEvent } from './replay';
import { EVENT_ID } from './review-row';
import { MAX_NOTE_LENGTH, type ReviewEvent, type SettingsRow, type UserCardData } from './types';

/** A typed outline in a mock interview: a page or two is plenty, and a file must stay small. */
export const MAX_OUTLINE_LENGTH = 20_000;
export const MAX_MOCK_QUESTIONS = 50;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const epochMs = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const cardId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const deviceId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const eventId = v.pipe(v.string(), v.regex(EVENT_ID));
const sectionId = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const pointIndexes = v.pipe(v.array(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(49))), v.maxLength(50));

export const UserCardDataSchema = v.strictObject({
  cardId,
  flag: v.picklist([0, 1, 2, 3, 4] as const),
  suspended: v.picklist([0, 1] as const),
  buriedUntil: epochMs,
  note: text(MAX_NOTE_LENGTH),
  seenHash: text(100),
  updatedAt: epochMs,
});

export const SettingsRowSchema = v.strictObject({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  value: v.unknown(),
});

export const MockInterviewSchema = v.strictObject({
  id: eventId,
  startedAt: epochMs,
  status: v.picklist(['running', 'finished'] as const),
  settings: v.strictObject({
    sections: v.pipe(v.array(sectionId), v.maxLength(100)),
    questionCount: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(MAX_MOCK_QUESTIONS)),
    secondsPerQuestion: v.pipe(v.number(), v.safeInteger(), v.minValue(10), v.maxValue(3600)),
    locale: v.picklist(LOCALES),
    weakFirst: v.boolean(),
    readAloud: v.boolean(),
  }),
  questions: v.pipe(
    v.array(
      v.strictObject({
        cardId,
        startedAt: epochMs,
        endedAt: epochMs,
        outline: text(MAX_OUTLINE_LENGTH),
        suggested: pointIndexes,
        covered: pointIndexes,
        keyPointCount: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(50)),
        rating: v.picklist([0, 1, 2, 3, 4] as const),
        reviewId: v.union([v.literal(''), eventId]),
      }),
    ),
    v.maxLength(MAX_MOCK_QUESTIONS),
  ),
  updatedAt: epochMs,
  deviceId,
});

/** Own cards have their own validator (core/own-cards/own-card.ts): the same for stored, imported and file rows. */
export const OwnCardSchema = v.custom<OwnCard>((row) => checkOwnCard(row) === null, 'own card');

export const OwnAnswerSchema = v.strictObject({
  id: eventId,
  cardId,
  markdown: text(MAX_OWN_ANSWER_LENGTH),
  savedAt: epochMs,
  deviceId,
});

export const InterviewDateSchema = v.strictObject({
  interviewAt: epochMs,
  hasTime: v.boolean(),
  ceilingMinutes: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(24 * 60)),
  sectionOrder: v.pipe(v.array(sectionId), v.maxLength(100)),
  leftOut: v.pipe(v.array(sectionId), v.maxLength(100)),
  setAt: epochMs,
  outcomeNote: text(MAX_NOTE_LENGTH),
  updatedAt: epochMs,
});

const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
export const ReadinessDaySchema = v.strictObject({
  day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  interviewAt: epochMs,
  overall: share,
  bySection: v.pipe(
    v.record(sectionId, share),
    v.check((record) => Object.keys(record).length <= 100),
  ),
});

/** Whether a row is user card data a file may carry. */
export function isUserCardData(row: unknown): row is UserCardData {
  return v.is(UserCardDataSchema, row);
}

/** JSON with object keys sorted at every depth: equal data, equal text, whoever wrote it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The same key twice is harmless if both copies agree; different contents mean a broken file: returns that key. */
export function findConflictingDuplicate(file: ProgressData): string | undefined {
  const events = new Map<string, ReviewEvent>();
  for (const review of file.reviews) {
    const previous = events.get(review.id);
    if (previous && !sameEvent(previous, review)) return review.id;
    events.set(review.id, review);
  }
  const keyed: [readonly object[], (row: never) => string][] = [
    [file.userCardData, (r: UserCardData) => r.cardId],
    [file.settings, (r: SettingsRow) => r.key],
    [file.ownCards, (r: OwnCard) => r.id],
    [file.ownAnswers, (r: OwnAnswerVersion) => r.id],
    [file.mockInterviews, (r: MockInterview) => r.id],
    [file.readiness, (r: ReadinessDay) => r.day],
  ];
  for (const [rows, keyOf] of keyed) {
    const seen = new Map<string, string>();
    for (const row of rows) {
      const key = (keyOf as (row: object) => string)(row);
      const json = canonicalJson(row);
      const previous = seen.get(key);
      if (previous !== undefined && previous !== json) return key;
      seen.set(key, json);
    }
  }
  return undefined;
}
