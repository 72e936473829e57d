// The final days' top-up: the cards seen that the learner is likeliest to have forgotten by the
// interview (lowest predicted recall at its moment, see readiness.ts), ties by card id so the
// list is the same on every reload.
import type { SchedulingParams } from '../settings';
import { State, type CardState } from '../types';
import { recallAt } from './readiness';

export interface TopUpInput {
  cards: readonly { id: string }[];
  states: ReadonlyMap<string, CardState>;
  interviewAt: number;
  params: SchedulingParams;
  count: number;
}

export function topUpCards(input: TopUpInput): string[] {
  const recall = recallAt(input.params, input.interviewAt);
  const seen: { id: string; recall: number }[] = [];
  for (const card of input.cards) {
    const state = input.states.get(card.id);
    if (state && state.state !== State.New) seen.push({ id: card.id, recall: recall(state) });
  }
  seen.sort((a, b) => a.recall - b.recall || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return seen.slice(0, Math.max(0, input.count)).map((entry) => entry.id);
}
