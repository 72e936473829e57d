import type { Scheduler } from './scheduler';
import type { CardState, ReviewEvent } from './types';

/** Log order: by time, then id, so two laptops replaying the same events agree. */
export function compareEvents(a: ReviewEvent, b: ReviewEvent): number {
  return a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One scheduler, or one per moment of the log when the scheduling settings changed over time. */
export type SchedulerSource = Scheduler | ((time: number) => Scheduler);

/**
 * Rebuilds every card's state from the review log alone. Pass a timeline (time -> scheduler)
 * when the scheduling settings changed over time, so each answer replays under its own settings.
 * `onAnswer` sees each event, in log order, with the card's state before it.
 */
export function replayReviews(
  events: readonly ReviewEvent[],
  scheduler: SchedulerSource,
  onAnswer?: (event: ReviewEvent, previous: CardState | undefined) => void,
): Map<string, CardState> {
  const at = typeof scheduler === 'function' ? scheduler : () => scheduler;
  const states = new Map<string, CardState>();
  for (const event of [...events].sort(compareEvents)) {
    const previous = states.get(event.cardId);
    onAnswer?.(event, previous);
    states.set(event.cardId, at(event.reviewedAt).next(event.cardId, previous, event.rating, event.reviewedAt));
  }
  return states;
}
