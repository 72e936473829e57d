// Upgrades a database written by schema version 1, exactly as v1 shipped, to the current schema
// and checks that nothing was lost.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseProgressFile, serializeProgressFile } from '../../../renderer/core/progress-file';
import { buildQueue, UNLIMITED } from '../../../renderer/core/queue';
import { replayReviews } from '../../../renderer/core/replay';
import { isAnswerRevised, seenHashOf } from '../../../renderer/core/revision';
import { createScheduler } from '../../../renderer/core/scheduler';
import type { ReviewEvent } from '../../../renderer/core/types';
import { openFlashcardsDb } from '../../../renderer/db/db';
import { exportProgress } from './fixtures';
import { importProgress } from '../../../renderer/db/import-progress';
import { countHiddenReviews, loadCardStates, loadReviewCount, recordAnswer } from '../../../renderer/db/review-log';
import { replayWithStats } from '../../../renderer/core/answer-slots';
import { isStatsBuilt, loadReviewStats } from '../../../renderer/db/answer-slots-store';
import { newEventId } from '../../../renderer/core/event-id';

const V1_STORES = { reviews: 'id, cardId, reviewedAt', cardStates: 'cardId, due', meta: 'key' };

function historyOf(count: number): ReviewEvent[] {
  const cards = ['basics/what-is-mlops', 'cloud/serverless', 'technical/explainability', 'removed/old-card'];
  const t0 = Date.UTC(2026, 0, 3, 8);
  return Array.from({ length: count }, (_, i) => ({
    id: `${(t0 + i * 3_600_000).toString(36).padStart(9, '0')}-${String(i).padStart(12, '0')}`,
    cardId: cards[i % cards.length]!,
    rating: ((i % 4) + 1) as 1 | 2 | 3 | 4,
    reviewedAt: t0 + i * 3_600_000,
    durationMs: 1000 + i,
    deviceId: i % 2 ? 'laptop-a' : 'laptop-b',
  }));
}

const V2_STORES = { ...V1_STORES, userCardData: 'cardId, flag, suspended', settings: 'key' };

const V4_STORES = { reviewStats: 'slot' };

describe('schema upgrades', () => {
  it('opens a version-5 database, drops its statistics slots (which cannot tell mature answers) and counts them again with them', async () => {
    const name = 'upgrade-v5';
    const v5 = new Dexie(name);
    v5.version(1).stores(V1_STORES);
    v5.version(2).stores(V2_STORES);
    v5.version(3).stores({});
    v5.version(4).stores(V4_STORES);
    v5.version(5).stores({ heldReviews: 'id, reviewedAt' });
    // One card answered Easy every 40 days: from its third answer on, its interval is past 21 days.
    const t0 = Date.UTC(2025, 0, 6, 9);
    const spaced: ReviewEvent[] = Array.from({ length: 8 }, (_, i) => ({
      id: `${(t0 + i * 40 * 86_400_000).toString(36).padStart(9, '0')}-spaced${String(i).padStart(6, '0')}`,
      cardId: 'technical/explainability', rating: 4, reviewedAt: t0 + i * 40 * 86_400_000, durationMs: 5000, deviceId: 'laptop-a',
    }));
    const reviews = [...historyOf(300), ...spaced];
    const scheduler = createScheduler();
    const states = replayReviews(reviews, scheduler);
    // The slots as v5 wrote them: 16 counts and no mature ones, marked built at layout 1.
    const oldSlots = new Map<number, { slot: number; counts: number[]; durationMs: number }>();
    for (const { slot, counts, durationMs } of replayWithStats(reviews, scheduler).deltas.values()) oldSlots.set(slot, { slot, counts, durationMs });
    await v5.table('reviews').bulkAdd(reviews);
    await v5.table('cardStates').bulkAdd([...states.values()]);
    await v5.table('reviewStats').bulkAdd([...oldSlots.values()]);
    await v5.table('meta').bulkAdd([{ key: 'deviceId', value: 'laptop-a' }, { key: 'reviewCount', value: reviews.length }, { key: 'reviewStatsBuilt', value: 1 }]);
    await v5.table('heldReviews').add({ ...historyOf(1)[0]!, id: 'zzzzzzzzz-heldanswer01', reviewedAt: Date.UTC(2030, 0, 1) });
    const before: Record<string, unknown[]> = {};
    for (const table of v5.tables) before[table.name] = await table.toArray();
    v5.close();

    const db = openFlashcardsDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    // The slots go and are no longer marked built; every other row stays as it was.
    expect(await db.reviewStats.count()).toBe(0);
    expect(await isStatsBuilt(db)).toBe(false);
    for (const table of ['reviews', 'cardStates', 'heldReviews', 'userCardData', 'settings']) expect(await db.table(table).toArray()).toEqual(before[table]);
    expect((await db.meta.toArray()).filter((row) => row.key !== 'reviewStatsBuilt')).toEqual(before.meta!.filter((row) => (row as { key: string }).key !== 'reviewStatsBuilt'));

    // An answer to the mature card before the first statistics, then the build: the slots count the whole log, mature answers apart.
    const now = Date.UTC(2026, 5, 1);
    expect(states.get('technical/explainability')!.scheduledDays).toBeGreaterThanOrEqual(21);
    await recordAnswer(db, scheduler, { id: newEventId(now), cardId: 'technical/explainability', rating: 1, now, durationMs: 1, deviceId: 'laptop-a' });
    const rows = await loadReviewStats(db, scheduler);
    expect(rows).toEqual([...replayWithStats(await db.reviews.toArray(), scheduler).deltas.values()].sort((a, b) => a.slot - b.slot));
    const mature = rows.reduce((sum, r) => r.mature.map((n, i) => n + sum[i]!), [0, 0, 0, 0]);
    expect(mature[0]).toBe(1); // the Again just given
    expect(mature[3]).toBeGreaterThanOrEqual(5); // the Easy answers once past 21 days
    expect(rows.reduce((n, r) => n + r.counts.reduce((a, b) => a + b), 0)).toBe(reviews.length + 1);
    expect(await isStatsBuilt(db)).toBe(true);
    await db.delete();
  });

  it('opens a version-4 database whose log holds answers from a wrong clock, and its export comes back', async () => {
    const name = 'upgrade-v4';
    const v4 = new Dexie(name);
    v4.version(1).stores(V1_STORES);
    v4.version(2).stores(V2_STORES);
    v4.version(3).stores({});
    v4.version(4).stores(V4_STORES);
    const now = Date.UTC(2026, 5, 1);
    // Recorded by a build that took any clock: one answer in 1999, one three days ahead.
    const reviews = [...historyOf(300), { ...historyOf(1)[0]!, id: '0000000aa-wrongclock01', reviewedAt: Date.UTC(1999, 2, 1) }, { ...historyOf(1)[0]!, id: 'zzzzzzzzz-aheadclock01', reviewedAt: now + 3 * 86_400_000 }];
    const scheduler = createScheduler();
    const { states, deltas } = replayWithStats(reviews, scheduler);
    await v4.table('reviews').bulkAdd(reviews);
    await v4.table('cardStates').bulkAdd([...states.values()]);
    await v4.table('reviewStats').bulkAdd([...deltas.values()]);
    await v4.table('meta').bulkAdd([{ key: 'deviceId', value: 'laptop-a' }, { key: 'reviewCount', value: reviews.length }, { key: 'reviewStatsBuilt', value: 1 }]);
    await v4.table('userCardData').add({ cardId: 'cloud/serverless', flag: 2, suspended: 0, buriedUntil: 0, note: 'n', seenHash: '', updatedAt: now - 1 });
    await v4.table('settings').add({ key: 'study', value: { newPerDay: 15 } });
    const before: Record<string, unknown[]> = {};
    for (const table of v4.tables) before[table.name] = await table.toArray();
    v4.close();

    const db = openFlashcardsDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    // Nothing moved or changed: a recorded answer stays where it was. (The statistics slots go at v7, tested above.)
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'reviewStats') continue;
      const kept = table === 'meta' ? rows.filter((row) => (row as { key: string }).key !== 'reviewStatsBuilt') : rows;
      expect(await db.table(table).toArray()).toEqual(kept);
    }
    expect(await db.heldReviews.count()).toBe(0);

    // Its export used to be refused whole; now the reader holds the two answers apart.
    const file = await exportProgress(db, { appVersion: '0.2.0', deviceId: 'laptop-a', now });
    const parsed = await parseProgressFile(serializeProgressFile(file));
    if (!parsed.ok) throw new Error(parsed.error);
    const other = openFlashcardsDb('upgrade-v4-reader');
    expect(await importProgress(other, parsed.file, scheduler, { now })).toMatchObject({ ok: true, value: { added: 300, held: 2 } });
    await other.delete();
    await db.delete();
  });

  it('opens a version-3 database, answers into it, and counts its whole log on the first statistics', async () => {
    const name = 'upgrade-v3';
    const v3 = new Dexie(name);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores(V2_STORES);
    v3.version(3).stores({});
    const reviews = historyOf(1200);
    const scheduler = createScheduler();
    await v3.table('reviews').bulkAdd(reviews);
    await v3.table('cardStates').bulkAdd([...replayReviews(reviews, scheduler).values()]);
    await v3.table('meta').bulkAdd([{ key: 'deviceId', value: 'laptop-a' }, { key: 'reviewCount', value: 1200 }]);
    v3.close();

    const db = openFlashcardsDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.reviews.orderBy('id').toArray()).toEqual(reviews);
    expect(await isStatsBuilt(db)).toBe(false);
    // Answers given before the first statistics land in the table the build then replaces.
    await recordAnswer(db, scheduler, { id: newEventId(Date.UTC(2026, 5, 1)), cardId: 'cloud/serverless', rating: 3, now: Date.UTC(2026, 5, 1), durationMs: 1, deviceId: 'laptop-a' });
    const rows = await loadReviewStats(db, scheduler);
    const { deltas } = replayWithStats(await db.reviews.toArray(), scheduler);
    expect(rows).toEqual([...deltas.values()].sort((a, b) => a.slot - b.slot));
    expect(rows.reduce((n, r) => n + r.counts.reduce((a, b) => a + b), 0)).toBe(1201);
    expect(await isStatsBuilt(db)).toBe(true);
    expect(await loadReviewCount(db)).toBe(1201);
    await db.delete();
  });

  it('opens a version-2 database and stores the count of its log, which the answers then keep', async () => {
    const name = 'upgrade-v2';
    const v2 = new Dexie(name);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores(V2_STORES);
    const reviews = historyOf(1500);
    await v2.table('reviews').bulkAdd(reviews);
    await v2.table('cardStates').bulkAdd([...replayReviews(reviews, createScheduler()).values()]);
    await v2.table('meta').bulkAdd([{ key: 'deviceId', value: 'laptop-a' }]);
    await v2.table('userCardData').add({ cardId: 'cloud/serverless', flag: 2, suspended: 0, buriedUntil: 0, note: 'n', seenHash: '', updatedAt: 1 });
    v2.close();

    const db = openFlashcardsDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.meta.get('reviewCount')).toEqual({ key: 'reviewCount', value: 1500 });
    expect(await db.reviews.orderBy('id').toArray()).toEqual(reviews);
    expect((await db.userCardData.get('cloud/serverless'))?.note).toBe('n');
    await recordAnswer(db, createScheduler(), { id: newEventId(Date.UTC(2026, 5, 1)), cardId: 'cloud/serverless', rating: 3, now: Date.UTC(2026, 5, 1), durationMs: 1, deviceId: 'laptop-a' });
    expect(await loadReviewCount(db)).toBe(1501);
    expect(await db.reviews.count()).toBe(1501);
    await db.delete();
  });

  it('opens a version-1 database full of history and keeps every row', async () => {
    const name = 'upgrade-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const reviews = historyOf(2000);
    const states = [...replayReviews(reviews, createScheduler()).values()];
    await v1.table('reviews').bulkAdd(reviews);
    await v1.table('cardStates').bulkAdd(states);
    await v1.table('meta').bulkAdd([{ key: 'deviceId', value: 'laptop-a' }, { key: 'uiLocale', value: 'en' }]);
    v1.close();

    const db = openFlashcardsDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.reviews.orderBy('id').toArray()).toEqual(reviews);
    expect(await db.cardStates.orderBy('cardId').toArray()).toEqual(states.sort((a, b) => a.cardId.localeCompare(b.cardId)));
    expect(await db.meta.get('uiLocale')).toEqual({ key: 'uiLocale', value: 'en' });
    expect(await db.meta.get('reviewCount')).toEqual({ key: 'reviewCount', value: 2000 });
    expect(await db.userCardData.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    await db.delete();
  });

  it('keeps every event through a new deck that edits, adds and removes cards', async () => {
    const name = 'upgrade-deck-change';
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const reviews = historyOf(2000);
    const scheduler = createScheduler();
    await v1.table('reviews').bulkAdd(reviews);
    await v1.table('cardStates').bulkAdd([...replayReviews(reviews, scheduler).values()]);
    v1.close();

    const db = openFlashcardsDb(name);
    const statesBefore = await loadCardStates(db);
    // Deck 1 had the four cards of the history. Deck 2 edits what-is-mlops, removes old-card and adds new-card.
    const deck2 = [
      { id: 'basics/what-is-mlops', hash: 'edited000000000' },
      { id: 'cloud/serverless', hash: 'same0000000000' },
      { id: 'technical/explainability', hash: 'same1111111111' },
      { id: 'basics/new-card', hash: 'new00000000000' },
    ];
    const deckIds = new Set(deck2.map((c) => c.id));

    // Every event stays; the removed card's are hidden from the counts, its state kept.
    expect(await db.reviews.count()).toBe(2000);
    expect((await loadReviewCount(db)) - (await countHiddenReviews(db, deckIds, statesBefore.keys()))).toBe(1500);
    expect(statesBefore.has('removed/old-card')).toBe(true);
    const now = Date.UTC(2026, 11, 1);
    expect(buildQueue({ cards: deck2, states: statesBefore, now, limits: UNLIMITED, today: { newStudied: 0, reviewsDone: 0 } }).counts.newCount).toBe(1);

    // The edited card keeps its schedule. Answered under deck 2, it records that version;
    // deck 3 revises it again, and the study screen can tell.
    expect((await loadCardStates(db)).get('basics/what-is-mlops')).toEqual(statesBefore.get('basics/what-is-mlops'));
    await recordAnswer(db, scheduler, { id: newEventId(now), cardId: 'basics/what-is-mlops', rating: 3, now, durationMs: 1, deviceId: 'a', seenHash: seenHashOf('pt-BR', 'edited000000000') });
    const seen = (await db.userCardData.get('basics/what-is-mlops'))?.seenHash;
    expect(isAnswerRevised(seen, 'pt-BR', 'edited000000000')).toBe(false);
    expect(isAnswerRevised(seen, 'pt-BR', 'edited-again000')).toBe(true);

    // And the export still carries all of it, the removed card's history included.
    const file = await exportProgress(db, { appVersion: '0.2.0', deviceId: 'a', now });
    const parsed = await parseProgressFile(serializeProgressFile(file));
    expect(parsed.ok && parsed.file.reviews.length).toBe(2001);
    expect(parsed.ok && parsed.file.reviews.filter((r) => r.cardId === 'removed/old-card').length).toBe(500);
    await db.delete();
  });
});
