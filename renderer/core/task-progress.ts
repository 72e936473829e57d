// How long work (an import, a restore, a rebuild from history) says how far it has got, so the
// screen can show a progress bar with counts, and how it is told to stop. Plain data: the db
// layer and the file check report it, the screens draw it.

/**
 * - reading: the file is being read and parsed (no count yet: JSON.parse is one call).
 * - checking: the file's answers are checked (fields, dates, checksum, duplicates): `done` and
 *   `total` count steps of that check, several per answer, so only their ratio means anything.
 * - comparing: this computer's answers are compared with the file's (the preview).
 * - backing-up: the current state is kept in a backup before a restore (no count).
 * - reading-history, writing, replaying: answers read from the log, written, replayed.
 * - saving: the statistics' slots and the card states are written (a ratio, not answers).
 */
export type TaskPhase = 'reading' | 'checking' | 'comparing' | 'backing-up' | 'reading-history' | 'writing' | 'replaying' | 'saving';

export interface TaskProgress {
  phase: TaskPhase;
  done: number;
  /** 0 while the amount of work is not known yet (an indeterminate bar). */
  total: number;
}

export type ProgressListener = (progress: TaskProgress) => void;

/** What a long operation accepts: where to report its progress, and a signal that stops it. */
export interface TaskOptions {
  onProgress?: ProgressListener;
  /** Aborting it stops the work between two steps; a write is then rolled back whole. */
  signal?: AbortSignal;
}

/** Phases whose `done` and `total` count answers; the others only have a ratio (or nothing). */
export function countsAnswers(phase: TaskPhase): boolean {
  return phase === 'comparing' || phase === 'reading-history' || phase === 'writing' || phase === 'replaying';
}

/**
 * Whether work that failed was stopped by the learner. Asked of the signal, not of the error's
 * name: a transaction the browser aborts (a full disk) also fails its pending requests with an
 * AbortError, and that must read as the failure it is.
 */
export function wasCancelled(options: TaskOptions): boolean {
  return options.signal?.aborted === true;
}
