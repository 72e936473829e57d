// What a finished mock interview says once it is over: the score, each question's points covered
// and missed, its time against the limit, the weakest sections and the fact cards to study next.
// Worked out from the stored interview and the cards as they are now; nothing here is stored.
import type { Locale } from '../../../content/schema';
import { RATINGS, type Rating } from '../types';
import { formatCountdown } from './countdown';
import type { MockInterview } from './mock-interview';

/** A question card as the report needs it, in the interview's language. */
export interface ReportQuestionCard {
  prompt: string;
  keyPoints: readonly string[];
  /** A deck section id or an own section ('own:<slug>'). */
  section: string;
}

/** A fact card, to find the ones under a question. */
export interface ReportFactCard {
  id: string;
  parent: string;
}

export interface QuestionReport {
  index: number;
  cardId: string;
  /** Undefined when the card is no longer in the deck (or an own card was deleted). */
  card: ReportQuestionCard | undefined;
  answered: boolean;
  outline: string;
  /** Key point indexes the learner confirmed, and the ones left, in the card's order. */
  covered: number[];
  missed: number[];
  total: number;
  /** Time from the question's start to the end of its answer; undefined when unanswered. */
  elapsedMs: number | undefined;
  limitMs: number;
  /** How far past the limit the answer ran; 0 when it kept to it. */
  overrunMs: number;
  rating: Rating | 0;
}

export interface SectionScore {
  section: string;
  covered: number;
  total: number;
  share: number;
}

export interface MockReport {
  id: string;
  startedAt: number;
  locale: Locale;
  covered: number;
  total: number;
  /** covered / total, undefined when no question had key points. */
  share: number | undefined;
  /** How many answers were recorded with each rating (index 0: Again … 3: Easy), and none. */
  ratings: Record<Rating, number>;
  unrated: number;
  questions: QuestionReport[];
  /** Sections with points missed, the lowest share first (at most WEAKEST_SECTIONS). */
  weakest: SectionScore[];
  /** Fact cards under the questions whose points were missed, in the questions' order, once each. */
  studyNext: string[];
}

export const WEAKEST_SECTIONS = 3;

export function buildReport(
  interview: MockInterview,
  questionCard: (cardId: string) => ReportQuestionCard | undefined,
  facts: readonly ReportFactCard[],
): MockReport {
  const limitMs = interview.settings.secondsPerQuestion * 1000;
  const questions = interview.questions.map((question, index): QuestionReport => {
    const card = questionCard(question.cardId);
    // The stored count is what was judged; the card may have gained or lost a point since.
    const total = question.keyPointCount;
    const ticked = new Set(question.covered.filter((i) => Number.isInteger(i) && i >= 0 && i < total));
    const all = Array.from({ length: total }, (_, i) => i);
    const answered = question.endedAt > 0 && question.startedAt > 0;
    const elapsedMs = answered ? Math.max(0, question.endedAt - question.startedAt) : undefined;
    return {
      index,
      cardId: question.cardId,
      card,
      answered,
      outline: question.outline,
      covered: all.filter((i) => ticked.has(i)),
      missed: all.filter((i) => !ticked.has(i)),
      total,
      elapsedMs,
      limitMs,
      overrunMs: elapsedMs === undefined ? 0 : Math.max(0, elapsedMs - limitMs),
      rating: question.rating,
    };
  });

  const covered = questions.reduce((n, q) => n + q.covered.length, 0);
  const total = questions.reduce((n, q) => n + q.total, 0);
  const ratings = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;
  let unrated = 0;
  for (const q of questions) {
    if (q.rating === 0) unrated += 1;
    else ratings[q.rating] += 1;
  }

  return {
    id: interview.id,
    startedAt: interview.startedAt,
    locale: interview.settings.locale,
    covered,
    total,
    share: total > 0 ? covered / total : undefined,
    ratings,
    unrated,
    questions,
    weakest: weakestSections(questions),
    studyNext: studyNext(questions, facts),
  };
}

function weakestSections(questions: readonly QuestionReport[]): SectionScore[] {
  const bySection = new Map<string, { covered: number; total: number }>();
  for (const q of questions) {
    if (!q.card || q.total === 0) continue;
    const entry = bySection.get(q.card.section) ?? { covered: 0, total: 0 };
    entry.covered += q.covered.length;
    entry.total += q.total;
    bySection.set(q.card.section, entry);
  }
  return [...bySection]
    .map(([section, { covered, total }]) => ({ section, covered, total, share: covered / total }))
    .filter((s) => s.covered < s.total)
    // Ties go to the section with more points missed, then to the name, so the order is stable.
    .sort((a, b) => a.share - b.share || b.total - b.covered - (a.total - a.covered) || a.section.localeCompare(b.section))
    .slice(0, WEAKEST_SECTIONS);
}

function studyNext(questions: readonly QuestionReport[], facts: readonly ReportFactCard[]): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const q of questions) {
    if (q.missed.length === 0) continue;
    for (const fact of facts) {
      if (fact.parent === q.cardId && !seen.has(fact.id)) {
        seen.add(fact.id);
        ids.push(fact.id);
      }
    }
  }
  return ids;
}

/** One line of the history: read from the stored row alone, no deck needed. */
export interface InterviewSummary {
  id: string;
  startedAt: number;
  locale: Locale;
  questionCount: number;
  answered: number;
  covered: number;
  total: number;
  share: number | undefined;
}

export function summarise(interview: MockInterview): InterviewSummary {
  let covered = 0;
  let total = 0;
  let answered = 0;
  for (const q of interview.questions) {
    const ticked = new Set(q.covered.filter((i) => Number.isInteger(i) && i >= 0 && i < q.keyPointCount));
    covered += ticked.size;
    total += q.keyPointCount;
    if (q.endedAt > 0 && q.startedAt > 0) answered += 1;
  }
  return {
    id: interview.id,
    startedAt: interview.startedAt,
    locale: interview.settings.locale,
    questionCount: interview.questions.length,
    answered,
    covered,
    total,
    share: total > 0 ? covered / total : undefined,
  };
}

export interface TrendPoint {
  startedAt: number;
  share: number;
  /** The mean share of this interview and the ones before it, up to TREND_WINDOW of them. */
  average: number;
}

/** How many interviews the trend's running average spans. */
export const TREND_WINDOW = 5;

/**
 * The score of each interview that had key points, oldest first, with a running average over the
 * last TREND_WINDOW: one bad day should not hide a rising line.
 */
export function scoreTrend(summaries: readonly InterviewSummary[]): TrendPoint[] {
  const scored = summaries
    .filter((s): s is InterviewSummary & { share: number } => s.share !== undefined)
    .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
  return scored.map((s, i) => {
    const window = scored.slice(Math.max(0, i - TREND_WINDOW + 1), i + 1);
    return { startedAt: s.startedAt, share: s.share, average: window.reduce((sum, w) => sum + w.share, 0) / window.length };
  });
}

/** "+1:05": how far past the limit, exactly as the interview's clock showed it (countdown.ts). */
export function overrunText(overrunMs: number): string {
  return formatCountdown(-Math.max(0, overrunMs));
}

/** "2:00", "3:05": whole minutes and seconds, a second counted once it has passed, as the clock's overrun is. */
export function clockText(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
