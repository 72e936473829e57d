import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProgressFile, type ProgressFile } from '../../../renderer/core/progress-file';
import { replayReviews } from '../../../renderer/core/replay';
import { reviewsInMemory } from '../../../renderer/core/review-source';
import type { TaskProgress } from '../../../renderer/core/task-progress';
import type { FlashcardsDb } from '../../../renderer/db/db';
import { exportProgress, NO_LEARNER_CHANGES } from './fixtures';
import { importProgress, previewImport, replaceProgress } from '../../../renderer/db/import-progress';
import { loadCardStates, loadReviewCount } from '../../../renderer/db/review-log';
import { dumpDatabase } from './dump';
import { DAY, eventAt, freshDb, historyOf, NOW, progressFile, scheduler, studiedDb, userRow } from './fixtures';

const open: FlashcardsDb[] = [];
const track = (db: FlashcardsDb) => (open.push(db), db);
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

async function parsed(text: string): Promise<ProgressFile> {
  const result = await parseProgressFile(text);
  if (!result.ok) throw new Error(`fixture refused: ${result.error} ${result.detail ?? ''}`);
  return result.file;
}

async function expectStatesReplayed(db: FlashcardsDb) {
  expect(await loadCardStates(db)).toEqual(replayReviews(await db.reviews.toArray(), scheduler));
}

describe('importProgress', () => {
  it('adds the file\'s answers, replays them into card states, and keeps unknown cards', async () => {
    const db = track(await studiedDb());
    const before = await db.reviews.toArray();
    const incoming = historyOf(40, 'other');
    const file = await progressFile({ reviews: incoming });

    const preview = await previewImport(db, file, { now: NOW, knownCardIds: new Set(['basics/what-is-mlops', 'cloud/serverless', 'technical/explainability']) });
    expect(preview).toEqual({
      ok: true,
      value: { total: 40, newCount: 40, heldCount: 0, firstAt: incoming[0]!.reviewedAt, lastAt: incoming[39]!.reviewedAt, unknownCardCount: 10, userCardDataChanges: 0, settingsAdded: 0, learnerChanges: NO_LEARNER_CHANGES },
    });
    expect(await importProgress(db, file, scheduler, { now: NOW })).toEqual({ ok: true, value: { added: 40, held: 0, userCardDataChanges: 0, settingsAdded: 0, learnerChanges: NO_LEARNER_CHANGES } });

    const after = await db.reviews.toArray();
    expect(after).toHaveLength(before.length + 40);
    expect(after).toEqual(expect.arrayContaining([...before, ...incoming]));
    expect(await db.reviews.where('cardId').equals('removed/old-card').count()).toBe(10);
    await expectStatesReplayed(db);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const db = track(await studiedDb());
    const file = await progressFile({ reviews: historyOf(30, 'other'), userCardData: [userRow('basics/what-is-mlops', { flag: 1, updatedAt: NOW - DAY })], settings: [{ key: 'limit', value: 20 }] });
    const first = await importProgress(db, file, scheduler, { now: NOW });
    expect(first).toEqual({ ok: true, value: { added: 30, held: 0, userCardDataChanges: 1, settingsAdded: 1, learnerChanges: NO_LEARNER_CHANGES } });
    const dump = await dumpDatabase(db);

    expect(await previewImport(db, file, { now: NOW })).toMatchObject({ ok: true, value: { newCount: 0, userCardDataChanges: 0, settingsAdded: 0 } });
    expect(await importProgress(db, file, scheduler, { now: NOW })).toEqual({ ok: true, value: { added: 0, held: 0, userCardDataChanges: 0, settingsAdded: 0, learnerChanges: NO_LEARNER_CHANGES } });
    expect(await dumpDatabase(db)).toEqual(dump);
  });

  it('leaves two laptops with the same union after importing each other\'s exports', async () => {
    const a = track(await studiedDb(9));
    const b = track(await studiedDb(14));
    await b.userCardData.put(userRow('basics/what-is-mlops', { note: 'de B', updatedAt: NOW - DAY }));
    const exportOf = async (db: FlashcardsDb, deviceId: string) => exportProgress(db, { appVersion: '0.1.0', deviceId, now: NOW });
    const fromA = await exportOf(a, 'a');
    const fromB = await exportOf(b, 'b');

    expect((await importProgress(a, fromB, scheduler, { now: NOW })).ok).toBe(true);
    expect((await importProgress(b, fromA, scheduler, { now: NOW })).ok).toBe(true);

    const [dumpA, dumpB] = [await dumpDatabase(a), await dumpDatabase(b)];
    const byId = (rows: unknown[]) => [...(rows as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(dumpA.reviews!)).toEqual(byId(dumpB.reviews!));
    expect(dumpA.reviews).toHaveLength(23);
    expect(dumpA.cardStates).toEqual(dumpB.cardStates);
    expect(dumpA.userCardData).toEqual(dumpB.userCardData);
    // And a third round trip changes neither.
    expect(await importProgress(a, await exportOf(b, 'b'), scheduler, { now: NOW })).toMatchObject({ value: { added: 0, userCardDataChanges: 0 } });
    expect(await dumpDatabase(a)).toEqual(dumpA);
  });

  it('refuses an answer whose id is known here with other contents, and writes nothing', async () => {
    const db = track(await studiedDb());
    const [mine] = await db.reviews.toArray();
    const file = await progressFile({ reviews: [...historyOf(5, 'other'), { ...mine!, rating: mine!.rating === 1 ? 2 : 1 }] });
    const dump = await dumpDatabase(db);
    expect(await previewImport(db, file, { now: NOW })).toEqual({ ok: false, error: 'conflicting-duplicate', detail: mine!.id });
    expect(await importProgress(db, file, scheduler, { now: NOW })).toEqual({ ok: false, error: 'conflicting-duplicate', detail: mine!.id });
    expect(await dumpDatabase(db)).toEqual(dump);
  });

  it('rolls everything back when the disk is full half-way through', async () => {
    const db = track(await studiedDb());
    const file = await progressFile({ reviews: historyOf(20, 'other'), userCardData: [userRow('a/b', { note: 'n', updatedAt: NOW })] });
    const dump = await dumpDatabase(db);
    // The events are written, then the states fail: nothing of either may remain.
    const original = db.cardStates.bulkPut.bind(db.cardStates);
    db.cardStates.bulkPut = (() => Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))) as unknown as typeof original;
    await expect(importProgress(db, file, scheduler, { now: NOW })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    db.cardStates.bulkPut = original;
    expect(await dumpDatabase(db)).toEqual(dump);
  });

  it('replays answers imported from the past before this computer\'s later ones', async () => {
    const db = track(freshDb());
    const card = 'basics/what-is-mlops';
    await importProgress(db, await progressFile({ reviews: [eventAt(1, card, 3, NOW - 10 * DAY, 'here')] }), scheduler, { now: NOW });
    await importProgress(db, await progressFile({ reviews: [eventAt(2, card, 1, NOW - 20 * DAY, 'other')] }), scheduler, { now: NOW });
    await expectStatesReplayed(db);
    expect((await db.cardStates.get(card))!.reps).toBe(2);
  });
});

describe('importProgress progress, a file batch at a time', () => {
  // A file's answers come in batches, each written a chunk at a time: the bar counts the whole file.
  for (const [log, makeDb] of [['an empty log', freshDb], ['a log with answers', studiedDb]] as const) {
    it(`counts the writing of every batch out of the file's total, never going back (${log})`, async () => {
      const db = track(await makeDb());
      const file = await progressFile({ reviews: historyOf(50, 'other') });
      const reports: TaskProgress[] = [];
      const batched = { ...file, reviews: reviewsInMemory(file.reviews, 20) };

      const outcome = await importProgress(db, batched, scheduler, { now: NOW, chunkSize: 5, onProgress: (progress) => reports.push(progress) });
      expect(outcome).toMatchObject({ ok: true, value: { added: 50 } });
      const writing = reports.filter((progress) => progress.phase === 'writing');
      expect(new Set(writing.map((progress) => progress.total))).toEqual(new Set([50]));
      const done = writing.map((progress) => progress.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(done.at(-1)).toBe(50);
    });
  }
});

describe('importProgress with a large overlap (reads the whole log once)', () => {
  it('merges and refuses exactly as the per-answer path does', async () => {
    const db = track(freshDb());
    const old = historyOf(2_500, 'other');
    await importProgress(db, await progressFile({ reviews: old }), scheduler, { now: NOW });
    const later = historyOf(10, 'zeta', NOW - 5 * DAY);
    expect(await importProgress(db, await progressFile({ reviews: [...old, ...later] }), scheduler, { now: NOW })).toMatchObject({ ok: true, value: { added: 10 } });
    expect(await db.reviews.count()).toBe(2_510);
    await expectStatesReplayed(db);

    const dump = await dumpDatabase(db);
    const forged = [...old.slice(0, 2_400), { ...old[2_400]!, rating: old[2_400]!.rating === 4 ? 3 : 4 } as typeof old[number]];
    expect(await importProgress(db, await progressFile({ reviews: forged }), scheduler, { now: NOW })).toEqual({ ok: false, error: 'conflicting-duplicate', detail: old[2_400]!.id });
    expect(await dumpDatabase(db)).toEqual(dump);
  });
});

describe('replaceProgress (restoring a backup)', () => {
  it('makes the database exactly the file\'s, keeping the device id', async () => {
    const source = track(await studiedDb(7));
    const backup = await exportProgress(source, { appVersion: '0.1.0', deviceId: 'here', now: NOW });
    const db = track(await studiedDb(15));
    await db.settings.put({ key: 'extra', value: 1 });

    expect(await replaceProgress(db, backup, scheduler, { now: NOW })).toEqual({ ok: true, value: { reviews: 7, held: 0 } });
    const [restored, original] = [await dumpDatabase(db), await dumpDatabase(source)];
    expect(restored.reviews).toEqual(original.reviews);
    expect(restored.cardStates).toEqual(original.cardStates);
    expect(restored.userCardData).toEqual(original.userCardData);
    expect(restored.settings).toEqual(original.settings);
    expect(await db.meta.get('deviceId')).toEqual({ key: 'deviceId', value: 'here' });
  });
});

describe('the stored review count (start-up reads it instead of counting the log)', () => {
  it('follows an import, a refused import and a restore', async () => {
    const db = track(await studiedDb());
    expect(await loadReviewCount(db)).toBe(12);
    await importProgress(db, await progressFile({ reviews: historyOf(40, 'other') }), scheduler, { now: NOW });
    expect(await loadReviewCount(db)).toBe(52);
    const [mine] = await db.reviews.toArray();
    await importProgress(db, await progressFile({ reviews: [...historyOf(45, 'other'), { ...mine!, rating: mine!.rating === 1 ? 2 : 1 }] }), scheduler, { now: NOW });
    expect(await loadReviewCount(db)).toBe(52);
    const backup = await exportProgress(track(await studiedDb(7)), { appVersion: '0.1.0', deviceId: 'here', now: NOW });
    await replaceProgress(db, backup, scheduler, { now: NOW });
    expect(await loadReviewCount(db)).toBe(7);
    expect(await db.reviews.count()).toBe(7);
  });
});
