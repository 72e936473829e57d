import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { loadCardStates, loadReviewCount } from '../../../renderer/db/progress-store';
import type { DeckFile } from '../../../content/schema';
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

describe('AppModel.open', () => {
  it('starts loading the saved language’s deck while it reads the rest, and useLocale takes it', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    await db.meta.put({ key: 'uiLocale', value: 'en' });
    const loads: string[] = [];
    const deck = { format: 'mlops-flashcards-deck', version: 1, locale: 'en', cards: [] } as unknown as DeckFile;
    const counting: Host = { ...host, loadDeck: async (locale) => (loads.push(locale), deck) };
    const model = await AppModel.open(db, counting);
    expect(loads).toEqual(['en']);
    await model.useLocale((await model.savedLocale())!);
    expect(loads).toEqual(['en']);
    expect(model.deck).toBe(deck);
  });

  it('reports a deck that fails to load when it is used, not on open', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    await db.meta.put({ key: 'uiLocale', value: 'pt-BR' });
    let attempts = 0;
    const failing: Host = { ...host, loadDeck: () => (attempts++, Promise.reject(new Error('offline'))) };
    const model = await AppModel.open(db, failing);
    await expect(model.useLocale('pt-BR')).rejects.toThrow('offline');
    // A failed load is not kept: the early load failed and was forgotten, and each use tries again.
    await expect(model.useLocale('pt-BR')).rejects.toThrow('offline');
    expect(attempts).toBe(3);
  });
});
