// Where a card stands, in Anki's four words: new, learning (or relearning), young, mature. The
// statistics count cards by it, and answers by the stage the card was in before them.
import { State, type CardState } from './types';

/** A card counts as mature, as in Anki, once its interval reaches 21 days. */
export const MATURE_DAYS = 21;

export type Stage = 'new' | 'learning' | 'young' | 'mature';
export const STAGES: readonly Stage[] = ['new', 'learning', 'young', 'mature'];

export function stageOf(state: CardState | undefined): Stage {
  if (!state || state.state === State.New) return 'new';
  if (state.state !== State.Review) return 'learning';
  return state.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
}
