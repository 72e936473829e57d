// Imports, restores and rebuilds written a chunk at a time inside their one transaction: they report
// their progress up to the total, end exactly where a write in one piece ends, and an abort at any
// point leaves the database as it was.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createSchedulerTimeline } from '../../../renderer/core/scheduler';
import type { TaskPhase, TaskProgress } from '../../../renderer/core/task-progress';
import type { FlashcardsDb } from '../../../renderer/db/db';
import { importProgress, previewImport, replaceProgress } from '../../../renderer/db/import-progress';
import { rebuildCardStates } from '../../../renderer/db/review-log';
import { buildReviewStats } from '../../../renderer/db/answer-slots-store';
import { dumpDatabase, restoreDatabase } from '../../unit/db/dump';
import { DAY, freshDb, historyOf, NOW, progressFile, scheduler, studiedDb, userRow } from '../../unit/db/fixtures';

const open: FlashcardsDb[] = [];
const track = (db: FlashcardsDb) => (open.push(db), db);
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

/** Two databases holding the same rows: one for the write in chunks, one for the write in one piece. */
async function twins(answers = 30): Promise<[FlashcardsDb, FlashcardsDb]> {
  const a = track(await studiedDb(answers));
  await buildReviewStats(a, scheduler);
  const b = track(freshDb());
  await restoreDatabase(b, await dumpDatabase(a));
  return [a, b];
}

const WHOLE = { now: NOW, chunkSize: 1_000_000 };
const TINY = 7;

/** The reports of one run, and a check that each phase's count only grows and ends at its total. */
function recorder() {
  const reports: TaskProgress[] = [];
  return {
    reports,
    onProgress: (p: TaskProgress) => reports.push(p),
    phases: () => [...new Set(reports.map((r) => r.phase))],
    last: (phase: TaskPhase) => reports.filter((r) => r.phase === phase).at(-1),
    expectOrderly() {
      for (let i = 1; i < reports.length; i++) {
        const [before, now] = [reports[i - 1]!, reports[i]!];
        if (before.phase === now.phase) expect(now.done).toBeGreaterThanOrEqual(before.done);
        expect(now.done).toBeLessThanOrEqual(now.total);
      }
      for (const phase of this.phases()) expect(this.last(phase)!.done, phase).toBe(this.last(phase)!.total);
    },
  };
}

/** Aborts the run as soon as `phase` is reported (its first chunk is then written, and undone). */
function abortAt(phase: TaskPhase) {
  const controller = new AbortController();
  const seen: TaskPhase[] = [];
  return {
    signal: controller.signal,
    seen,
    onProgress: (p: TaskProgress) => {
      seen.push(p.phase);
      if (p.phase === phase) controller.abort();
    },
  };
}

describe('importProgress in chunks', () => {
  it('reports writing and replaying up to their totals and ends as the write in one piece does', async () => {
    const [chunked, whole] = await twins();
    // Older and newer answers on the same cards: the replay takes the old statistics out and puts them back.
    const file = await progressFile({ reviews: [...historyOf(40, 'other', NOW - 200 * DAY), ...historyOf(60, 'zeta')], userCardData: [userRow('cloud/serverless', { flag: 4, updatedAt: NOW })] });
    const touched = [...new Set(file.reviews.map((e) => e.cardId))];
    const localOfTouched = await chunked.reviews.where('cardId').anyOf(touched).count();
    expect(localOfTouched).toBeGreaterThan(TINY);
    const progress = recorder();

    const result = await importProgress(chunked, file, scheduler, { now: NOW, chunkSize: TINY, onProgress: progress.onProgress });
    expect(result).toEqual(await importProgress(whole, file, scheduler, WHOLE));
    expect(result).toMatchObject({ ok: true, value: { added: 100 } });
    expect(await dumpDatabase(chunked)).toEqual(await dumpDatabase(whole));

    // The answers written as they come; each card's earlier answers taken out of the statistics as
    // it is first touched (a replay inside the write), then every touched card replayed with its new ones.
    expect(progress.phases()).toEqual(['writing', 'replaying', 'saving']);
    progress.expectOrderly();
    expect(progress.last('writing')).toEqual({ phase: 'writing', done: 100, total: 100 });
    const replayed = localOfTouched + 100;
    expect(progress.last('replaying')).toEqual({ phase: 'replaying', done: replayed, total: replayed });
  });

  it('compares a file with a long local log batch by batch, and reports it', async () => {
    const [chunked, whole] = await twins(3);
    const first = await progressFile({ reviews: historyOf(3_000, 'other', NOW - 400 * DAY) });
    await importProgress(chunked, first, scheduler, WHOLE);
    await importProgress(whole, first, scheduler, WHOLE);
    // Most of the file is known here: each batch is looked up in the log.
    const second = await progressFile({ reviews: [...historyOf(3_000, 'other', NOW - 400 * DAY), ...historyOf(50, 'zeta', NOW - 3 * DAY)] });
    const progress = recorder();

    const preview = await previewImport(chunked, second, { now: NOW, chunkSize: 100, onProgress: progress.onProgress });
    expect(preview).toEqual(await previewImport(whole, second, WHOLE));
    expect(progress.last('comparing')).toEqual({ phase: 'comparing', done: 3_050, total: 3_050 });
    progress.expectOrderly();

    const result = await importProgress(chunked, second, scheduler, { now: NOW, chunkSize: 100 });
    expect(result).toEqual(await importProgress(whole, second, scheduler, WHOLE));
    expect(await dumpDatabase(chunked)).toEqual(await dumpDatabase(whole));
  });

  for (const phase of ['writing', 'replaying', 'saving'] as const) {
    it(`leaves the database unchanged when aborted while ${phase}`, async () => {
      const db = track(await studiedDb(20));
      await buildReviewStats(db, scheduler);
      const before = await dumpDatabase(db);
      const file = await progressFile({ reviews: historyOf(200, 'other'), userCardData: [userRow('a/b', { note: 'n', updatedAt: NOW })], settings: [{ key: 'limit', value: 3 }] });
      const abort = abortAt(phase);

      await expect(importProgress(db, file, scheduler, { now: NOW, chunkSize: TINY, ...abort })).rejects.toMatchObject({ name: 'AbortError' });
      expect(abort.seen).toContain(phase);
      expect(await dumpDatabase(db)).toEqual(before);
    });
  }
});

describe('replaceProgress in chunks', () => {
  it('ends as the restore in one piece does, with its progress up to the total', async () => {
    const [chunked, whole] = await twins(12);
    const history = [{ from: NOW - 300 * DAY, params: { desiredRetention: 0.8, learningSteps: ['1m'], relearningSteps: ['10m'], fuzz: false } }];
    const file = await progressFile({ reviews: historyOf(90, 'other'), settings: [{ key: 'schedulingHistory', value: history }] });
    const progress = recorder();

    await replaceProgress(chunked, file, scheduler, { now: NOW, chunkSize: TINY, onProgress: progress.onProgress });
    await replaceProgress(whole, file, scheduler, WHOLE);
    expect(await dumpDatabase(chunked)).toEqual(await dumpDatabase(whole));
    expect(progress.phases()).toEqual(['writing', 'replaying', 'saving']);
    expect(progress.last('writing')).toEqual({ phase: 'writing', done: 90, total: 90 });
    expect(progress.last('replaying')).toEqual({ phase: 'replaying', done: 90, total: 90 });
    progress.expectOrderly();
  });

  it('leaves the database unchanged when aborted after the log was cleared and rewritten', async () => {
    const db = track(await studiedDb(15));
    const before = await dumpDatabase(db);
    const abort = abortAt('replaying');
    await expect(replaceProgress(db, await progressFile({ reviews: historyOf(120, 'other') }), scheduler, { now: NOW, chunkSize: TINY, ...abort })).rejects.toMatchObject({ name: 'AbortError' });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('rebuildCardStates in chunks', () => {
  it('reads the log in pages and ends as the rebuild in one piece does', async () => {
    const [chunked, whole] = await twins(40);
    const timeline = createSchedulerTimeline([]);
    // Something to repair: a state that the log does not explain.
    for (const db of [chunked, whole]) await db.cardStates.update('cloud/serverless', { reps: 99 });
    const progress = recorder();

    const states = await rebuildCardStates(chunked, timeline, { chunkSize: TINY, onProgress: progress.onProgress });
    expect(states).toEqual(await rebuildCardStates(whole, timeline, WHOLE));
    expect(await dumpDatabase(chunked)).toEqual(await dumpDatabase(whole));
    expect(progress.phases()).toEqual(['reading-history', 'replaying', 'saving']);
    expect(progress.last('reading-history')).toEqual({ phase: 'reading-history', done: 40, total: 40 });
    progress.expectOrderly();
  });

  it('leaves the old states when aborted', async () => {
    const db = track(await studiedDb(30));
    await db.cardStates.update('cloud/serverless', { reps: 99 });
    const before = await dumpDatabase(db);
    const abort = abortAt('saving');
    await expect(rebuildCardStates(db, createSchedulerTimeline([]), { chunkSize: TINY, ...abort })).rejects.toMatchObject({ name: 'AbortError' });
    expect(abort.seen).toContain('saving');
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
