// Long work inside ONE transaction (an import, a restore, a rebuild from history) that still lets
// the page paint its progress bar and take a click on Cancel. IndexedDB commits a transaction as
// soon as it waits on anything but its own requests (a timer, a worker, an animation frame), so
// the work is cut into chunks of requests and slices of replay, and between them it waits on a
// cheap request of its own: the browser paints while that request goes to the storage process and
// back. Aborting the signal throws between two chunks; the transaction is then rolled back whole.
import type { TaskOptions, TaskPhase } from '../core/task-progress';
import type { ReviewEvent } from '../core/types';
import type { FlashcardsDb } from './db';

export interface ChunkedOptions extends TaskOptions {
  /** Rows per request and answers per replay slice; the defaults suit the app, tests make it small. */
  chunkSize?: number;
}

/** Rows written or read per request: a few thousand rows take the main thread 20-60 ms to clone. */
const CHUNK_ROWS = 2_000;
/** Answers replayed between two checks of the clock (a few milliseconds of ts-fsrs). */
const REPLAY_SLICE = 500;
/** Work between two chances to paint: about two frames. */
const FRAME_MS = 30;

export class Pacer {
  readonly chunkRows: number;
  readonly replaySlice: number;
  #lastPause = performance.now();
  /** While a batch of a larger count runs (see `inBatch`): its phase, where it starts, and the whole count. */
  #batch: { phase: TaskPhase; offset: number; total: number } | undefined;

  /** Inside a transaction that includes `reviews`: the pause reads from it. */
  constructor(
    private readonly db: FlashcardsDb,
    private readonly options: ChunkedOptions = {},
  ) {
    this.chunkRows = options.chunkSize ?? CHUNK_ROWS;
    this.replaySlice = options.chunkSize ?? REPLAY_SLICE;
  }

  /**
   * Between two chunks: stops if asked to; once about two frames of work have passed, reports
   * the progress and lets the page paint. `last` reports it anyway (the count reaches the total),
   * but short work (one answer) never waits on the extra request.
   */
  async step(phase: TaskPhase, done: number, total: number, last = false): Promise<void> {
    this.options.signal?.throwIfAborted();
    const batch = this.#batch;
    if (batch?.phase === phase) {
      done = batch.offset + Math.min(done, total);
      total = batch.total;
    }
    const due = performance.now() - this.#lastPause >= FRAME_MS;
    if (last || due) this.options.onProgress?.({ phase, done, total });
    if (!due) return;
    // A read of a key that does not exist: the cheapest request there is.
    await this.db.reviews.get('');
    this.#lastPause = performance.now();
  }

  /**
   * Runs the work on one batch of a phase counted as a whole (an import's answers, a file batch at
   * a time): counts of that phase reported inside it are counted on from `offset`, out of `total`,
   * so the bar neither restarts nor changes its total at each batch.
   */
  async inBatch<T>(phase: TaskPhase, offset: number, total: number, work: () => Promise<T>): Promise<T> {
    const outer = this.#batch;
    this.#batch = { phase, offset, total };
    try {
      return await work();
    } finally {
      // Put back the batch this one ran in, if any: a batch of one phase may run inside another's.
      this.#batch = outer;
    }
  }

  /** Reports the start of a phase (so its label shows before its first chunk is done). */
  async begin(phase: TaskPhase, total: number): Promise<void> {
    await this.step(phase, 0, total, true);
  }

  /**
   * Runs `write` over `rows`, a chunk at a time, in order. Chunks are issued two at a time, so the
   * storage process writes one while the page prepares the other; awaiting them is the page's
   * chance to paint. Both are issued in the same tick and awaited together: a Dexie promise held
   * across another await is not safe inside a transaction.
   */
  async inChunks<T>(phase: TaskPhase, rows: readonly T[], write: (chunk: T[], start: number) => Promise<unknown>): Promise<void> {
    if (rows.length === 0) return;
    await this.begin(phase, rows.length);
    const size = this.chunkRows;
    for (let start = 0; start < rows.length; start += 2 * size) {
      const middle = Math.min(rows.length, start + size);
      const end = Math.min(rows.length, start + 2 * size);
      await Promise.all([write(rows.slice(start, middle), start), middle < end ? write(rows.slice(middle, end), middle) : undefined]);
      await this.step(phase, end, rows.length, end === rows.length);
    }
  }

  /**
   * Drives a sliced replay of `count` answers (core/replay.ts replayInSlices) to its end. `offset`
   * and `total` place it within a phase made of several replays.
   */
  async replay<T>(steps: Generator<number, T, void>, count: number, offset = 0, total = count): Promise<T> {
    for (;;) {
      const step = steps.next();
      if (step.done) {
        await this.step('replaying', offset + count, total, offset + count === total);
        return step.value;
      }
      await this.step('replaying', offset + step.value, total);
    }
  }

  /** The whole log, read in pages of the primary key (a single read of a long log freezes the page). */
  async readLog(phase: TaskPhase, total: number): Promise<ReviewEvent[]> {
    await this.begin(phase, total);
    const rows: ReviewEvent[] = [];
    let last: string | undefined;
    for (;;) {
      const page = await (last === undefined ? this.db.reviews.orderBy(':id') : this.db.reviews.where(':id').above(last)).limit(this.chunkRows).toArray();
      for (const row of page) rows.push(row);
      const end = page.length < this.chunkRows;
      await this.step(phase, rows.length, Math.max(total, rows.length), end);
      if (end) return rows;
      last = page.at(-1)!.id;
    }
  }
}
