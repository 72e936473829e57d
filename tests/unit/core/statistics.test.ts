import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudyCard } from '../../../renderer/core/study-card';
import { addAnswer, type SlotDeltas } from '../../../renderer/core/answer-slots';
import { stageOf } from '../../../renderer/core/card-stage';
import { buttonSpread, dailyRows, dueForecast, heatmap, lastDays, longestStreak, nextDays, retentionShare, stagesBySection, streakDays, totalsOf, trueRetention } from '../../../renderer/core/statistics';
import type { AnswerKind } from '../../../renderer/core/answer-slots';
import type { CardState, Rating } from '../../../renderer/core/types';

const originalTz = process.env.TZ;
beforeAll(() => void (process.env.TZ = 'America/Sao_Paulo')); // UTC-3, day starts at 4 am = 07:00 UTC
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 10, 15); // noon in São Paulo
const TODAY = Date.UTC(2026, 5, 10, 7);

const state = (cardId: string, s: CardState['state'], due: number, scheduledDays = 1): CardState => ({
  cardId, due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays, learningSteps: 0, reps: 1, lapses: 0, state: s, lastReview: 0,
});

/** Slots of answers to a card of `kind` before the answer, with that interval (1 day unless said). */
function slots(answers: [at: number, kind: AnswerKind, rating: Rating, scheduledDays?: number][]) {
  const deltas: SlotDeltas = new Map();
  answers.forEach(([at, kind, rating, scheduledDays], i) =>
    addAnswer(deltas, { id: String(i), cardId: 'c', rating, reviewedAt: at, durationMs: 1000, deviceId: 'd' }, kind === 0 ? undefined : state('c', kind, at, scheduledDays)),
  );
  return [...deltas.values()].sort((a, b) => a.slot - b.slot);
}

describe('statistics', () => {
  it('sums answers per study day: 3 am belongs to the day before', () => {
    const days = dailyRows(
      slots([
        [TODAY + HOUR, 0, 3],
        [TODAY + 2 * HOUR, 2, 1],
        [TODAY + 2 * HOUR, 2, 3],
        [TODAY - HOUR, 2, 4], // 3 am local: yesterday's study day
        [TODAY - 3 * DAY, 3, 2],
      ]),
      4,
    );
    expect(days.get(TODAY)).toEqual({ dayStart: TODAY, byKind: [1, 0, 2, 0], reviews: 2, reviewsPassed: 1, durationMs: 3000, buttons: [0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0] });
    expect(days.get(TODAY - DAY)?.byKind).toEqual([0, 0, 1, 0]);
    expect(days.get(TODAY - 3 * DAY)?.byKind).toEqual([0, 0, 0, 1]);
    expect(days.size).toBe(3);

    const week = lastDays(days, NOW, 4, 7);
    expect(week.map((d) => d.dayStart)).toEqual([6, 5, 4, 3, 2, 1, 0].map((n) => TODAY - n * DAY));
    expect(week.map((d) => d.byKind.reduce((a, b) => a + b))).toEqual([0, 0, 0, 1, 0, 1, 3]);
    expect(totalsOf(week)).toEqual({ answers: 5, durationMs: 5000, activeDays: 3, reviews: 3, retention: 2 / 3 });
    expect(totalsOf([]).retention).toBeUndefined();
  });

  it('counts a streak up to today, or up to yesterday while today has no answers yet', () => {
    const three = dailyRows(slots([[TODAY + HOUR, 0, 3], [TODAY - DAY + HOUR, 0, 3], [TODAY - 2 * DAY + HOUR, 0, 3], [TODAY - 4 * DAY, 0, 3]]), 4);
    expect(streakDays(three, NOW, 4)).toBe(3);
    const untilYesterday = dailyRows(slots([[TODAY - DAY + HOUR, 0, 3], [TODAY - 2 * DAY + HOUR, 0, 3]]), 4);
    expect(streakDays(untilYesterday, NOW, 4)).toBe(2);
    expect(streakDays(dailyRows(slots([[TODAY - 2 * DAY, 0, 3]]), 4), NOW, 4)).toBe(0);
  });

  it('keeps the current streak until today ends, and finds the longest one, across daylight-saving changes', () => {
    process.env.TZ = 'Europe/Berlin'; // clocks go forward on 2026-03-29 (a 23-hour day)
    try {
      for (const hour of [0, 4, 23]) {
        // Study days from 2026-03-25 to 2026-03-31 (across the change), a gap, then 2026-04-02 and 03.
        const starts = nextDays(new Date(2026, 2, 25, 12).getTime(), hour, 10);
        const studied = [0, 1, 2, 3, 4, 5, 6, 8, 9].map((i) => starts[i]!);
        const days = dailyRows(slots(studied.map((start) => [start + 30 * 60_000, 2, 3] as [number, AnswerKind, Rating])), hour);
        expect(days.size, `${hour}h`).toBe(9);
        expect(longestStreak(days, hour), `${hour}h`).toBe(7);
        // At the last minute of 2026-04-03's study day the streak is 2; on the 4th, before any answer, still 2.
        expect(streakDays(days, starts[9]! + 60_000, hour)).toBe(2);
        const fourth = nextDays(starts[9]!, hour, 2)[1]!;
        expect(streakDays(days, fourth + 60_000, hour)).toBe(2);
        // On the 5th, with no answer on the 4th, it is broken.
        expect(streakDays(days, nextDays(fourth, hour, 2)[1]! + 60_000, hour)).toBe(0);
        expect(longestStreak(new Map(), hour)).toBe(0);
      }
    } finally {
      process.env.TZ = 'America/Sao_Paulo';
    }
  });

  it('lays the last 12 months out a week a column, from a Sunday to today, darker for busier days', () => {
    const days = dailyRows(slots([[TODAY + HOUR, 0, 3], [TODAY + HOUR, 0, 3], [TODAY + HOUR, 0, 3], [TODAY + HOUR, 0, 3], [TODAY - DAY, 0, 3], [TODAY - 400 * DAY, 0, 3]]), 4);
    const { cells, max } = heatmap(days, NOW, 4);
    expect(max).toBe(4);
    expect(new Date(cells[0]!.dayStart).getDay()).toBe(0);
    expect(cells.at(-1)!.dayStart).toBe(TODAY);
    expect(cells.length).toBeGreaterThanOrEqual(365);
    expect(cells.length).toBeLessThan(372);
    for (const cell of cells) expect(cell.weekday).toBe(new Date(cell.dayStart).getDay());
    expect(cells.at(-1)).toMatchObject({ answers: 4, level: 4 });
    expect(cells.at(-2)).toMatchObject({ answers: 1, level: 1 });
    expect(cells.reduce((n, c) => n + c.answers, 0)).toBe(5); // the answer 400 days ago is outside
    expect(new Set(cells.map((c) => c.dayStart)).size).toBe(cells.length);
  });

  it('spreads the answer buttons by the card\'s stage before the answer: new, learning (and relearning), young, mature', () => {
    const days = dailyRows(
      slots([
        [TODAY + HOUR, 0, 3],
        [TODAY + HOUR, 0, 1],
        [TODAY + HOUR, 1, 2],
        [TODAY + HOUR, 3, 4],
        [TODAY + HOUR, 2, 1, 20],
        [TODAY + HOUR, 2, 3, 21],
        [TODAY - DAY, 2, 4, 100],
      ]),
      4,
    );
    expect(buttonSpread(days.values())).toEqual({ new: [1, 0, 1, 0], learning: [0, 1, 0, 1], young: [1, 0, 0, 0], mature: [0, 0, 1, 1] });
    expect(buttonSpread(lastDays(days, NOW, 4, 1))).toEqual({ new: [1, 0, 1, 0], learning: [0, 1, 0, 1], young: [1, 0, 0, 0], mature: [0, 0, 1, 0] });
  });

  it('measures true retention on review answers only, young against mature at 21 days, for each period', () => {
    const days = dailyRows(
      slots([
        [TODAY + HOUR, 2, 3, 5], // young, passed
        [TODAY + HOUR, 2, 1, 20], // young, failed
        [TODAY + HOUR, 2, 2, 21], // mature, passed (Hard passes)
        [TODAY + HOUR, 3, 1, 30], // relearning: not counted
        [TODAY + HOUR, 0, 1], // new: not counted
        [TODAY - HOUR, 2, 1, 60], // 3 am: yesterday's study day, mature, failed
        [TODAY - 5 * DAY, 2, 4, 2],
        [TODAY - 20 * DAY, 2, 4, 30],
        [TODAY - 200 * DAY, 2, 1, 30],
        [TODAY - 400 * DAY, 2, 1, 30], // beyond a year
      ]),
      4,
    );
    const r = trueRetention(days, NOW, 4);
    expect(r.today).toEqual({ young: { passed: 1, failed: 1 }, mature: { passed: 1, failed: 0 }, total: { passed: 2, failed: 1 } });
    expect(r.yesterday).toEqual({ young: { passed: 0, failed: 0 }, mature: { passed: 0, failed: 1 }, total: { passed: 0, failed: 1 } });
    expect(r.week.young).toEqual({ passed: 2, failed: 1 });
    expect(r.week.mature).toEqual({ passed: 1, failed: 1 });
    expect(r.month.mature).toEqual({ passed: 2, failed: 1 });
    expect(r.year.mature).toEqual({ passed: 2, failed: 2 });
    expect(retentionShare(r.today.total)).toBeCloseTo(2 / 3);
    expect(retentionShare(r.yesterday.young)).toBeUndefined();
  });

  it('forecasts due cards per day, overdue ones today, new and suspended ones nowhere', () => {
    const states = new Map([
      ['overdue', state('overdue', 2, NOW - 5 * DAY)],
      ['today', state('today', 1, NOW + HOUR)],
      ['tomorrow', state('tomorrow', 2, TODAY + DAY + 2 * HOUR)],
      ['far', state('far', 2, NOW + 90 * DAY)],
      ['new', state('new', 0, NOW)],
      ['suspended', state('suspended', 2, NOW)],
    ]);
    const userData = new Map([['suspended', { cardId: 'suspended', flag: 0, suspended: 1, buriedUntil: 0, note: '', seenHash: '', updatedAt: 0 } as const]]);
    expect(dueForecast(states, userData, [...states.keys(), 'never-seen'], NOW, 4, 3)).toEqual([2, 1, 0]);
  });

  it('puts each section\'s cards in a stage: new, learning, young, mature at 21 days', () => {
    expect(stageOf(undefined)).toBe('new');
    expect(stageOf(state('x', 3, 0))).toBe('learning');
    expect(stageOf(state('x', 2, 0, 20))).toBe('young');
    expect(stageOf(state('x', 2, 0, 21))).toBe('mature');
    const cards = [
      { id: 'basics/a', section: 'basics' },
      { id: 'basics/b', section: 'basics' },
      { id: 'own/000000000001', section: 'own:empresa-x', own: { locale: 'en', sectionName: 'Empresa X' } },
      { id: 'cloud/c', section: 'cloud' },
      { id: 'own/000000000002', section: 'own:empresa-x', own: { locale: 'en', sectionName: 'Empresa X' } },
    ] as StudyCard[];
    const states = new Map([
      ['basics/b', state('basics/b', 2, 0, 30)],
      ['own/000000000002', state('own/000000000002', 1, 0)],
    ]);
    // The learner's own sections after the syllabus's, with the name they gave them.
    expect(stagesBySection(cards, states)).toEqual([
      { section: 'basics', sectionName: '', counts: { new: 1, learning: 0, young: 0, mature: 1 } },
      { section: 'cloud', sectionName: '', counts: { new: 1, learning: 0, young: 0, mature: 0 } },
      { section: 'own:empresa-x', sectionName: 'Empresa X', counts: { new: 1, learning: 1, young: 0, mature: 0 } },
    ]);
  });

  it('keeps study days at the learner\'s hour across daylight-saving changes, for any hour', () => {
    process.env.TZ = 'Europe/Berlin'; // clocks go forward on 2026-03-29 and back on 2026-10-25
    try {
      for (const hour of [0, 4, 12, 23]) {
        for (const around of [Date.UTC(2026, 2, 29, 12), Date.UTC(2026, 9, 25, 12)]) {
          const now = around + 3 * DAY;
          const ahead = nextDays(around - 3 * DAY, hour, 7);
          const back = lastDays(new Map(), now, hour, 7).map((d) => d.dayStart);
          for (const starts of [ahead, back]) {
            expect(new Set(starts).size).toBe(7);
            for (const start of starts) expect([new Date(start).getHours(), new Date(start).getMinutes()], `${hour}h ${new Date(start).toString()}`).toEqual([hour, 0]);
            for (let i = 1; i < 7; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(23 * HOUR);
          }
          // An answer just before a day's start belongs to the day before; one at the start to that day.
          const start = ahead[4]!;
          const days = dailyRows(slots([[start - 60_000, 0, 3], [start, 0, 3]]), hour);
          expect([...days.keys()]).toEqual([ahead[3], start]);
        }
      }
    } finally {
      process.env.TZ = 'America/Sao_Paulo';
    }
  });
});
