// Which times the app can trust. An answer keeps the time the clock gave it, for ever: another
// laptop may hold the same event, and a changed copy would make every later merge refuse the whole
// file. So a wrong clock is caught where it can be, when an answer is given; and an answer whose
// time a computer cannot accept yet is set aside there (db/held-reviews.ts), never refused or
// changed.

/** Dates before this are not from this app: it did not exist. */
export const EARLIEST_VALID_TIME = Date.UTC(2000, 0, 1);
/** Clocks of two laptops disagree a little; beyond a day, a date from the future is an error. */
export const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/** Thrown by whatever would record a time before 2000: the computer's clock is wrong. */
export class ClockWrongError extends Error {
  override name = 'ClockWrongError';
  constructor(readonly now: number) {
    super(`the clock says ${new Date(now).toISOString()}, before 2000: nothing is recorded`);
  }
}

/** Whether a time the clock gives now can be recorded. */
export function isClockPlausible(now: number): boolean {
  return Number.isFinite(now) && now >= EARLIEST_VALID_TIME;
}

export function assertClockPlausible(now: number): void {
  if (!isClockPlausible(now)) throw new ClockWrongError(now);
}

/**
 * Whether an answer's time can join the log of a computer whose clock says `now`: from 2000 to a
 * day ahead. Outside that, the answer is held apart until its time comes (or for ever, before 2000).
 */
export function isInClockRange(time: number, now: number): boolean {
  return time >= EARLIEST_VALID_TIME && time <= now + CLOCK_SLACK_MS;
}

export function splitByClock<T extends { reviewedAt: number }>(events: readonly T[], now: number): { inRange: T[]; outOfRange: T[] } {
  const inRange: T[] = [];
  const outOfRange: T[] = [];
  for (const event of events) (isInClockRange(event.reviewedAt, now) ? inRange : outOfRange).push(event);
  return { inRange, outOfRange };
}
