// Cancel in the Progress screen's actions: each long step ends as 'aborted', and the database is
// exactly as it was.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeProgressFile } from '../../../renderer/core/progress-file';
import type { TaskPhase, TaskProgress } from '../../../renderer/core/task-progress';
import type { FlashcardsDb } from '../../../renderer/db/db';
import type { BackupHost } from '../../../renderer/host/host';
import { applyImport, checkProgressText, readBackup, restoreBackup } from '../../../renderer/services/progress-files';
import { dumpDatabase } from '../db/dump';
import { DAY, historyOf, NOW, progressFile, scheduler, studiedDb } from '../db/fixtures';

const open: FlashcardsDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

function cancelAt(phase: TaskPhase) {
  const controller = new AbortController();
  const phases: TaskPhase[] = [];
  return {
    phases,
    signal: controller.signal,
    onProgress: (p: TaskProgress) => {
      phases.push(p.phase);
      if (p.phase === phase) controller.abort();
    },
  };
}

describe('cancelling', () => {
  it('the check of a picked file: aborted while comparing, nothing changed', async () => {
    const db = await studiedDb(40);
    open.push(db);
    const text = serializeProgressFile(await progressFile({ reviews: historyOf(3_000, 'other', NOW - 400 * DAY) }));
    const before = await dumpDatabase(db);
    const cancel = cancelAt('comparing');
    expect(await checkProgressText(db, text, { now: NOW, knownCardIds: new Set(), ...cancel })).toEqual({ kind: 'aborted' });
    expect(new Set(cancel.phases)).toEqual(new Set(['reading', 'checking', 'comparing']));
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('the import\'s write: aborted, the database unchanged', async () => {
    const db = await studiedDb(10);
    open.push(db);
    const before = await dumpDatabase(db);
    const cancel = cancelAt('replaying');
    expect(await applyImport(db, scheduler, await progressFile({ reviews: historyOf(500, 'other') }), NOW, cancel)).toEqual({ kind: 'aborted' });
    expect(cancel.phases).toContain('writing');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('a restore: aborted after the current state was kept, the database unchanged', async () => {
    const db = await studiedDb(10);
    open.push(db);
    const writes: string[] = [];
    const text = serializeProgressFile(await progressFile({ reviews: historyOf(300, 'other') }));
    const backups: BackupHost = {
      list: async () => [],
      read: async () => new Blob([text]),
      write: async (_contents, reason) => {
        writes.push(reason);
        return { name: 'b', createdAt: NOW, bytes: 1, reason };
      },
      onQuit: () => undefined,
    };
    const read = await readBackup(backups, 'old');
    if (read.kind !== 'ok') throw new Error(read.kind);
    const before = await dumpDatabase(db);
    const cancel = cancelAt('writing');
    expect(await restoreBackup(backups, db, scheduler, read.file, { appVersion: '0.1.0', deviceId: 'here' }, NOW, cancel)).toEqual({ kind: 'aborted' });
    expect(cancel.phases.slice(0, 2)).toEqual(['backing-up', 'writing']);
    expect(writes).toEqual(['before-restore']);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('is not what a full disk looks like: the browser\'s AbortError around a quota error is a problem', async () => {
    const db = await studiedDb(10);
    open.push(db);
    const before = await dumpDatabase(db);
    // How Chromium and Dexie report a transaction aborted for quota: an AbortError around it.
    const full = Object.assign(new Error('QuotaExceededError'), { name: 'AbortError', inner: Object.assign(new Error(''), { name: 'QuotaExceededError' }) });
    db.reviews.bulkAdd = (() => Promise.reject(full)) as unknown as typeof db.reviews.bulkAdd;
    const outcome = await applyImport(db, scheduler, await progressFile({ reviews: historyOf(50, 'other') }), NOW, { signal: new AbortController().signal });
    expect(outcome).toEqual({ kind: 'problem', problem: { code: 'quota' } });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
