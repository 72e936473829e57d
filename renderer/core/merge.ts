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
// - own cards and the interview date: the newer `updatedAt` wins, ties as for user card data. A
//   deleted own card is a row with `deletedAt`, so a deletion wins over older edits and loses to
//   newer ones, on both laptops.
// - own answers: versions never change; the union by id.
// - mock interviews: by id; a finished interview never changes, so it wins over a running copy;
//   two running copies (one interview resumed on two laptops) follow `updatedAt`.
// - readiness days: by day; when both laptops worked a day out, the copy whose canonical JSON
//   sorts last, so that both keep the same one.
import { canonicalJson } from './progress-records';
import { sameEvent } from './replay';
import type { MockInterview } from './mock/mock-interview';
import type { ProgressData } from './progress-data';
import type { ReviewEvent, SettingsRow, UserCardData } from './types';


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

/** The copy of a row both laptops keep, by `updatedAt` then canonical JSON; returns `local` itself when nothing changes. */
export function latestWins<T extends { updatedAt: number }>(local: T | undefined, incoming: T): T {
  if (!local) return incoming;
  if (incoming.updatedAt !== local.updatedAt) return incoming.updatedAt > local.updatedAt ? incoming : local;
  return canonicalJson(incoming) > canonicalJson(local) ? incoming : local;
}

export function mergeMockInterview(local: MockInterview | undefined, incoming: MockInterview): MockInterview {
  if (!local) return incoming;
  const localDone = local.status === 'finished';
  if (localDone !== (incoming.status === 'finished')) return localDone ? local : incoming;
  return latestWins(local, incoming);
}

/** Keeps what is here, adds what is not: for rows that never change once written. */
export function keepLocal<T>(local: T | undefined, incoming: T): T {
  return local ?? incoming;
}

/** Of two copies with nothing to tell them apart, the one whose canonical JSON sorts last. */
export function sameOnBoth<T>(local: T | undefined, incoming: T): T {
  return local === undefined || canonicalJson(incoming) > canonicalJson(local) ? incoming : local;
}

/**
 * Rows to write for a keyed table: each incoming row merged with the local one (`localMatches[i]` is
 * the local row of `incoming[i]`'s key), kept only when it changes what is stored.
 */
export function planKeyedMerge<T extends object>(
  incoming: readonly T[],
  localMatches: readonly (T | undefined)[],
  keyOf: (row: T) => string,
  merge: (local: T | undefined, incoming: T) => T,
): T[] {
  const result = new Map<string, T>();
  incoming.forEach((row, i) => {
    const key = keyOf(row);
    const current = result.get(key) ?? localMatches[i];
    const merged = merge(current, row);
    if (merged !== current && (current === undefined || canonicalJson(merged) !== canonicalJson(current))) result.set(key, merged);
  });
  return [...result.values()];
}

/** How each keyed kind of a progress file merges (the rules above). */
export const KEYED_MERGES = {
  ownCards: { keyOf: (row: { id: string }) => row.id, merge: latestWins },
  ownAnswers: { keyOf: (row: { id: string }) => row.id, merge: keepLocal },
  mockInterviews: { keyOf: (row: { id: string }) => row.id, merge: mergeMockInterview },
  readiness: { keyOf: (row: { day: string }) => row.day, merge: sameOnBoth },
} as const;

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
  const keyed = <T extends object>(localRows: readonly T[], incomingRows: readonly T[], keyOf: (row: T) => string, merge: (l: T | undefined, i: T) => T): T[] => {
    const rows = new Map(localRows.map((row) => [keyOf(row), row]));
    for (const row of planKeyedMerge(incomingRows, incomingRows.map((r) => rows.get(keyOf(r))), keyOf, merge)) rows.set(keyOf(row), row);
    return [...rows.values()];
  };
  return {
    ok: true,
    added: reviews.added,
    merged: {
      reviews: [...local.reviews, ...reviews.added],
      userCardData: [...cards.values()],
      settings: [...settings.values()],
      ownCards: keyed(local.ownCards, incoming.ownCards, KEYED_MERGES.ownCards.keyOf, latestWins),
      ownAnswers: keyed(local.ownAnswers, incoming.ownAnswers, KEYED_MERGES.ownAnswers.keyOf, keepLocal),
      mockInterviews: keyed(local.mockInterviews, incoming.mockInterviews, KEYED_MERGES.mockInterviews.keyOf, mergeMockInterview),
      readiness: keyed(local.readiness, incoming.readiness, KEYED_MERGES.readiness.keyOf, sameOnBoth),
      interviewDate: incoming.interviewDate ? latestWins(local.interviewDate ?? undefined, incoming.interviewDate) : local.interviewDate,
    },
  };
}
