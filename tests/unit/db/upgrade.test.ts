// Upgrades a database written by schema version 1, exactly as v1 shipped, to the current schema
// and checks that nothing was lost.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { replayReviews } from '../../../renderer/core/replay';
import { createScheduler } from '../../../renderer/core/scheduler';
import type { ReviewEvent } from '../../../renderer/core/types';
import { openFlashcardsDb } from '../../../renderer/db/db';

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

describe('schema upgrades', () => {
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
    expect(db.verno).toBe(2);
    expect(await db.reviews.orderBy('id').toArray()).toEqual(reviews);
    expect(await db.cardStates.orderBy('cardId').toArray()).toEqual(states.sort((a, b) => a.cardId.localeCompare(b.cardId)));
    expect(await db.meta.get('uiLocale')).toEqual({ key: 'uiLocale', value: 'en' });
    expect(await db.userCardData.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    await db.delete();
  });
});
