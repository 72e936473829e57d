import { describe, expect, it } from 'vitest';
import { assertClockPlausible, ClockWrongError, isClockPlausible, isInClockRange, splitByClock } from '../../../renderer/core/event-time';

const now = Date.UTC(2026, 10, 25, 12);
const DAY = 86_400_000;

describe('event times', () => {
  it('refuses to record at a clock before 2000', () => {
    expect(isClockPlausible(now)).toBe(true);
    expect(isClockPlausible(Date.UTC(2000, 0, 1))).toBe(true);
    expect(isClockPlausible(Date.UTC(1999, 11, 31, 23, 59))).toBe(false);
    expect(isClockPlausible(0)).toBe(false);
    expect(isClockPlausible(Number.NaN)).toBe(false);
    expect(() => assertClockPlausible(now)).not.toThrow();
    expect(() => assertClockPlausible(86_400)).toThrow(ClockWrongError);
  });

  it('accepts into the log answers from 2000 to a day past the clock, and sorts the rest apart', () => {
    expect(isInClockRange(now + DAY, now)).toBe(true);
    expect(isInClockRange(now + DAY + 1, now)).toBe(false);
    expect(isInClockRange(Date.UTC(2000, 0, 1), now)).toBe(true);
    expect(isInClockRange(Date.UTC(2000, 0, 1) - 1, now)).toBe(false);
    const events = [now - DAY, now + 3 * DAY, -5, now].map((reviewedAt, i) => ({ id: String(i), reviewedAt }));
    expect(splitByClock(events, now)).toEqual({ inRange: [events[0], events[3]], outOfRange: [events[1], events[2]] });
  });
});
