import { afterEach, describe, expect, it } from 'vitest';
import { forecastReviews } from '../../../../renderer/core/plan/review-forecast';
import { createScheduler } from '../../../../renderer/core/scheduler';
import { DEFAULT_SETTINGS, schedulingParamsOf, toFsrsParameters } from '../../../../renderer/core/settings';
import { Rating, State, type CardState } from '../../../../renderer/core/types';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});
const inZone = (tz: string) => (process.env.TZ = tz);

const DAY = 86_400_000;
const params = schedulingParamsOf(DEFAULT_SETTINGS);
const inReview = (cardId: string, due: number, stability: number): CardState => ({
  cardId, due, stability, difficulty: 5, elapsedDays: 0, scheduledDays: Math.round(stability), learningSteps: 0, reps: 4, lapses: 0, state: State.Review, lastReview: due - Math.round(stability) * DAY,
});

describe('forecastReviews', () => {
  it('puts each card on the study day it is due, an overdue one today, and skips new cards', () => {
    inZone('America/Sao_Paulo');
    const now = Date.parse('2026-05-10T10:00:00-03:00');
    const states = [
      inReview('overdue', now - 3 * DAY, 20),
      inReview('in-two-days', Date.parse('2026-05-12T20:00:00-03:00'), 30),
      // 2 am on the 14th is still the study day of the 13th.
      inReview('late-night', Date.parse('2026-05-14T02:00:00-03:00'), 30),
      { ...inReview('new', now, 1), state: State.New },
    ];
    const { reviews } = forecastReviews({ states, now, dayStartHour: 4, days: 5, params });
    // Stabilities of 20-30 days: answered Good, none comes back within the five days.
    expect(reviews).toEqual([1, 0, 1, 1, 0]);
  });

  it('brings a card back after the interval FSRS gives when it is answered Good', () => {
    inZone('UTC');
    const now = Date.UTC(2026, 4, 10, 12);
    const card = inReview('c', now + DAY, 2);
    const after = createScheduler(toFsrsParameters({ ...params, fuzz: false })).next('c', card, Rating.Good, now + DAY);
    const back = Math.floor((after.due - now) / DAY);
    const { reviews } = forecastReviews({ states: [card], now, dayStartHour: 4, days: back + 1, params });
    expect(back).toBeGreaterThan(1);
    expect(reviews[1]).toBe(1);
    expect(reviews[back]).toBe(1);
    expect(reviews.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('gives a new card its learning steps the first day, then its reviews', () => {
    inZone('UTC');
    const now = Date.UTC(2026, 4, 10, 12);
    // Good on a new card goes to the 10-minute step; Good there graduates it.
    const withSteps = forecastReviews({ states: [], now, dayStartHour: 4, days: 30, params }).perNewCard;
    expect(withSteps[0]).toBe(1);
    const noSteps = forecastReviews({ states: [], now, dayStartHour: 4, days: 30, params: { ...params, learningSteps: [] } }).perNewCard;
    expect(noSteps[0]).toBe(0);
    for (const answers of [withSteps, noSteps]) {
      const later = answers.slice(1).reduce((a, b) => a + b, 0);
      expect(later).toBeGreaterThanOrEqual(2);
      expect(answers.every((n) => n <= 1)).toBe(true);
    }
  });

  it('keeps study days whole across a daylight-saving change', () => {
    inZone('Europe/Berlin');
    const now = Date.parse('2026-03-28T12:00:00+01:00');
    // 04:30 CEST on the 29th is 15 h 30 min after now, in the next study day (a 24-hour step would be too).
    // 03:30 CEST on the 30th is still the 29th's study day, 38.5 hours on.
    const states = [inReview('a', Date.parse('2026-03-29T04:30:00+02:00'), 40), inReview('b', Date.parse('2026-03-30T03:30:00+02:00'), 40)];
    expect(forecastReviews({ states, now, dayStartHour: 4, days: 3, params }).reviews).toEqual([0, 2, 0]);
  });
});
