// Reads and checks a progress file off the page's thread: a module Web Worker runs the check
// (core/progress-file-check.ts), and later, for an import, reads the file again and hands its
// answers over in batches as they are written. The page never holds the file, nor all its
// answers. Where there are no workers (unit tests under Node), or the worker script cannot start,
// the same code runs here.
import { CheckAnswerer, CheckReceiver, StreamReceiver, type CheckMessage, type CheckRequest, type CheckResult } from '../core/progress-file-check';
import type { ParseResult } from '../core/progress-file';
import { isProgressFileTooLarge } from '../core/progress-file-name';
import type { CheckedProgress, ReviewBatches, ReviewSource } from '../core/review-source';
import type { TaskOptions } from '../core/task-progress';

export type CheckedFile = Extract<ParseResult, { ok: false }> | { ok: true; file: CheckedProgress };

/**
 * Parses and validates a file (see ProgressReader). Rejects with an AbortError when `signal` is
 * aborted. A Blob goes to the worker as it is: the page never holds the file's text. The answers
 * are not kept: the result reads them again, in batches, when they are imported.
 */
export async function checkProgressFile(input: string | Blob, { onProgress, signal }: TaskOptions = {}): Promise<CheckedFile> {
  signal?.throwIfAborted();
  // Refused from its size alone, before it is copied or read.
  if (isProgressFileTooLarge(typeof input === 'string' ? input.length : input.size)) return { ok: false, error: 'too-large' };
  onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const file = typeof input === 'string' ? new Blob([input]) : input;
  const receiver = new CheckReceiver(onProgress);
  const result = await new Promise<CheckResult>((resolve, reject) => {
    const channel = openChannel(
      { type: 'check', file },
      (message) => {
        try {
          const result = receiver.take(message);
          if (!result) return;
          channel.stop();
          resolve(result);
        } catch (error) {
          channel.stop();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
      (error) => {
        channel.stop();
        reject(error);
      },
    );
    const cancel = () => {
      channel.stop();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', cancel, { once: true });
  });
  if (!result.ok) return result;
  return { ok: true, file: { ...result.file, reviews: reviewsOf(file, result.reviewCount) } };
}

/** The answers of a checked file, read again from it in batches each time they are opened. */
function reviewsOf(file: Blob, count: number): ReviewSource {
  return {
    count,
    open(): ReviewBatches {
      let stream: StreamReceiver | undefined = undefined;
      const channel = openChannel(
        { type: 'stream', file },
        (message) => stream!.take(message),
        (error) => stream!.fail(error),
      );
      stream = new StreamReceiver(
        () => channel.send({ type: 'more' }),
        () => channel.stop(),
      );
      return stream;
    },
  };
}

interface Channel {
  send(request: CheckRequest): void;
  stop(): void;
}

/**
 * A worker answering `first`, then what is sent to it; without workers, or when the worker cannot
 * start, the same answerer on the page.
 */
function openChannel(first: CheckRequest, onMessage: (message: unknown) => void, onError: (error: Error) => void): Channel {
  if (typeof Worker === 'undefined') return onPage(first, onMessage);
  const worker = new Worker(new URL('./check-progress-file.worker.ts', import.meta.url), { type: 'module', name: 'check-progress-file' });
  let heard = false;
  let fallback: Channel | undefined;
  let stopped = false;
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    heard = true;
    if (!stopped) onMessage(event.data);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    if (stopped) return;
    if (heard) {
      onError(new Error(`progress file check: ${event.message}`));
      return;
    }
    // The worker never started (a host that cannot serve it): check here rather than refuse.
    console.warn('progress file check: no worker, checking on the page', event.message);
    fallback = onPage(first, onMessage);
  });
  worker.postMessage(first);
  return {
    send(request) {
      if (fallback) fallback.send(request);
      else worker.postMessage(request);
    },
    stop() {
      stopped = true;
      worker.terminate();
      fallback?.stop();
    },
  };
}

function onPage(first: CheckRequest, onMessage: (message: unknown) => void): Channel {
  let stopped = false;
  const answerer = new CheckAnswerer((message: CheckMessage) => {
    if (!stopped) onMessage(message);
  });
  answerer.take(first);
  return {
    // A task of its own, as a worker's message is: a request sent from inside a database
    // transaction must not run the reading in the transaction's zone.
    send: (request) => void setTimeout(() => answerer.take(request)),
    stop: () => void (stopped = true),
  };
}
