// The exported progress file: versioned and checksummed, so an import can refuse a file that is
// foreign, newer, truncated or edited before it changes anything. Also the automatic backups'
// format: a backup is an export the main process keeps for the learner.
import * as v from 'valibot';
import { checkSettingsRows } from './settings-rows';
import type { ReviewEvent, SettingsRow, UserCardData } from './types';

export const PROGRESS_FORMAT = 'mlops-flashcards-progress';
/**
 * Readers refuse a higher version. Raise it whenever a reader of this version would lose data
 * from the new files (mock interviews, when they exist, come with version 2).
 */
export const PROGRESS_VERSION = 1;
/**
 * The app must take back every file it writes: an answer takes about 200 bytes, so this holds 1.3
 * million answers (the benchmark's longest history, a million, makes a 190 MB file; ten years of
 * daily study is under 20 MB). Anything bigger is not ours.
 */
export const MAX_PROGRESS_FILE_BYTES = 256 * 1024 * 1024;
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
export const MAX_NOTE_LENGTH = 20_000;

export interface ProgressFileV1 {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  appVersion: string;
  /** ISO 8601, UTC. */
  exportedAt: string;
  deviceId: string;
  /** The whole review log, in log order (compareEvents). */
  reviews: ReviewEvent[];
  userCardData: UserCardData[];
  settings: SettingsRow[];
  /** SHA-256 (hex) of canonicalJson of every other field (see checksumOf). */
  checksum: string;
}

export type ProgressFileError =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'foreign'
  | 'newer-version'
  | 'invalid'
  | 'rating-out-of-range'
  | 'setting-invalid'
  | 'settings-too-large'
  | 'checksum'
  | 'conflicting-duplicate';

export type ParseResult =
  | { ok: true; file: ProgressFileV1 }
  | {
      ok: false;
      error: ProgressFileError;
      /** Where in the file, e.g. `reviews[12].rating`, or the offending id or settings key. */
      detail?: string;
    };

const EVENT_ID = /^[0-9a-z]{9}-[0-9a-z]{12}$/;
const RATINGS = new Set([1, 2, 3, 4]);

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const epochMs = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

// Any time the app may have written is taken back: a flag set under a wrong clock must not make
// every later export unreadable. Times decide which copy of a row wins a merge, nothing else.
const UserCardDataSchema = v.strictObject({
  cardId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  flag: v.picklist([0, 1, 2, 3, 4] as const),
  suspended: v.picklist([0, 1] as const),
  buriedUntil: epochMs,
  note: text(MAX_NOTE_LENGTH),
  seenHash: text(100),
  updatedAt: epochMs,
});

const SettingsRowSchema = v.strictObject({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  value: v.unknown(),
});

/** Everything but the review log, which is checked by hand: valibot is 20x slower on 100,000 rows. */
const EnvelopeSchema = v.strictObject({
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(PROGRESS_VERSION),
  appVersion: text(50),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  reviews: v.array(v.unknown()),
  userCardData: v.array(UserCardDataSchema),
  settings: v.array(SettingsRowSchema),
  checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

export async function buildProgressFile(input: {
  appVersion: string;
  deviceId: string;
  now: number;
  reviews: readonly ReviewEvent[];
  userCardData?: readonly UserCardData[];
  settings?: readonly SettingsRow[];
}): Promise<ProgressFileV1> {
  const body: Omit<ProgressFileV1, 'checksum'> = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    appVersion: input.appVersion,
    exportedAt: new Date(input.now).toISOString(),
    deviceId: input.deviceId,
    reviews: input.reviews.map(canonicalEvent),
    userCardData: (input.userCardData ?? []).map(canonicalUserCardData),
    settings: (input.settings ?? []).map((s) => ({ key: s.key, value: s.value })),
  };
  return { ...body, checksum: await checksumOf(body) };
}

export function serializeProgressFile(file: ProgressFileV1): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Size check before reading: the host refuses a file this function refuses, unread. */
export function isProgressFileTooLarge(bytes: number): boolean {
  return bytes > MAX_PROGRESS_FILE_BYTES;
}

/**
 * How far parseProgressFile has got, in steps: each answer is checked in CHECK_PASSES passes
 * (its fields, the checksum, duplicates), so `total` is CHECK_PASSES times the answers.
 */
export type CheckProgress = (done: number, total: number) => void;
export const CHECK_PASSES = 3;
/** Answers between two progress reports: often enough for a bar, rare enough to cost nothing. */
const REPORT_EVERY = 5_000;

/**
 * Validates everything before anything is written. Answers' times are not judged here: an answer
 * out of this computer's clock range is held apart by the import (core/event-time.ts), never refused.
 */
export async function parseProgressFile(input: string, { onProgress }: { onProgress?: CheckProgress } = {}): Promise<ParseResult> {
  // Some editors save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: 'empty' };
  // UTF-16 length is at most the byte length, so this only catches what the host missed.
  if (isProgressFileTooLarge(text.length)) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROGRESS_FORMAT) {
    return { ok: false, error: 'foreign' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) return { ok: false, error: 'newer-version' };
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    return { ok: false, error: 'invalid', detail: v.getDotPath(issue) ?? '' };
  }
  const file = envelope.output as unknown as ProgressFileV1;
  const count = file.reviews.length;
  const report = (pass: number) => (onProgress ? (i: number) => i % REPORT_EVERY === 0 && onProgress(pass * count + i, CHECK_PASSES * count) : undefined);
  const reviewsProblem = checkReviews(file.reviews as unknown[], report(0));
  if (reviewsProblem) return reviewsProblem;
  // Before the checksum, which hashes the values: only a value known to be shallow is recursed into.
  const settingsProblem = checkSettingsRows(file.settings);
  if (settingsProblem) return { ok: false, error: settingsProblem.error, detail: settingsProblem.key };
  const { checksum, ...body } = file;
  if ((await checksumOf(body, report(1))) !== checksum) return { ok: false, error: 'checksum' };
  const duplicate = findConflictingDuplicate(file, report(2));
  if (duplicate) return { ok: false, error: 'conflicting-duplicate', detail: duplicate };
  onProgress?.(CHECK_PASSES * count, CHECK_PASSES * count);
  return { ok: true, file };
}

function checkReviews(rows: unknown[], onRow?: (i: number) => void): Extract<ParseResult, { ok: false }> | undefined {
  for (let i = 0; i < rows.length; i++) {
    onRow?.(i);
    const field = reviewRowProblem(rows[i]);
    if (field === undefined) continue;
    const rating = (rows[i] as { rating?: unknown }).rating;
    const error = field === 'rating' && typeof rating === 'number' ? 'rating-out-of-range' : 'invalid';
    return { ok: false, error, detail: `reviews[${i}]${field ? `.${field}` : ''}` };
  }
  return undefined;
}

/** Whether a row is user card data a file may carry. */
export function isUserCardData(row: unknown): row is UserCardData {
  return v.is(UserCardDataSchema, row);
}

/** The field of a would-be answer that is wrong ('' for the row itself), or undefined when it is a valid ReviewEvent. */
export function reviewRowProblem(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return '';
  const r = row as Record<string, unknown>;
  if (Object.keys(r).length !== 6) return '';
  if (typeof r.id !== 'string' || !EVENT_ID.test(r.id)) return 'id';
  if (typeof r.cardId !== 'string' || r.cardId.length === 0 || r.cardId.length > 200) return 'cardId';
  if (typeof r.deviceId !== 'string' || r.deviceId.length === 0 || r.deviceId.length > 100) return 'deviceId';
  if (!RATINGS.has(r.rating as number)) return 'rating';
  if (!Number.isSafeInteger(r.reviewedAt)) return 'reviewedAt';
  if (!Number.isSafeInteger(r.durationMs) || (r.durationMs as number) < 0 || (r.durationMs as number) > MAX_DURATION_MS) return 'durationMs';
  return undefined;
}

/** The same id twice is harmless if both copies agree; different contents mean a broken file. */
function findConflictingDuplicate(file: ProgressFileV1, onRow?: (i: number) => void): string | undefined {
  const events = new Map<string, ReviewEvent>();
  for (let i = 0; i < file.reviews.length; i++) {
    onRow?.(i);
    const review = file.reviews[i]!;
    const previous = events.get(review.id);
    if (previous && !sameEvent(previous, review)) return review.id;
    events.set(review.id, review);
  }
  const cards = new Map<string, string>();
  for (const row of file.userCardData) {
    const json = canonicalJson(row);
    const previous = cards.get(row.cardId);
    if (previous !== undefined && previous !== json) return row.cardId;
    cards.set(row.cardId, json);
  }
  const settings = new Map<string, string>();
  for (const row of file.settings) {
    const json = canonicalJson(row.value);
    const previous = settings.get(row.key);
    if (previous !== undefined && previous !== json) return row.key;
    settings.set(row.key, json);
  }
  return undefined;
}

export function sameEvent(a: ReviewEvent, b: ReviewEvent): boolean {
  return (
    a.id === b.id &&
    a.cardId === b.cardId &&
    a.rating === b.rating &&
    a.reviewedAt === b.reviewedAt &&
    a.durationMs === b.durationMs &&
    a.deviceId === b.deviceId
  );
}

/** The order a file shows its fields in (the checksum sorts them anyway). */
function canonicalEvent(e: ReviewEvent): ReviewEvent {
  return { id: e.id, cardId: e.cardId, rating: e.rating, reviewedAt: e.reviewedAt, durationMs: e.durationMs, deviceId: e.deviceId };
}

function canonicalUserCardData(u: UserCardData): UserCardData {
  return { cardId: u.cardId, flag: u.flag, suspended: u.suspended, buriedUntil: u.buriedUntil, note: u.note, seenHash: u.seenHash, updatedAt: u.updatedAt };
}

/** JSON with object keys sorted at every depth: equal data, equal text, whoever wrote it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export async function checksumOf(body: Omit<ProgressFileV1, 'checksum'>, onRow?: (i: number) => void): Promise<string> {
  // canonicalJson of the whole body, spelled out: the log is by far the biggest part, and
  // writing its rows with their keys already in sorted order is several times faster.
  const reviews = body.reviews
    .map((e, i) => (onRow?.(i), JSON.stringify({ cardId: e.cardId, deviceId: e.deviceId, durationMs: e.durationMs, id: e.id, rating: e.rating, reviewedAt: e.reviewedAt })))
    .join(',');
  const canonical =
    `{"appVersion":${JSON.stringify(body.appVersion)},"deviceId":${JSON.stringify(body.deviceId)}` +
    `,"exportedAt":${JSON.stringify(body.exportedAt)},"format":${JSON.stringify(body.format)}` +
    `,"reviews":[${reviews}],"settings":${canonicalJson(body.settings)}` +
    `,"userCardData":${canonicalJson(body.userCardData)},"version":${JSON.stringify(body.version)}}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function progressFileName(now: number, kind: 'progress' | 'reviews' = 'progress', extension: 'json' | 'csv' = 'json'): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mlops-flashcards-${kind}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
