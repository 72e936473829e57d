// What can still be read from a database the app could not start from, for the storage-failure
// screen's export (screens/recovery/StorageRecovery.svelte): like Anki's Check Database, so that a broken
// database never holds the only copy of a learner's progress. Opened without a schema (Dexie's
// dynamic mode), so a database of another version, or missing a table, still opens; read table by
// table, a table that fails skipped; every row checked as an import checks it, so that the file
// this makes is one the app takes back.
import Dexie from 'dexie';
import { buildProgressFile, type ProgressFile } from '../core/progress-file';
import { isUserCardData } from '../core/progress-records';
import { reviewRowProblem } from '../core/review-row';
import { compareEvents } from '../core/replay';
import { settingsRowChecker } from '../core/settings-rows';
import type { ReviewEvent, SettingsRow, UserCardData } from '../core/types';
import { DB_NAME } from './db';

export interface RescuedProgress {
  file: ProgressFile;
  /** Tables that exist but could not be read. */
  unreadableTables: string[];
  /** Rows read but left out: not what an import would accept. */
  skippedRows: number;
}

const TABLES = ['reviews', 'heldReviews', 'userCardData', 'settings', 'meta'] as const;

export async function rescueProgress(input: { appVersion: string; now: number; name?: string }): Promise<RescuedProgress> {
  const rows = await readTables(input.name ?? DB_NAME);
  let skippedRows = 0;
  const keep = <T>(list: unknown[], valid: (row: unknown) => boolean): T[] => {
    const kept = list.filter(valid) as T[];
    skippedRows += list.length - kept.length;
    return kept;
  };
  const isEvent = (row: unknown) => reviewRowProblem(row) === undefined;
  // The log first: an id both in the log and held apart keeps the log's copy.
  const events = new Map<string, ReviewEvent>();
  for (const event of [...keep<ReviewEvent>(rows.reviews, isEvent), ...keep<ReviewEvent>(rows.heldReviews, isEvent)]) {
    if (!events.has(event.id)) events.set(event.id, event);
  }
  const userCardData = keep<UserCardData>(rows.userCardData, isUserCardData);
  const checkSetting = settingsRowChecker();
  const settings = keep<SettingsRow>(rows.settings, (row) => isSettingsRow(row) && checkSetting({ key: row.key, value: row.value }) === undefined);
  const file = await buildProgressFile({
    appVersion: input.appVersion,
    deviceId: deviceIdOf(rows.meta),
    now: input.now,
    reviews: [...events.values()].sort(compareEvents),
    userCardData,
    settings,
  });
  return { file, unreadableTables: rows.unreadable, skippedRows };
}

async function readTables(name: string): Promise<Record<(typeof TABLES)[number], unknown[]> & { unreadable: string[] }> {
  const read = { reviews: [], heldReviews: [], userCardData: [], settings: [], meta: [], unreadable: [] as string[] } as Record<(typeof TABLES)[number], unknown[]> & {
    unreadable: string[];
  };
  if (!(await Dexie.exists(name))) return read;
  const db = new Dexie(name);
  try {
    await db.open();
    const present = new Set(db.tables.map((table) => table.name));
    for (const table of TABLES) {
      if (!present.has(table)) continue;
      try {
        read[table] = await db.table(table).toArray();
      } catch (error) {
        console.warn(error);
        read.unreadable.push(table);
      }
    }
  } catch (error) {
    // Not even opened: every table is unreadable.
    console.warn(error);
    read.unreadable.push(...TABLES);
  } finally {
    db.close();
  }
  return read;
}

function isSettingsRow(row: unknown): row is SettingsRow {
  if (typeof row !== 'object' || row === null || !Object.hasOwn(row, 'key') || !Object.hasOwn(row, 'value')) return false;
  const { key, value } = row as SettingsRow;
  // A file's row always has a value: JSON has no undefined.
  return typeof key === 'string' && key.length > 0 && key.length <= 100 && value !== undefined;
}

function deviceIdOf(meta: unknown[]): string {
  const row = meta.find((r): r is { key: string; value: unknown } => typeof r === 'object' && r !== null && (r as { key?: unknown }).key === 'deviceId');
  const id = row?.value;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : 'rescued';
}
