// Names the storage failures a learner can act on. IndexedDB and Dexie report them as errors
// with these names (Dexie wraps the DOMException and keeps its name, or keeps it as `inner`).
export type StorageFailure = 'quota' | 'closed' | 'other';

export function classifyStorageError(error: unknown): StorageFailure {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { inner?: unknown }).inner, depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return 'quota';
    if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return 'closed';
  }
  return 'other';
}
