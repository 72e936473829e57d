import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { watchStorage, type StorageTrouble } from '../../../renderer/db/storage-health';

let n = 0;
const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((name) => Dexie.delete(name)));
});

function watched(): { db: FlashcardsDb; reports: StorageTrouble[] } {
  const name = `health-${++n}`;
  cleanup.push(name);
  const db = openFlashcardsDb(name);
  const reports: StorageTrouble[] = [];
  watchStorage(db, (trouble) => reports.push(trouble));
  return { db, reports };
}

describe('watchStorage', () => {
  it('reports a database deleted while open, and then refuses writes instead of recreating it empty', async () => {
    const { db, reports } = watched();
    await db.meta.put({ key: 'deviceId', value: 'x' });
    await Dexie.delete(db.name);
    expect(reports).toEqual(['deleted']);
    await expect(db.meta.put({ key: 'a', value: 1 })).rejects.toThrow();
    expect(await Dexie.exists(db.name)).toBe(false);
  });

  it('reports a newer version opened in another window, and stops writing', async () => {
    const { db, reports } = watched();
    await db.open();
    const newer = new Dexie(db.name);
    newer.version(1000).stores({ meta: 'key' });
    await newer.open();
    expect(reports).toEqual(['upgraded-elsewhere']);
    await expect(db.meta.get('deviceId')).rejects.toThrow();
    newer.close();
  });

  it('reports an upgrade blocked by an older window that will not let go', async () => {
    const name = `health-${++n}`;
    cleanup.push(name);
    // An old window at schema version 1 (Dexie stores it as 10) that ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('reviews', { keyPath: 'id' });
        request.result.createObjectStore('cardStates', { keyPath: 'cardId' });
        request.result.createObjectStore('meta', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = openFlashcardsDb(name);
    const reports: StorageTrouble[] = [];
    watchStorage(db, (trouble) => reports.push(trouble));
    const opening = db.open();
    await vi.waitFor(() => expect(reports).toEqual(['blocked']));
    old.close();
    await opening;
    expect(db.verno).toBe(7);
  });

  it('refuses to recreate a database deleted while its connection was closed under it', async () => {
    const { db, reports } = watched();
    await db.meta.put({ key: 'deviceId', value: 'x' });
    // The browser closes the connection (site data cleared); Dexie would reopen on the next query.
    const idb = db.backendDB();
    (idb.onclose as (() => void) | null)?.();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(db.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    await expect(db.meta.put({ key: 'a', value: 1 })).rejects.toThrow();
    expect(reports).toContain('deleted');
  });
});
