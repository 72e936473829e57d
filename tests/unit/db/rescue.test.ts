// The storage-failure screen's way out: a database the app cannot start from still gives up what
// can be read, as a file the app takes back, and can be replaced or deleted from inside the app.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProgressFile, serializeProgressFile } from '../../../renderer/core/progress-file';
import type { ReviewEvent, UserCardData } from '../../../renderer/core/types';
import { openFlashcardsDb } from '../../../renderer/db/db';
import { rescueProgress } from '../../../renderer/db/rescue';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { checkReplacement, exportRescued, replaceWith, startFresh } from '../../../renderer/services/storage-recovery';
import { sampleHost } from '../model/sample-host';
import { historyOf, NOW, userRow } from './fixtures';

let n = 0;
const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/**
 * A database with answers, marks and settings, some rows of which no import would accept (written
 * by another tool, or damaged), and a card-states table that fails to read, as a damaged one does:
 * the app cannot start from it.
 */
async function brokenDatabase() {
  const name = `broken-${++n}`;
  names.push(name);
  const db = openFlashcardsDb(name);
  const good = historyOf(20, 'laptop');
  await db.reviews.bulkAdd([...good, { id: 'bad', cardId: 'x', rating: 9 } as unknown as ReviewEvent]);
  await db.heldReviews.add({ ...historyOf(1, 'zulu')[0]!, reviewedAt: Date.UTC(1999, 1, 1) });
  await db.userCardData.bulkAdd([userRow('basics/what-is-mlops', { flag: 2, note: 'nota' }), { cardId: 'cloud/serverless', flag: 'red' } as unknown as UserCardData]);
  await db.settings.bulkAdd([
    { key: 'study', value: JSON.parse('{"toString": 1}') },
    { key: 'schedulingHistory', value: [] },
    { key: 'theme', value: 'dark' },
  ]);
  await db.meta.add({ key: 'deviceId', value: 'laptop-a' });
  db.cardStates.toArray = (() => Promise.reject(Object.assign(new Error('damaged'), { name: 'UnknownError' }))) as unknown as typeof db.cardStates.toArray;
  return { name, good, db };
}

describe('rescueProgress', () => {
  it('reads what it can from a database the app cannot start from, as a file the app takes back', async () => {
    const { name, good, db } = await brokenDatabase();
    await expect(AppModel.open(db, sampleHost, NOW)).rejects.toThrow('damaged');
    db.close();

    const { file, skippedRows, unreadableTables } = await rescueProgress({ appVersion: '0.2.0', now: NOW, name });
    expect(file.deviceId).toBe('laptop-a');
    expect(file.reviews).toHaveLength(21); // the 20 good answers and the held one
    expect(file.reviews).toEqual(expect.arrayContaining(good));
    expect(file.userCardData).toEqual([userRow('basics/what-is-mlops', { flag: 2, note: 'nota' })]);
    expect(file.settings.map((row) => row.key).sort()).toEqual(['schedulingHistory', 'theme']);
    expect(skippedRows).toBe(3);
    expect(unreadableTables).toEqual([]);
    expect(await parseProgressFile(serializeProgressFile(file))).toEqual({ ok: true, file });
  });

  it('skips a table that fails to read, and says which', async () => {
    const { name, db } = await brokenDatabase();
    db.close();
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      if (this.name === 'userCardData') throw new DOMException('damaged', 'UnknownError');
      return getAll.apply(this, args);
    };
    try {
      const { file, unreadableTables } = await rescueProgress({ appVersion: '0.2.0', now: NOW, name });
      expect(unreadableTables).toEqual(['userCardData']);
      expect(file.reviews).toHaveLength(21);
      expect(file.userCardData).toEqual([]);
    } finally {
      IDBObjectStore.prototype.getAll = getAll;
    }
  });

  it('gives an empty file for a database that does not exist', async () => {
    const { file, skippedRows } = await rescueProgress({ appVersion: '0.2.0', now: NOW, name: 'never-created' });
    expect(file.reviews).toEqual([]);
    expect(skippedRows).toBe(0);
  });
});

describe('the way out', () => {
  it('exports, replaces the database with a file or starts it fresh, and the app then starts', async () => {
    const { name, db } = await brokenDatabase();
    const saved: string[] = [];
    const host = { saveFile: async (_name: string, contents: string) => (saved.push(contents), { status: 'saved' as const }) };
    const outcome = await exportRescued(host, db, { appVersion: '0.2.0', now: NOW });
    expect(outcome).toEqual({ kind: 'saved', summary: { answers: 21, cards: 1, settings: 2, skippedRows: 3, unreadableTables: [] } });
    const checked = await checkReplacement(async () => new Blob([saved[0]!]));
    if (checked.kind !== 'ok') throw new Error('the rescued file was refused');

    // A write that fails replaces nothing, and the learner is told; what could be read was kept first.
    const written: string[] = [];
    const backups = { write: async (contents: Blob) => (written.push(await contents.text()), { name: 'b', createdAt: NOW, bytes: 1, reason: 'before-restore' as const }), list: async () => [], read: async () => new Blob([]), onQuit: () => {} };
    const bulkAdd = db.reviews.bulkAdd.bind(db.reviews);
    db.reviews.bulkAdd = (() => Promise.reject(new Error('damaged'))) as unknown as typeof bulkAdd;
    const before = await db.userCardData.toArray();
    expect(await replaceWith(db, checked.file, { appVersion: '0.2.0', now: NOW, backups })).toEqual({ kind: 'problem', problem: { code: 'write-failed' } });
    expect(written).toHaveLength(1);
    expect(await db.userCardData.toArray()).toEqual(before);
    db.reviews.bulkAdd = bulkAdd;

    // A replace that works: the app starts from it.
    expect(await replaceWith(db, checked.file, { appVersion: '0.2.0', now: NOW, backups: undefined })).toEqual({ kind: 'done' });
    db.close();
    const replaced = openFlashcardsDb(name);
    const model = await AppModel.open(replaced, sampleHost, NOW);
    expect(model.states.size).toBeGreaterThan(0);
    expect(model.held.count).toBe(1);

    // Starting fresh deletes it all, and tells the marker there is no progress to miss.
    const marker = new Map<string, string>();
    expect(await startFresh(replaced, { getItem: (k) => marker.get(k) ?? null, setItem: (k, v) => void marker.set(k, v) })).toBe(true);
    expect(await Dexie.exists(name)).toBe(false);
    expect(JSON.parse([...marker.values()][0]!)).toMatchObject({ reviewCount: 0 });
  });

  it('says so when the chosen file cannot be read or is not a progress file', async () => {
    expect(await checkReplacement(() => Promise.reject(new Error('gone')))).toEqual({ kind: 'problem', problem: { code: 'read-failed' } });
    expect(await checkReplacement(async () => new Blob(['{"format": "anki"}']))).toEqual({ kind: 'problem', problem: { code: 'foreign', where: undefined } });
  });
});
