// The interview plan in the app: the stored date and its changes, today's new cards coming from
// the plan while a date is set (and the normal limit otherwise), the readiness kept once a study
// day, and the answer times read from the log's indexes.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERVIEW_DATE_KEY, openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { loadAnswerTimes } from '../../../renderer/db/interview-date-store';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { dayKey } from '../../../renderer/model/interview-plan.svelte';
import { sampleDeck as deck, sampleHost as host } from './sample-host';

const DAY = 86_400_000;
// Noon, local time: the study day starts at 4 am, so `now + n * DAY` is n study days on.
const now = new Date(2026, 5, 1, 12).getTime();
const inDays = (n: number) => {
  const d = new Date(2026, 5, 1 + n);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
};
let db: FlashcardsDb;
let n = 0;

afterEach(async () => {
  await db?.delete();
});

async function openModel(): Promise<AppModel> {
  db = openFlashcardsDb(`interview-plan-${++n}`);
  const model = await AppModel.open(db, host, now);
  await model.useLocale(deck.locale);
  return model;
}

describe('InterviewPlan', () => {
  it('takes the new cards from the plan while a date is set, in the learner\'s section order, and from the settings once cleared', async () => {
    const model = await openModel();
    const plan = model.interviewPlan;
    expect(plan.limitsAt(now)).toBeUndefined();
    expect(model.queue(model.cards, now).counts.newCount).toBe(3); // the settings' 10 a day, 3 cards

    await plan.setDate({ date: inDays(14), time: null }, now);
    // 3 cards over the 12 study days up to 3 days before: 1 a day.
    expect(plan.limitsAt(now)?.newPerDay).toBe(1);
    expect(model.queue(model.cards, now).counts.newCount).toBe(1);
    expect(model.queue(model.cards, now).next?.id).toBe('basics/what-is-mlops');

    await plan.setSectionOrder(['cloud'], now + 1000);
    expect(model.queue(model.cards, now).next?.id).toBe('cloud/serverless');
    const row = await db.interviewDate.get(INTERVIEW_DATE_KEY);
    expect(row).toMatchObject({ hasTime: false, setAt: now, sectionOrder: ['cloud'], updatedAt: now + 1000 });

    await plan.clear(now + 2000);
    expect(await db.interviewDate.get(INTERVIEW_DATE_KEY)).toMatchObject({ interviewAt: 0, updatedAt: now + 2000 });
    expect(plan.limitsAt(now)).toBeUndefined();
    expect(model.queue(model.cards, now).counts.newCount).toBe(3);
  });

  it('plans what is left on each later day, and keeps each study day\'s readiness as first worked out', async () => {
    const model = await openModel();
    const plan = model.interviewPlan;
    await plan.setDate({ date: inDays(4), time: { hour: 9, minute: 30 } }, now);
    await plan.refresh(now);
    // 4 days left, so 2 days to introduce 3 cards in: 2 today, 1 tomorrow.
    expect(plan.plan).toMatchObject({ phase: 'introducing', daysLeft: 4, newToday: 2, remainingNew: 3, newPerDay: [2, 1, 0, 0, 0] });
    expect(plan.readiness?.overall).toBe(0);
    expect(plan.history.map((day) => [day.day, day.overall])).toEqual([[dayKey(new Date(2026, 5, 1, 4).getTime()), 0]]);

    await model.answer('basics/what-is-mlops', 3, now + 1000, 20_000);
    await plan.refresh(now + 2000);
    expect(plan.plan).toMatchObject({ newToday: 2, newLeftToday: 1, remainingNew: 2 });
    expect(plan.readiness!.overall).toBeGreaterThan(0);
    // The day's figure stays the first one.
    expect(plan.history.map((day) => day.overall)).toEqual([0]);

    await plan.refresh(now + DAY);
    expect(plan.plan).toMatchObject({ daysLeft: 3, newToday: 2, remainingNew: 2 });
    expect(plan.history).toHaveLength(2);
    expect(plan.history[1]!.overall).toBeGreaterThan(0);
    // Read back as stored, after a reload.
    await model.reload(now + DAY);
    expect(model.interviewPlan.history.map((day) => day.overall)).toEqual(plan.history.map((day) => day.overall));

    // After the interview: normal limits, and the outcome note is kept as plain text.
    await plan.refresh(now + 5 * DAY);
    expect(plan.plan?.phase).toBe('passed');
    expect(plan.limitsAt(now + 5 * DAY)).toBeUndefined();
    await plan.setOutcomeNote('  Went well\u0000\u202e <b>ok</b>\r\n', now + 5 * DAY);
    expect(plan.date?.outcomeNote).toBe('Went well <b>ok</b>');
  });

  it('says what to leave out over the ceiling, and the accepted proposal takes those facts out of the plan', async () => {
    const model = await openModel();
    const plan = model.interviewPlan;
    await plan.setDate({ date: inDays(1), time: null }, now);
    await plan.setCeiling(1, now);
    await plan.refresh(now);
    // Every card today (the plan is late), 3 × 30 s and their learning steps: over a minute.
    expect(plan.plan).toMatchObject({ introductionLate: true, newToday: 3, overCeiling: true, leaveOut: { sections: ['basics'], cards: 1 } });
    await plan.setLeftOut(['basics'], now + 1);
    await plan.refresh(now + 1);
    expect(plan.plan).toMatchObject({ newToday: 2, remainingNew: 2 });
    expect(model.queue(model.cards, now + 1).counts.newCount).toBe(2);
  });
});

describe('loadAnswerTimes', () => {
  it('assumes its times below 50 answers, then takes the medians of first answers and of the recent later ones', async () => {
    const model = await openModel();
    const [a, b, c] = deck.cards.map((card) => card.id);
    expect(await loadAnswerTimes(db, 0)).toEqual({ answers: 0, medianNewSeconds: null, medianReviewSeconds: null });
    let at = now;
    await model.answer(a!, 3, (at += 1000), 20_000);
    await model.answer(b!, 3, (at += 1000), 40_000);
    await model.answer(c!, 3, (at += 1000), 600_000); // left on screen: counts 5 min, still the largest
    for (let i = 0; i < 50; i += 1) await model.answer([a, b, c][i % 3]!, 3, (at += 60_000), i < 25 ? 8_000 : 12_000);
    expect(await loadAnswerTimes(db, model.reviewCount)).toEqual({ answers: 53, medianNewSeconds: 40, medianReviewSeconds: 10 });
  });
});
