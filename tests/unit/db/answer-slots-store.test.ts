// The statistics' slots are kept by every writer of the log, in its transaction, and always
// equal what a count of the whole log gives.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProgressFile, serializeProgressFile, type ProgressFile } from '../../../renderer/core/progress-file';
import { replayWithStats } from '../../../renderer/core/answer-slots';
import type { FlashcardsDb } from '../../../renderer/db/db';
import { importProgress, replaceProgress } from '../../../renderer/db/import-progress';
import { rebuildCardStates, recordAnswer, undoAnswer } from '../../../renderer/db/review-log';
import { buildReviewStats, isStatsBuilt, loadReviewStats } from '../../../renderer/db/answer-slots-store';
import { DAY, eventAt, freshDb, historyOf, NOW, progressFile, scheduler, studiedDb } from './fixtures';
import { newEventId } from '../../../renderer/core/event-id';

const open: FlashcardsDb[] = [];
const track = (db: FlashcardsDb) => (open.push(db), db);
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

/** The slots a count of the whole log gives, as stored (time order, empty slots left out). */
async function countedFromLog(db: FlashcardsDb) {
  const { deltas } = replayWithStats(await db.reviews.toArray(), scheduler);
  return [...deltas.values()].sort((a, b) => a.slot - b.slot);
}

async function parsed(file: Promise<ProgressFile>): Promise<ProgressFile> {
  const result = await parseProgressFile(serializeProgressFile(await file));
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

describe('review stats store', () => {
  it('builds the slots from the whole log once, then reads them', async () => {
    const db = track(await studiedDb(30));
    await db.reviewStats.clear(); // as a database upgraded from version 3 finds it
    expect(await isStatsBuilt(db)).toBe(false);
    let built = 0;
    const rows = await loadReviewStats(db, scheduler, () => (built += 1));
    expect(built).toBe(1);
    expect(rows).toEqual(await countedFromLog(db));
    expect(rows.reduce((n, r) => n + r.counts.reduce((a, b) => a + b), 0)).toBe(30);
    expect(await loadReviewStats(db, scheduler, () => (built += 1))).toEqual(rows);
    expect(built).toBe(1);
  });

  it('follows every answer and undo', async () => {
    const db = track(freshDb());
    await buildReviewStats(db, scheduler);
    const answers = [];
    for (let i = 0; i < 8; i++) {
      answers.push(await recordAnswer(db, scheduler, { id: newEventId(NOW + i * 7 * 60_000), cardId: i % 2 ? 'a' : 'b', rating: ((i % 4) + 1) as 1, now: NOW + i * 7 * 60_000, durationMs: 2500, deviceId: 'x' }));
    }
    expect(await db.reviewStats.toArray()).toEqual(await countedFromLog(db));
    await undoAnswer(db, answers.pop()!);
    await undoAnswer(db, answers.pop()!);
    expect(await db.reviewStats.toArray()).toEqual(await countedFromLog(db));
    for (const answer of answers.reverse()) await undoAnswer(db, answer);
    expect(await db.reviewStats.count()).toBe(0);
  });

  it('changes nothing when the answer\'s transaction fails', async () => {
    const db = track(freshDb());
    await buildReviewStats(db, scheduler);
    await recordAnswer(db, scheduler, { id: newEventId(NOW), cardId: 'a', rating: 3, now: NOW, durationMs: 1, deviceId: 'x' });
    const before = await db.reviewStats.toArray();
    const broken = { next: () => { throw new Error('boom'); } } as unknown as typeof scheduler;
    await expect(recordAnswer(db, broken, { id: newEventId(NOW + 1000), cardId: 'a', rating: 3, now: NOW + 1000, durationMs: 1, deviceId: 'x' })).rejects.toThrow('boom');
    expect(await db.reviewStats.toArray()).toEqual(before);
  });

  it('recounts the touched cards when an import brings answers older than ours', async () => {
    const db = track(await studiedDb(12));
    await buildReviewStats(db, scheduler);
    // The other laptop answered the same cards earlier: our first answers are no longer new.
    const older = [0, 1, 2, 3].map((i) => eventAt(i, ['basics/what-is-mlops', 'cloud/serverless'][i % 2]!, 3, NOW - 80 * DAY + i * DAY));
    const outcome = await importProgress(db, await parsed(progressFile({ reviews: [...older, ...historyOf(20, 'other')] })), scheduler, { now: NOW });
    expect(outcome.ok).toBe(true);
    expect(await db.reviewStats.toArray()).toEqual(await countedFromLog(db));
  });

  it('is replaced, and marked built, by a restore and by a rebuild', async () => {
    const db = track(await studiedDb(6));
    await replaceProgress(db, await parsed(progressFile({ reviews: historyOf(50, 'other') })), scheduler, { now: NOW });
    expect(await isStatsBuilt(db)).toBe(true);
    expect(await db.reviewStats.toArray()).toEqual(await countedFromLog(db));

    await db.reviewStats.clear();
    await db.meta.delete('reviewStatsBuilt');
    await rebuildCardStates(db, () => scheduler);
    expect(await isStatsBuilt(db)).toBe(true);
    expect(await db.reviewStats.toArray()).toEqual(await countedFromLog(db));
  });
});
