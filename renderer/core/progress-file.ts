// The exported progress file: versioned and checksummed, so an import can refuse a file that is
// foreign, newer, truncated or edited before it changes anything.
import * as v from 'valibot';
import type { ReviewEvent } from './types';

export const PROGRESS_FORMAT = 'mlops-flashcards-progress';
export const PROGRESS_VERSION = 1;
/** Dates before this are not from this app: the app did not exist. */
export const EARLIEST_VALID_TIME = Date.UTC(2000, 0, 1);
export const MAX_PROGRESS_FILE_BYTES = 64 * 1024 * 1024;

export interface ProgressFileV1 {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  appVersion: string;
  exportedAt: string;
  deviceId: string;
  reviews: ReviewEvent[];
  /** SHA-256 (hex) of the file's canonical JSON without this field. */
  checksum: string;
}

const ReviewEventSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[0-9a-z]{9}-[0-9a-z]{12}$/)),
  cardId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  rating: v.picklist([1, 2, 3, 4] as const),
  reviewedAt: v.pipe(v.number(), v.safeInteger(), v.minValue(EARLIEST_VALID_TIME)),
  durationMs: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
});

const ProgressFileV1Schema = v.strictObject({
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(PROGRESS_VERSION),
  appVersion: v.string(),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  deviceId: v.string(),
  reviews: v.array(ReviewEventSchema),
  checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

export type ProgressFileError =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'foreign'
  | 'newer-version'
  | 'invalid'
  | 'checksum'
  | 'future-date'
  | 'conflicting-duplicate';

export type ParseResult = { ok: true; file: ProgressFileV1 } | { ok: false; error: ProgressFileError; detail?: string };

export async function buildProgressFile(input: {
  appVersion: string;
  deviceId: string;
  now: number;
  reviews: readonly ReviewEvent[];
}): Promise<ProgressFileV1> {
  const body = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    appVersion: input.appVersion,
    exportedAt: new Date(input.now).toISOString(),
    deviceId: input.deviceId,
    reviews: input.reviews.map(canonicalEvent),
  } as const;
  return { ...body, checksum: await checksumOf(body) };
}

export function serializeProgressFile(file: ProgressFileV1): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Validates everything before anything is written; `now` bounds dates from the future. */
export async function parseProgressFile(text: string, now: number): Promise<ParseResult> {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_PROGRESS_FILE_BYTES) return { ok: false, error: 'too-large' };
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
  const result = v.safeParse(ProgressFileV1Schema, data);
  if (!result.success) {
    const issue = result.issues[0];
    return { ok: false, error: 'invalid', detail: `${v.getDotPath(issue) ?? ''} ${issue.message}`.trim() };
  }
  const file = result.output as ProgressFileV1;
  const { checksum, ...body } = file;
  if ((await checksumOf(body)) !== checksum) return { ok: false, error: 'checksum' };
  // A little slack for clocks that differ between two laptops.
  if (file.reviews.some((r) => r.reviewedAt > now + 24 * 60 * 60 * 1000)) return { ok: false, error: 'future-date' };
  const seen = new Map<string, string>();
  for (const review of file.reviews) {
    const key = JSON.stringify(canonicalEvent(review));
    const previous = seen.get(review.id);
    if (previous !== undefined && previous !== key) return { ok: false, error: 'conflicting-duplicate', detail: review.id };
    seen.set(review.id, key);
  }
  return { ok: true, file };
}

/** Fixed key order, so the checksum does not depend on how an object was built. */
function canonicalEvent(e: ReviewEvent): ReviewEvent {
  return { id: e.id, cardId: e.cardId, rating: e.rating, reviewedAt: e.reviewedAt, durationMs: e.durationMs, deviceId: e.deviceId };
}

async function checksumOf(body: Omit<ProgressFileV1, 'checksum'>): Promise<string> {
  const canonical = JSON.stringify({
    format: body.format,
    version: body.version,
    appVersion: body.appVersion,
    exportedAt: body.exportedAt,
    deviceId: body.deviceId,
    reviews: body.reviews.map(canonicalEvent),
  });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function progressFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mlops-flashcards-progress-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}
