// The reviews each study day will hold until the interview, from FSRS: every card studied comes
// back when it is due and, answered Good (what a learner answers most), comes back again after the
// interval FSRS gives then. A card introduced later follows the same path from its first answer.
import { createScheduler, type Scheduler } from '../scheduler';
import { toFsrsParameters, type SchedulingParams } from '../settings';
import { nextDayStart, startOfStudyDay } from '../study-day';
import { Rating, State, type CardState } from '../types';

const DAY_MS = 86_400_000;
/** More answers than any card gets in a year of study: it bounds a loop over a state gone wrong. */
const MAX_ANSWERS_PER_CARD = 200;

export interface ReviewForecast {
  /** Answers due each study day from the cards already studied, today first (today's overdue ones included). */
  reviews: number[];
  /**
   * The answers a card brings after its first one, by days since it was introduced: index 0 is
   * its learning steps that same day, then one entry a day.
   */
  perNewCard: number[];
}

export interface ForecastInput {
  states: Iterable<CardState>;
  now: number;
  dayStartHour: number;
  /** Study days to forecast, today's first. */
  days: number;
  params: SchedulingParams;
}

export function forecastReviews(input: ForecastInput): ReviewForecast {
  const { states, now, dayStartHour, days, params } = input;
  // Fuzz would move each interval by a seeded random amount; a forecast wants the plain interval.
  const scheduler = createScheduler(toFsrsParameters({ ...params, fuzz: false }));
  const starts = [startOfStudyDay(now, dayStartHour)];
  for (let i = 0; i < days; i += 1) starts.push(nextDayStart(starts[i]!, dayStartHour));
  const end = starts[days]!;
  const reviews = new Array<number>(days).fill(0);
  for (const state of states) {
    if (state.state === State.New) continue;
    let current = state;
    let at = Math.max(current.due, now, current.lastReview ?? now);
    for (let n = 0; at < end && n < MAX_ANSWERS_PER_CARD; n += 1) {
      reviews[dayIndex(starts, at)]! += 1;
      current = scheduler.next(current.cardId, current, Rating.Good, at);
      at = Math.max(current.due, at + 1);
    }
  }
  return { reviews, perNewCard: newCardAnswers(scheduler, now, days) };
}

/** The study day holding `time`: a binary search over the days' starts (anything before today is today). */
function dayIndex(starts: readonly number[], time: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= time) low = mid;
    else high = mid - 1;
  }
  return low;
}

function newCardAnswers(scheduler: Scheduler, now: number, days: number): number[] {
  const answers = new Array<number>(Math.max(1, days)).fill(0);
  let state = scheduler.next('forecast', undefined, Rating.Good, now);
  for (let n = 0; n < MAX_ANSWERS_PER_CARD; n += 1) {
    const day = Math.floor((state.due - now) / DAY_MS);
    if (day >= answers.length) break;
    answers[day]! += 1;
    state = scheduler.next('forecast', state, Rating.Good, state.due);
  }
  return answers;
}
