import { describe, expect, it } from 'vitest';
import { buildQueue, LEARN_AHEAD_MS, nextDueAt, UNLIMITED, type QueueLimits } from '../../../renderer/core/queue';
import type { CardState } from '../../../renderer/core/types';

const now = new Date(2026, 10, 25, 15, 0).getTime(); // local time, 3 pm
const cards = ['q1', 'f1', 'q2', 'f2', 'q3', 'f3'].map((id) => ({ id }));
const none = { newStudied: 0, reviewsDone: 0 };

function state(cardId: string, due: number, kind: CardState['state'] = 2): CardState {
  return { cardId, due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: kind, lastReview: now - 1 };
}
const queue = (states: Map<string, CardState>, limits: Partial<QueueLimits> = {}, today = none, userData?: Map<string, { suspended: 0 | 1; buriedUntil: number }>) =>
  buildQueue({ cards, states, userData, now, limits: { ...UNLIMITED, ...limits }, today });

describe('buildQueue', () => {
  it('shows new cards in deck order when nothing is due', () => {
    expect(queue(new Map()).next?.id).toBe('q1');
    expect(queue(new Map([['q1', state('q1', now + 3 * 86_400_000)]])).next?.id).toBe('f1');
  });

  it('puts due learning cards first, then reviews due today, then new cards', () => {
    const states = new Map([
      ['q1', state('q1', now - 1000, 2)],
      ['f1', state('f1', now - 10, 1)],
    ]);
    expect(queue(states).next?.id).toBe('f1');
    states.delete('f1');
    expect(queue(states).next?.id).toBe('q1');
  });

  it('shows a review due later today (reviews are day-grained), but a learning card only when due', () => {
    const tonight = new Date(2026, 10, 25, 22, 0).getTime();
    expect(queue(new Map(cards.map((c) => [c.id, state(c.id, tonight, 2)]))).next?.id).toBe('q1');
    expect(queue(new Map(cards.map((c) => [c.id, state(c.id, tonight, 1)]))).next).toBeUndefined();
  });

  it('learns ahead a learning card due within 20 minutes, not one due later', () => {
    const all = (due: number) => new Map(cards.map((c) => [c.id, state(c.id, due, 1)]));
    expect(queue(all(now + LEARN_AHEAD_MS - 1)).next?.id).toBe('q1');
    expect(queue(all(now + LEARN_AHEAD_MS + 1)).next).toBeUndefined();
  });

  it('respects the daily new-card limit, counting the new cards already studied today', () => {
    expect(queue(new Map(), { newPerDay: 4 }).counts.newCount).toBe(4);
    const q = queue(new Map(), { newPerDay: 4 }, { newStudied: 4, reviewsDone: 0 });
    expect(q.counts.newCount).toBe(0);
    expect(q.next).toBeUndefined();
  });

  it("introduces new cards in an interview plan's order, over the random order, the cards it leaves out last", () => {
    // The plan puts section 3 first and leaves f1 out.
    const newCardRank = new Map(['q3', 'f3', 'q1', 'q2', 'f2'].map((id, i) => [id, i]));
    const order = (states: Map<string, CardState>) => queue(states, { newCardOrder: 'random', randomSeed: 's1', newCardRank, newPerDay: 6 }).next?.id;
    expect(order(new Map())).toBe('q3');
    const introduced = new Map<string, CardState>();
    const seen: string[] = [];
    for (let id = order(introduced); id !== undefined; id = order(introduced)) {
      seen.push(id);
      introduced.set(id, state(id, now + 3 * 86_400_000));
    }
    expect(seen).toEqual(['q3', 'f3', 'q1', 'q2', 'f2', 'f1']);
  });

  it('respects the daily review limit', () => {
    const states = new Map(cards.map((c, i) => [c.id, state(c.id, now - 1000 * (i + 1), 2)]));
    const q = queue(states, { maxReviewsPerDay: 5 }, { newStudied: 0, reviewsDone: 3 });
    expect(q.counts.reviewCount).toBe(2);
    expect(q.next?.id).toBe('f3'); // the most overdue first
  });

  it('orders new cards randomly but stably for a seed', () => {
    const a = queue(new Map(), { newCardOrder: 'random', randomSeed: 'device-1' }).next?.id;
    const b = queue(new Map(), { newCardOrder: 'random', randomSeed: 'device-1' }).next?.id;
    const orders = new Set(['s1', 's2', 's3', 's4', 's5', 's6'].map((seed) => queue(new Map(), { newCardOrder: 'random', randomSeed: seed }).next?.id));
    expect(a).toBe(b);
    expect(orders.size).toBeGreaterThan(1);
  });

  it('leaves out suspended cards and cards buried until later', () => {
    const userData = new Map([
      ['q1', { suspended: 1 as const, buriedUntil: 0 }],
      ['f1', { suspended: 0 as const, buriedUntil: now + 1000 }],
      ['q2', { suspended: 0 as const, buriedUntil: now - 1000 }],
    ]);
    const q = queue(new Map(), {}, none, userData);
    expect(q.next?.id).toBe('q2');
    expect(q.counts.newCount).toBe(4);
  });

  it('counts learning cards due before the study day ends and reviews due today', () => {
    const tonight = new Date(2026, 10, 26, 3, 30).getTime();
    const tomorrow = new Date(2026, 10, 26, 4, 30).getTime();
    const states = new Map([
      ['q1', state('q1', now - 1, 2)],
      ['f1', state('f1', tonight, 1)],
      ['q2', state('q2', tomorrow, 2)],
    ]);
    expect(queue(states).counts).toEqual({ newCount: 3, learningCount: 1, reviewCount: 1 });
    expect(nextDueAt(cards, states)).toBe(now - 1);
  });
});
