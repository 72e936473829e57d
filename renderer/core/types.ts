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
