// Reads and checks a progress file off the page's thread: a module Web Worker runs the check
// (core/progress-file-check.ts) and the page only takes the answers back, in pieces. Where there
// are no workers (unit tests under Node), or the worker script cannot start, the same check runs
// here.
import { answerCheck, CheckReceiver, type CheckMessage, type CheckRequest } from '../core/progress-file-check';
import { isProgressFileTooLarge, type ParseResult } from '../core/progress-file';
import type { TaskOptions } from '../core/task-progress';

/**
 * Parses and validates a file (see parseProgressFile). Rejects with an AbortError when `signal` is
 * aborted. A Blob goes to the worker as it is: the page never holds the file's text.
 */
export async function checkProgressFile(input: string | Blob, { onProgress, signal }: TaskOptions = {}): Promise<ParseResult> {
  signal?.throwIfAborted();
  // Refused from its size alone, before it is copied or read.
  if (isProgressFileTooLarge(typeof input === 'string' ? input.length : input.size)) return { ok: false, error: 'too-large' };
  onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const request: CheckRequest = { file: typeof input === 'string' ? new Blob([input]) : input };
  if (typeof Worker === 'undefined') return checkHere(request, onProgress, signal);
  return new Promise<ParseResult>((resolve, reject) => {
    const worker = new Worker(new URL('./check-progress-file.worker.ts', import.meta.url), { type: 'module', name: 'check-progress-file' });
    const receiver = new CheckReceiver(onProgress);
    let heard = false;
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      stop();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      heard = true;
      try {
        const result = receiver.take(event.data);
        if (result) {
          stop();
          resolve(result);
        }
      } catch (error) {
        stop();
        reject(error);
      }
    });
    worker.addEventListener('error', (event) => {
      stop();
      event.preventDefault();
      if (heard) {
        reject(new Error(`progress file check: ${event.message}`));
        return;
      }
      // The worker never started (a host that cannot serve it): check here rather than refuse.
      console.warn('progress file check: no worker, checking on the page', event.message);
      checkHere(request, onProgress, signal).then(resolve, reject);
    });
    worker.postMessage(request);
  });
}

async function checkHere(request: CheckRequest, onProgress: TaskOptions['onProgress'], signal: AbortSignal | undefined): Promise<ParseResult> {
  const receiver = new CheckReceiver(onProgress);
  let result: ParseResult | undefined;
  await answerCheck(request, (message: CheckMessage) => {
    result ??= receiver.take(message);
  });
  signal?.throwIfAborted();
  if (!result) throw new Error('progress file check: no result');
  return result;
}
