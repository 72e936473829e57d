import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../../renderer/core/scheduler';
import type { CardState } from '../../../../renderer/core/types';
import { summarizeSchedule } from '../../../../renderer/ui/card/card-info';

const scheduler = createScheduler();
const t0 = Date.UTC(2026, 10, 25, 12);
const DAY = 86_400_000;

describe('schedule summary', () => {
  it('says a card never answered is new, with nothing scheduled', () => {
    const summary = summarizeSchedule(undefined, scheduler.retrievability, t0);
    expect(summary).toMatchObject({ status: 'new', due: undefined, reps: 0, lapses: 0, retrievability: undefined });
  });

  it('gives the FSRS numbers of an answered card, recall falling as time passes', () => {
    let state: CardState = scheduler.next('basics/a', undefined, 3, t0);
    state = scheduler.next('basics/a', state, 3, state.due);
    const atDue = summarizeSchedule(state, scheduler.retrievability, state.due);
    expect(atDue).toMatchObject({ status: 'review', due: state.due, reps: 2, lapses: 0, stability: state.stability, difficulty: state.difficulty });
    expect(atDue.lastReview).toBe(state.lastReview);
    expect(atDue.retrievability).toBeGreaterThan(0.8);
    expect(atDue.retrievability).toBeLessThanOrEqual(1);
    const later = summarizeSchedule(state, scheduler.retrievability, state.due + 60 * DAY);
    expect(later.retrievability).toBeLessThan(atDue.retrievability!);
  });

  it('leaves out a retrievability that is not a number', () => {
    const state = scheduler.next('basics/a', undefined, 3, t0);
    expect(summarizeSchedule(state, () => Number.NaN, t0).retrievability).toBeUndefined();
  });
});
