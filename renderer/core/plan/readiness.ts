// Readiness: the share of the deck the learner would recall on the interview day, by FSRS. A card
// seen counts its predicted recall at that moment, following its forgetting curve from its last
// answer with no answer in between (what the learner knows now, not what they may still do); a
// card not seen counts 0.
import type { SectionId } from '../../../content/syllabus';
import { createScheduler } from '../scheduler';
import { toFsrsParameters, type SchedulingParams } from '../settings';
import { State, type CardState } from '../types';

export interface ReadinessCard {
  id: string;
  section: SectionId;
}

export interface ReadinessInput {
  cards: readonly ReadinessCard[];
  states: ReadonlyMap<string, CardState>;
  interviewAt: number;
  params: SchedulingParams;
}

export interface Readiness {
  /** Mean predicted recall over every card, 0-1. */
  overall: number;
  /** The same over each section's cards, for the sections that have cards. */
  bySection: Map<SectionId, number>;
}

/** Each card's predicted recall at `at`: 0 for one not seen. */
export function recallAt(params: SchedulingParams, at: number): (state: CardState | undefined) => number {
  const scheduler = createScheduler(toFsrsParameters(params));
  return (state) => (state === undefined || state.state === State.New ? 0 : scheduler.retrievability(state, at));
}

export function readiness(input: ReadinessInput): Readiness {
  const recall = recallAt(input.params, input.interviewAt);
  const sums = new Map<SectionId, { total: number; cards: number }>();
  let total = 0;
  for (const card of input.cards) {
    const r = recall(input.states.get(card.id));
    total += r;
    const sum = sums.get(card.section) ?? { total: 0, cards: 0 };
    sum.total += r;
    sum.cards += 1;
    sums.set(card.section, sum);
  }
  return {
    overall: input.cards.length === 0 ? 0 : total / input.cards.length,
    bySection: new Map([...sums].map(([section, sum]) => [section, sum.total / sum.cards])),
  };
}
