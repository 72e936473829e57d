// The only module that talks to ts-fsrs. `now` is always passed in, so every result is a pure
// function of (state, rating, time): replaying the log reproduces the stored states exactly.
import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRSParameters, type Grade } from 'ts-fsrs';
import { paramsAt, toFsrsParameters, type SchedulingHistory, type SchedulingParams } from './settings';
import { RATINGS, type CardState, type Rating } from './types';

export interface Scheduler {
  /**
   * The state after answering `rating` at `now`; `previous` undefined means a new card. ts-fsrs
   * refuses an answer days before the card's last one (see hasAnswerAfter): such an answer sorts
   * before that one in the log, and the card's history is replayed instead.
   */
  next(cardId: string, previous: CardState | undefined, rating: Rating, now: number): CardState;
  /**
   * When each rating would make the card due next. For a card with an answer after `now` (given
   * while the clock was ahead), that later answer decides: every rating shows the card's due date.
   */
  preview(cardId: string, previous: CardState | undefined, now: number): Record<Rating, number>;
  retrievability(state: CardState, now: number): number;
}

export function createScheduler(overrides: Partial<FSRSParameters> = {}): Scheduler {
  const engine = fsrs(generatorParameters(overrides));
  const toCard = (cardId: string, state: CardState | undefined, now: number): Card =>
    state
      ? {
          due: new Date(state.due),
          stability: state.stability,
          difficulty: state.difficulty,
          elapsed_days: state.elapsedDays,
          scheduled_days: state.scheduledDays,
          learning_steps: state.learningSteps,
          reps: state.reps,
          lapses: state.lapses,
          state: state.state,
          ...(state.lastReview === null ? {} : { last_review: new Date(state.lastReview) }),
        }
      : createEmptyCard(new Date(now));
  const fromCard = (cardId: string, card: Card): CardState => ({
    cardId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState['state'],
    lastReview: card.last_review ? card.last_review.getTime() : null,
  });
  return {
    next(cardId, previous, rating, now) {
      const { card } = engine.next(toCard(cardId, previous, now), new Date(now), rating as Grade);
      return fromCard(cardId, card);
    },
    preview(cardId, previous, now) {
      if (previous && hasAnswerAfter(previous, now)) return { 1: previous.due, 2: previous.due, 3: previous.due, 4: previous.due };
      const card = toCard(cardId, previous, now);
      const result = {} as Record<Rating, number>;
      for (const rating of RATINGS) {
        result[rating] = engine.next(card, new Date(now), rating as Grade).card.due.getTime();
      }
      return result;
    },
    retrievability(state, now) {
      return engine.get_retrievability(toCard(state.cardId, state, now), new Date(now), false);
    },
  };
}

/**
 * Whether the card's log holds an answer given after `time` (its clock was ahead then). An answer
 * at `time` sorts before that one, so its state comes from replaying the card's history.
 */
export function hasAnswerAfter(state: CardState | undefined, time: number): boolean {
  return state?.lastReview != null && state.lastReview >= time;
}

/**
 * Schedulers for the parameters in force at any time (see paramsAt), each built once per distinct
 * parameter set, the first time it is asked for: a replay asks once per answer, and working the
 * parameters out for each of 100,000 answers doubled its time; a start asks for none before its
 * first answer.
 */
export function createSchedulerTimeline(history: SchedulingHistory): (time: number) => Scheduler {
  const built = new Map<string, Scheduler>();
  type Slot = { from: number; params: SchedulingParams; scheduler?: Scheduler };
  const schedulerOf = (slot: Slot): Scheduler => {
    if (!slot.scheduler) {
      const key = JSON.stringify(slot.params);
      slot.scheduler = built.get(key) ?? createScheduler(toFsrsParameters(slot.params));
      built.set(key, slot.scheduler);
    }
    return slot.scheduler;
  };
  const before: Slot = { from: -Infinity, params: paramsAt([], 0) };
  const slots: Slot[] = history.map((entry) => ({ from: entry.from, params: entry.params }));
  return (time) => {
    let found = before;
    for (const slot of slots) {
      if (slot.from <= time) found = slot;
      else break;
    }
    return schedulerOf(found);
  };
}
