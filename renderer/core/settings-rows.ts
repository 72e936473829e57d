// The settings rows a progress file brings. A key the app reads is checked against its schema; any
// other key (from a later version of the app) is kept as it came, but only within bounds, so that
// no file can store a value this app could not read back, copy into IndexedDB or write out again.
import * as v from 'valibot';
import { SCHEDULING_HISTORY_KEY, SchedulingHistorySchema, STUDY_SETTINGS_KEY, StoredSettingsSchema } from './settings';
import type { SettingsRow } from './types';

/** A Map, so that a key such as `toString` or `__proto__` is only ever an unknown key. */
const KNOWN_ROWS: ReadonlyMap<string, v.GenericSchema> = new Map<string, v.GenericSchema>([
  [STUDY_SETTINGS_KEY, StoredSettingsSchema],
  [SCHEDULING_HISTORY_KEY, SchedulingHistorySchema],
]);

/** Keys this version does not know, all told. */
export const MAX_UNKNOWN_SETTINGS = 100;
/** Their values together, as UTF-8 JSON. */
export const MAX_UNKNOWN_SETTINGS_BYTES = 64 * 1024;
/**
 * Arrays and objects inside one another in a value. Copying, hashing and writing a value all
 * recurse, and tens of thousands of levels overflow the stack: depth is measured without
 * recursion, before anything else touches the value.
 */
export const MAX_SETTING_DEPTH = 16;

export type SettingsRowProblem = { error: 'setting-invalid' | 'settings-too-large'; key: string };

/**
 * A checker for the rows of one file, in order: each call says what is wrong with the row, given
 * the rows accepted before it. A refused row uses up none of the bounds.
 */
export function settingsRowChecker(): (row: SettingsRow) => SettingsRowProblem | undefined {
  const unknownKeys = new Set<string>();
  let unknownBytes = 0;
  return (row) => {
    const schema = KNOWN_ROWS.get(row.key);
    const deep = isDeeperThan(row.value, MAX_SETTING_DEPTH);
    if (schema) return !deep && v.is(schema, row.value) ? undefined : { error: 'setting-invalid', key: row.key };
    const tooLarge = { error: 'settings-too-large', key: row.key } as const;
    if (deep || (!unknownKeys.has(row.key) && unknownKeys.size >= MAX_UNKNOWN_SETTINGS)) return tooLarge;
    const bytes = jsonBytes(row.value, MAX_UNKNOWN_SETTINGS_BYTES - unknownBytes);
    if (bytes === undefined) return tooLarge;
    unknownKeys.add(row.key);
    unknownBytes += bytes;
    return undefined;
  };
}

/** The first problem of a file's settings, if any. */
export function checkSettingsRows(rows: readonly SettingsRow[]): (SettingsRowProblem & { index: number }) | undefined {
  const check = settingsRowChecker();
  for (let index = 0; index < rows.length; index++) {
    const problem = check(rows[index]!);
    if (problem) return { ...problem, index };
  }
  return undefined;
}

/** Without recursion: whether arrays and objects nest more than `max` levels deep. */
export function isDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: item, depth } = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** The UTF-8 size of the value's JSON, or undefined when it is over `limit` (a shallow value: see isDeeperThan). */
function jsonBytes(value: unknown, limit: number): number | undefined {
  const json = JSON.stringify(value) ?? 'null';
  // A UTF-16 unit takes at least one byte: a long string is refused before it is encoded.
  if (json.length > limit) return undefined;
  const bytes = new TextEncoder().encode(json).length;
  return bytes > limit ? undefined : bytes;
}
