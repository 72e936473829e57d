// A progress file's answers as batches that come one after another, so that an import takes in a
// log of any length with flat memory: a file's are read by the check's worker as they are needed
// (services/check-progress-file.ts); answers already in memory (tests, version-1 files, the
// recovery screen) are cut into batches here. The import takes both the same way (db/import-progress.ts).
import type { ProgressFile, ProgressRest } from './progress-data';
import type { ReviewEvent } from './types';

export interface ReviewBatches {
  /**
   * The next batch, or null once the last one was taken and the whole file checked again (its
   * checksum included). Rejects when the file can no longer be read, or reads differently.
   */
  next(): Promise<ReviewEvent[] | null>;
  /**
   * Whether next() has its answer at hand. A database transaction may await only its own requests:
   * an import awaits a batch that is not at hand through Dexie.waitFor, which keeps it open.
   */
  readonly ready: boolean;
  /** Stops reading (after the end, or to give up): frees what the reading holds. */
  close(): void;
}

export interface ReviewSource {
  /** How many answers the batches bring, as the check counted them. */
  readonly count: number;
  /** A new reading from the first answer; each import or preview opens its own. */
  open(): ReviewBatches;
}

/** A checked progress file whose answers come in batches. */
export type CheckedProgress = ProgressRest & { reviews: ReviewSource };

/** Answers per batch: about 2.5 MB of rows, a few milliseconds of the page's time to take in. */
export const BATCH_ROWS = 10_000;

export function reviewsInMemory(rows: readonly ReviewEvent[], batchRows = BATCH_ROWS): ReviewSource {
  return {
    count: rows.length,
    open() {
      let start = 0;
      return {
        ready: true,
        async next() {
          if (start >= rows.length) return null;
          const batch = rows.slice(start, start + batchRows);
          start += batchRows;
          return batch;
        },
        close() {
          start = rows.length;
        },
      };
    },
  };
}

/** A file in memory as a checked one; a checked one as it is. */
export function asChecked(file: ProgressFile | CheckedProgress): CheckedProgress {
  return isSource(file.reviews) ? (file as CheckedProgress) : { ...file, reviews: reviewsInMemory(file.reviews) };
}

function isSource(reviews: readonly ReviewEvent[] | ReviewSource): reviews is ReviewSource {
  return !Array.isArray(reviews);
}
