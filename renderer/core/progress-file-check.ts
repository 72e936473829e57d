// The check of a progress file as messages, so that it runs in a Web Worker (services/
// check-progress-file.ts) and the page stays responsive. The worker reads the file in pieces
// (progress-file.ts ProgressReader, the one validation there is), never holding it whole:
// - 'check': reads it to its end and hands back everything but the answers, and their count;
// - 'stream': reads it again and hands the answers over in batches, as many ahead as the page has
//   asked for ('more'), ending with 'end' once the file checked out again, checksum included. An
//   import writes the batches as they come, in one transaction that only 'end' lets commit.
// Version-1 files (and anything not written line by line) are parsed whole, as before. Without a
// worker (unit tests) the same messages pass in memory.
import { isProgressFileTooLarge } from './progress-file-name';
import { kindOfFile, parseWhole, ProgressReader, withoutBom, type CheckProgress, type ParseResult, type ProgressFileError, type ProgressRest, type ReadResult } from './progress-file';
import { BATCH_ROWS, type ReviewBatches } from './review-source';
import type { TaskProgress } from './task-progress';
import type { ReviewEvent } from './types';

export type CheckRequest = { type: 'check' | 'stream'; file: Blob } | { type: 'more' };

export type CheckMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'refused'; error: ProgressFileError; detail?: string }
  /** The check passed: the file but its answers, and how many answers it has. */
  | { type: 'checked'; file: ProgressRest; reviewCount: number }
  | { type: 'reviews'; rows: ReviewEvent[] }
  /** The last batch was sent and the file checked out again. */
  | { type: 'end'; reviewCount: number }
  | { type: 'failed'; message: string };

export type CheckResult = Extract<ParseResult, { ok: false }> | { ok: true; file: ProgressRest; reviewCount: number };

/** Batches a stream sends before the page asks for more: the worker reads ahead while the page writes. */
export const BATCHES_AHEAD = 2;

export function isCheckRequest(data: unknown): data is CheckRequest {
  if (typeof data !== 'object' || data === null) return false;
  const request = data as { type?: unknown; file?: unknown };
  return request.type === 'more' || ((request.type === 'check' || request.type === 'stream') && request.file instanceof Blob);
}

/** The worker's side: answers one check or one stream, taking 'more' while a stream runs. */
export class CheckAnswerer {
  #credit = BATCHES_AHEAD;
  #wake: (() => void) | undefined;

  constructor(private readonly post: (message: CheckMessage) => void) {}

  take(request: unknown): void {
    if (!isCheckRequest(request)) {
      this.post({ type: 'failed', message: 'malformed request' });
      return;
    }
    if (request.type === 'more') {
      this.#credit++;
      this.#wake?.();
      return;
    }
    const run = request.type === 'check' ? this.#check(request.file) : this.#stream(request.file);
    run.catch((error: unknown) => this.post({ type: 'failed', message: String(error) }));
  }

  async #check(file: Blob): Promise<void> {
    const read = await readFile(file, () => {}, (done, total) => this.post({ type: 'progress', done, total }));
    this.post(read.ok ? { type: 'checked', file: read.rest, reviewCount: read.reviewCount } : { type: 'refused', error: read.error, detail: read.detail });
  }

  async #stream(file: Blob): Promise<void> {
    const batch: ReviewEvent[] = [];
    let sent = 0;
    const send = async (rows: ReviewEvent[]) => {
      while (this.#credit <= 0) await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#credit--;
      sent += rows.length;
      this.post({ type: 'reviews', rows });
    };
    const read = await readFile(
      file,
      (row) => {
        batch.push(row);
      },
      undefined,
      async () => {
        while (batch.length >= BATCH_ROWS) await send(batch.splice(0, BATCH_ROWS));
      },
    );
    if (!read.ok) {
      this.post({ type: 'refused', error: read.error, detail: read.detail });
      return;
    }
    if (batch.length > 0) await send(batch.splice(0));
    if (sent !== read.reviewCount) throw new Error('answers lost in the hand-over');
    this.post({ type: 'end', reviewCount: sent });
  }
}

/**
 * Reads a file through the one check there is, each answer to `onReview`; `between` runs after
 * each piece read (where a stream hands over its batches and waits for the page).
 */
async function readFile(
  file: Blob,
  onReview: (row: ReviewEvent) => void,
  onProgress?: CheckProgress,
  between: () => Promise<void> = async () => {},
): Promise<ReadResult> {
  if (isProgressFileTooLarge(file.size)) return { ok: false, error: 'too-large' };
  const pieces = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  try {
    // Enough of the start to tell what the file is.
    let start = '';
    let done = false;
    while (!done && start.length < 200) {
      const next = await pieces.read();
      if (next.done) done = true;
      else start += next.value;
    }
    start = withoutBom(start);
    const kind = kindOfFile(start, done);
    if (kind.kind === 'refused') return kind.refusal;
    if (kind.kind === 'whole') {
      const parts = [start];
      for (let next = done ? undefined : await pieces.read(); next && !next.done; next = await pieces.read()) parts.push(next.value);
      const parsed = await parseWhole(parts.join(''), onProgress);
      if (!parsed.ok) return parsed;
      const { reviews, ...rest } = parsed.file;
      for (const row of reviews) onReview(row);
      await between();
      return { ok: true, rest, reviewCount: reviews.length };
    }
    const reader = new ProgressReader(onReview, onProgress && ((chars) => onProgress(chars, file.size)));
    let piece: string | undefined = start;
    while (piece !== undefined) {
      const refused = reader.push(piece);
      if (refused) return refused;
      await between();
      const next = done ? undefined : await pieces.read();
      piece = next && !next.done ? next.value : undefined;
    }
    const read = reader.end();
    onProgress?.(file.size, file.size);
    return read;
  } finally {
    await pieces.cancel().catch(() => {});
  }
}

/** The page's side of a check: reports its progress, and returns the result after the last message. */
export class CheckReceiver {
  constructor(private readonly onProgress?: (progress: TaskProgress) => void) {}

  /** The result once the check is over; undefined while messages are still to come. */
  take(message: unknown): CheckResult | undefined {
    if (!isCheckMessage(message)) throw new Error('progress file check: unexpected message');
    switch (message.type) {
      case 'progress':
        this.onProgress?.({ phase: 'checking', done: Math.min(message.done, message.total), total: message.total });
        return undefined;
      case 'checked':
        return { ok: true, file: message.file, reviewCount: message.reviewCount };
      case 'refused':
        return { ok: false, error: message.error, detail: message.detail };
      case 'failed':
        throw new Error(`progress file check failed: ${message.message}`);
      default:
        throw new Error(`progress file check: unexpected ${message.type}`);
    }
  }
}

/**
 * The page's side of a stream: batches as they arrive, each taken one asking the worker for one
 * more. `ask` sends 'more'; `stop` ends the reading (the worker, or the in-memory answerer).
 */
export class StreamReceiver implements ReviewBatches {
  #batches: ReviewEvent[][] = [];
  #ended = false;
  #error: Error | undefined;
  #wake: (() => void) | undefined;

  constructor(
    private readonly ask: () => void,
    private readonly stop: () => void,
  ) {}

  get ready(): boolean {
    return this.#batches.length > 0 || this.#ended || this.#error !== undefined;
  }

  take(message: unknown): void {
    if (!isCheckMessage(message)) this.#error = new Error('progress file stream: unexpected message');
    else if (message.type === 'reviews') this.#batches.push(message.rows);
    else if (message.type === 'end') this.#ended = true;
    else if (message.type === 'refused') this.#error = new Error(`progress file stream: the file now reads differently (${message.error})`);
    else if (message.type === 'failed') this.#error = new Error(`progress file stream failed: ${message.message}`);
    else if (message.type !== 'progress') this.#error = new Error(`progress file stream: unexpected ${message.type}`);
    this.#wake?.();
  }

  fail(error: Error): void {
    this.#error ??= error;
    this.#wake?.();
  }

  async next(): Promise<ReviewEvent[] | null> {
    while (!this.ready) await new Promise<void>((resolve) => (this.#wake = resolve));
    this.#wake = undefined;
    if (this.#error) throw this.#error;
    const batch = this.#batches.shift();
    if (!batch) return null;
    this.ask();
    return batch;
  }

  close(): void {
    this.#ended = true;
    this.stop();
  }
}

function isCheckMessage(data: unknown): data is CheckMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as { type?: unknown; rows?: unknown; file?: unknown; done?: unknown; total?: unknown; reviewCount?: unknown };
  switch (message.type) {
    case 'progress':
      return typeof message.done === 'number' && typeof message.total === 'number';
    case 'checked':
      return typeof message.reviewCount === 'number' && typeof message.file === 'object' && message.file !== null;
    case 'end':
      return typeof message.reviewCount === 'number';
    case 'reviews':
      return Array.isArray(message.rows);
    case 'refused':
    case 'failed':
      return true;
    default:
      return false;
  }
}
