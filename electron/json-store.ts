// A small JSON file in userData that the main process owns (window bounds, menu preferences).
// Reads are validated: a missing, corrupt or hand-edited file reads as "nothing saved" instead of
// breaking start-up. Writes are atomic and run one after another, so the last one wins whole.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './files';

export interface JsonStore<T> {
  load(): Promise<T | undefined>;
  save(value: T): Promise<void>;
}

export function createJsonStore<T>(path: string, parse: (value: unknown) => T | undefined): JsonStore<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return undefined;
      }
      try {
        return parse(JSON.parse(text));
      } catch {
        return undefined;
      }
    },
    save(value) {
      const write = queue.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
      });
      // A failed write must not block the ones after it; the caller still sees its own failure.
      queue = write.catch(() => undefined);
      return write;
    },
  };
}
