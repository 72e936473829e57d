// What the app keeps live (model/app-model.svelte.ts), read in one transaction: at the start and
// after an import or a restore. One consistent picture of the database, and one round trip to the
// storage process: the start used eight transactions in four rounds, each costing the main thread
// Dexie's bookkeeping while the first screen waited.
import type { Locale } from '../../content/schema';
import { startOfStudyDay } from '../core/study-day';
import { todayFromAnswers, type Today } from '../core/today';
import type { CardState } from '../core/types';
import { loadUserCardData } from './card-data';
import type { FlashcardsDb, UserCardData } from './db';
import { readHeldSummary, type HeldSummary } from './held-reviews';
import { loadInterview, type StoredInterview } from './interview-date-store';
import { loadOwnCards } from './own-card-store';
import type { OwnCard } from '../core/own-cards/own-card';
import { getDeviceId, loadCardStates, loadReviewCount, storedDeviceId, storedReviewCount } from './review-log';
import { loadSavedLocale, loadSettings, type StoredSettings } from './settings-store';

/** A study day is at most 25 hours long (the day the clocks go back), so it began less than this ago. */
const LONGEST_STUDY_DAY_MS = 26 * 3600_000;

export interface AppState {
  deviceId: string;
  savedLocale: Locale | undefined;
  /** Events in the log, hidden ones included (the deck decides which are hidden). */
  reviewCount: number;
  states: Map<string, CardState>;
  userData: Map<string, UserCardData>;
  stored: StoredSettings;
  today: Today;
  /** Answers held apart until the clock accepts their time (db/held-reviews.ts). */
  held: HeldSummary;
  interview: StoredInterview;
  /** Every own card's row, deletion markers included. */
  ownCards: OwnCard[];
}

export async function readAppState(db: FlashcardsDb, now: number): Promise<AppState> {
  const [deviceId, savedLocale, reviewCount, states, userData, stored, recent, held, interview, ownCards] = await db.transaction(
    'r',
    [db.meta, db.cardStates, db.userCardData, db.settings, db.reviews, db.heldReviews, db.interviewDate, db.readiness, db.ownCards],
    () =>
      Promise.all([
        storedDeviceId(db),
        loadSavedLocale(db),
        storedReviewCount(db),
        loadCardStates(db),
        loadUserCardData(db),
        loadSettings(db),
        // Today's start depends on a setting read here: read back to the earliest it can be. Not
        // past now: answers given under a clock that was ahead are not today's.
        db.reviews.where('reviewedAt').between(now - LONGEST_STUDY_DAY_MS, now, true, true).toArray(),
        readHeldSummary(db, now),
        loadInterview(db),
        loadOwnCards(db),
      ]),
  );
  const dayStart = startOfStudyDay(now, stored.settings.dayStartHour);
  return {
    // Written once: on the first start, and in a database from before the count was kept.
    deviceId: deviceId ?? (await getDeviceId(db)),
    reviewCount: reviewCount ?? (await loadReviewCount(db)),
    savedLocale,
    states,
    userData,
    stored,
    today: todayFromAnswers(recent, (id) => states.get(id)?.reps ?? 0, dayStart),
    held,
    interview,
    ownCards,
  };
}
