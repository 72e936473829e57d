// Plain data shared by the core, the database and the progress file. Dates are epoch
// milliseconds: they index well in IndexedDB, compare cheaply and survive JSON unchanged.

/** The four answer buttons, as ts-fsrs numbers them (its Rating, without Manual). */
export const Rating = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type Rating = (typeof Rating)[keyof typeof Rating];
export const RATINGS: readonly Rating[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

/** Where a card is in FSRS's learning, as ts-fsrs numbers it (its State) and the stored rows hold it. */
export const State = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type State = (typeof State)[keyof typeof State];

/** The learner's flag on a card: none, or one of four colours (Anki's first four). */
export const Flag = { None: 0, Red: 1, Orange: 2, Green: 3, Blue: 4 } as const;
export type Flag = (typeof Flag)[keyof typeof Flag];
export type FlagColour = Exclude<Flag, typeof Flag.None>;
export const FLAG_COLOURS: readonly FlagColour[] = [Flag.Red, Flag.Orange, Flag.Green, Flag.Blue];

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
  state: State;
  lastReview: number | null;
}

/** A card's note is capped at this many characters (the note box, the store and a progress file's check). */
export const MAX_NOTE_LENGTH = 20_000;

/** What the learner adds to a card; not derived from the log, so it is exported beside it. */
export interface UserCardData {
  cardId: string;
  flag: Flag;
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
