// Version 1 of the progress file: one JSON object whose checksum hashes the canonical JSON of the
// rest. No longer written by the app; every file it wrote still imports (readProgressFileV1), and
// the tests write real version-1 files with buildProgressFileV1.
import * as v from 'valibot';
import { checkSettingsRows } from './settings-rows';
import { canonicalJson, findConflictingDuplicate, SettingsRowSchema, UserCardDataSchema } from './progress-records';
import { reviewRowProblem } from './review-row';
import { emptyProgress, PROGRESS_FORMAT, type CheckProgress, type ParseResult } from './progress-data';
import type { ReviewEvent, SettingsRow, UserCardData } from './types';

export interface ProgressFileV1 {
  format: typeof PROGRESS_FORMAT;
  version: 1;
  appVersion: string;
  exportedAt: string;
  deviceId: string;
  reviews: ReviewEvent[];
  userCardData: UserCardData[];
  settings: SettingsRow[];
  /** SHA-256 (hex) of canonicalJson of every other field (see checksumOfV1). */
  checksum: string;
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Everything but the review log, which is checked by hand: valibot is 20x slower on 100,000 rows. */
const EnvelopeSchema = v.strictObject({
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(1),
  appVersion: text(50),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  reviews: v.array(v.unknown()),
  userCardData: v.array(UserCardDataSchema),
  settings: v.array(SettingsRowSchema),
  checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

/** Answers between two progress reports: often enough for a bar, rare enough to cost nothing. */
const REPORT_EVERY = 5_000;
/** Each answer is checked in three passes: its fields, the checksum, duplicates (in progress-file.ts). */
const PASSES = 3;

/** Checks a parsed version-1 file; the caller has read its format and version. */
export async function readProgressFileV1(data: unknown, onProgress?: CheckProgress): Promise<ParseResult> {
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) return { ok: false, error: 'invalid', detail: v.getDotPath(envelope.issues[0]) ?? '' };
  const file = envelope.output as unknown as ProgressFileV1;
  const count = file.reviews.length;
  const report = (pass: number) => (onProgress ? (i: number) => i % REPORT_EVERY === 0 && onProgress(pass * count + i, PASSES * count) : undefined);
  const onRow = report(0);
  for (let i = 0; i < count; i++) {
    onRow?.(i);
    const field = reviewRowProblem(file.reviews[i]);
    if (field === undefined) continue;
    const rating = (file.reviews[i] as { rating?: unknown }).rating;
    return { ok: false, error: field === 'rating' && typeof rating === 'number' ? 'rating-out-of-range' : 'invalid', detail: `reviews[${i}]${field ? `.${field}` : ''}` };
  }
  // Before the checksum, which hashes the values: only a value known to be shallow is recursed into.
  const settingsProblem = checkSettingsRows(file.settings);
  if (settingsProblem) return { ok: false, error: settingsProblem.error, detail: settingsProblem.key };
  const { checksum, ...body } = file;
  if ((await checksumOfV1(body, report(1))) !== checksum) return { ok: false, error: 'checksum' };
  onProgress?.(2 * count, PASSES * count);
  const read = { ...emptyProgress(), reviews: file.reviews, userCardData: file.userCardData, settings: file.settings };
  const duplicate = findConflictingDuplicate(read);
  if (duplicate) return { ok: false, error: 'conflicting-duplicate', detail: duplicate };
  onProgress?.(PASSES * count, PASSES * count);
  return {
    ok: true,
    file: { ...emptyProgress(), format: PROGRESS_FORMAT, version: 1, appVersion: file.appVersion, exportedAt: file.exportedAt, deviceId: file.deviceId, reviews: file.reviews, userCardData: file.userCardData, settings: file.settings },
  };
}

/** A version-1 file as the app wrote it until version 2: for tests that import real old files. */
export async function buildProgressFileV1(input: {
  appVersion: string;
  deviceId: string;
  now: number;
  reviews: readonly ReviewEvent[];
  userCardData?: readonly UserCardData[];
  settings?: readonly SettingsRow[];
}): Promise<ProgressFileV1> {
  const body: Omit<ProgressFileV1, 'checksum'> = {
    format: PROGRESS_FORMAT,
    version: 1,
    appVersion: input.appVersion,
    exportedAt: new Date(input.now).toISOString(),
    deviceId: input.deviceId,
    reviews: input.reviews.map((e) => ({ id: e.id, cardId: e.cardId, rating: e.rating, reviewedAt: e.reviewedAt, durationMs: e.durationMs, deviceId: e.deviceId })),
    userCardData: [...(input.userCardData ?? [])],
    settings: (input.settings ?? []).map((s) => ({ key: s.key, value: s.value })),
  };
  return { ...body, checksum: await checksumOfV1(body) };
}

export function serializeProgressFileV1(file: ProgressFileV1): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

export async function checksumOfV1(body: Omit<ProgressFileV1, 'checksum'>, onRow?: (i: number) => void): Promise<string> {
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
