// The check of a progress file as messages, so that it can run in a Web Worker (services/
// check-progress-file.ts) and the page stays responsive: the worker parses and checks the text
// (parseProgressFile, the one validation there is) and hands the answers back in pieces, because
// one structured clone of a long log would hold the page as long as reading it did. Without a
// worker (unit tests) the same messages pass in memory.
import { parseProgressFile, type ParseResult, type ProgressFileError, type ProgressFile } from './progress-file';
import type { TaskProgress } from './task-progress';
import type { ReviewEvent } from './types';

export interface CheckRequest {
  file: Blob;
}

export type CheckMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'refused'; error: ProgressFileError; detail?: string }
  /** The check passed: `reviewCount` answers follow in `reviews` messages. */
  | { type: 'checked'; reviewCount: number }
  | { type: 'reviews'; rows: ReviewEvent[] }
  /** Last: the file without its answers, which came before in `reviews` messages. */
  | { type: 'file'; file: Omit<ProgressFile, 'reviews'>; reviewCount: number }
  | { type: 'failed'; message: string };

/** Answers per hand-over message: about 10 ms of the page's time to take in. */
export const HANDOVER_ROWS = 10_000;
/**
 * The bar counts in thousandths: the check (whose steps are lines or answers, by version) fills the
 * first CHECK_SHARE of them, handing the answers over the rest.
 */
export const PROGRESS_STEPS = 1000;
const CHECK_SHARE = 750;

export function isCheckRequest(data: unknown): data is CheckRequest {
  return typeof data === 'object' && data !== null && (data as CheckRequest).file instanceof Blob;
}

/** The worker's side: checks the text and posts what it found. */
export async function answerCheck(request: CheckRequest, post: (message: CheckMessage) => void): Promise<void> {
  let result: ParseResult;
  try {
    result = await parseProgressFile(await request.file.text(), { onProgress: (done, total) => post({ type: 'progress', done, total }) });
  } catch (error) {
    post({ type: 'failed', message: String(error) });
    return;
  }
  if (!result.ok) {
    post({ type: 'refused', error: result.error, detail: result.detail });
    return;
  }
  const { reviews, ...rest } = result.file;
  post({ type: 'checked', reviewCount: reviews.length });
  for (let start = 0; start < reviews.length; start += HANDOVER_ROWS) post({ type: 'reviews', rows: reviews.slice(start, start + HANDOVER_ROWS) });
  post({ type: 'file', file: rest, reviewCount: reviews.length });
}

/**
 * The page's side: takes the messages in order, reports the check's progress and the hand-over's,
 * and returns the result after the last message.
 */
export class CheckReceiver {
  #reviews: ReviewEvent[] = [];
  #expected = 0;

  constructor(private readonly onProgress?: (progress: TaskProgress) => void) {}

  /** The result once the check is over; undefined while messages are still to come. */
  take(message: unknown): ParseResult | undefined {
    if (!isCheckMessage(message)) throw new Error('progress file check: unexpected message');
    switch (message.type) {
      case 'progress':
        this.#report(message.total > 0 ? Math.floor((CHECK_SHARE * message.done) / message.total) : 0);
        return undefined;
      case 'checked':
        this.#expected = message.reviewCount;
        this.#report(CHECK_SHARE);
        return undefined;
      case 'reviews':
        for (const row of message.rows) this.#reviews.push(row);
        this.#report(CHECK_SHARE + Math.floor(((PROGRESS_STEPS - CHECK_SHARE) * this.#reviews.length) / Math.max(1, this.#expected)));
        return undefined;
      case 'refused':
        return { ok: false, error: message.error, detail: message.detail };
      case 'file':
        if (message.reviewCount !== this.#reviews.length) throw new Error('progress file check: answers lost in the hand-over');
        this.#report(PROGRESS_STEPS);
        return { ok: true, file: { ...message.file, reviews: this.#reviews } as ProgressFile };
      case 'failed':
        throw new Error(`progress file check failed: ${message.message}`);
    }
  }

  #report(done: number) {
    this.onProgress?.({ phase: 'checking', done, total: PROGRESS_STEPS });
  }
}

function isCheckMessage(data: unknown): data is CheckMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as { type?: unknown; rows?: unknown; file?: unknown; done?: unknown; total?: unknown };
  switch (message.type) {
    case 'progress':
      return typeof message.done === 'number' && typeof message.total === 'number';
    case 'checked':
      return typeof (message as { reviewCount?: unknown }).reviewCount === 'number';
    case 'reviews':
      return Array.isArray(message.rows);
    case 'file':
      return typeof message.file === 'object' && message.file !== null;
    case 'refused':
    case 'failed':
      return true;
    default:
      return false;
  }
}
