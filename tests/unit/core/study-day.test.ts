import { afterEach, describe, expect, it } from 'vitest';
import { endOfStudyDay, startOfStudyDay } from '../../../renderer/core/study-day';

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
});
