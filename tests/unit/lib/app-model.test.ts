import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { loadCardStates, loadReviewCount } from '../../../renderer/db/progress-store';
import type { Host } from '../../../renderer/host/host';
import { AppModel } from '../../../renderer/lib/app-model.svelte';

const host: Host = {
  kind: 'web',
  loadDeck: () => Promise.reject(new Error('no deck in this test')),
  saveFile: async () => ({ status: 'saved' }),
};
const t0 = Date.UTC(2026, 10, 25, 12);
let db: FlashcardsDb;
let n = 0;

afterEach(async () => {
  await db?.delete();
});

describe('AppModel.answer', () => {
  it('changes the live state before the write lands, and the write then matches it', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    const model = await AppModel.open(db, host);
    const saved = model.answer('basics/a', 3, t0, 1000);
    // Synchronously: the next card can be picked from this state in the same frame.
    expect(model.states.get('basics/a')?.reps).toBe(1);
    expect(model.reviewCount).toBe(1);
    const second = model.answer('basics/a', 1, t0 + 600_000, 1000);
    expect(model.states.get('basics/a')?.reps).toBe(2);
    await Promise.all([saved, second]);
    expect(await loadCardStates(db)).toEqual(model.states);
    expect(await loadReviewCount(db)).toBe(2);
    // A fresh start reads the same, with the count from meta.
    const reopened = await AppModel.open(openFlashcardsDb(db.name), host);
    expect(reopened.states).toEqual(model.states);
    expect(reopened.reviewCount).toBe(2);
  });

  it('puts the state and the count back when the write fails', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    const model = await AppModel.open(db, host);
    await model.answer('basics/a', 3, t0, 1000);
    const before = model.states.get('basics/a');
    db.reviews.add = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.reviews.add;
    const failed = model.answer('basics/a', 4, t0 + 600_000, 1000);
    expect(model.states.get('basics/a')).not.toBe(before);
    await expect(failed).rejects.toThrow('disk full');
    expect(model.states.get('basics/a')).toBe(before);
    expect(model.reviewCount).toBe(1);
    expect(await loadReviewCount(db)).toBe(1);
  });
});
