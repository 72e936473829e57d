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
  SettingsRowSchema,
  UserCardDataSchema,
} from './progress-records';
import { reviewRowProblem } from './review-row';
import { checkOwnCard } from './own-cards/own-card';
import { isProgressFileTooLarge } from './progress-file-name';
import { readProgressFileV1 } from './progress-file-v1';
import { checkSettingsRows } from './settings-rows';
import { emptyProgress, PROGRESS_FORMAT, type CheckProgress, type ParseResult, type ProgressData, type ProgressFile, type ProgressFileError, type ProgressHeader, type ProgressRest } from './progress-data';
import type { ReviewEvent, SettingsRow, UserCardData } from './types';

export { PROGRESS_FORMAT, emptyProgress } from './progress-data';
export type { CheckProgress, ParseResult, ProgressData, ProgressFile, ProgressFileError, ProgressHeader, ProgressRest } from './progress-data';
/** Readers refuse a higher version. Raise it whenever a reader of this version would lose data from the new files. */
export const PROGRESS_VERSION = 2;

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
 * The longest line a reader takes: far above any record the app writes (an own card or a mock
 * interview with every outline at its limit), so a file with no line ends is refused, not held.
 */
const MAX_LINE_CHARS = 8 * 1024 * 1024;

type Refusal = Extract<ParseResult, { ok: false }>;
const refuse = (error: ProgressFileError, detail?: string): Refusal => ({ ok: false, error, detail });

/** A version-2 file read to its end: everything but the answers, which went to `onReview` one by one. */
export type ReadResult = Refusal | { ok: true; rest: ProgressRest; reviewCount: number };

/**
 * Reads a version-2 file in pieces, in the order they come (`push`, then `end`), so that a file of
 * any length is checked with flat memory: each answer goes to `onReview` once its line is checked,
 * and only the other records (a few thousand at most) are kept. Nothing is accepted until `end`
 * has matched the end record's count and checksum: a caller that wrote answers as they came must
 * undo them (the import does it in one transaction) unless `end` says ok.
 */
export class ProgressReader {
  #pending = '';
  #lines = 0;
  #charsRead = 0;
  #header: v.InferOutput<typeof HeaderSchema> | undefined;
  #hash = sha256.create();
  #encoder = new TextEncoder();
  #hashParts: string[] = [];
  #hashChars = 0;
  #records = 0;
  #reviews = 0;
  #closing: v.InferOutput<typeof EndSchema> | undefined;
  #endLine = 0;
  #after = '';
  #refusal: Refusal | undefined;
  #data = { userCardData: [] as UserCardData[], settings: [] as SettingsRow[], interviewDate: null as InterviewDate | null };
  #collected = { mock: [] as MockInterview[], ownCard: [] as OwnCard[], ownAnswer: [] as OwnAnswerVersion[], readiness: [] as ReadinessDay[] };

  constructor(
    private readonly onReview: (row: ReviewEvent) => void,
    /** Characters read so far, every few thousand lines. */
    private readonly onProgress?: (chars: number) => void,
  ) {}

  /** Takes the next piece of text; returns the refusal as soon as what came so far is refused. */
  push(piece: string): Refusal | undefined {
    if (this.#refusal) return this.#refusal;
    if (this.#closing) {
      this.#after += piece;
      // Only "]}" and line ends may follow the end record.
      if (this.#after.length > 64 && (this.#after.trim().length > 2 || this.#after.length > MAX_LINE_CHARS)) this.#refusal = refuse('invalid', `line ${this.#endLine + 1}`);
      return this.#refusal;
    }
    const text = this.#pending.length > 0 ? this.#pending + piece : piece;
    let pos = 0;
    for (;;) {
      const end = text.indexOf('\n', pos);
      if (end < 0) break;
      // CRLF from git or a Windows editor: JSON escapes every CR inside a string, so a raw one only
      // ever ends a line, and dropping it gives back the bytes that were hashed.
      const line = text.charCodeAt(end - 1) === 13 && end > pos ? text.slice(pos, end - 1) : text.slice(pos, end);
      pos = end + 1;
      this.#charsRead += line.length + 1;
      this.#refusal = this.#line(line);
      if (this.#refusal) return this.#refusal;
      if (this.#closing) return this.push(text.slice(pos));
    }
    this.#pending = text.slice(pos);
    if (this.#pending.length > MAX_LINE_CHARS) this.#refusal = refuse('invalid', `line ${this.#lines + 1}`);
    return this.#refusal;
  }

  /** After the last piece: the refusal, or the file's other records once its count and checksum match. */
  end(): ReadResult {
    if (this.#refusal) return this.#refusal;
    if (!this.#closing || !this.#header) return refuse('truncated', `line ${this.#lines + 1}`);
    const rest = this.#after.trimEnd();
    // Only the closing brackets missing: a copy cut short, not an edit.
    if (rest === '' || rest === ']') return refuse('truncated', `line ${this.#endLine + 1}`);
    if (rest !== ']}') return refuse('invalid', `line ${this.#endLine + 1}`);
    if (this.#closing.records !== this.#records) return refuse('checksum');
    const digest = Array.from(this.#hash.digest(), (b) => b.toString(16).padStart(2, '0')).join('');
    if (digest !== this.#closing.sha256) return refuse('checksum');
    const { appVersion, exportedAt, deviceId } = this.#header;
    const others: ProgressRest = {
      ...this.#data,
      mockInterviews: this.#collected.mock,
      ownCards: this.#collected.ownCard,
      ownAnswers: this.#collected.ownAnswer,
      readiness: this.#collected.readiness,
      format: PROGRESS_FORMAT,
      version: 2,
      appVersion,
      exportedAt,
      deviceId,
    };
    const settingsProblem = checkSettingsRows(others.settings);
    if (settingsProblem) return refuse(settingsProblem.error, settingsProblem.key);
    const duplicate = findConflictingDuplicate({ ...others, reviews: [] });
    if (duplicate) return refuse('conflicting-duplicate', duplicate);
    return { ok: true, rest: others, reviewCount: this.#reviews };
  }

  #hashLine(line: string) {
    this.#hashParts.push(line, '\n');
    this.#hashChars += line.length + 1;
    if (this.#hashChars >= CHUNK_CHARS) this.#flushHash();
  }

  #flushHash() {
    if (this.#hashChars === 0) return;
    this.#hash.update(this.#encoder.encode(this.#hashParts.join('')));
    this.#hashParts = [];
    this.#hashChars = 0;
  }

  #line(line: string): Refusal | undefined {
    const lineNumber = ++this.#lines;
    if (lineNumber === 1) {
      let head: unknown;
      try {
        head = JSON.parse(`${line}]}`);
      } catch {
        return refuse('invalid', 'line 1');
      }
      const header = v.safeParse(HeaderSchema, head);
      if (!header.success) return refuse('invalid', `line 1: ${v.getDotPath(header.issues[0]) ?? ''}`);
      this.#header = header.output;
      this.#hashLine(line);
      return undefined;
    }
    if (line.startsWith('{"t":"end"')) {
      this.#flushHash();
      let closing: unknown;
      try {
        closing = JSON.parse(line);
      } catch {
        return refuse('invalid', `line ${lineNumber}`);
      }
      if (!v.is(EndSchema, closing)) return refuse('invalid', `line ${lineNumber}`);
      this.#closing = closing;
      this.#endLine = lineNumber;
      return undefined;
    }
    this.#hashLine(line);
    if (this.onProgress && lineNumber % REPORT_EVERY === 0) this.onProgress(this.#charsRead);
    if (!line.endsWith(',')) return refuse('invalid', `line ${lineNumber}`);
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line.slice(0, -1)) as Record<string, unknown>;
    } catch {
      return refuse('invalid', `line ${lineNumber}`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return refuse('invalid', `line ${lineNumber}`);
    const { t: kind, ...row } = record;
    this.#records++;
    if (kind === 'review') {
      const field = reviewRowProblem(row);
      if (field !== undefined) {
        const rating = row.rating;
        return refuse(field === 'rating' && typeof rating === 'number' ? 'rating-out-of-range' : 'invalid', `line ${lineNumber}${field ? `: ${field}` : ''}`);
      }
      this.#reviews++;
      this.onReview(row as unknown as ReviewEvent);
      return undefined;
    }
    if (typeof kind !== 'string' || !Object.hasOwn(SCHEMAS, kind)) return refuse('invalid', `line ${lineNumber}: t`);
    // Settings values are checked for depth and size before any schema recurses into them.
    if (kind === 'setting') {
      const problem = checkSettingsRows([row as unknown as SettingsRow]);
      if (problem) return refuse(problem.error, problem.key);
    }
    if (kind === 'ownCard') {
      const problem = checkOwnCard(row);
      if (problem) return refuse('invalid', `line ${lineNumber}${problem.field ? `: ${problem.field}` : ''}`);
    }
    const checked = v.safeParse(SCHEMAS[kind as keyof typeof SCHEMAS], row);
    if (!checked.success) return refuse('invalid', `line ${lineNumber}: ${v.getDotPath(checked.issues[0]) ?? ''}`);
    switch (kind) {
      case 'card':
        this.#data.userCardData.push(checked.output as UserCardData);
        break;
      case 'setting':
        this.#data.settings.push(checked.output as SettingsRow);
        break;
      case 'interviewDate':
        if (this.#data.interviewDate) return refuse('invalid', `line ${lineNumber}: a second interview date`);
        this.#data.interviewDate = checked.output as InterviewDate;
        break;
      default:
        (this.#collected[kind as CollectedKind] as unknown[]).push(checked.output);
    }
    return undefined;
  }
}

/** The record kinds a reader gathers in lists (the others are answers, cards, settings and the date). */
type CollectedKind = 'mock' | 'ownCard' | 'ownAnswer' | 'readiness';

/** How a text (or the first piece of one) declares itself. */
export type FileKind = { kind: 'refused'; refusal: Refusal } | { kind: 'lines' } | { kind: 'whole' };

/**
 * Tells from the start of a file (its first 200 characters are enough) whether it is read line by
 * line (version 2 as the app writes it), refused at once (empty, or a newer version), or parsed
 * whole (version 1, or anything else, which the whole parse then names).
 */
export function kindOfFile(start: string, complete: boolean): FileKind {
  if (complete && /^\s*$/.test(start)) return { kind: 'refused', refusal: refuse('empty') };
  const version = VERSION_PREFIX.exec(start.slice(0, 200))?.[1];
  if (version !== undefined && Number(version) > PROGRESS_VERSION) return { kind: 'refused', refusal: refuse('newer-version') };
  if (version === '2' && start.startsWith(`{"format":${JSON.stringify(PROGRESS_FORMAT)},"version":2,`)) return { kind: 'lines' };
  return { kind: 'whole' };
}

/** Some editors save UTF-8 with a byte-order mark, which JSON.parse refuses. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Validates everything before anything is written, the whole file in memory (tests, the recovery
 * screen, version-1 files). Answers' times are not judged here: an answer out of this computer's
 * clock range is held apart by the import (core/event-time.ts), never refused.
 */
export async function parseProgressFile(input: string, { onProgress }: { onProgress?: CheckProgress } = {}): Promise<ParseResult> {
  const text = withoutBom(input);
  // UTF-16 length is at most the byte length, so this only catches what the host missed; first,
  // before anything copies or scans the text.
  if (isProgressFileTooLarge(text.length)) return refuse('too-large');
  const kind = kindOfFile(text, true);
  if (kind.kind === 'refused') return kind.refusal;
  if (kind.kind === 'lines') {
    const reviews: ReviewEvent[] = [];
    const reader = new ProgressReader((row) => reviews.push(row), onProgress && ((chars) => onProgress(chars, text.length)));
    reader.push(text);
    const read = reader.end();
    if (!read.ok) return read;
    const file: ProgressFile = { ...read.rest, reviews };
    const duplicate = findConflictingDuplicate(file);
    if (duplicate) return refuse('conflicting-duplicate', duplicate);
    onProgress?.(text.length, text.length);
    return { ok: true, file };
  }
  return parseWhole(text, onProgress);
}

/** A file that is not version 2 as the app writes it: version 1, or not ours, once parsed whole. */
export async function parseWhole(text: string, onProgress?: CheckProgress): Promise<ParseResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('not-json');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROGRESS_FORMAT) return refuse('foreign');
  const declared = (data as { version?: unknown }).version;
  if (typeof declared === 'number' && declared > PROGRESS_VERSION) return refuse('newer-version');
  // A version-2 file is hashed as written: laid out again (an editor's "format document"), it was changed.
  if (declared === 2) return refuse('checksum');
  return readProgressFileV1(data, onProgress);
}

