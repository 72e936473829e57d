// Direct IndexedDB access from the test, through the page: to seed a state the UI cannot
// reach quickly (an export a week old, a revised card) and to dump every table.
import type { Page } from '@playwright/test';

export const DB_NAME = 'mlops-flashcards';

/** Every table of the app's database, each sorted by key, as plain JSON. */
export function dumpIndexedDb(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      dump[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return dump;
  }, DB_NAME);
}

export function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  return page.evaluate(
    async ({ name, store, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DB_NAME, store, rows },
  );
}

/**
 * Starts a read-write transaction over `stores` that keeps itself alive until the page goes away:
 * the app's writes to those stores wait behind it, as behind a slow disk.
 */
export function holdStores(page: Page, stores: string[]): Promise<void> {
  return page.evaluate(
    async ({ name, stores }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = db.transaction(stores, 'readwrite').objectStore(stores[0]!);
      const spin = () => (store.count().onsuccess = spin);
      spin();
    },
    { name: DB_NAME, stores },
  );
}
