// A full, ordered dump of every table: two dumps are equal exactly when the databases are.
import type { FlashcardsDb } from '../../../renderer/db/db';

export async function dumpDatabase(db: FlashcardsDb) {
  return db.transaction('r', db.tables, async () => {
    const dump: Record<string, unknown[]> = {};
    for (const table of db.tables) dump[table.name] = await table.toArray();
    return JSON.parse(JSON.stringify(dump)) as Record<string, unknown[]>;
  });
}

/** Puts back what dumpDatabase took, so each case of a property test starts from the same data. */
export async function restoreDatabase(db: FlashcardsDb, dump: Record<string, unknown[]>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkAdd(dump[table.name] ?? []);
    }
  });
}
