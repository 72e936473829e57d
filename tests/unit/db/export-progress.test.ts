import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProgressFile, serializeProgressFile } from '../../../renderer/core/progress-file';
import type { FlashcardsDb } from '../../../renderer/db/db';
import { readExportHistory, recordExport } from '../../../renderer/db/export-history';
import { exportForBackup, exportReviewsCsv } from '../../../renderer/db/export-progress';
import { exportProgress } from './fixtures';
import { DAY, freshDb, NOW, studiedDb } from './fixtures';

const open: FlashcardsDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

describe('export', () => {
  it('exports the log, the user data and the settings, in a file that parses back', async () => {
    const db = await studiedDb(6);
    open.push(db);
    const file = await exportProgress(db, { appVersion: '0.1.0', deviceId: 'here', now: NOW });
    expect(file.reviews).toHaveLength(6);
    expect(file.reviews.map((r) => r.reviewedAt)).toEqual([...file.reviews.map((r) => r.reviewedAt)].sort((a, b) => a - b));
    expect(file.userCardData.map((r) => r.cardId)).toEqual(['basics/what-is-mlops', 'behavioral/conflict', 'cloud/serverless']);
    expect(file.settings).toEqual([{ key: 'theme', value: 'dark' }]);
    expect(await parseProgressFile(serializeProgressFile(file))).toEqual({ ok: true, file });
    const { csv, count } = await exportReviewsCsv(db);
    expect(count).toBe(6);
    expect(csv.trim().split('\r\n')).toHaveLength(7);
  });

  it('keeps no backup of an empty database', async () => {
    const db = freshDb();
    open.push(db);
    expect(await exportForBackup(db, { appVersion: '0.1.0', deviceId: 'x', now: NOW })).toBeNull();
    await db.settings.put({ key: 'theme', value: 'dark' });
    expect(await (await exportForBackup(db, { appVersion: '0.1.0', deviceId: 'x', now: NOW }))?.text()).toContain('"theme"');
  });

  it('remembers the last export next to the span of the log', async () => {
    const db = await studiedDb(3);
    open.push(db);
    expect(await readExportHistory(db)).toEqual({ lastExportAt: undefined, firstReviewAt: NOW - 40 * DAY, lastReviewAt: NOW - 38 * DAY });
    await recordExport(db, NOW);
    expect((await readExportHistory(db)).lastExportAt).toBe(NOW);
  });
});
