// An import whose answers come in batches from a reader that is slower than the database (the
// check's worker reading a long file): the one transaction stays open while it waits, ends as an
// import from memory ends, and rolls back whole when the reading fails half-way or the file
// contradicts itself across batches.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckedProgress, ReviewSource } from '../../../renderer/core/review-source';
import type { ReviewEvent } from '../../../renderer/core/types';
import type { FlashcardsDb } from '../../../renderer/db/db';
import { importProgress, previewImport, replaceProgress } from '../../../renderer/db/import-progress';
import { dumpDatabase, restoreDatabase } from './dump';
import { DAY, freshDb, historyOf, NOW, progressFile, scheduler, studiedDb } from './fixtures';

const open: FlashcardsDb[] = [];
const track = (db: FlashcardsDb) => (open.push(db), db);
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

/** Batches of `size`, each handed over a timer later, as a worker's message is; `failAt` batch rejects instead. */
function slowSource(rows: readonly ReviewEvent[], size: number, failAt?: number): ReviewSource & { opened: number; closed: number } {
  const source = {
    count: rows.length,
    opened: 0,
    closed: 0,
    open() {
      source.opened++;
      let taken = 0;
      return {
        ready: false,
        next: () =>
          new Promise<ReviewEvent[] | null>((resolve, reject) =>
            setTimeout(() => {
              if (failAt !== undefined && taken === failAt) return reject(new Error('the file can no longer be read'));
              const batch = rows.slice(taken * size, (taken + 1) * size);
              taken++;
              resolve(batch.length > 0 ? batch : null);
            }, 2),
          ),
        close: () => void source.closed++,
      };
    },
  };
  return source;
}

async function streamed(reviews: ReviewEvent[], size: number, failAt?: number): Promise<CheckedProgress & { reviews: ReturnType<typeof slowSource> }> {
  const { reviews: _, ...rest } = await progressFile({ reviews });
  return { ...rest, reviews: slowSource(reviews, size, failAt) };
}

/** Two databases with the same rows, to compare a streamed import with one from memory. */
async function twins(answers: number): Promise<[FlashcardsDb, FlashcardsDb]> {
  const a = track(answers > 0 ? await studiedDb(answers) : freshDb());
  const b = track(freshDb());
  await restoreDatabase(b, await dumpDatabase(a));
  return [a, b];
}

describe('an import from a slow reader', () => {
  for (const local of [0, 9]) {
    it(`ends as an import from memory ends, into ${local === 0 ? 'an empty log' : 'a log with answers'}`, async () => {
      const [viaStream, viaMemory] = await twins(local);
      const reviews = [...historyOf(250, 'other', NOW - 300 * DAY), ...historyOf(40, 'zeta', NOW - 20 * DAY)];
      const file = await streamed(reviews, 37);
      expect(await previewImport(viaStream, file, { now: NOW })).toEqual(await previewImport(viaMemory, await progressFile({ reviews }), { now: NOW }));
      const result = await importProgress(viaStream, file, scheduler, { now: NOW });
      expect(result).toMatchObject({ ok: true, value: { added: 290 } });
      expect(result).toEqual(await importProgress(viaMemory, await progressFile({ reviews }), scheduler, { now: NOW }));
      expect(await dumpDatabase(viaStream)).toEqual(await dumpDatabase(viaMemory));
      // Each reading was closed: a worker left reading would hold its file.
      expect(file.reviews.closed).toBe(file.reviews.opened);
    });
  }

  for (const local of [0, 9]) {
    it(`changes nothing when the reading fails half-way, into ${local === 0 ? 'an empty log' : 'a log with answers'}`, async () => {
      const db = track(local > 0 ? await studiedDb(local) : freshDb());
      const before = await dumpDatabase(db);
      const file = await streamed(historyOf(200, 'other'), 30, 4);
      await expect(importProgress(db, file, scheduler, { now: NOW })).rejects.toThrow('can no longer be read');
      expect(await dumpDatabase(db)).toEqual(before);
      await expect(replaceProgress(db, file, scheduler, { now: NOW })).rejects.toThrow('can no longer be read');
      expect(await dumpDatabase(db)).toEqual(before);
      expect(file.reviews.closed).toBe(2);
    });
  }

  for (const local of [0, 9]) {
    it(`takes an answer repeated in a later batch once, and refuses one that differs, into ${local === 0 ? 'an empty log' : 'a log with answers'}`, async () => {
      const db = track(local > 0 ? await studiedDb(local) : freshDb());
      const reviews = historyOf(100, 'other');
      const repeated = await streamed([...reviews, reviews[3]!, reviews[60]!], 25);
      expect(await importProgress(db, repeated, scheduler, { now: NOW })).toMatchObject({ ok: true, value: { added: 100 } });
      expect(await db.reviews.count()).toBe(100 + local);

      const fresh = track(local > 0 ? await studiedDb(local) : freshDb());
      const before = await dumpDatabase(fresh);
      const forged = { ...reviews[3]!, rating: reviews[3]!.rating === 4 ? 3 : 4 } as ReviewEvent;
      const contradicting = await streamed([...reviews, forged], 25);
      expect(await importProgress(fresh, contradicting, scheduler, { now: NOW })).toEqual({ ok: false, error: 'conflicting-duplicate', detail: forged.id });
      expect(await dumpDatabase(fresh)).toEqual(before);
      expect(await replaceProgress(fresh, contradicting, scheduler, { now: NOW })).toEqual({ ok: false, error: 'conflicting-duplicate', detail: forged.id });
      expect(await dumpDatabase(fresh)).toEqual(before);
    });
  }
});
