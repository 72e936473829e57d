// A mock interview as it is kept and carried in progress files: what was asked, what the learner
// answered and how it was judged. Recordings are not here: they stay on this computer
// (db/recordings), too big for a file that must travel.
import type { Locale } from '../../../content/schema';
import type { Rating } from '../types';

export interface MockSettings {
  /** Deck section ids, or own sections ('own:<slug>'); empty means every section. */
  sections: string[];
  questionCount: number;
  secondsPerQuestion: number;
  /** The interview's language, independent of the interface's. */
  locale: Locale;
  weakFirst: boolean;
  readAloud: boolean;
}

export interface MockQuestion {
  cardId: string;
  /** Epoch ms the question was shown; 0 before it was reached. */
  startedAt: number;
  /** Epoch ms the learner ended the answer; 0 while unanswered. */
  endedAt: number;
  outline: string;
  /** Indexes of the key points the app pre-ticked from the outline. */
  suggested: number[];
  /** Indexes of the key points the learner confirmed as covered. */
  covered: number[];
  keyPointCount: number;
  /** The rating recorded in the review log, or 0 when the learner chose not to record one. */
  rating: Rating | 0;
  /** The review event the answer became, '' when none. */
  reviewId: string;
}

export type MockStatus = 'running' | 'finished';

export interface MockInterview {
  /** Sortable by time and unique across machines (core/event-id.ts). */
  id: string;
  startedAt: number;
  status: MockStatus;
  settings: MockSettings;
  questions: MockQuestion[];
  /** Last change; a running interview's latest copy wins a merge, a finished one never changes. */
  updatedAt: number;
  deviceId: string;
}

/** A spoken answer: kept only on the computer that recorded it. */
export interface Recording {
  id: string;
  interviewId: string;
  questionIndex: number;
  mimeType: string;
  bytes: number;
  createdAt: number;
  audio: Blob;
}
