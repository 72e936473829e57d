// The only module that defines IndexedDB's shape. Versions are only ever appended, each with its
// upgrade function; never edit a shipped version (tests/unit/db/upgrade.test.ts opens real old data).
import Dexie, { type EntityTable } from 'dexie';
import type { StatsSlot } from '../core/answer-slots';
import type { MockInterview, Recording } from '../core/mock/mock-interview';
import type { OwnAnswerVersion } from '../core/own-cards/own-answer';
import type { OwnCard } from '../core/own-cards/own-card';
import type { InterviewDate, ReadinessDay } from '../core/plan/interview-date';
import type { CardState, ReviewEvent, SettingsRow, UserCardData } from '../core/types';
import { STATS_BUILT_KEY } from './answer-slots-store';

export interface MetaRow {
  key: string;
  value: unknown;
}

export type { SettingsRow, UserCardData } from '../core/types';

export type FlashcardsDb = Dexie & {
  reviews: EntityTable<ReviewEvent, 'id'>;
  cardStates: EntityTable<CardState, 'cardId'>;
  meta: EntityTable<MetaRow, 'key'>;
  userCardData: EntityTable<UserCardData, 'cardId'>;
  settings: EntityTable<SettingsRow, 'key'>;
  reviewStats: EntityTable<StatsSlot, 'slot'>;
  heldReviews: EntityTable<ReviewEvent, 'id'>;
  mockInterviews: EntityTable<MockInterview, 'id'>;
  recordings: EntityTable<Recording, 'id'>;
  ownCards: EntityTable<OwnCard, 'id'>;
  ownAnswers: EntityTable<OwnAnswerVersion, 'id'>;
  interviewDate: EntityTable<InterviewDateRow, 'key'>;
  readiness: EntityTable<ReadinessDay, 'day'>;
};

/** The one row of `interviewDate`: a table so that it is written in the transactions of the rest. */
export type InterviewDateRow = InterviewDate & { key: typeof INTERVIEW_DATE_KEY };
export const INTERVIEW_DATE_KEY = 'interview';

export const DB_NAME = 'mlops-flashcards';
/** `meta` row holding how many events `reviews` holds (see db/review-log.ts). */
export const REVIEW_COUNT_KEY = 'reviewCount';

// Dexie turns its debug mode on by itself when the page is served from localhost or 127.0.0.1 (the
// browser version of the app, the tests, the benchmark) but not from app:// (desktop). Debug mode
// tags every table operation with an async stack (console.createTask), which slows the start and
// every answer: every host runs as the desktop app does.
Dexie.debug = false;

export function openFlashcardsDb(name = DB_NAME): FlashcardsDb {
  const db = new Dexie(name) as FlashcardsDb;
  db.version(1).stores({
    reviews: 'id, cardId, reviewedAt',
    cardStates: 'cardId, due',
    meta: 'key',
  });
  // v2: per-card user data (flags, suspend, bury, notes) and settings. New tables only: the
  // log and the states of v1 are kept as they are.
  db.version(2).stores({
    userCardData: 'cardId, flag, suspended',
    settings: 'key',
  });
  // v3: the log's size is kept in `meta`, changed by every writer of the log in its transaction.
  // Counted once here. The version also stops windows of older builds, which would write the log
  // without changing the count (they are told the app was upgraded: db/storage-health.ts).
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      await tx.table('meta').put({ key: REVIEW_COUNT_KEY, value: await tx.table('reviews').count() });
    });
  // v4: answers counted per 15-minute slot (core/answer-slots.ts), changed by every writer of the
  // log in its transaction, for the statistics. Not built here: replaying a long log would hold
  // up the start. The statistics screen builds it on first use (db/answer-slots-store.ts); until
  // then the writers' changes land in a table that the build replaces.
  db.version(4).stores({ reviewStats: 'slot' });
  // v5: answers a file brought whose time this computer's clock cannot accept yet (before 2000, or
  // more than a day ahead), held apart and unchanged until it can (db/held-reviews.ts). A new table
  // only: the log of v4 stays as it is, whatever times it holds.
  db.version(5).stores({ heldReviews: 'id, reviewedAt' });
  // v6: what the learner makes besides answers: mock interviews (and their recordings, which never
  // leave this computer), own cards, own answers (immutable versions), the interview date and the
  // readiness worked out each day. New tables only: v5's rows stay as they are.
  db.version(6).stores({
    mockInterviews: 'id, startedAt, status',
    recordings: 'id, interviewId',
    ownCards: 'id, updatedAt',
    ownAnswers: 'id, cardId, savedAt',
    interviewDate: 'key',
    readiness: 'day',
  });
  // v7: each slot also counts the review answers to mature cards (core/answer-slots.ts), which
  // the rows of v4 cannot tell apart: they go, and the statistics screen counts the log again on
  // first use (as after v4). The version also stops windows of older builds, whose writers would
  // add rows without that count.
  db.version(7)
    .stores({})
    .upgrade(async (tx) => {
      await Promise.all([tx.table('reviewStats').clear(), tx.table('meta').delete(STATS_BUILT_KEY)]);
    });
  return db;
}
