// The rating a mock answer suggests from the key points it covered and the time it took. Only a
// suggestion: the learner sees it pre-selected and rates as they see fit.
import { Rating } from '../types';

/** Below this share of key points covered: Again. */
export const AGAIN_BELOW = 0.4;
/** Below this share (and at least AGAIN_BELOW): Hard; from it on, Good. */
export const HARD_BELOW = 0.7;
/** From this share on: Easy, if the answer kept to its time. */
export const EASY_FROM = 0.9;

export interface MockAnswerResult {
  /** Key points covered (ticked by the matcher or by the learner). */
  covered: number;
  /** Key points the question has. */
  total: number;
  /** How far past its time limit the answer ran, in ms; 0 or less when it kept to it. */
  overrunMs: number;
}

/**
 * Share covered < 0.4 Again, < 0.7 Hard, < 0.9 Good, else Easy; running over the time limit
 * lowers that by one step (Easy to Good, Good to Hard, Hard to Again; never below Again), since
 * an interview answer that needs too long is not yet fluent.
 */
export function suggestRating({ covered, total, overrunMs }: MockAnswerResult): Rating {
  const share = total > 0 ? Math.min(1, Math.max(0, covered) / total) : 0;
  const byShare: Rating =
    share < AGAIN_BELOW ? Rating.Again : share < HARD_BELOW ? Rating.Hard : share < EASY_FROM ? Rating.Good : Rating.Easy;
  return overrunMs > 0 ? (Math.max(Rating.Again, byShare - 1) as Rating) : byShare;
}
