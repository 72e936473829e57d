// Storage trouble the learner must hear about, never a silent loss:
// - blocked: this window's schema upgrade waits for another window still holding the old one.
// - upgraded-elsewhere: another window opened a newer version of the app; this one stops
//   writing (its code no longer matches the database) and asks to be reloaded.
// - deleted: the browser, the system or another program deleted the database while the app ran.
// - lost: the database is empty although this computer had progress (see services/loss-marker.ts).
import type { FlashcardsDb } from './db';

export type StorageTrouble = 'blocked' | 'upgraded-elsewhere' | 'deleted' | 'lost';

export class DatabaseRecreatedError extends Error {
  override name = 'DatabaseRecreatedError';
}

/** Subscribes before the database is opened, so a blocked upgrade is reported too. */
export function watchStorage(db: FlashcardsDb, report: (trouble: StorageTrouble) => void): void {
  let openedOnce = false;
  db.on('ready', () => void (openedOnce = true), true);
  db.on('blocked', () => report('blocked'));
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Dexie's default closes and silently reopens on the next query, which would recreate a
    // deleted database empty or fail against an upgraded one: close for good instead.
    db.close({ disableAutoOpen: true });
    report(event.newVersion ? 'upgraded-elsewhere' : 'deleted');
    return false;
  });
  // When the browser closes the connection (site data cleared, bfcache), Dexie reopens on the
  // next query. Had the database been deleted meanwhile, that reopen creates it anew: refuse
  // it, so no answer lands in an empty database the learner takes for theirs.
  db.on('populate', () => {
    if (!openedOnce) return;
    report('deleted');
    throw new DatabaseRecreatedError('the database was deleted while the app was running');
  });
}
