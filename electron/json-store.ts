// A small JSON file in userData that the main process owns (window bounds, menu preferences).
// Reads are validated: a missing, corrupt or hand-edited file reads as "nothing saved" instead of
// breaking start-up. Writes are atomic and run one after another, so the last one wins whole.
import { mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { readTextFileUpTo, sweepTempFiles, writeFileAtomic } from './files';

/** Ours are a few hundred bytes; a bigger file is not ours, and reading it would only delay the start. */
const MAX_JSON_STORE_BYTES = 64 * 1024;

export interface JsonStore<T> {
  load(): Promise<T | undefined>;
  save(value: T): Promise<void>;
  /** Removes the temp files of saves a crash interrupted; run at start. */
  sweep(): Promise<string[]>;
}

export function createJsonStore<T>(path: string, parse: (value: unknown) => T | undefined): JsonStore<T> {
  let queue: Promise<unknown> = Promise.resolve();
  // Every write and the sweep run one after another: a sweep must never remove a save's temp file.
  const enqueue = <R>(run: () => Promise<R>): Promise<R> => {
    const next = queue.then(run);
    // A failed write must not block the ones after it; the caller still sees its own failure.
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    async load() {
      try {
        const file = await readTextFileUpTo(path, MAX_JSON_STORE_BYTES);
        return file.status === 'opened' ? parse(JSON.parse(file.text)) : undefined;
      } catch {
        return undefined;
      }
    },
    save(value) {
      return enqueue(async () => {
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
      });
    },
    sweep() {
      return enqueue(() => sweepTempFiles(dirname(path), (target) => target === basename(path)));
    },
  };
}
