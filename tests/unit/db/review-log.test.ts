import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ClockWrongError } from '../../../renderer/core/event-time';
import { replayReviews } from '../../../renderer/core/replay';
import { replayWithStats } from '../../../renderer/core/answer-slots';
import { createScheduler } from '../../../renderer/core/scheduler';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { allReviews, countHiddenReviews, getDeviceId, loadCardStates, loadReviewCount, loadTodayCounts, recordAnswer, undoAnswer } from '../../../renderer/db/review-log';
import { countToday } from '../../../renderer/core/today';
import { newEventId } from '../../../renderer/core/event-id';

const scheduler = createScheduler();
const t0 = Date.UTC(2026, 10, 25, 12);
let db: FlashcardsDb;
let n = 0;
const fresh = () => (db = openFlashcardsDb(`test-${++n}`));

afterEach(async () => {
  await db?.delete();
});

describe('progress store', () => {
  it('tells the cards new today from the card states as the log\'s first answers do', async () => {
    fresh();
    const steps = createScheduler({ learning_steps: ['1m', '10m'] });
    const cards = ['a', 'b', 'c', 'd', 'e', 'f'];
    const dayStart = t0 + 5 * 86_400_000;
    // A few days of answers, old cards and new ones answered again and again today.
    for (let i = 0; i < 90; i++) {
      const now = t0 + i * 2 * 3_600_000 + (i % 7) * 60_000;
      await recordAnswer(db, steps, { id: newEventId(now), cardId: cards[(i * 5) % (i < 62 ? 3 : 6)]!, rating: ((i % 4) + 1) as 1, now, durationMs: 1, deviceId: 'x' });
    }
    const log = await allReviews(db);
    const firsts = new Map<string, number>();
    for (const e of log) if (!firsts.has(e.cardId)) firsts.set(e.cardId, e.reviewedAt);
    const expected = countToday(log.filter((e) => e.reviewedAt >= dayStart), firsts, dayStart);
    expect(expected.newStudied).toBeGreaterThan(0);
    expect(expected.reviewsDone).toBeGreaterThan(0);
    expect(await loadTodayCounts(db, dayStart, log.at(-1)!.reviewedAt)).toEqual(expected);
  });

  it('keeps one device id per database', async () => {
    fresh();
    const id = await getDeviceId(db);
    expect(id).toMatch(/^[0-9a-z]{12}$/);
    expect(await getDeviceId(db)).toBe(id);
  });

  it('writes the event and the new state together, and they survive reopening', async () => {
    fresh();
    const name = db.name;
    await recordAnswer(db, scheduler, { id: newEventId(t0), cardId: 'basics/a', rating: 3, now: t0, durationMs: 4200.4, deviceId: 'dev' });
    await recordAnswer(db, scheduler, { id: newEventId(t0 + 600_000), cardId: 'basics/a', rating: 4, now: t0 + 600_000, durationMs: 1000, deviceId: 'dev' });
    db.close();
    db = openFlashcardsDb(name);
    const reviews = await allReviews(db);
    expect(reviews.map((r) => [r.cardId, r.rating, r.durationMs])).toEqual([
      ['basics/a', 3, 4200],
      ['basics/a', 4, 1000],
    ]);
    expect(await loadCardStates(db)).toEqual(replayReviews(reviews, scheduler));
  });

  it('writes nothing when the transaction fails half-way', async () => {
    fresh();
    const first = await recordAnswer(db, scheduler, { id: newEventId(t0), cardId: 'basics/a', rating: 3, now: t0, durationMs: 1, deviceId: 'dev' });
    // A colliding event id makes the add fail inside the transaction.
    const original = db.reviews.add.bind(db.reviews);
    db.reviews.add = (() => original(first.event)) as typeof db.reviews.add;
    await expect(recordAnswer(db, scheduler, { id: newEventId(t0 + 1), cardId: 'basics/b', rating: 3, now: t0 + 1, durationMs: 1, deviceId: 'dev' })).rejects.toThrow();
    expect(await db.reviews.count()).toBe(1);
    expect(await db.cardStates.get('basics/b')).toBeUndefined();
  });

  it('undo removes the event and restores the previous state', async () => {
    fresh();
    const first = await recordAnswer(db, scheduler, { id: newEventId(t0), cardId: 'basics/a', rating: 3, now: t0, durationMs: 1, deviceId: 'dev' });
    const second = await recordAnswer(db, scheduler, { id: newEventId(t0 + 600_000), cardId: 'basics/a', rating: 1, now: t0 + 600_000, durationMs: 1, deviceId: 'dev' });
    await undoAnswer(db, second);
    expect(await db.cardStates.get('basics/a')).toEqual(first.next);
    await undoAnswer(db, first);
    expect(await db.cardStates.get('basics/a')).toBeUndefined();
    expect(await db.reviews.count()).toBe(0);
  });

  it('records the seen hash with the answer, without counting it as an edit of the card', async () => {
    fresh();
    await db.userCardData.put({ cardId: 'basics/a', flag: 2, suspended: 0, buriedUntil: 0, note: 'n', seenHash: 'pt-BR:old', updatedAt: t0 - 5 });
    await recordAnswer(db, scheduler, { id: newEventId(t0), cardId: 'basics/a', rating: 3, now: t0, durationMs: 1, deviceId: 'dev', seenHash: 'pt-BR:new' });
    await recordAnswer(db, scheduler, { id: newEventId(t0), cardId: 'basics/b', rating: 3, now: t0, durationMs: 1, deviceId: 'dev', seenHash: 'pt-BR:bbb' });
    expect(await db.userCardData.get('basics/a')).toEqual({ cardId: 'basics/a', flag: 2, suspended: 0, buriedUntil: 0, note: 'n', seenHash: 'pt-BR:new', updatedAt: t0 - 5 });
    expect((await db.userCardData.get('basics/b'))?.seenHash).toBe('pt-BR:bbb');
    expect((await db.userCardData.get('basics/b'))!.updatedAt).toBe(0);
  });

  it('writes no seen hash when the answer fails', async () => {
    fresh();
    const first = await recordAnswer(db, scheduler, { id: newEventId(t0), cardId: 'basics/a', rating: 3, now: t0, durationMs: 1, deviceId: 'dev' });
    const original = db.reviews.add.bind(db.reviews);
    db.reviews.add = (() => original(first.event)) as typeof db.reviews.add;
    await expect(recordAnswer(db, scheduler, { id: newEventId(t0 + 1), cardId: 'basics/b', rating: 3, now: t0 + 1, durationMs: 1, deviceId: 'dev', seenHash: 'pt-BR:x' })).rejects.toThrow();
    expect(await db.userCardData.count()).toBe(0);
  });

  it('counts only the answers of cards in the deck', async () => {
    fresh();
    for (const [i, cardId] of ['basics/a', 'basics/a', 'removed/x', 'basics/b'].entries()) {
      await recordAnswer(db, scheduler, { id: newEventId(t0 + i * 1000), cardId, rating: 3, now: t0 + i * 1000, durationMs: 1, deviceId: 'dev' });
    }
    const answered = [...(await loadCardStates(db)).keys()];
    expect(await countHiddenReviews(db, new Set(['basics/a', 'basics/b']), answered)).toBe(1);
    expect(await countHiddenReviews(db, new Set(['basics/a', 'basics/b', 'removed/x']), answered)).toBe(0);
    expect(await loadReviewCount(db)).toBe(4);
    expect(await db.reviews.count()).toBe(4);
  });
});

describe('stored review count', () => {
  const answer = (cardId: string, now: number) => recordAnswer(db, scheduler, { id: newEventId(now), cardId, rating: 3, now, durationMs: 1, deviceId: 'dev' });

  it('is counted once for a log written before it existed, then kept by every answer and undo', async () => {
    fresh();
    await db.open();
    await db.reviews.bulkAdd([0, 1, 2].map((i) => ({ id: `00000000${i}-abcdefghijkl`, cardId: 'basics/a', rating: 3 as const, reviewedAt: t0 + i, durationMs: 1, deviceId: 'old' })));
    expect(await db.meta.get('reviewCount')).toBeUndefined();
    expect(await loadReviewCount(db)).toBe(3);
    expect(await db.meta.get('reviewCount')).toEqual({ key: 'reviewCount', value: 3 });

    await answer('basics/a', t0 + 10);
    const last = await answer('basics/b', t0 + 20);
    expect(await loadReviewCount(db)).toBe(5);
    await undoAnswer(db, last);
    expect(await loadReviewCount(db)).toBe(4);
    expect(await db.reviews.count()).toBe(4);
    expect(await countHiddenReviews(db, new Set(['basics/a']), ['basics/a'])).toBe(0);
  });

  it('does not move when the answer is not written', async () => {
    fresh();
    const first = await answer('basics/a', t0);
    expect(await loadReviewCount(db)).toBe(1);
    const original = db.reviews.add.bind(db.reviews);
    db.reviews.add = (() => original(first.event)) as typeof db.reviews.add;
    await expect(answer('basics/b', t0 + 1)).rejects.toThrow();
    expect(await loadReviewCount(db)).toBe(1);
  });
});

describe('answers under a wrong clock', () => {
  const answer = (cardId: string, rating: 1 | 2 | 3 | 4, now: number) => recordAnswer(db, scheduler, { id: newEventId(now), cardId, rating, now, durationMs: 1000, deviceId: 'dev' });

  it('refuses a time before 2000, writing nothing', async () => {
    fresh();
    await answer('basics/a', 3, t0);
    const before = { log: await allReviews(db), states: await loadCardStates(db), stats: await db.reviewStats.toArray() };
    await expect(answer('basics/a', 3, Date.UTC(1999, 11, 31, 23))).rejects.toBeInstanceOf(ClockWrongError);
    await expect(answer('basics/b', 3, 0)).rejects.toMatchObject({ name: 'ClockWrongError' });
    expect({ log: await allReviews(db), states: await loadCardStates(db), stats: await db.reviewStats.toArray() }).toEqual(before);
  });

  it('records an answer given before the card\'s last one (the clock was ahead, then corrected) as a replay would', async () => {
    fresh();
    const day = 86_400_000;
    await answer('basics/a', 3, t0 - 5 * day);
    await answer('basics/a', 4, t0 + 3 * day); // clock three days ahead
    await answer('basics/b', 3, t0 + 3 * day + 60_000);
    const earlier = await answer('basics/a', 1, t0); // clock set right: before the answer above
    await answer('basics/a', 3, t0 + 600_000);
    const log = await allReviews(db);
    expect(log.map((e) => e.reviewedAt)).toEqual([t0 - 5 * day, t0, t0 + 600_000, t0 + 3 * day, t0 + 3 * day + 60_000]);
    expect(await loadCardStates(db)).toEqual(replayReviews(log, scheduler));
    const { deltas } = replayWithStats(log, scheduler);
    expect(await db.reviewStats.toArray()).toEqual([...deltas.values()].sort((a, b) => a.slot - b.slot));
    // The later answer still decides when the card comes back.
    expect(earlier.next.lastReview).toBe(t0 + 3 * day);

    // Undo takes back exactly what such an answer changed.
    const last = await answer('basics/a', 2, t0 + 700_000);
    const before = { states: await loadCardStates(db), stats: await db.reviewStats.toArray() };
    await answer('basics/b', 1, t0 + 800_000);
    const again = await answer('basics/b', 4, t0 + 900_000);
    await undoAnswer(db, again);
    const afterUndo = await allReviews(db);
    expect(await loadCardStates(db)).toEqual(replayReviews(afterUndo, scheduler));
    expect(await db.reviewStats.toArray()).toEqual([...replayWithStats(afterUndo, scheduler).deltas.values()].sort((a, b) => a.slot - b.slot));
    expect(last.next).toEqual(before.states.get('basics/a'));
  });
});
