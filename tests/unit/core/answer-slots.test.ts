import { afterAll, describe, expect, it } from 'vitest';
import {
  addAnswer,
  answerDelta,
  applyDelta,
  countIndex,
  MAX_COUNTED_MS,
  replayWithStats,
  slotOf,
  slotStart,
  type SlotDeltas,
} from '../../../renderer/core/answer-slots';
import { createScheduler } from '../../../renderer/core/scheduler';
import { startOfStudyDay } from '../../../renderer/core/study-day';
import type { CardState, Rating, ReviewEvent } from '../../../renderer/core/types';

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const t0 = Date.UTC(2026, 2, 1, 10);
const event = (i: number, cardId: string, rating: Rating, reviewedAt: number, durationMs = 4000): ReviewEvent => ({
  id: `${reviewedAt.toString(36)}-${String(i).padStart(4, '0')}`,
  cardId,
  rating,
  reviewedAt,
  durationMs,
  deviceId: 'd',
});

const inReview = (cardId: string, scheduledDays: number): CardState => ({
  cardId, due: t0, stability: scheduledDays, difficulty: 5, elapsedDays: scheduledDays, scheduledDays, learningSteps: 0, reps: 5, lapses: 0, state: 2, lastReview: t0 - scheduledDays * 86_400_000,
});

describe('review stats slots', () => {
  it('counts answers by the card\'s state before them and their rating, in 15-minute slots', () => {
    const events = [
      event(1, 'a', 3, t0),
      event(2, 'a', 1, t0 + 60_000),
      event(3, 'b', 4, t0 + 20 * 60_000),
      event(4, 'a', 3, t0 + 10 * 86_400_000),
    ];
    const { deltas } = replayWithStats(events, createScheduler());
    expect([...deltas.keys()]).toEqual([slotOf(t0), slotOf(t0 + 20 * 60_000), slotOf(t0 + 10 * 86_400_000)]);
    const first = deltas.get(slotOf(t0))!;
    // a's first answer was on a new card; the second on a card in learning (after Good on step 1).
    expect(first.counts[countIndex(0, 3)]).toBe(1);
    expect(first.counts[countIndex(1, 1)]).toBe(1);
    expect(first.counts.reduce((a, b) => a + b)).toBe(2);
    expect(first.durationMs).toBe(8000);
    expect(deltas.get(slotOf(t0 + 20 * 60_000))!.counts[countIndex(0, 4)]).toBe(1);
    const later = deltas.get(slotOf(t0 + 10 * 86_400_000))!;
    expect(later.counts.reduce((a, b) => a + b)).toBe(1);
    expect(later.counts[countIndex(0, 3)]).toBe(0);
  });

  it('caps the time of an answer left on screen', () => {
    const deltas: SlotDeltas = new Map();
    addAnswer(deltas, event(1, 'a', 3, t0, 3 * 3_600_000), inReview('a', 3));
    addAnswer(deltas, event(2, 'a', 3, t0, -5), inReview('a', 3));
    expect(deltas.get(slotOf(t0))!.durationMs).toBe(MAX_COUNTED_MS);
  });

  it('counts review answers to mature cards apart, by the interval before the answer (21 days and more)', () => {
    const deltas: SlotDeltas = new Map();
    addAnswer(deltas, event(1, 'a', 1, t0), inReview('a', 20));
    addAnswer(deltas, event(2, 'b', 1, t0), inReview('b', 21));
    addAnswer(deltas, event(3, 'c', 3, t0), inReview('c', 40));
    addAnswer(deltas, event(4, 'd', 4, t0), { ...inReview('d', 40), state: 3 }); // relearning: not a review answer
    addAnswer(deltas, event(5, 'e', 4, t0), undefined);
    const row = deltas.get(slotOf(t0))!;
    expect(row.counts[countIndex(2, 1)]).toBe(2);
    expect(row.counts[countIndex(2, 3)]).toBe(1);
    expect(row.mature).toEqual([1, 0, 1, 0]);
    // Undo takes the mature count back with the rest.
    const stored = applyDelta(undefined, row)!;
    const undone = applyDelta(stored, answerDelta(event(2, 'b', 1, t0), inReview('b', 21), -1).get(slotOf(t0))!);
    expect(undone?.mature).toEqual([0, 0, 1, 0]);
    expect(undone?.counts[countIndex(2, 1)]).toBe(1);
  });

  it('takes an answer back to nothing, and the row goes', () => {
    const e = event(1, 'a', 2, t0);
    const stored = applyDelta(undefined, answerDelta(e, undefined).get(slotOf(t0))!);
    expect(stored?.counts[countIndex(0, 2)]).toBe(1);
    const twice = applyDelta(stored, answerDelta(event(2, 'b', 2, t0 + 1000), undefined).get(slotOf(t0))!);
    expect(twice?.counts[countIndex(0, 2)]).toBe(2);
    expect(twice?.durationMs).toBe(8000);
    const back = applyDelta(twice, answerDelta(e, undefined, -1).get(slotOf(t0))!);
    expect(back?.counts[countIndex(0, 2)]).toBe(1);
    expect(applyDelta(back, answerDelta(e, undefined, -1).get(slotOf(t0))!)).toBeUndefined();
  });

  it('never splits a slot across a study day, in zones a quarter or half hour off UTC', () => {
    for (const tz of ['Asia/Kathmandu', 'Asia/Kolkata', 'Australia/Eucla', 'America/St_Johns', 'America/Sao_Paulo', 'Pacific/Chatham']) {
      process.env.TZ = tz;
      for (const hour of [0, 4, 23]) {
        for (let day = 0; day < 400; day += 37) {
          const start = startOfStudyDay(t0 + day * 86_400_000, hour);
          expect(slotStart(slotOf(start)), `${tz} ${hour}h day ${day}`).toBe(start);
        }
      }
    }
  });
});
