// How long an answer takes, for the plan's minutes: the learner's own median times once there are
// enough answers to trust them, else the assumptions (30 s a new card, 10 s a review).
export const OWN_TIMES_AFTER_ANSWERS = 50;
export const ASSUMED_NEW_SECONDS = 30;
export const ASSUMED_REVIEW_SECONDS = 10;

export interface AnswerTimes {
  /** Answers given so far, all cards. */
  answers: number;
  /** Median seconds of a card's first answer; null when there is none yet. */
  medianNewSeconds: number | null;
  /** Median seconds of every later answer; null when there is none yet. */
  medianReviewSeconds: number | null;
}

export interface SecondsPerAnswer {
  newCard: number;
  review: number;
  /** Whether these are the learner's own times (the UI says which). */
  own: boolean;
}

export function secondsPerAnswer(times: AnswerTimes): SecondsPerAnswer {
  const { answers, medianNewSeconds, medianReviewSeconds } = times;
  if (answers < OWN_TIMES_AFTER_ANSWERS) return { newCard: ASSUMED_NEW_SECONDS, review: ASSUMED_REVIEW_SECONDS, own: false };
  return {
    newCard: medianNewSeconds ?? ASSUMED_NEW_SECONDS,
    review: medianReviewSeconds ?? ASSUMED_REVIEW_SECONDS,
    own: true,
  };
}
