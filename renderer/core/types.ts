// Plain data shared by the core, the database and the progress file. Dates are epoch
// milliseconds: they index well in IndexedDB, compare cheaply and survive JSON unchanged.

export type Rating = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** One answer: immutable, the source of truth for everything derived. */
export interface ReviewEvent {
  /** Sortable by time and unique across machines (see newEventId). */
  id: string;
  cardId: string;
  rating: Rating;
  reviewedAt: number;
  durationMs: number;
  deviceId: string;
}

/** FSRS state of a card, derived from its events by replayReviews. */
export interface CardState {
  cardId: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview: number | null;
}

/** What the learner adds to a card; not derived from the log, so it is exported beside it. */
export interface UserCardData {
  cardId: string;
  /** 0 none, 1-4 the flag colours (red, orange, green, blue). */
  flag: 0 | 1 | 2 | 3 | 4;
  /** 0 or 1: IndexedDB cannot index booleans. */
  suspended: 0 | 1;
  /** Epoch ms until which the card is buried; 0 when it is not. */
  buriedUntil: number;
  note: string;
  /**
   * `<locale>:<content hash>` of the card the last time it was answered, to tell a revised
   * answer (see core/revision.ts); '' before the first answer.
   */
  seenHash: string;
  /** When the learner last changed flag, suspended, buriedUntil or note; 0 if never. */
  updatedAt: number;
}

export interface SettingsRow {
  key: string;
  value: unknown;
}
