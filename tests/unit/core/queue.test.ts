import { describe, expect, it } from 'vitest';
import { countQueue, LEARN_AHEAD_MS, nextDueAt, pickNextCard } from '../../../renderer/core/queue';
import type { CardState } from '../../../renderer/core/types';

const now = new Date(2026, 10, 25, 15, 0).getTime(); // local time, 3 pm
const cards = ['q1', 'f1', 'q2', 'f2'].map((id) => ({ id }));

function state(cardId: string, due: number, kind: CardState['state'] = 2): CardState {
  return { cardId, due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: kind, lastReview: now - 1 };
}

describe('queue', () => {
  it('shows new cards in deck order when nothing is due', () => {
    expect(pickNextCard(cards, new Map(), now)?.id).toBe('q1');
    const states = new Map([['q1', state('q1', now + 86_400_000)]]);
    expect(pickNextCard(cards, states, now)?.id).toBe('f1');
  });

  it('puts due cards before new ones, earliest first', () => {
    const states = new Map([
      ['q2', state('q2', now - 1000)],
      ['f2', state('f2', now - 5000)],
    ]);
    expect(pickNextCard(cards, states, now)?.id).toBe('f2');
  });

  it('learns ahead a learning card due soon, but not a review card', () => {
    const all = (due: number, kind: CardState['state']) => new Map(cards.map((c) => [c.id, state(c.id, due, kind)]));
    expect(pickNextCard(cards, all(now + LEARN_AHEAD_MS - 1, 1), now)?.id).toBe('q1');
    expect(pickNextCard(cards, all(now + LEARN_AHEAD_MS - 1, 2), now)).toBeUndefined();
    expect(pickNextCard(cards, all(now + LEARN_AHEAD_MS + 1, 1), now)).toBeUndefined();
  });

  it('counts new cards and cards due before the study day ends (4 am)', () => {
    const tonight = new Date(2026, 10, 26, 3, 30).getTime();
    const tomorrow = new Date(2026, 10, 26, 4, 30).getTime();
    const states = new Map([
      ['q1', state('q1', now - 1)],
      ['f1', state('f1', tonight)],
      ['q2', state('q2', tomorrow)],
    ]);
    expect(countQueue(cards, states, now)).toEqual({ newCount: 1, dueCount: 2 });
    expect(nextDueAt(cards, states)).toBe(now - 1);
  });
});
