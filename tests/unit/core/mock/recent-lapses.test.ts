import { describe, expect, it } from 'vitest';
import { cardsWithAgainSince, countRecentLapses } from '../../../../renderer/core/mock/recent-lapses';
import { createScheduler } from '../../../../renderer/core/scheduler';
import type { Rating, ReviewEvent } from '../../../../renderer/core/types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 10, 15);
const since = NOW - 30 * DAY;
let n = 0;
const answer = (cardId: string, daysAgo: number, rating: Rating): ReviewEvent => ({
  id: `e${String(++n).padStart(4, '0')}`, cardId, rating, reviewedAt: NOW - daysAgo * DAY, durationMs: 5000, deviceId: 'd',
});

describe('recent lapses', () => {
  const scheduler = createScheduler({ enable_fuzz: false });
  // Answered Good until it is in review, then Again twice inside the window, once before it.
  const lapsing = [answer('a', 90, 3), answer('a', 89, 3), answer('a', 80, 3), answer('a', 50, 1), answer('a', 49, 3), answer('a', 45, 3), answer('a', 20, 1), answer('a', 19, 3), answer('a', 15, 3), answer('a', 5, 1)];
  // Again while still learning is no lapse.
  const learning = [answer('b', 3, 1), answer('b', 3, 1)];

  it('counts only an Again given to a card in review, inside the window', () => {
    expect(countRecentLapses([...lapsing, ...learning], scheduler, since)).toEqual(new Map([['a', 2]]));
  });

  it('gives the same answer whatever order the histories arrive in', () => {
    expect(countRecentLapses([...learning, ...lapsing].reverse(), scheduler, since)).toEqual(new Map([['a', 2]]));
  });

  it('replays only cards with an Again in the window', () => {
    expect(cardsWithAgainSince([...lapsing, ...learning, answer('c', 2, 3), answer('d', 40, 1)], since)).toEqual(new Set(['a', 'b']));
  });
});
