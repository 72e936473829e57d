// AppModel.answer draws ahead of the database: the live state changes before the write lands,
// and goes back if the write fails.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClockWrongError } from '../../../renderer/core/event-time';
import { replayReviews } from '../../../renderer/core/replay';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { loadUserCardData } from '../../../renderer/db/card-data';
import { loadCardStates, loadReviewCount } from '../../../renderer/db/review-log';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { keepAnswers, readKeptAnswers } from '../../../renderer/services/kept-answers';
import { memoryStorage } from '../services/memory-storage';
import { sampleDeck as deck, sampleHost as host } from './sample-host';

const [first, second] = deck.cards.map((c) => c.id);
const shown = (i: number) => ({ locale: deck.locale, hash: deck.cards[i]!.hash });
let db: FlashcardsDb;
let n = 0;

afterEach(async () => {
  await db?.delete();
});

async function openModel(): Promise<AppModel> {
  db = openFlashcardsDb(`app-model-${++n}`);
  const model = await AppModel.open(db, host);
  await model.useLocale(deck.locale);
  return model;
}

describe('AppModel.answer', () => {
  it('changes the live state before the write lands, and the writes then match it', async () => {
    const model = await openModel();
    const now = Date.now();
    const saved = model.answer(first!, 3, now, 1000, shown(0));
    // Before any await: the next card can be picked from this state in the same frame.
    expect(model.states.get(first!)?.reps).toBe(1);
    expect(model.userData.get(first!)?.seenHash).toBe(`${deck.locale}:${deck.cards[0]!.hash}`);
    expect(model.reviewCount).toBe(1);
    expect(model.today.newStudied).toBe(1);
    const again = model.answer(first!, 1, now + 60_000, 1000, shown(0));
    const other = model.answer(second!, 4, now + 120_000, 1000, shown(1));
    expect(model.states.get(first!)?.reps).toBe(2);
    await Promise.all([saved, again, other]);
    expect(await loadCardStates(db)).toEqual(model.states);
    expect(await loadUserCardData(db)).toEqual(model.userData);
    expect(await loadReviewCount(db)).toBe(3);
    expect(model.reviewCount).toBe(3);
  });

  it('puts the state and the counts back when the write fails', async () => {
    const model = await openModel();
    const now = Date.now();
    await model.answer(first!, 3, now, 1000);
    const before = { state: model.states.get(first!), today: model.today, count: model.reviewCount };
    db.reviews.add = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.reviews.add;
    const failed = model.answer(second!, 4, now + 1000, 1000);
    expect(model.states.has(second!)).toBe(true);
    await expect(failed).rejects.toThrow('disk full');
    expect(model.states.has(second!)).toBe(false);
    expect(model.userData.has(second!)).toBe(false);
    expect(model.states.get(first!)).toEqual(before.state);
    expect(model.today).toEqual(before.today);
    expect(model.reviewCount).toBe(before.count);
    expect(await loadReviewCount(db)).toBe(1);
  });

  it('takes back what the database holds when two pending answers of one card both fail', async () => {
    const model = await openModel();
    const now = Date.now();
    db.reviews.add = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.reviews.add;
    const once = model.answer(first!, 1, now, 1000);
    const twice = model.answer(first!, 3, now + 60_000, 1000);
    expect(model.states.get(first!)?.reps).toBe(2);
    await expect(once).rejects.toThrow('disk full');
    await expect(twice).rejects.toThrow('disk full');
    expect(model.states.has(first!)).toBe(false);
    expect(model.today.newStudied).toBe(0);
    expect(model.reviewCount).toBe(0);
  });

  it('keeps an answer still on its way when the screens re-read the database', async () => {
    const model = await openModel();
    const saved = model.answer(first!, 3, Date.now(), 1000, shown(0));
    // An import's reload, a language switch and a flag, all before the write has started.
    await Promise.all([model.reload(), model.useLocale(deck.locale), model.updateCard(first!, { flag: 2 })]);
    await saved;
    expect(model.states.get(first!)?.reps).toBe(1);
    expect(model.reviewCount).toBe(1);
    expect(model.userData.get(first!)).toMatchObject({ flag: 2, seenHash: `${deck.locale}:${deck.cards[0]!.hash}` });
    expect(await loadCardStates(db)).toEqual(model.states);
  });
});

describe('AppModel.answersOnTheirWay', () => {
  it('lists an answer, as the event the log gets, until its write lands', async () => {
    const model = await openModel();
    const now = Date.now();
    const saved = model.answer(first!, 3, now, 1234.4);
    const onItsWay = model.answersOnTheirWay();
    expect(onItsWay).toEqual([{ id: expect.any(String), cardId: first!, rating: 3, reviewedAt: now, durationMs: 1234, deviceId: model.deviceId }]);
    await saved;
    expect(await db.reviews.toArray()).toEqual(onItsWay);
    expect(model.answersOnTheirWay()).toEqual([]);
  });

  it('drops an answer whose write failed, and leaves out one written alongside a mock interview', async () => {
    const model = await openModel();
    const now = Date.now();
    const alongside = { tables: [db.mockInterviews], write: () => Promise.resolve() };
    const mock = model.answer(first!, 3, now, 1000, undefined, alongside);
    expect(model.answersOnTheirWay()).toEqual([]);
    await mock;
    db.reviews.add = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.reviews.add;
    const failed = model.answer(second!, 3, now + 1000, 1000);
    expect(model.answersOnTheirWay()).toHaveLength(1);
    await expect(failed).rejects.toThrow('disk full');
    expect(model.answersOnTheirWay()).toEqual([]);
  });

  it('kept on the page’s way out, an answer whose write died joins the log at the next start', async () => {
    const storage = memoryStorage();
    const model = await openModel();
    const name = db.name;
    const now = Date.now();
    const saved = model.answer(first!, 3, now, 1000).catch((error: unknown) => error);
    // The page goes away: main.ts keeps what is on its way, then the connection dies with the page.
    keepAnswers(storage, model.answersOnTheirWay());
    db.close();
    expect(await saved).toBeInstanceOf(Error);
    db = openFlashcardsDb(name);
    const next = await AppModel.open(db, host, now + 1000, undefined, db.open(), readKeptAnswers(storage));
    await next.useLocale(deck.locale);
    expect((await db.reviews.toArray()).map((e) => [e.cardId, e.rating, e.reviewedAt])).toEqual([[first!, 3, now]]);
    expect(next.reviewCount).toBe(1);
    expect(next.states.get(first!)?.reps).toBe(1);
    expect(await db.heldReviews.count()).toBe(0);
    expect(storage.data.size).toBe(0);
  });
});

describe('AppModel.useLocale', () => {
  it('keeps the saved language in step with the database when the deck fails to load', async () => {
    const model = await openModel();
    const failing = { en: Promise.reject(new Error('broken deck')) };
    failing.en.catch(() => {});
    const decks = model.decks as unknown as { get: (locale: string) => Promise<unknown> };
    const get = decks.get.bind(decks);
    decks.get = (locale) => (locale === 'en' ? failing.en : get(locale));
    await expect(model.useLocale('en')).rejects.toThrow('broken deck');
    expect(model.savedLocale).toBe('en');
    // Going back writes the choice again: the next start opens in the language on screen.
    await model.useLocale(deck.locale);
    expect(await db.meta.get('uiLocale')).toEqual({ key: 'uiLocale', value: deck.locale });
  });
});

describe('AppModel.open', () => {
  it('starts loading the saved language’s deck while it reads the rest, and useLocale takes it', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    await db.meta.put({ key: 'uiLocale', value: 'en' });
    const loads: string[] = [];
    const model = await AppModel.open(db, { ...host, loadDeck: async (locale) => (loads.push(locale), deck) });
    expect(loads).toEqual(['en']);
    expect(model.savedLocale).toBe('en');
    await model.useLocale(model.savedLocale!);
    expect(loads).toEqual(['en']);
    expect(model.deck).toBe(deck);
  });

  it('waits for the open under way instead of opening again', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    const opening = db.open();
    let opens = 0;
    const open = db.open.bind(db);
    db.open = (() => (opens++, open())) as typeof db.open;
    await AppModel.open(db, host, Date.now(), undefined, opening);
    expect(opens).toBe(0);
  });

  it('reports a deck that fails to load when it is used, not on open', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    await db.meta.put({ key: 'uiLocale', value: 'pt-BR' });
    let attempts = 0;
    const model = await AppModel.open(db, { ...host, loadDeck: () => (attempts++, Promise.reject(new Error('offline'))) });
    await expect(model.useLocale('pt-BR')).rejects.toThrow('offline');
    // The early load failed and was forgotten: each use tries again.
    await expect(model.useLocale('pt-BR')).rejects.toThrow('offline');
    expect(attempts).toBe(3);
  });
});

describe('AppModel under a wrong clock', () => {
  it('refuses an answer or a mark at a clock before 2000 before anything changes', async () => {
    const model = await openModel();
    const before = { states: model.states, userData: model.userData, today: model.today, count: model.reviewCount };
    const wrong = Date.UTC(1980, 0, 1);
    await expect(model.answer(first!, 3, wrong, 1000)).rejects.toBeInstanceOf(ClockWrongError);
    await expect(model.updateCard(first!, { flag: 1 }, wrong)).rejects.toBeInstanceOf(ClockWrongError);
    expect({ states: model.states, userData: model.userData, today: model.today, count: model.reviewCount }).toEqual(before);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.userCardData.count()).toBe(0);
  });

  it('goes on after a clock that ran ahead is set right: the queue draws, answers are recorded', async () => {
    const model = await openModel();
    const now = Date.now();
    const ahead = now + 3 * 86_400_000;
    await model.answer(first!, 3, ahead, 1000);
    // Corrected: the card answered "in three days" is not due, the others are.
    const queue = model.queue(deck.cards, now);
    expect(queue.next).toBeDefined();
    expect(queue.next!.id).not.toBe(first);
    await model.answer(second!, 3, now, 1000);
    // And the card answered ahead can be answered again (in free practice, say).
    const again = await model.answer(first!, 1, now + 1000, 1000);
    expect(again.next.lastReview).toBe(ahead);
    expect(model.states).toEqual(await loadCardStates(db));
    expect(model.states).toEqual(replayReviews(await db.reviews.toArray(), model.schedulerAt));
    expect(model.scheduler.preview(first!, model.states.get(first!), now)).toEqual({ 1: again.next.due, 2: again.next.due, 3: again.next.due, 4: again.next.due });
  });
});

describe('AppModel at the start', () => {
  it('moves held answers whose time has come into the log, and reports those still held', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    const now = Date.now();
    const event = (id: string, reviewedAt: number) => ({ id, cardId: first!, rating: 3 as const, reviewedAt, durationMs: 1000, deviceId: 'other' });
    const due = event('aaaaaaaaa-000000000001', now - 60_000);
    const later = event('aaaaaaaaa-000000000002', now + 5 * 86_400_000);
    await db.heldReviews.bulkAdd([due, later]);
    const model = await AppModel.open(db, host, now);
    await model.useLocale(deck.locale);
    expect(await db.reviews.toArray()).toEqual([due]);
    expect(model.states.get(first!)?.reps).toBe(1);
    expect(model.reviewCount).toBe(1);
    expect(model.held).toEqual({ count: 1, firstAt: later.reviewedAt, lastAt: later.reviewedAt, ready: 0 });
    await model.discardHeld();
    expect(model.held.count).toBe(0);
    expect(await db.heldReviews.count()).toBe(0);
  });

  it('names the settings whose stored value was bad, and stops once they are saved', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    await db.settings.put({ key: 'study', value: { newPerDay: -3, fuzz: 'yes', dayStartHour: 6 } });
    const model = await AppModel.open(db, host);
    expect(model.settingsFallbacks).toEqual(['newPerDay', 'fuzz']);
    expect(model.settings).toMatchObject({ newPerDay: 10, fuzz: true, dayStartHour: 6 });
    await model.saveSettings(model.settings);
    expect(model.settingsFallbacks).toEqual([]);
    await model.reload();
    expect(model.settingsFallbacks).toEqual([]);
  });
});

describe('AppModel at the start, with answers a page kept', () => {
  it('adds them to the log once, even one whose own write landed after all, then forgets them', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    const now = Date.now();
    const event = (id: string, cardId: string, reviewedAt: number) => ({ id, cardId, rating: 3 as const, reviewedAt, durationMs: 1000, deviceId: 'here' });
    const landed = event('aaaaaaaaa-000000000004', first!, now - 120_000);
    const lost = event('aaaaaaaaa-000000000005', second!, now - 60_000);
    await db.meta.put({ key: 'deviceId', value: 'here' });
    await db.reviews.add(landed);
    const taken = vi.fn();
    const model = await AppModel.open(db, host, now, undefined, db.open(), { events: [landed, lost], taken });
    expect(await db.reviews.orderBy('id').toArray()).toEqual([landed, lost]);
    expect(await db.heldReviews.count()).toBe(0);
    expect(model.states.get(second!)?.reps).toBe(1);
    expect(model.held.count).toBe(0);
    expect(taken).toHaveBeenCalledOnce();
  });

  it('leaves out answers given to another database: a new one does not hide that the old one was lost', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    const now = Date.now();
    const taken = vi.fn();
    const ofLost = { id: 'aaaaaaaaa-000000000007', cardId: first!, rating: 3 as const, reviewedAt: now - 60_000, durationMs: 1000, deviceId: 'deleted' };
    const model = await AppModel.open(db, host, now, undefined, db.open(), { events: [ofLost], taken });
    await model.useLocale(deck.locale);
    expect(model.reviewCount).toBe(0);
    expect(await db.heldReviews.count()).toBe(0);
    expect(model.deviceId).not.toBe('deleted');
    expect(taken).toHaveBeenCalledOnce();
  });

  it('starts anyway when they cannot be held, and keeps them for the next start', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    const now = Date.now();
    db.heldReviews.bulkPut = (() => Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))) as unknown as typeof db.heldReviews.bulkPut;
    const taken = vi.fn();
    const lost = { id: 'aaaaaaaaa-000000000006', cardId: first!, rating: 3 as const, reviewedAt: now - 60_000, durationMs: 1000, deviceId: 'here' };
    await db.meta.put({ key: 'deviceId', value: 'here' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const model = await AppModel.open(db, host, now, undefined, db.open(), { events: [lost], taken });
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
    warn.mockRestore();
    expect(model.reviewCount).toBe(0);
    expect(taken).not.toHaveBeenCalled();
  });
});

describe('AppModel at the start, when the held answers cannot be moved', () => {
  it('starts anyway, with the answers still held for the next start', async () => {
    db = openFlashcardsDb(`app-model-${++n}`);
    await db.open();
    const now = Date.now();
    const due = { id: 'aaaaaaaaa-000000000003', cardId: first!, rating: 3 as const, reviewedAt: now - 60_000, durationMs: 1000, deviceId: 'other' };
    await db.heldReviews.add(due);
    const bulkAdd = db.reviews.bulkAdd.bind(db.reviews);
    db.reviews.bulkAdd = (() => Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))) as unknown as typeof bulkAdd;
    const model = await AppModel.open(db, host, now);
    expect(model.held).toMatchObject({ count: 1, ready: 1 });
    expect(await db.reviews.count()).toBe(0);
    db.reviews.bulkAdd = bulkAdd;
    await model.reload(now);
    expect(model.held.count).toBe(0);
    expect(await db.reviews.toArray()).toEqual([due]);
  });
});

describe('AppModel seen versions', () => {
  it('records the version of the card the learner was shown, not the interface language’s', async () => {
    const model = await openModel();
    await model.answer(first!, 3, Date.now(), 1000, { locale: 'en', hash: 'english-text-hash' });
    expect(model.userData.get(first!)?.seenHash).toBe('en:english-text-hash');
    expect((await loadUserCardData(db)).get(first!)?.seenHash).toBe('en:english-text-hash');
  });

  it('writes the seen version only when it changes', async () => {
    const model = await openModel();
    // Each write of the row reads it first (update, then add for a card with none).
    const update = vi.spyOn(db.userCardData, 'update');
    const now = Date.now();
    await model.answer(first!, 1, now, 1000, { locale: 'en', hash: 'v1' });
    await model.answer(first!, 3, now + 60_000, 1000, { locale: 'en', hash: 'v1' });
    await model.answer(first!, 3, now + 120_000, 1000, { locale: 'en', hash: 'v2' });
    expect(update.mock.calls).toEqual([[first, { seenHash: 'en:v1' }], [first, { seenHash: 'en:v2' }]]);
    expect((await loadUserCardData(db)).get(first!)?.seenHash).toBe('en:v2');
  });
});

describe('AppModel.exportHistory', () => {
  it('takes in each answer as it is given, and reads the log again after an undo', async () => {
    const model = await openModel();
    const now = Date.now();
    expect(await model.exportHistory()).toEqual({ lastExportAt: undefined, firstReviewAt: undefined, lastReviewAt: undefined });
    await model.answer(first!, 3, now, 1000);
    // Without waiting for the write: the history follows the answer at once.
    const secondAnswer = model.answer(second!, 3, now + 60_000, 1000);
    expect(await model.exportHistory()).toEqual({ lastExportAt: undefined, firstReviewAt: now, lastReviewAt: now + 60_000 });
    await model.undo(await secondAnswer);
    expect(await model.exportHistory()).toEqual({ lastExportAt: undefined, firstReviewAt: now, lastReviewAt: now });
  });
});

describe('AppModel.cardReviews', () => {
  it('includes an answer still on its way to the database', async () => {
    const model = await openModel();
    const saved = model.answer(first!, 3, Date.now(), 1000, shown(0));
    const history = await model.cardReviews(first!);
    expect(history.map((e) => e.rating)).toEqual([3]);
    await saved;
  });
});
