import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvents, replayReviews } from '../../../renderer/core/replay';
import { createScheduler } from '../../../renderer/core/scheduler';
import type { CardState, Rating, ReviewEvent } from '../../../renderer/core/types';

const scheduler = createScheduler();
const t0 = Date.UTC(2026, 0, 5, 9);

/** Answers as the app records them: each state is computed from the stored previous one. */
function recordLive(answers: { card: string; rating: Rating; gapMs: number }[]) {
  const states = new Map<string, CardState>();
  const events: ReviewEvent[] = [];
  let now = t0;
  answers.forEach((answer, i) => {
    now += answer.gapMs;
    states.set(answer.card, scheduler.next(answer.card, states.get(answer.card), answer.rating, now));
    events.push({ id: `${now.toString(36).padStart(9, '0')}-${String(i).padStart(12, '0')}`, cardId: answer.card, rating: answer.rating, reviewedAt: now, durationMs: 1000, deviceId: 'd' });
  });
  return { states, events };
}

const answer = fc.record({
  card: fc.constantFrom('a', 'b', 'c', 'd'),
  rating: fc.constantFrom<Rating>(1, 2, 3, 4),
  gapMs: fc.integer({ min: 0, max: 40 * 24 * 3600 * 1000 }),
});

describe('replayReviews', () => {
  it('rebuilds exactly the states recorded live, whatever the order events arrive in', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 60 }), fc.integer(), (answers, seed) => {
        const { states, events } = recordLive(answers);
        const shuffled = fc.sample(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), { numRuns: 1, seed })[0]!;
        expect(replayReviews(shuffled, scheduler)).toEqual(states);
      }),
      { numRuns: 200 },
    );
  });

  it('orders events by time, then id', () => {
    const base = { cardId: 'a', rating: 3 as const, durationMs: 0, deviceId: 'd' };
    const events = [
      { ...base, id: 'b', reviewedAt: 2 },
      { ...base, id: 'a', reviewedAt: 2 },
      { ...base, id: 'c', reviewedAt: 1 },
    ];
    expect([...events].sort(compareEvents).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});
