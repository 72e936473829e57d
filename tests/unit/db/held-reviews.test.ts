// Answers whose time a computer's clock cannot accept are held apart, unchanged, never refused:
// a file with some of them stays usable, the held answers travel in every export, join the log
// once their time comes, and can be discarded.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProgressFile, serializeProgressFile, type ProgressFile } from '../../../renderer/core/progress-file';
import { replayReviews } from '../../../renderer/core/replay';
import { replayWithStats } from '../../../renderer/core/answer-slots';
import type { ReviewEvent } from '../../../renderer/core/types';
import type { FlashcardsDb } from '../../../renderer/db/db';
import { exportForBackup } from '../../../renderer/db/export-progress';
import { exportProgress, NO_LEARNER_CHANGES } from './fixtures';
import { discardHeldReviews, readHeldSummary, releaseHeldReviews } from '../../../renderer/db/held-reviews';
import { importProgress, previewImport, replaceProgress } from '../../../renderer/db/import-progress';
import { loadCardStates, loadReviewCount, recordAnswer } from '../../../renderer/db/review-log';
import { buildReviewStats } from '../../../renderer/db/answer-slots-store';
import { dumpDatabase } from './dump';
import { DAY, eventAt, freshDb, historyOf, NOW, progressFile, scheduler, studiedDb } from './fixtures';
import { newEventId } from '../../../renderer/core/event-id';

const open: FlashcardsDb[] = [];
const track = (db: FlashcardsDb) => (open.push(db), db);
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const card = 'basics/what-is-mlops';
/** Three days ahead of NOW (a clock that was ahead), before 2000 (a clock that was reset). */
const ahead = eventAt(900, card, 4, NOW + 3 * DAY, 'ahead');
const ancient = eventAt(901, 'cloud/serverless', 1, Date.UTC(1999, 5, 1), 'ancient');

async function parsed(file: Promise<ProgressFile> | ProgressFile): Promise<ProgressFile> {
  const result = await parseProgressFile(serializeProgressFile(await file));
  if (!result.ok) throw new Error(`fixture refused: ${result.error}`);
  return result.file;
}

/** The log replays into the stored states and slots: the held answers are in neither. */
async function expectDerivedFromLog(db: FlashcardsDb) {
  const log = await db.reviews.toArray();
  expect(await loadCardStates(db)).toEqual(replayReviews(log, scheduler));
  expect(await loadReviewCount(db)).toBe(log.length);
  const { deltas } = replayWithStats(log, scheduler);
  expect(await db.reviewStats.toArray()).toEqual([...deltas.values()].sort((a, b) => a.slot - b.slot));
}

describe('a file with answers out of the clock\'s range', () => {
  it('merges the others, holds those apart unchanged, and counts them in the preview', async () => {
    const db = track(await studiedDb());
    await buildReviewStats(db, scheduler);
    const inRange = historyOf(10, 'other');
    const file = await parsed(progressFile({ reviews: [...inRange, ahead, ancient] }));

    expect(await previewImport(db, file, { now: NOW })).toMatchObject({
      ok: true,
      value: { total: 12, newCount: 10, heldCount: 2, firstAt: inRange[0]!.reviewedAt, lastAt: inRange[9]!.reviewedAt },
    });
    expect(await importProgress(db, file, scheduler, { now: NOW })).toEqual({ ok: true, value: { added: 10, held: 2, userCardDataChanges: 0, settingsAdded: 0, learnerChanges: NO_LEARNER_CHANGES } });

    expect(await db.heldReviews.orderBy('id').toArray()).toEqual([ahead, ancient].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.reviews.bulkGet([ahead.id, ancient.id])).toEqual([undefined, undefined]);
    await expectDerivedFromLog(db);
    expect(await readHeldSummary(db, NOW)).toEqual({ count: 2, firstAt: ancient.reviewedAt, lastAt: ahead.reviewedAt, ready: 0 });

    // The same file again changes nothing, and says so.
    const dump = await dumpDatabase(db);
    expect(await previewImport(db, file, { now: NOW })).toMatchObject({ ok: true, value: { newCount: 0, heldCount: 0 } });
    expect(await importProgress(db, file, scheduler, { now: NOW })).toMatchObject({ ok: true, value: { added: 0, held: 0 } });
    expect(await dumpDatabase(db)).toEqual(dump);
  });

  it('refuses a file whose answer has a held answer\'s id with other contents', async () => {
    const db = track(await studiedDb());
    await importProgress(db, await parsed(progressFile({ reviews: [ahead] })), scheduler, { now: NOW });
    const dump = await dumpDatabase(db);
    const forged = await parsed(progressFile({ reviews: [{ ...ahead, rating: 1 }] }));
    expect(await importProgress(db, forged, scheduler, { now: NOW })).toEqual({ ok: false, error: 'conflicting-duplicate', detail: ahead.id });
    expect(await dumpDatabase(db)).toEqual(dump);
  });

  it('sends the held answers out in every export and backup, and the reader holds them again', async () => {
    const db = track(await studiedDb());
    await importProgress(db, await parsed(progressFile({ reviews: [ahead, ancient] })), scheduler, { now: NOW });
    const file = await exportProgress(db, { appVersion: '0.1.0', deviceId: 'here', now: NOW });
    expect(file.reviews).toEqual(expect.arrayContaining([ahead, ancient]));
    expect(file.reviews.map((e) => e.reviewedAt)).toEqual([...file.reviews.map((e) => e.reviewedAt)].sort((a, b) => a - b));

    const other = track(freshDb());
    expect(await importProgress(other, await parsed(file), scheduler, { now: NOW })).toMatchObject({ ok: true, value: { added: 12, held: 2 } });
    expect(await other.heldReviews.count()).toBe(2);
    // A backup holding nothing but held answers is still a backup.
    const onlyHeld = track(freshDb());
    await importProgress(onlyHeld, await parsed(progressFile({ reviews: [ancient] })), scheduler, { now: NOW });
    expect(await (await exportForBackup(onlyHeld, { appVersion: '0.1.0', deviceId: 'x', now: NOW }))?.text()).toContain(ancient.id);
  });

  it('restoring a backup holds them too, in place of what was held before', async () => {
    const db = track(await studiedDb());
    await importProgress(db, await parsed(progressFile({ reviews: [ancient] })), scheduler, { now: NOW });
    const backup = await parsed(progressFile({ reviews: [...historyOf(5, 'other'), ahead] }));
    expect(await replaceProgress(db, backup, scheduler, { now: NOW })).toEqual({ ok: true, value: { reviews: 5, held: 1 } });
    expect(await db.heldReviews.toArray()).toEqual([ahead]);
    await expectDerivedFromLog(db);
  });
});

describe('releasing held answers', () => {
  it('moves them into the log once the clock reaches them, replaying their cards in one go', async () => {
    const db = track(await studiedDb());
    await buildReviewStats(db, scheduler);
    await importProgress(db, await parsed(progressFile({ reviews: [ahead, ancient] })), scheduler, { now: NOW });
    expect(await releaseHeldReviews(db, scheduler, NOW)).toBe(0);

    // Two days on, the answer three days ahead is within a day of the clock: it joins the log.
    const later = NOW + 2 * DAY;
    expect((await readHeldSummary(db, later)).ready).toBe(1);
    expect(await releaseHeldReviews(db, scheduler, later)).toBe(1);
    expect(await db.reviews.get(ahead.id)).toEqual(ahead);
    expect(await db.heldReviews.toArray()).toEqual([ancient]); // before 2000: held until discarded
    await expectDerivedFromLog(db);

    await discardHeldReviews(db);
    expect(await readHeldSummary(db, later)).toEqual({ count: 0, firstAt: undefined, lastAt: undefined, ready: 0 });
  });

  it('leaves two laptops equal once the clock has caught up, whichever imported what', async () => {
    // Laptop A answered once with its clock three days ahead, then again at the right time.
    const a = track(freshDb());
    await recordAnswer(a, scheduler, { id: newEventId(NOW + 3 * DAY), cardId: card, rating: 3, now: NOW + 3 * DAY, durationMs: 1000, deviceId: 'a' });
    await recordAnswer(a, scheduler, { id: newEventId(NOW), cardId: card, rating: 2, now: NOW, durationMs: 1000, deviceId: 'a' });
    await recordAnswer(a, scheduler, { id: newEventId(NOW + 60_000), cardId: 'cloud/serverless', rating: 4, now: NOW + 60_000, durationMs: 1000, deviceId: 'a' });
    const b = track(await studiedDb(5));
    const exportOf = (db: FlashcardsDb, deviceId: string) => exportProgress(db, { appVersion: '0.1.0', deviceId, now: NOW + 120_000 });

    const fromA = await parsed(exportOf(a, 'a'));
    expect(await importProgress(b, fromA, scheduler, { now: NOW + 120_000 })).toMatchObject({ ok: true, value: { added: 2, held: 1 } });
    const fromB = await parsed(exportOf(b, 'b'));
    // A already has the answer B holds: nothing new, nothing held.
    expect(await importProgress(a, fromB, scheduler, { now: NOW + 120_000 })).toMatchObject({ ok: true, value: { added: 5, held: 0 } });

    expect(await releaseHeldReviews(b, scheduler, NOW + 2 * DAY + 120_000)).toBe(1);
    const [dumpA, dumpB] = [await dumpDatabase(a), await dumpDatabase(b)];
    const byId = (rows: unknown[]) => [...(rows as ReviewEvent[])].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(dumpB.reviews!)).toEqual(byId(dumpA.reviews!));
    expect(dumpB.cardStates).toEqual(dumpA.cardStates);
    expect(dumpA.heldReviews).toEqual([]);
    expect(dumpB.heldReviews).toEqual([]);
  });
});
