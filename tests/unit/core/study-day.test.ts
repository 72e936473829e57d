import { afterEach, describe, expect, it } from 'vitest';
import { endOfStudyDay, startOfStudyDay, studyDaysBetween } from '../../../renderer/core/study-day';

// Node re-reads TZ when it changes, so each test can run in its own time zone with a fixed clock.
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});
const inZone = (tz: string) => (process.env.TZ = tz);
const HOUR = 3_600_000;

describe('study day', () => {
  it('ends at the next 4 am local time, and 2 am belongs to the previous day', () => {
    inZone('America/Sao_Paulo');
    expect(new Date(endOfStudyDay(Date.parse('2026-11-25T15:00:00-03:00'))).toISOString()).toBe('2026-11-26T07:00:00.000Z');
    expect(new Date(startOfStudyDay(Date.parse('2026-11-26T02:00:00-03:00'))).toISOString()).toBe('2026-11-25T07:00:00.000Z');
  });

  it('honours another rollover hour', () => {
    inZone('Asia/Tokyo');
    expect(new Date(endOfStudyDay(Date.parse('2026-11-25T15:00:00+09:00'), 0)).toISOString()).toBe('2026-11-25T15:00:00.000Z');
  });

  it('rolls over at 4 am local time across daylight-saving changes', () => {
    inZone('America/New_York');
    // 2026-03-08: clocks jump from 2 am to 3 am; the study day that ends that morning is 23 hours long.
    const beforeSpring = Date.parse('2026-03-07T20:00:00-05:00');
    const springEnd = endOfStudyDay(beforeSpring);
    expect(new Date(springEnd).toISOString()).toBe('2026-03-08T08:00:00.000Z'); // 4 am EDT
    expect(springEnd - startOfStudyDay(beforeSpring)).toBe(23 * HOUR);
    // 2026-11-01: clocks fall back from 2 am to 1 am; that study day is 25 hours long.
    const beforeFall = Date.parse('2026-10-31T20:00:00-04:00');
    const fallEnd = endOfStudyDay(beforeFall);
    expect(new Date(fallEnd).toISOString()).toBe('2026-11-01T09:00:00.000Z'); // 4 am EST
    expect(fallEnd - startOfStudyDay(beforeFall)).toBe(25 * HOUR);
  });

  it('gives the same wall-clock rollover in every zone', () => {
    for (const tz of ['Europe/Berlin', 'Australia/Sydney', 'UTC', 'America/Sao_Paulo']) {
      inZone(tz);
      const end = new Date(endOfStudyDay(Date.UTC(2026, 5, 15, 12)));
      expect([end.getHours(), end.getMinutes()]).toEqual([4, 0]);
    }
  });

  it('counts whole study days across daylight-saving changes, where a naive 24-hour count is off by one', () => {
    inZone('Europe/Berlin');
    // 2026-03-29: clocks jump from 2 am to 3 am. 04:30 CET on the 28th to 04:15 CEST on the 29th is
    // 22 h 45 min, yet the second moment is in the next study day.
    expect(studyDaysBetween(Date.parse('2026-03-28T04:30:00+01:00'), Date.parse('2026-03-29T04:15:00+02:00'))).toBe(1);
    // 2026-10-25: clocks fall back. 04:00 on the 24th to 03:59 on the 25th is 24 h 59 min, one study day.
    expect(studyDaysBetween(Date.parse('2026-10-24T04:00:00+02:00'), Date.parse('2026-10-25T03:59:00+01:00'))).toBe(0);
    inZone('America/New_York');
    expect(studyDaysBetween(Date.parse('2026-03-01T12:00:00-05:00'), Date.parse('2026-03-15T12:00:00-04:00'))).toBe(14);
    expect(studyDaysBetween(Date.parse('2026-11-08T12:00:00-05:00'), Date.parse('2026-10-25T12:00:00-04:00'))).toBe(-14);
    // 2 am belongs to the study day before.
    expect(studyDaysBetween(Date.parse('2026-06-01T12:00:00-04:00'), Date.parse('2026-06-03T02:00:00-04:00'))).toBe(1);
  });
});
