import type { Scheduler } from './scheduler';
import type { CardState, ReviewEvent } from './types';

/** Log order: by time, then id, so two laptops replaying the same events agree. */
export function compareEvents(a: ReviewEvent, b: ReviewEvent): number {
  return a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Rebuilds every card's state from the review log alone. */
export function replayReviews(events: readonly ReviewEvent[], scheduler: Scheduler): Map<string, CardState> {
  const states = new Map<string, CardState>();
  for (const event of [...events].sort(compareEvents)) {
    states.set(event.cardId, scheduler.next(event.cardId, states.get(event.cardId), event.rating, event.reviewedAt));
  }
  return states;
}
