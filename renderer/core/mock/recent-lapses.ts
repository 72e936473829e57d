// Lapses of the last days, for "weak topics first": an Again given to a card that was in review
// (FSRS's lapse), not an Again while still learning. Which state a card was in at an answer is
// known only by replaying its history, so only the cards with a recent Again are replayed.
import { compareEvents, replayReviews, type SchedulerSource } from '../replay';
import { Rating, State, type ReviewEvent } from '../types';

/** Cards given an Again at or after `since`: the only ones whose history can hold a recent lapse. */
export function cardsWithAgainSince(recent: readonly ReviewEvent[], since: number): Set<string> {
  return new Set(recent.filter((e) => e.reviewedAt >= since && e.rating === Rating.Again).map((e) => e.cardId));
}

/** Lapses at or after `since`, by card id, from the whole histories of the cards concerned. */
export function countRecentLapses(histories: readonly ReviewEvent[], scheduler: SchedulerSource, since: number): Map<string, number> {
  const lapses = new Map<string, number>();
  replayReviews([...histories].sort(compareEvents), scheduler, (event, previous) => {
    if (event.reviewedAt >= since && event.rating === Rating.Again && previous?.state === State.Review) {
      lapses.set(event.cardId, (lapses.get(event.cardId) ?? 0) + 1);
    }
  });
  return lapses;
}
