// The exported progress file, also the automatic backups' format: versioned and checksummed, so an
// import refuses a file that is foreign, newer, truncated or edited before it changes anything.
//
// Version 2 is one JSON object written one record per line, so that it is written and read in
// pieces (memory stays flat however long the history) and is still plain JSON, which a version-1
// reader opens and refuses as newer:
//
//   {"format":"mlops-flashcards-progress","version":2,"appVersion":…,"exportedAt":…,"deviceId":…,"records":[
//   {"t":"review",…},
//   …
//   {"t":"end","records":N,"sha256":"<hex>"}
//   ]}
//
// The SHA-256 covers every byte before the end record's line, hashed as it is written or read.
// Version-1 files (progress-file-v1.ts) still import.
import { sha256 } from '@noble/hashes/sha2.js';
import * as v from 'valibot';
import type { MockInterview } from './mock/mock-interview';
import type { OwnAnswerVersion } from './own-cards/own-answer';
import type { OwnCard } from './own-cards/own-card';
import type { InterviewDate, ReadinessDay } from './plan/interview-date';
import {
  InterviewDateSchema,
  MockInterviewSchema,
  OwnAnswerSchema,
  OwnCardSchema,
  ReadinessDaySchema,
  findConflictingDuplicate,
  reviewRowProblem,
  SettingsRowSchema,
  UserCardDataSchema,
} from './progress-records';
import { checkOwnCard } from './own-cards/own-card';
import { readProgressFileV1 } from './progress-file-v1';
import { checkSettingsRows } from './settings-rows';
import { emptyProgress, PROGRESS_FORMAT, type CheckProgress, type ParseResult, type ProgressData, type ProgressFile, type ProgressHeader } from './progress-data';
import type { ReviewEvent, SettingsRow, UserCardData } from './types';

export { PROGRESS_FORMAT, emptyProgress } from './progress-data';
export type { CheckProgress, ParseResult, ProgressData, ProgressFile, ProgressFileError, ProgressHeader } from './progress-data';
/** Readers refuse a higher version. Raise it whenever a reader of this version would lose data from the new files. */
export const PROGRESS_VERSION = 2;
/**
 * The app must take back every file it writes: an answer takes about 130 bytes, so this holds about
 * two million answers (ten years of daily study is under 20 MB). Anything bigger is not ours.
 */
export const MAX_PROGRESS_FILE_BYTES = 256 * 1024 * 1024;

/** Size check before reading: the host refuses a file this function refuses, unread. */
export function isProgressFileTooLarge(bytes: number): boolean {
  return bytes > MAX_PROGRESS_FILE_BYTES;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** The record kinds of version 2, each with the fields it carries, in the order it writes them. */
const FIELDS = {
  review: ['id', 'cardId', 'rating', 'reviewedAt', 'durationMs', 'deviceId'],
  card: ['cardId', 'flag', 'suspended', 'buriedUntil', 'note', 'seenHash', 'updatedAt'],
  setting: ['key', 'value'],
  ownCard: ['id', 'kind', 'locale', 'section', 'sectionName', 'prompt', 'context', 'keyPoints', 'answer', 'tags', 'parent', 'createdAt', 'updatedAt', 'deletedAt'],
  ownAnswer: ['id', 'cardId', 'markdown', 'savedAt', 'deviceId'],
  mock: ['id', 'startedAt', 'status', 'settings', 'questions', 'updatedAt', 'deviceId'],
  interviewDate: ['interviewAt', 'hasTime', 'ceilingMinutes', 'sectionOrder', 'leftOut', 'setAt', 'outcomeNote', 'updatedAt'],
  readiness: ['day', 'interviewAt', 'overall', 'bySection'],
} as const;
export type RecordKind = keyof typeof FIELDS;
const MOCK_SETTINGS_FIELDS = ['sections', 'questionCount', 'secondsPerQuestion', 'locale', 'weakFirst', 'readAloud'] as const;
const MOCK_QUESTION_FIELDS = ['cardId', 'startedAt', 'endedAt', 'outline', 'suggested', 'covered', 'keyPointCount', 'rating', 'reviewId'] as const;

function pick(row: object, fields: readonly string[]): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field] = source[field];
  return out;
}

/** A stored row as its record: only the fields the format knows, so a stored extra never makes a file unreadable. */
export function recordOf(kind: RecordKind, row: object): Record<string, unknown> {
  const record = pick(row, FIELDS[kind]);
  if (kind === 'mock') {
    const mock = row as MockInterview;
    record.settings = pick(mock.settings, MOCK_SETTINGS_FIELDS);
    record.questions = mock.questions.map((q) => pick(q, MOCK_QUESTION_FIELDS));
  }
  return record;
}

/** Characters gathered before they are hashed and handed on: large enough to cost nothing, small enough to keep memory flat. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes a version-2 file in pieces: each piece goes to `sink` as soon as about a megabyte is
 * gathered, hashed on the way. Synchronous, so that a reader can feed it inside one database
 * transaction (a transaction ends at the first await of anything else).
 */
export class ProgressWriter {
  #hash = sha256.create();
  #encoder = new TextEncoder();
  #parts: string[] = [];
  #length = 0;
  #records = 0;

  constructor(
    header: Omit<ProgressHeader, 'format' | 'version' | 'exportedAt'> & { now: number },
    private readonly sink: (chunk: string) => void,
  ) {
    const head = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, appVersion: header.appVersion, exportedAt: new Date(header.now).toISOString(), deviceId: header.deviceId };
    this.#push(`${JSON.stringify(head).slice(0, -1)},"records":[\n`);
  }

  get records(): number {
    return this.#records;
  }

  add(kind: RecordKind, row: object): void {
    // A setting stored as undefined has no value to carry: written, it would lose its `value` key and be refused.
    if (kind === 'setting' && (row as SettingsRow).value === undefined) return;
    this.#records++;
    if (kind === 'review') {
      // The log is nearly all of a file: its lines are spelled out, several times faster than stringify of a copy.
      const e = row as ReviewEvent;
      this.#push(`{"t":"review","id":${JSON.stringify(e.id)},"cardId":${JSON.stringify(e.cardId)},"rating":${e.rating},"reviewedAt":${e.reviewedAt},"durationMs":${e.durationMs},"deviceId":${JSON.stringify(e.deviceId)}},\n`);
      return;
    }
    this.#push(`${JSON.stringify({ t: kind, ...recordOf(kind, row) })},\n`);
  }

  addAll(kind: RecordKind, rows: Iterable<object>): void {
    for (const row of rows) this.add(kind, row);
  }

  finish(): void {
    this.#flush();
    const digest = Array.from(this.#hash.digest(), (b) => b.toString(16).padStart(2, '0')).join('');
    this.sink(`{"t":"end","records":${this.#records},"sha256":"${digest}"}\n]}\n`);
  }

  #push(text: string) {
    this.#parts.push(text);
    this.#length += text.length;
    if (this.#length >= CHUNK_CHARS) this.#flush();
  }

  #flush() {
    if (this.#length === 0) return;
    const chunk = this.#parts.join('');
    this.#parts = [];
    this.#length = 0;
    this.#hash.update(this.#encoder.encode(chunk));
    this.sink(chunk);
  }
}

/** Writes all of `data` (in the order a reader expects nothing of, but people reading the file like). */
export function writeProgress(writer: ProgressWriter, data: Partial<ProgressData>): void {
  writer.addAll('review', data.reviews ?? []);
  writer.addAll('card', data.userCardData ?? []);
  writer.addAll('setting', data.settings ?? []);
  writer.addAll('ownCard', data.ownCards ?? []);
  writer.addAll('ownAnswer', data.ownAnswers ?? []);
  writer.addAll('mock', data.mockInterviews ?? []);
  if (data.interviewDate) writer.add('interviewDate', data.interviewDate);
  writer.addAll('readiness', data.readiness ?? []);
}

/** A whole file from data in memory (small histories, tests). */
export function buildProgressFile(input: { appVersion: string; deviceId: string; now: number } & Partial<ProgressData>): ProgressFile {
  const { now, ...data } = input;
  return {
    ...emptyProgress(),
    ...data,
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: new Date(now).toISOString(),
  };
}

export function serializeProgressFile(file: ProgressFile): string {
  const chunks: string[] = [];
  const writer = new ProgressWriter({ appVersion: file.appVersion, deviceId: file.deviceId, now: Date.parse(file.exportedAt) }, (chunk) => chunks.push(chunk));
  writeProgress(writer, file);
  writer.finish();
  return chunks.join('');
}

// ---------------------------------------------------------------------------------------------
// Reading

const VERSION_PREFIX = new RegExp(`^\\{\\s*"format"\\s*:\\s*${JSON.stringify(PROGRESS_FORMAT)}\\s*,\\s*"version"\\s*:\\s*(\\d{1,9})\\s*,`);

const HeaderSchema = v.strictObject({
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(2),
  appVersion: v.pipe(v.string(), v.maxLength(50)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  records: v.pipe(v.array(v.unknown()), v.length(0)),
});

const SCHEMAS = {
  card: UserCardDataSchema,
  setting: SettingsRowSchema,
  ownCard: OwnCardSchema,
  ownAnswer: OwnAnswerSchema,
  mock: MockInterviewSchema,
  interviewDate: InterviewDateSchema,
  readiness: ReadinessDaySchema,
} as const;

const EndSchema = v.strictObject({
  t: v.literal('end'),
  records: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

/** Lines between two progress reports. */
const REPORT_EVERY = 5_000;

/**
 * Validates everything before anything is written. Answers' times are not judged here: an answer
 * out of this computer's clock range is held apart by the import (core/event-time.ts), never refused.
 */
export async function parseProgressFile(input: string, { onProgress }: { onProgress?: CheckProgress } = {}): Promise<ParseResult> {
  // Some editors save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // UTF-16 length is at most the byte length, so this only catches what the host missed; first,
  // before anything copies or scans the text.
  if (isProgressFileTooLarge(text.length)) return { ok: false, error: 'too-large' };
  if (/^\s*$/.test(text)) return { ok: false, error: 'empty' };
  const version = VERSION_PREFIX.exec(text.slice(0, 200))?.[1];
  if (version !== undefined && Number(version) > PROGRESS_VERSION) return { ok: false, error: 'newer-version' };
  if (version === '2' && text.startsWith(`{"format":${JSON.stringify(PROGRESS_FORMAT)},"version":2,`)) return readLines(text, onProgress);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROGRESS_FORMAT) return { ok: false, error: 'foreign' };
  const declared = (data as { version?: unknown }).version;
  if (typeof declared === 'number' && declared > PROGRESS_VERSION) return { ok: false, error: 'newer-version' };
  // A version-2 file is hashed as written: laid out again (an editor's "format document"), it was changed.
  if (declared === 2) return { ok: false, error: 'checksum' };
  return readProgressFileV1(data, onProgress);
}

async function readLines(input: string, onProgress?: CheckProgress): Promise<ParseResult> {
  // CRLF from git or a Windows editor: JSON escapes every CR inside a string, so a raw one only
  // ever ends a line, and dropping them gives back the bytes that were hashed.
  const text = input.includes('\r\n') ? input.replaceAll('\r\n', '\n') : input;
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return { ok: false, error: 'truncated', detail: 'line 1' };
  let head: unknown;
  try {
    head = JSON.parse(`${text.slice(0, firstBreak)}]}`);
  } catch {
    return { ok: false, error: 'invalid', detail: 'line 1' };
  }
  const header = v.safeParse(HeaderSchema, head);
  if (!header.success) return { ok: false, error: 'invalid', detail: `line 1: ${v.getDotPath(header.issues[0]) ?? ''}` };

  const hash = sha256.create();
  const encoder = new TextEncoder();
  let hashedTo = 0;
  const hashTo = (end: number) => {
    if (end > hashedTo) hash.update(encoder.encode(text.slice(hashedTo, end)));
    hashedTo = end;
  };
  const data = { ...emptyProgress(), reviews: [] as ReviewEvent[], userCardData: [] as UserCardData[], settings: [] as SettingsRow[] };
  const collected = { mock: [] as MockInterview[], ownCard: [] as OwnCard[], ownAnswer: [] as OwnAnswerVersion[], readiness: [] as ReadinessDay[] };
  let interviewDates = 0;
  let records = 0;
  let pos = firstBreak + 1;
  let lineNumber = 1;
  for (;;) {
    lineNumber++;
    const end = text.indexOf('\n', pos);
    if (end < 0) return { ok: false, error: 'truncated', detail: `line ${lineNumber}` };
    const line = text.slice(pos, end);
    if (line.startsWith('{"t":"end"')) {
      hashTo(pos);
      let closing: unknown;
      try {
        closing = JSON.parse(line);
      } catch {
        return { ok: false, error: 'invalid', detail: `line ${lineNumber}` };
      }
      if (!v.is(EndSchema, closing)) return { ok: false, error: 'invalid', detail: `line ${lineNumber}` };
      const rest = text.slice(end + 1).trimEnd();
      // Only the closing brackets missing: a copy cut short, not an edit.
      if (rest === '' || rest === ']') return { ok: false, error: 'truncated', detail: `line ${lineNumber + 1}` };
      if (rest !== ']}') return { ok: false, error: 'invalid', detail: `line ${lineNumber + 1}` };
      if (closing.records !== records) return { ok: false, error: 'checksum' };
      const digest = Array.from(hash.digest(), (b) => b.toString(16).padStart(2, '0')).join('');
      if (digest !== closing.sha256) return { ok: false, error: 'checksum' };
      break;
    }
    if (pos - hashedTo >= CHUNK_CHARS) hashTo(pos);
    if (onProgress && lineNumber % REPORT_EVERY === 0) onProgress(pos, text.length);
    if (!line.endsWith(',')) return { ok: false, error: 'invalid', detail: `line ${lineNumber}` };
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line.slice(0, -1)) as Record<string, unknown>;
    } catch {
      return { ok: false, error: 'invalid', detail: `line ${lineNumber}` };
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return { ok: false, error: 'invalid', detail: `line ${lineNumber}` };
    const { t: kind, ...row } = record;
    records++;
    pos = end + 1;
    if (kind === 'review') {
      const field = reviewRowProblem(row);
      if (field !== undefined) {
        const rating = row.rating;
        return { ok: false, error: field === 'rating' && typeof rating === 'number' ? 'rating-out-of-range' : 'invalid', detail: `line ${lineNumber}${field ? `: ${field}` : ''}` };
      }
      data.reviews.push(row as unknown as ReviewEvent);
      continue;
    }
    if (typeof kind !== 'string' || !Object.hasOwn(SCHEMAS, kind)) return { ok: false, error: 'invalid', detail: `line ${lineNumber}: t` };
    // Settings values are checked for depth and size before any schema recurses into them.
    if (kind === 'setting') {
      const problem = checkSettingsRows([row as unknown as SettingsRow]);
      if (problem) return { ok: false, error: problem.error, detail: problem.key };
    }
    if (kind === 'ownCard') {
      const problem = checkOwnCard(row);
      if (problem) return { ok: false, error: 'invalid', detail: `line ${lineNumber}${problem.field ? `: ${problem.field}` : ''}` };
    }
    const checked = v.safeParse(SCHEMAS[kind as keyof typeof SCHEMAS], row);
    if (!checked.success) return { ok: false, error: 'invalid', detail: `line ${lineNumber}: ${v.getDotPath(checked.issues[0]) ?? ''}` };
    switch (kind) {
      case 'card':
        data.userCardData.push(checked.output as UserCardData);
        break;
      case 'setting':
        data.settings.push(checked.output as SettingsRow);
        break;
      case 'interviewDate':
        if (++interviewDates > 1) return { ok: false, error: 'invalid', detail: `line ${lineNumber}: a second interview date` };
        data.interviewDate = checked.output as InterviewDate;
        break;
      default:
        (collected[kind as keyof typeof collected] as unknown[]).push(checked.output);
    }
  }
  const file: ProgressFile = {
    ...data,
    mockInterviews: collected.mock,
    ownCards: collected.ownCard,
    ownAnswers: collected.ownAnswer,
    readiness: collected.readiness,
    format: PROGRESS_FORMAT,
    version: 2,
    appVersion: header.output.appVersion,
    exportedAt: header.output.exportedAt,
    deviceId: header.output.deviceId,
  };
  const settingsProblem = checkSettingsRows(file.settings);
  if (settingsProblem) return { ok: false, error: settingsProblem.error, detail: settingsProblem.key };
  const duplicate = findConflictingDuplicate(file);
  if (duplicate) return { ok: false, error: 'conflicting-duplicate', detail: duplicate };
  onProgress?.(text.length, text.length);
  return { ok: true, file };
}

export function progressFileName(now: number, kind: 'progress' | 'reviews' = 'progress', extension: 'json' | 'csv' = 'json'): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mlops-flashcards-${kind}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
