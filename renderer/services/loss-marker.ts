// A note, kept outside IndexedDB, that this computer has progress. When the browser or the
// system throws the database away, the note usually survives (localStorage is a separate
// store), and the app can say "your progress is gone, restore it" instead of starting over
// as if nothing happened.
const KEY = 'mlops-flashcards.progress-marker';

export interface ProgressMarker {
  deviceId: string;
  reviewCount: number;
}

export interface MarkerStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function readMarker(storage: MarkerStorage): ProgressMarker | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { deviceId, reviewCount } = value as Partial<ProgressMarker>;
    return typeof deviceId === 'string' && typeof reviewCount === 'number' ? { deviceId, reviewCount } : undefined;
  } catch {
    return undefined;
  }
}

export function writeMarker(storage: MarkerStorage, marker: ProgressMarker): void {
  try {
    storage.setItem(KEY, JSON.stringify(marker));
  } catch {
    // A full or disabled localStorage only loses this safety net, never progress.
  }
}

/** The database holds nothing, yet this computer had answers: something deleted it. */
export function isProgressLost(marker: ProgressMarker | undefined, totalReviews: number): boolean {
  return marker !== undefined && marker.reviewCount > 0 && totalReviews === 0;
}
