// What keeps progress safe in the background once the app is open: the automatic backups
// (desktop), the last backup on quit (desktop), and the marker that notices a wiped database.
import { untrack } from 'svelte';
import { loadReviewCount } from '../db/review-log';
import type { AppModel } from '../model/app-model.svelte';
import { createAutoBackup } from './auto-backup';
import { isProgressLost, readMarker, writeMarker, type MarkerStorage } from './loss-marker';
import { clearStorageTrouble, reportStorageTrouble, storageTrouble } from '../app/storage-trouble.svelte';

/** Reports 'lost' when the database is empty although this computer had answers. */
export async function checkForLostProgress(model: AppModel, storage: MarkerStorage | undefined): Promise<void> {
  if (!storage) return;
  // The stored count (a lost database loses it too, and then counts its empty log): counting a
  // long log here would hold up the first answers' writes for seconds.
  if (isProgressLost(readMarker(storage), await loadReviewCount(model.db))) reportStorageTrouble('lost');
}

/** The learner knows their progress is gone and starts over: stop warning. */
export function acceptLostProgress(model: AppModel, storage: MarkerStorage | undefined): void {
  if (storage) writeMarker(storage, { deviceId: model.deviceId, reviewCount: 0 });
  clearStorageTrouble('lost');
}

export function startProgressServices(model: AppModel, storage: MarkerStorage | undefined): () => void {
  // A backup (on quit above all) includes the answers still on their way to the database.
  const contents = () => model.backupContents();
  const backups = model.host.backups;
  backups?.onQuit(contents);
  const auto = backups ? createAutoBackup({ backups, contents }) : undefined;

  return $effect.root(() => {
    let previous: number | undefined;
    let marked: number | undefined;
    $effect(() => {
      const count = model.reviewCount;
      untrack(() => {
        // While 'lost' is shown, the marker keeps saying there was progress, until some returns.
        if (storageTrouble.kind === 'lost' && count > 0) clearStorageTrouble('lost');
        // The marker only tells whether there is progress: written when that changes, not on
        // every answer (localStorage writes synchronously, on the way to the next card).
        if (storage && storageTrouble.kind !== 'lost' && (marked === undefined || (count > 0) !== (marked > 0))) {
          writeMarker(storage, { deviceId: model.deviceId, reviewCount: count });
          marked = count;
        }
        if (auto && previous !== undefined && count > previous) {
          auto.afterAnswer().catch((error: unknown) => console.error(error));
        }
        previous = count;
      });
    });
  });
}
