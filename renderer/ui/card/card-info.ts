// Shapes a card's scheduling facts for CardInfo.svelte: plain values in, display values out.
import { cardStatus, type CardStatus } from '../../core/browse-filter';
import { State, type CardState } from '../../core/types';

export interface ScheduleSummary {
  status: CardStatus;
  /** Undefined for a card never answered. */
  due: number | undefined;
  lastReview: number | undefined;
  reps: number;
  lapses: number;
  /** Days until recall probability falls to 90%. */
  stability: number | undefined;
  /** FSRS difficulty, 1 (easy) to 10 (hard). */
  difficulty: number | undefined;
  /** Probability of recalling the card now, 0-1. */
  retrievability: number | undefined;
}

export function summarizeSchedule(
  state: CardState | undefined,
  retrievability: (state: CardState, now: number) => number,
  now: number,
): ScheduleSummary {
  if (!state || state.state === State.New) {
    return { status: 'new', due: undefined, lastReview: undefined, reps: 0, lapses: 0, stability: undefined, difficulty: undefined, retrievability: undefined };
  }
  const recall = retrievability(state, now);
  return {
    status: cardStatus(state),
    due: state.due,
    lastReview: state.lastReview ?? undefined,
    reps: state.reps,
    lapses: state.lapses,
    stability: state.stability,
    difficulty: state.difficulty,
    retrievability: Number.isFinite(recall) ? Math.min(1, Math.max(0, recall)) : undefined,
  };
}
