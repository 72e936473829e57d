// What a study session adds up to, shown when it ends.
import { Rating } from './types';

export interface SessionAnswer {
  rating: Rating;
  durationMs: number;
}

export interface SessionSummary {
  answered: number;
  /** Share of answers other than Again, 0..1; 0 when nothing was answered. */
  correctShare: number;
  totalMs: number;
}

export function summarizeSession(answers: readonly SessionAnswer[]): SessionSummary {
  const correct = answers.filter((a) => a.rating !== Rating.Again).length;
  return {
    answered: answers.length,
    correctShare: answers.length === 0 ? 0 : correct / answers.length,
    totalMs: answers.reduce((sum, a) => sum + a.durationMs, 0),
  };
}

/** Cards due during the next study day (from `dayEnd` for 24 hours). */
export function countDueNextDay(dues: Iterable<number>, dayEnd: number): number {
  let count = 0;
  for (const due of dues) if (due >= dayEnd && due < dayEnd + 24 * 3_600_000) count += 1;
  return count;
}
