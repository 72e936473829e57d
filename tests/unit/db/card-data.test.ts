import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCardReviews, loadUserCardData } from '../../../renderer/db/card-data';
import { MAX_NOTE_LENGTH } from '../../../renderer/core/types';
import { openFlashcardsDb, type FlashcardsDb, type UserCardData } from '../../../renderer/db/db';
import { updateUserCardData } from '../../../renderer/db/user-card-store';

const t0 = Date.UTC(2026, 10, 25, 12);
let db: FlashcardsDb;
let n = 0;
const fresh = () => (db = openFlashcardsDb(`card-data-${++n}`));

afterEach(async () => {
  await db?.delete();
});

const data = (cardId: string, overrides: Partial<UserCardData> = {}): UserCardData => ({
  cardId,
  flag: 0,
  suspended: 0,
  buriedUntil: 0,
  note: '',
  seenHash: '',
  updatedAt: t0,
  ...overrides,
});

describe('card data reads', () => {
  it('loads every card’s user data keyed by card id', async () => {
    fresh();
    expect(await loadUserCardData(db)).toEqual(new Map());
    await db.userCardData.bulkPut([data('basics/a', { flag: 2 }), data('cloud/b', { suspended: 1, note: 'olhar de novo' })]);
    const loaded = await loadUserCardData(db);
    expect([...loaded.keys()].sort()).toEqual(['basics/a', 'cloud/b']);
    expect(loaded.get('basics/a')?.flag).toBe(2);
    expect(loaded.get('cloud/b')).toMatchObject({ suspended: 1, note: 'olhar de novo' });
  });

  it('loads one card’s answers, oldest first, from any device', async () => {
    fresh();
    await db.reviews.bulkAdd([
      { id: 'b-2', cardId: 'basics/a', rating: 3, reviewedAt: t0 + 2000, durationMs: 1, deviceId: 'two' },
      { id: 'z-1', cardId: 'basics/a', rating: 1, reviewedAt: t0, durationMs: 1, deviceId: 'one' },
      { id: 'c-3', cardId: 'cloud/b', rating: 4, reviewedAt: t0 + 1000, durationMs: 1, deviceId: 'one' },
      { id: 'a-1', cardId: 'basics/a', rating: 2, reviewedAt: t0, durationMs: 1, deviceId: 'two' },
    ]);
    expect((await loadCardReviews(db, 'basics/a')).map((r) => r.id)).toEqual(['a-1', 'z-1', 'b-2']);
    expect(await loadCardReviews(db, 'preparation/none')).toEqual([]);
  });
});

describe('updateUserCardData', () => {
  it('refuses a note longer than a progress file carries, and writes nothing', async () => {
    const db = openFlashcardsDb(`note-limit-${Math.random().toString(36).slice(2)}`);
    try {
      await updateUserCardData(db, 'basics/what-is-mlops', { note: 'x'.repeat(MAX_NOTE_LENGTH) }, 1);
      await expect(updateUserCardData(db, 'basics/what-is-mlops', { note: 'y'.repeat(MAX_NOTE_LENGTH + 1) }, 2)).rejects.toThrow(RangeError);
      expect((await db.userCardData.get('basics/what-is-mlops'))?.note).toBe('x'.repeat(MAX_NOTE_LENGTH));
    } finally {
      await db.delete();
    }
  });
});
