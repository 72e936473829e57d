import type { Scheduler } from './scheduler';
import type { CardState, ReviewEvent } from './types';

/** Log order: by time, then id, so two laptops replaying the same events agree. */
export function compareEvents(a: ReviewEvent, b: ReviewEvent): number {
  return a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The same answer in every field: a repeat, not a conflict, when two logs both hold it. */
export function sameEvent(a: ReviewEvent, b: ReviewEvent): boolean {
  return (
    a.id === b.id &&
    a.cardId === b.cardId &&
    a.rating === b.rating &&
    a.reviewedAt === b.reviewedAt &&
    a.durationMs === b.durationMs &&
    a.deviceId === b.deviceId
  );
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
  return runToEnd(replayInSlices(events, scheduler, Infinity, onAnswer));
}

/**
 * The same replay, a slice at a time: yields how many events are replayed after every
 * `sliceSize`, and returns the states. A caller inside a database transaction lets the page paint
 * between slices (db/chunked-work.ts); the replay itself is the one above.
 */
export function* replayInSlices(
  events: readonly ReviewEvent[],
  scheduler: SchedulerSource,
  sliceSize: number,
  onAnswer?: (event: ReviewEvent, previous: CardState | undefined) => void,
): Generator<number, Map<string, CardState>, void> {
  const at = typeof scheduler === 'function' ? scheduler : () => scheduler;
  const states = new Map<string, CardState>();
  const sorted = [...events].sort(compareEvents);
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && i % sliceSize === 0) yield i;
    const event = sorted[i]!;
    const previous = states.get(event.cardId);
    onAnswer?.(event, previous);
    states.set(event.cardId, at(event.reviewedAt).next(event.cardId, previous, event.rating, event.reviewedAt));
  }
  return states;
}

/** Runs a sliced computation without stopping between slices. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
