import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProgressFile, serializeProgressFile } from '../../../renderer/core/progress-file';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { exportProgress } from '../db/fixtures';
import type { BackupHost } from '../../../renderer/host/host';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { exportCsv, pickProgressFile, progressFiles, readBackup, restoreBackup } from '../../../renderer/services/progress-files';
import { sampleDeck, sampleHost } from '../model/sample-host';
import { dumpDatabase } from '../db/dump';
import { NOW, progressText, scheduler, studiedDb, historyOf } from '../db/fixtures';

const identity = { appVersion: '0.1.0', deviceId: 'here' };
const open: FlashcardsDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

function memoryBackups(files: Record<string, string> = {}, failWrites = false) {
  const writes: { reason: string; contents: string }[] = [];
  const host: BackupHost = {
    list: async () => [],
    read: async (name) => {
      const text = files[name];
      if (text === undefined) throw new Error('no such backup');
      return new Blob([text]);
    },
    write: async (contents, reason) => {
      if (failWrites) throw new Error('disk full');
      writes.push({ contents: await contents.text(), reason });
      return { name: `b-${reason}`, createdAt: NOW, bytes: contents.size, reason };
    },
    onQuit: () => undefined,
  };
  return { host, writes };
}

describe('restoring a backup', () => {
  it('first backs up the current state, then makes the backup\'s progress this computer\'s', async () => {
    const older = await studiedDb(4);
    const db = await studiedDb(10);
    open.push(older, db);
    const backupText = serializeProgressFile(await exportProgress(older, { ...identity, now: NOW }));
    const current = await dumpDatabase(db);
    const { host, writes } = memoryBackups({ old: backupText });

    const read = await readBackup(host, 'old');
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(await restoreBackup(host, db, scheduler, read.file, identity, NOW)).toEqual({ kind: 'done' });

    expect(writes.map((w) => w.reason)).toEqual(['before-restore']);
    const saved = await parseProgressFile(writes[0]!.contents);
    expect(saved.ok && saved.file.reviews).toHaveLength(10);
    expect((current.reviews as unknown[]).length).toBe(10);
    expect(await db.reviews.count()).toBe(4);
    expect((await dumpDatabase(db)).cardStates).toEqual((await dumpDatabase(older)).cardStates);
  });

  it('restores nothing when the current state cannot be backed up first', async () => {
    const db = await studiedDb(5);
    const other = await studiedDb(2);
    open.push(db, other);
    const before = await dumpDatabase(db);
    const file = await exportProgress(other, { ...identity, now: NOW });
    const { host } = memoryBackups({}, true);
    expect(await restoreBackup(host, db, scheduler, file, identity, NOW)).toEqual({ kind: 'problem', problem: { code: 'write-failed' } });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses a damaged or missing backup', async () => {
    const { host } = memoryBackups({ damaged: '{"format":"mlops-flashcards-progress",' });
    expect(await readBackup(host, 'damaged')).toEqual({ kind: 'problem', problem: { code: 'not-json', where: undefined } });
    expect(await readBackup(host, 'missing')).toEqual({ kind: 'problem', problem: { code: 'read-failed' } });
  });
});

describe('picking a file to import', () => {
  it('previews a valid file and reports cancellation', async () => {
    const db = await studiedDb(3);
    open.push(db);
    const text = await progressText({ reviews: historyOf(8, 'other') });
    let reading = 0;
    const picked = await pickProgressFile({ openProgressFile: async () => ({ status: 'opened', name: 'p.json', contents: new Blob([text]) }) }, db, {
      now: NOW,
      knownCardIds: new Set(['basics/what-is-mlops']),
      onReading: () => void reading++,
    });
    expect(picked).toMatchObject({ kind: 'preview', pending: { name: 'p.json', preview: { total: 8, newCount: 8, unknownCardCount: 6 } } });
    expect(reading).toBe(1);
    expect(await pickProgressFile({ openProgressFile: async () => ({ status: 'cancelled' }) }, db, { now: NOW, knownCardIds: new Set() })).toEqual({ kind: 'cancelled' });
    expect(await pickProgressFile({ openProgressFile: () => Promise.reject(new Error('gone')) }, db, { now: NOW, knownCardIds: new Set() })).toEqual({
      kind: 'problem',
      problem: { code: 'read-failed' },
    });
  });

  it('exports the log as CSV through the host', async () => {
    const db = await studiedDb(3);
    open.push(db);
    const saved: { name: string; contents: string | Blob; type: string }[] = [];
    const result = await exportCsv({ saveFile: async (name, contents, type) => (saved.push({ name, contents, type }), { status: 'saved' }) }, db, NOW);
    expect(result).toEqual({ result: { status: 'saved' }, count: 3 });
    expect(saved[0]).toMatchObject({ name: 'mlops-flashcards-reviews-2026-11-25.csv', type: 'text/csv' });
  });
});

describe('progressFiles(model)', () => {
  it('waits for an answer still on its way before it backs up or exports', async () => {
    const db = openFlashcardsDb(`progress-files-model-${Math.random().toString(36).slice(2)}`);
    try {
      const model = await AppModel.open(db, sampleHost);
      await model.useLocale(sampleDeck.locale);
      const card = sampleDeck.cards[0]!;
      // Not awaited: the answer's write starts after the next frame, the backup is asked for now.
      const answered = model.answer(card.id, 3, Date.now(), 1000, { locale: sampleDeck.locale, hash: card.hash });
      const contents = await progressFiles(model).backupContents();
      const parsed = await parseProgressFile(await contents!.text());
      expect(parsed.ok && parsed.file.reviews.map((r) => r.cardId)).toEqual([card.id]);
      await answered;
    } finally {
      await db.delete();
    }
  });
});
