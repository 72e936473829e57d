// What to study next and how much is left: plain functions over the deck order and the states.
import type { CardState } from './types';
import { endOfStudyDay } from './study-day';

/** Anki's default: a learning card due within this window is shown rather than making the learner wait. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export interface QueueCounts {
  newCount: number;
  dueCount: number;
}

export interface QueueCard {
  id: string;
}

export function countQueue(cards: readonly QueueCard[], states: ReadonlyMap<string, CardState>, now: number): QueueCounts {
  const dayEnd = endOfStudyDay(now);
  let newCount = 0;
  let dueCount = 0;
  for (const card of cards) {
    const state = states.get(card.id);
    if (!state) newCount += 1;
    else if (state.due < dayEnd) dueCount += 1;
  }
  return { newCount, dueCount };
}

/**
 * The next card: due learning and review cards first (earliest due first), then new cards in
 * deck order, then learning cards due within the learn-ahead window. Undefined when done.
 */
export function pickNextCard<C extends QueueCard>(
  cards: readonly C[],
  states: ReadonlyMap<string, CardState>,
  now: number,
): C | undefined {
  let due: { card: C; at: number } | undefined;
  let ahead: { card: C; at: number } | undefined;
  let firstNew: C | undefined;
  for (const card of cards) {
    const state = states.get(card.id);
    if (!state) {
      firstNew ??= card;
    } else if (state.due <= now) {
      if (!due || state.due < due.at) due = { card, at: state.due };
    } else if (state.state !== 2 && state.due <= now + LEARN_AHEAD_MS) {
      if (!ahead || state.due < ahead.at) ahead = { card, at: state.due };
    }
  }
  return due?.card ?? firstNew ?? ahead?.card;
}

/** The earliest time any card becomes due, for the "come back at…" message. */
export function nextDueAt(cards: readonly QueueCard[], states: ReadonlyMap<string, CardState>): number | undefined {
  let earliest: number | undefined;
  for (const card of cards) {
    const due = states.get(card.id)?.due;
    if (due !== undefined && (earliest === undefined || due < earliest)) earliest = due;
  }
  return earliest;
}
