// How progress from another computer (or a backup) joins this one. Plain functions over plain
// data: db/import-progress.ts feeds them what IndexedDB holds, and the tests feed them laptops.
//
// The rules, chosen so that two laptops importing each other's exports end up equal, and so
// that importing the same file twice changes nothing:
// - review events: union by id. Events are immutable, so an id known here with other contents
//   is a broken or forged file, and the whole import is refused.
// - user card data (flag, suspended, buried, note): the row with the newer `updatedAt` wins; on
//   a tie, the row whose canonical JSON sorts last, so both laptops pick the same one. The
//   winner keeps the other row's `seenHash` when it has none of its own.
// - settings: this computer's value wins; keys it has never set are taken from the file.
//   Settings describe a machine as much as a learner (a laptop's language, its theme).
import { canonicalJson, sameEvent } from './progress-file';
import type { ReviewEvent, SettingsRow, UserCardData } from './types';

export interface ProgressData {
  reviews: readonly ReviewEvent[];
  userCardData: readonly UserCardData[];
  settings: readonly SettingsRow[];
}

export type ReviewMerge = { ok: true; added: ReviewEvent[] } | { ok: false; conflict: string };

/**
 * The incoming events this computer lacks. `localMatches[i]` is the local event whose id is
 * `incoming[i].id`, if any (what Dexie's bulkGet returns).
 */
export function planReviewMerge(incoming: readonly ReviewEvent[], localMatches: readonly (ReviewEvent | undefined)[]): ReviewMerge {
  const added: ReviewEvent[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < incoming.length; i++) {
    const event = incoming[i]!;
    const local = localMatches[i];
    if (local) {
      if (!sameEvent(local, event)) return { ok: false, conflict: event.id };
    } else if (!seen.has(event.id)) {
      seen.add(event.id);
      added.push(event);
    }
  }
  return { ok: true, added };
}

/** The row both laptops keep; returns `local` itself when nothing changes. */
export function mergeUserCardRow(local: UserCardData | undefined, incoming: UserCardData): UserCardData {
  if (!local) return incoming;
  const localJson = canonicalJson(local);
  const incomingJson = canonicalJson(incoming);
  if (localJson === incomingJson) return local;
  const incomingWins = incoming.updatedAt > local.updatedAt || (incoming.updatedAt === local.updatedAt && incomingJson > localJson);
  const [winner, loser] = incomingWins ? [incoming, local] : [local, incoming];
  const merged = winner.seenHash === '' && loser.seenHash !== '' ? { ...winner, seenHash: loser.seenHash } : winner;
  return canonicalJson(merged) === localJson ? local : merged;
}

/** Rows to write: the incoming rows that change something here. */
export function planUserCardDataMerge(
  incoming: readonly UserCardData[],
  localMatches: readonly (UserCardData | undefined)[],
): UserCardData[] {
  const result = new Map<string, UserCardData>();
  incoming.forEach((row, i) => {
    const current = result.get(row.cardId) ?? localMatches[i];
    const merged = mergeUserCardRow(current, row);
    if (merged !== current) result.set(row.cardId, merged);
  });
  return [...result.values()];
}

/** Rows to write: settings this computer has never set. */
export function planSettingsMerge(incoming: readonly SettingsRow[], localMatches: readonly (SettingsRow | undefined)[]): SettingsRow[] {
  const result = new Map<string, SettingsRow>();
  incoming.forEach((row, i) => {
    if (!localMatches[i] && !result.has(row.key)) result.set(row.key, { key: row.key, value: row.value });
  });
  return [...result.values()];
}

export type MergeResult = { ok: true; merged: ProgressData; added: ReviewEvent[] } | { ok: false; conflict: string };

/** The whole merge over in-memory data: what importing `incoming` into `local` leaves behind. */
export function mergeProgress(local: ProgressData, incoming: ProgressData): MergeResult {
  const byId = new Map(local.reviews.map((e) => [e.id, e]));
  const reviews = planReviewMerge(incoming.reviews, incoming.reviews.map((e) => byId.get(e.id)));
  if (!reviews.ok) return reviews;

  const cards = new Map(local.userCardData.map((row) => [row.cardId, row]));
  for (const row of planUserCardDataMerge(incoming.userCardData, incoming.userCardData.map((r) => cards.get(r.cardId)))) {
    cards.set(row.cardId, row);
  }
  const settings = new Map(local.settings.map((row) => [row.key, row]));
  for (const row of planSettingsMerge(incoming.settings, incoming.settings.map((r) => settings.get(r.key)))) {
    settings.set(row.key, row);
  }
  return {
    ok: true,
    added: reviews.added,
    merged: { reviews: [...local.reviews, ...reviews.added], userCardData: [...cards.values()], settings: [...settings.values()] },
  };
}
