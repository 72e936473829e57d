// The storage trouble currently shown to the learner (see db/storage-health.ts), app-wide.
import type { StorageTrouble } from '../db/storage-health';

export const storageTrouble = $state<{ kind: StorageTrouble | undefined }>({ kind: undefined });

/** Once the database is unusable (deleted, upgraded elsewhere), nothing milder replaces that. */
export function reportStorageTrouble(kind: StorageTrouble): void {
  if (storageTrouble.kind === 'deleted' || storageTrouble.kind === 'upgraded-elsewhere') return;
  storageTrouble.kind = kind;
}

export function clearStorageTrouble(kind: StorageTrouble): void {
  if (storageTrouble.kind === kind) storageTrouble.kind = undefined;
}
