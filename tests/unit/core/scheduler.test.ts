import { describe, expect, it } from 'vitest';
import { createScheduler, createSchedulerTimeline } from '../../../renderer/core/scheduler';
import { paramsAt, toFsrsParameters } from '../../../renderer/core/settings';

const t0 = Date.UTC(2026, 10, 25, 12, 0, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('createScheduler', () => {
  const scheduler = createScheduler();

  it('uses the FSRS defaults: short-term learning steps for a new card', () => {
    const preview = scheduler.preview('c', undefined, t0);
    expect(preview[1] - t0).toBe(1 * MIN); // Again: first learning step
    expect(preview[2] - t0).toBe(6 * MIN); // Hard: between the steps
    expect(preview[3] - t0).toBe(10 * MIN); // Good: second learning step
    expect(preview[4] - t0).toBeGreaterThanOrEqual(DAY); // Easy graduates
  });

  it('orders the four ratings by interval once a card is in review', () => {
    let state = scheduler.next('c', undefined, 3, t0);
    state = scheduler.next('c', state, 3, state.due);
    expect(state.state).toBe(2);
    const now = state.due;
    const p = scheduler.preview('c', state, now);
    expect(p[1]).toBeLessThan(p[2]);
    expect(p[2]).toBeLessThan(p[3]);
    expect(p[3]).toBeLessThan(p[4]);
  });

  it('is a pure function of (state, rating, now)', () => {
    const a = scheduler.next('c', undefined, 3, t0);
    const b = scheduler.next('c', undefined, 3, t0);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ cardId: 'c', reps: 1, lapses: 0, lastReview: t0, due: t0 + 10 * MIN });
  });

  it('counts a lapse when a review card is forgotten', () => {
    let state = scheduler.next('c', undefined, 4, t0);
    state = scheduler.next('c', state, 1, state.due);
    expect(state.lapses).toBe(1);
    expect(state.state).toBe(3);
  });

  it('honours desired retention: a higher target gives shorter intervals', () => {
    const strict = createScheduler({ request_retention: 0.97 });
    const easy = createScheduler({ request_retention: 0.8 });
    const s1 = strict.next('c', undefined, 4, t0);
    const s2 = easy.next('c', undefined, 4, t0);
    expect(s1.due).toBeLessThan(s2.due);
  });

  it('reports retrievability falling with time', () => {
    const state = scheduler.next('c', undefined, 4, t0);
    expect(scheduler.retrievability(state, t0 + DAY)).toBeGreaterThan(scheduler.retrievability(state, t0 + 30 * DAY));
  });
});

describe('createSchedulerTimeline', () => {
  const DAY_MS = 86_400_000;
  const t0 = Date.UTC(2026, 0, 1);
  const params = (desiredRetention: number) => ({ desiredRetention, learningSteps: ['1m', '10m'], relearningSteps: ['10m'], fuzz: false });
  const history = [
    { from: t0 + 10 * DAY_MS, params: params(0.8) },
    { from: t0 + 20 * DAY_MS, params: params(0.95) },
    { from: t0 + 30 * DAY_MS, params: params(0.8) },
  ];

  it('schedules each moment with the parameters in force then (the defaults before the first change)', () => {
    const timeline = createSchedulerTimeline(history);
    const review = createScheduler().next('c', undefined, 3, t0);
    for (const time of [t0, t0 + 10 * DAY_MS - 1, t0 + 10 * DAY_MS, t0 + 25 * DAY_MS, t0 + 40 * DAY_MS]) {
      const expected = createScheduler(toFsrsParameters(paramsAt(history, time))).next('c', review, 3, time);
      expect(timeline(time).next('c', review, 3, time)).toEqual(expected);
    }
    // Retention 0.8 gives longer intervals than 0.95: the change is really applied.
    const at = (time: number) => timeline(time).next('c', { ...review, state: 2, stability: 20, reps: 5 }, 3, time).due - time;
    expect(at(t0 + 15 * DAY_MS)).toBeGreaterThan(at(t0 + 25 * DAY_MS));
  });

  it('shares one scheduler between entries with the same parameters', () => {
    const timeline = createSchedulerTimeline(history);
    expect(timeline(t0 + 15 * DAY_MS)).toBe(timeline(t0 + 35 * DAY_MS));
    expect(timeline(t0 + 15 * DAY_MS)).not.toBe(timeline(t0 + 25 * DAY_MS));
  });
});
