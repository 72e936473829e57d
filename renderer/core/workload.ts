// The expected number of reviews a day at a desired retention, from the cards studied so far:
// each card comes back about once per interval, and the interval shrinks as retention rises.
import { fsrs, generatorParameters } from 'ts-fsrs';
import { State, type CardState } from './types';

export function estimateDailyReviews(states: Iterable<CardState>, desiredRetention: number): number {
  const engine = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: false }));
  let perDay = 0;
  for (const state of states) {
    if (state.state === State.New || state.stability <= 0) continue;
    perDay += 1 / Math.max(1, engine.next_interval(state.stability, 0));
  }
  return perDay;
}

/** Reviews a day plus the new cards and their learning steps. */
export function estimateDailyWorkload(
  states: Iterable<CardState>,
  settings: { desiredRetention: number; newPerDay: number; learningSteps: readonly string[] },
): number {
  return Math.round(estimateDailyReviews(states, settings.desiredRetention) + settings.newPerDay * (1 + settings.learningSteps.length));
}
