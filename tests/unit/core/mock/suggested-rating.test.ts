import { describe, expect, it } from 'vitest';
import { suggestRating } from '../../../../renderer/core/mock/suggested-rating';
import { Rating } from '../../../../renderer/core/types';

describe('suggestRating', () => {
  it.each([
    [0, 10, Rating.Again],
    [3, 10, Rating.Again],
    [4, 10, Rating.Hard],
    [6, 10, Rating.Hard],
    [7, 10, Rating.Good],
    [8, 10, Rating.Good],
    [9, 10, Rating.Easy],
    [10, 10, Rating.Easy],
  ])('%i of %i points in time -> %i', (covered, total, expected) => {
    expect(suggestRating({ covered, total, overrunMs: 0 })).toBe(expected);
  });

  it.each([
    [10, 10, Rating.Good],
    [7, 10, Rating.Hard],
    [4, 10, Rating.Again],
    [0, 10, Rating.Again],
  ])('%i of %i points over time -> one step lower, never below Again (%i)', (covered, total, expected) => {
    expect(suggestRating({ covered, total, overrunMs: 1 })).toBe(expected);
  });

  it('takes an answer that ends exactly at the limit as in time', () => {
    expect(suggestRating({ covered: 5, total: 5, overrunMs: 0 })).toBe(Rating.Easy);
    expect(suggestRating({ covered: 5, total: 5, overrunMs: -3000 })).toBe(Rating.Easy);
  });

  it('reads a question without key points as nothing covered', () => {
    expect(suggestRating({ covered: 0, total: 0, overrunMs: 0 })).toBe(Rating.Again);
  });
});
