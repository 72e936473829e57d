// A mock interview as it runs, as pure steps on its stored row: each step returns the new row,
// which the model writes at once, so an interview cut short keeps everything up to its last step.
//
// Where the learner is follows from the row alone: the current question is the last one reached
// (startedAt > 0); it is being answered until its endedAt is set, then being checked. Checking it
// and reaching the next question are one step (or finishing, after the last), so a question
// whose next one was reached has been checked.
import * as v from 'valibot';
import { LOCALES, type Locale } from '../../../content/schema';
import type { Rating } from '../types';
import type { MockInterview, MockQuestion, MockSettings } from './mock-interview';

export const DEFAULT_QUESTION_COUNT = 6;
export const DEFAULT_SECONDS_PER_QUESTION = 120;
export const MAX_QUESTION_COUNT = 50;
export const MIN_SECONDS_PER_QUESTION = 30;
export const MAX_SECONDS_PER_QUESTION = 30 * 60;
/** The settings row that remembers the last set-up. */
export const MOCK_SETTINGS_KEY = 'mockSettings';

export function defaultMockSettings(locale: Locale): MockSettings {
  return {
    sections: [],
    questionCount: DEFAULT_QUESTION_COUNT,
    secondsPerQuestion: DEFAULT_SECONDS_PER_QUESTION,
    locale,
    weakFirst: false,
    readAloud: false,
  };
}

const MockSettingsSchema = v.strictObject({
  sections: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(100)),
  questionCount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_QUESTION_COUNT)),
  secondsPerQuestion: v.pipe(v.number(), v.integer(), v.minValue(MIN_SECONDS_PER_QUESTION), v.maxValue(MAX_SECONDS_PER_QUESTION)),
  locale: v.picklist(LOCALES),
  weakFirst: v.boolean(),
  readAloud: v.boolean(),
});

/** The remembered set-up, or the defaults when there is none or it is not one this version reads. */
export function readMockSettings(stored: unknown, fallbackLocale: Locale): MockSettings {
  const parsed = v.safeParse(MockSettingsSchema, stored);
  return parsed.success ? parsed.output : defaultMockSettings(fallbackLocale);
}

function emptyQuestion(cardId: string, keyPointCount: number): MockQuestion {
  return { cardId, startedAt: 0, endedAt: 0, outline: '', suggested: [], covered: [], keyPointCount, rating: 0, reviewId: '' };
}

/** A new interview over the chosen questions, its first question shown at `now`. */
export function startInterview(
  id: string,
  settings: MockSettings,
  questions: readonly { cardId: string; keyPointCount: number }[],
  now: number,
  deviceId: string,
): MockInterview {
  const rows = questions.map((q) => emptyQuestion(q.cardId, q.keyPointCount));
  if (rows[0]) rows[0] = { ...rows[0], startedAt: now };
  return { id, startedAt: now, status: 'running', settings, questions: rows, updatedAt: now, deviceId };
}

export type MockStep = { phase: 'answering' | 'checking'; index: number } | { phase: 'finished' };

export function currentStep(interview: MockInterview): MockStep {
  if (interview.status === 'finished') return { phase: 'finished' };
  let index = 0;
  interview.questions.forEach((q, i) => {
    if (q.startedAt > 0) index = i;
  });
  const question = interview.questions[index];
  if (!question) return { phase: 'finished' };
  return { phase: question.endedAt > 0 ? 'checking' : 'answering', index };
}

function withQuestion(interview: MockInterview, index: number, change: Partial<MockQuestion>, now: number): MockInterview {
  const questions = interview.questions.map((q, i) => (i === index ? { ...q, ...change } : q));
  return { ...interview, questions, updatedAt: now };
}

/** The outline as typed so far. */
export function withOutline(interview: MockInterview, index: number, outline: string, now: number): MockInterview {
  return withQuestion(interview, index, { outline }, now);
}

/**
 * An interview taken up again: the question being answered starts over at `now`, its outline
 * kept. The time away (a closed window, a night) is not time spent answering.
 */
export function resumed(interview: MockInterview, now: number): MockInterview {
  const step = currentStep(interview);
  if (step.phase !== 'answering') return interview;
  return withQuestion(interview, step.index, { startedAt: now }, now);
}

/** The answer ended at `now`: the app's pre-ticks are kept, and the learner starts from them. */
export function endAnswer(interview: MockInterview, index: number, outline: string, suggested: readonly number[], now: number): MockInterview {
  return withQuestion(interview, index, { outline, endedAt: now, suggested: [...suggested], covered: [...suggested] }, now);
}

export interface CheckedAnswer {
  covered: readonly number[];
  /** The rating recorded in the review log, 0 when the learner chose not to record one. */
  rating: Rating | 0;
  reviewId: string;
}

/** The learner's check of the question; the next one is shown at `now`, or the interview ends. */
export function checkAnswer(interview: MockInterview, index: number, checked: CheckedAnswer, now: number): MockInterview {
  const covered = [...new Set(checked.covered)].sort((a, b) => a - b);
  const done = withQuestion(interview, index, { covered, rating: checked.rating, reviewId: checked.reviewId }, now);
  const next = index + 1;
  if (next >= done.questions.length) return { ...done, status: 'finished' };
  return withQuestion(done, next, { startedAt: now }, now);
}

/** Questions checked so far: those whose next one was reached, and all of a finished interview. */
export function checkedCount(interview: MockInterview): number {
  if (interview.status === 'finished') return interview.questions.length;
  return interview.questions.filter((_, i) => (interview.questions[i + 1]?.startedAt ?? 0) > 0).length;
}

/** How far past its limit a question's answer ran, in ms (0 or less when it kept to it). */
export function overrunOf(question: MockQuestion, secondsPerQuestion: number): number {
  return question.endedAt - question.startedAt - secondsPerQuestion * 1000;
}
