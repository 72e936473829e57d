// What a progress file holds once read, whatever its version: the header and the data, as plain
// values (progress-file.ts reads and writes them).
import type { MockInterview } from './mock/mock-interview';
import type { OwnAnswerVersion } from './own-cards/own-answer';
import type { OwnCard } from './own-cards/own-card';
import type { InterviewDate, ReadinessDay } from './plan/interview-date';
import type { ReviewEvent, SettingsRow, UserCardData } from './types';

export const PROGRESS_FORMAT = 'mlops-flashcards-progress';

/** Everything a progress file carries, as plain data. */
export interface ProgressData {
  /** The review log, in log order (compareEvents), with the answers held apart. */
  reviews: readonly ReviewEvent[];
  userCardData: readonly UserCardData[];
  settings: readonly SettingsRow[];
  mockInterviews: readonly MockInterview[];
  ownCards: readonly OwnCard[];
  ownAnswers: readonly OwnAnswerVersion[];
  interviewDate: InterviewDate | null;
  readiness: readonly ReadinessDay[];
}

export interface ProgressHeader {
  format: typeof PROGRESS_FORMAT;
  /** The version the file was written in (1 for an old file read by this app). */
  version: 1 | 2;
  appVersion: string;
  /** ISO 8601, UTC. */
  exportedAt: string;
  deviceId: string;
}

export type ProgressFile = ProgressHeader & ProgressData;

/** What a file holds besides its answers: small, so a reader hands it over whole. */
export type ProgressRest = Omit<ProgressFile, 'reviews'>;

export function emptyProgress(): ProgressData {
  return { reviews: [], userCardData: [], settings: [], mockInterviews: [], ownCards: [], ownAnswers: [], interviewDate: null, readiness: [] };
}

export type ProgressFileError =
  | 'empty'
  | 'too-large'
  | 'not-json'
  /** A version-2 file that stops before its end record. */
  | 'truncated'
  | 'foreign'
  | 'newer-version'
  | 'invalid'
  | 'rating-out-of-range'
  | 'setting-invalid'
  | 'settings-too-large'
  | 'checksum'
  | 'conflicting-duplicate';

export type ParseResult =
  | { ok: true; file: ProgressFile }
  | {
      ok: false;
      error: ProgressFileError;
      /** Where in the file, e.g. `line 12: rating` or `reviews[12].rating`, or the offending id or settings key. */
      detail?: string;
    };

/** How far the check has got: `done` of `total` steps. */
export type CheckProgress = (done: number, total: number) => void;
