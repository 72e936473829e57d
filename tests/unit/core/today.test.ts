import { describe, expect, it } from 'vitest';
import { applyAnswerToToday, countToday } from '../../../renderer/core/today';
import type { ReviewEvent } from '../../../renderer/core/types';

const dayStart = 1_000_000;
const ev = (cardId: string, reviewedAt: number): ReviewEvent => ({ id: `${cardId}${reviewedAt}`, cardId, rating: 3, reviewedAt, durationMs: 0, deviceId: 'd' });

describe('today counts', () => {
  it('counts cards first answered today as new, once, and other answers as reviews', () => {
    const events = [ev('a', dayStart + 1), ev('a', dayStart + 2), ev('b', dayStart + 3), ev('c', dayStart - 5)];
    const first = new Map([['a', dayStart + 1], ['b', dayStart - 100_000], ['c', dayStart - 5]]);
    const today = countToday(events, first, dayStart);
    expect(today.newStudied).toBe(1);
    expect(today.reviewsDone).toBe(1);
  });

  it('moves with answers and their undo', () => {
    let today = countToday([], new Map(), dayStart);
    today = applyAnswerToToday(today, 'a', true, 1);
    today = applyAnswerToToday(today, 'a', false, 1); // a's learning step: not a review
    today = applyAnswerToToday(today, 'old', false, 1);
    expect([today.newStudied, today.reviewsDone]).toEqual([1, 1]);
    today = applyAnswerToToday(today, 'old', false, -1);
    today = applyAnswerToToday(today, 'a', true, -1);
    expect([today.newStudied, today.reviewsDone]).toEqual([0, 0]);
  });
});
