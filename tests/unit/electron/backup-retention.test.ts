import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, weekOf } from '../../../electron/backup-retention';

const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const named = (times: number[]) => times.map((createdAt) => ({ name: String(createdAt), createdAt }));

describe('backupsToKeep', () => {
  it('keeps the newest backup of each of the last 12 days, 10 weeks and 9 months', () => {
    // A backup every 30 minutes from 9:00 to 21:00, every day for 400 days.
    const times: number[] = [];
    for (let day = 0; day < 400; day++) {
      for (let slot = 0; slot <= 24; slot++) times.push(local(2025, 11, 1 + day, 9, slot * 30));
    }
    const keep = [...backupsToKeep(named(times))].map(Number).sort((a, b) => b - a);
    const newest = Math.max(...times);
    expect(keep[0]).toBe(newest);
    // Days: the last backup (21:00) of each of the 12 newest days.
    const days = keep.filter((t) => newest - t < 12 * 86_400_000);
    expect(days).toHaveLength(12);
    expect(days.every((t) => new Date(t).getHours() === 21)).toBe(true);
    // Within the budget, and reaching back about 9 months.
    expect(keep.length).toBeLessThanOrEqual(12 + 10 + 9);
    expect(keep.length).toBeGreaterThanOrEqual(9 + 8);
    const months = new Set(keep.map((t) => `${new Date(t).getFullYear()}-${new Date(t).getMonth()}`));
    expect(months.size).toBe(9);
    const weeks = new Set(keep.map(weekOf));
    expect(weeks.size).toBeGreaterThanOrEqual(10);
  });

  it('keeps a backup taken before a restore for 30 days, whatever comes after it that day', () => {
    const restoredAt = local(2026, 3, 10, 10);
    const backups = [
      { name: 'before-restore', createdAt: restoredAt, reason: 'before-restore' },
      { name: 'quit', createdAt: local(2026, 3, 10, 22), reason: 'quit' },
    ];
    expect(backupsToKeep(backups)).toEqual(new Set(['before-restore', 'quit']));
    // A month and a day on, the daily rule alone decides: another backup that day replaces it.
    const later = [...backups, { name: 'later', createdAt: local(2026, 4, 11), reason: 'auto' }];
    const dayPolicy = { daily: 1, weekly: 0, monthly: 0, beforeRestoreDays: 30 };
    expect(backupsToKeep(later, dayPolicy)).toEqual(new Set(['later']));
  });

  it('keeps everything while there are few backups', () => {
    const times = [local(2026, 1, 1), local(2026, 1, 9), local(2026, 2, 20)];
    expect(backupsToKeep(named(times))).toEqual(new Set(times.map(String)));
  });

  it('always keeps the newest backup and never more than the policy allows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: local(2024, 1, 1), max: local(2026, 12, 31) }), { minLength: 1, maxLength: 300 }), (times) => {
        const keep = backupsToKeep(named(times));
        expect(keep.has(String(Math.max(...times)))).toBe(true);
        expect(keep.size).toBeLessThanOrEqual(31);
      }),
    );
  });

  it('numbers weeks the ISO 8601 way', () => {
    expect(weekOf(local(2026, 1, 1))).toBe('2026-W01'); // a Thursday
    expect(weekOf(local(2027, 1, 1))).toBe('2026-W53'); // a Friday: still the old year's week
    expect(weekOf(local(2024, 12, 30))).toBe('2025-W01'); // a Monday: already next year's
    expect(weekOf(local(2026, 11, 22))).toBe('2026-W47'); // Sunday ends the week...
    expect(weekOf(local(2026, 11, 23))).toBe('2026-W48'); // ...and Monday starts the next
  });
});
