// The one-transaction read of what the app keeps live: it must say what the separate reads say,
// for every day-start hour, and write only what a first start lacks.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../../renderer/core/scheduler';
import { DEFAULT_SETTINGS } from '../../../renderer/core/settings';
import { startOfStudyDay } from '../../../renderer/core/study-day';
import { readAppState } from '../../../renderer/db/app-state';
import { loadUserCardData } from '../../../renderer/db/card-data';
import { openFlashcardsDb, REVIEW_COUNT_KEY, type FlashcardsDb } from '../../../renderer/db/db';
import { getDeviceId, loadCardStates, loadReviewCount, loadTodayCounts, recordAnswer } from '../../../renderer/db/review-log';
import { keepReadinessDay, saveInterviewDate } from '../../../renderer/db/interview-date-store';
import { putOwnCards } from '../../../renderer/db/own-card-store';
import { loadSettings, saveLocale, saveSettings } from '../../../renderer/db/settings-store';
import type { OwnCard } from '../../../renderer/core/own-cards/own-card';
import type { InterviewDate } from '../../../renderer/core/plan/interview-date';
import { newEventId } from '../../../renderer/core/event-id';

const t0 = Date.UTC(2026, 10, 25, 12);
const HOUR = 3_600_000;
let db: FlashcardsDb;
let n = 0;
const fresh = () => (db = openFlashcardsDb(`app-state-${++n}`));

afterEach(async () => {
  await db?.delete();
});

describe('readAppState', () => {
  it('on a first start, writes a device id and a zero count, and finds nothing else', async () => {
    fresh();
    const read = await readAppState(db, t0);
    expect(read.deviceId).toMatch(/^[0-9a-z]{12}$/);
    expect(await getDeviceId(db)).toBe(read.deviceId);
    expect(read).toMatchObject({ savedLocale: undefined, reviewCount: 0, stored: { settings: DEFAULT_SETTINGS, history: [] } });
    expect(read.states.size).toBe(0);
    expect(read.today).toEqual({ dayStart: startOfStudyDay(t0, DEFAULT_SETTINGS.dayStartHour), newStudied: 0, reviewsDone: 0, newCardIds: new Set() });
  });

  it.each([0, 4, 12, 23])('says what the separate reads say, with the study day starting at %i h', async (dayStartHour) => {
    fresh();
    const scheduler = createScheduler({ learning_steps: ['1m', '10m'] });
    const cards = ['a', 'b', 'c', 'd', 'e'];
    // Three days of answers every 3 hours, up to a minute ago: some cards new today, some old.
    const now = t0 + 3 * 24 * HOUR + 30 * 60_000;
    for (let i = 0; i < 24; i++) {
      const at = now - (23 - i) * 3 * HOUR - 60_000;
      await recordAnswer(db, scheduler, { id: newEventId(at), cardId: cards[(i * 3) % (i < 16 ? 2 : 5)]!, rating: ((i % 4) + 1) as 1, now: at, durationMs: 1, deviceId: 'dev' });
    }
    await saveSettings(db, { ...DEFAULT_SETTINGS, dayStartHour }, t0);
    await saveLocale(db, 'en');
    const read = await readAppState(db, now);
    const dayStart = startOfStudyDay(now, dayStartHour);
    const today = await loadTodayCounts(db, dayStart, now);
    expect(today.newStudied + today.reviewsDone).toBeGreaterThan(0);
    expect(read.today).toEqual(today);
    expect(read).toMatchObject({ savedLocale: 'en', reviewCount: 24, deviceId: await getDeviceId(db) });
    expect(read.states).toEqual(await loadCardStates(db));
    expect(read.userData).toEqual(await loadUserCardData(db));
    expect(read.stored).toEqual(await loadSettings(db));
  });

  it('counts the log once in a database from before the count was kept', async () => {
    fresh();
    const scheduler = createScheduler();
    for (let i = 0; i < 3; i++) await recordAnswer(db, scheduler, { id: newEventId(t0 + i * HOUR), cardId: 'a', rating: 3, now: t0 + i * HOUR, durationMs: 1, deviceId: 'dev' });
    await db.meta.delete(REVIEW_COUNT_KEY);
    expect((await readAppState(db, t0 + 4 * HOUR)).reviewCount).toBe(3);
    expect((await db.meta.get(REVIEW_COUNT_KEY))?.value).toBe(3);
    expect(await loadReviewCount(db)).toBe(3);
  });

  it('reads the interview date with its own readiness series, and every own card row', async () => {
    fresh();
    const interviewAt = t0 + 10 * 24 * HOUR;
    const date: InterviewDate = { interviewAt, hasTime: false, ceilingMinutes: 40, sectionOrder: [], leftOut: [], setAt: t0, outcomeNote: '', updatedAt: t0 };
    await saveInterviewDate(db, date);
    const day = (d: string, at: number) => ({ day: d, interviewAt: at, overall: 0.5, bySection: {} });
    await keepReadinessDay(db, day('2026-11-20', interviewAt - 24 * HOUR)); // an earlier date's series
    await keepReadinessDay(db, day('2026-11-25', interviewAt));
    await keepReadinessDay(db, day('2026-11-26', interviewAt));
    const card = (id: string, deletedAt: number): OwnCard => ({
      id, kind: 'fact', locale: 'en', section: 'own:x', sectionName: 'X', prompt: `Prompt ${id}`, context: '', keyPoints: [],
      answer: 'Answer', tags: [], parent: '', createdAt: t0, updatedAt: t0 + deletedAt, deletedAt,
    });
    await putOwnCards(db, [card('own/aaaaaaaaaaaa', 0), card('own/bbbbbbbbbbbb', t0 + HOUR)]);

    const read = await readAppState(db, t0 + 2 * HOUR);
    expect(read.interview).toEqual({ date, history: [day('2026-11-25', interviewAt), day('2026-11-26', interviewAt)] });
    expect(read.ownCards.map((row) => [row.id, row.deletedAt])).toEqual([['own/aaaaaaaaaaaa', 0], ['own/bbbbbbbbbbbb', t0 + HOUR]]);

    // A cleared date (it travels in progress files as interviewAt 0) has no series.
    await saveInterviewDate(db, { ...date, interviewAt: 0, updatedAt: t0 + HOUR });
    expect((await readAppState(db, t0 + 2 * HOUR)).interview.history).toEqual([]);
  });
});
