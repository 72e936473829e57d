import { describe, expect, it } from 'vitest';
import { ANNOUNCE_AT_MS, crossesAnnouncement, formatCountdown, remainingMs } from '../../../../renderer/core/mock/countdown';

describe('the answer clock', () => {
  it('counts down from the limit, as m:ss rounded up', () => {
    expect(remainingMs(1_000, 120, 1_000)).toBe(120_000);
    expect(formatCountdown(120_000)).toBe('2:00');
    expect(formatCountdown(119_001)).toBe('2:00');
    expect(formatCountdown(119_000)).toBe('1:59');
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(1)).toBe('0:01');
  });

  it('shows the overrun as +m:ss past zero, whole seconds only', () => {
    expect(formatCountdown(0)).toBe('+0:00');
    expect(formatCountdown(-999)).toBe('+0:00');
    expect(formatCountdown(-1_000)).toBe('+0:01');
    expect(formatCountdown(-75_500)).toBe('+1:15');
    expect(formatCountdown(remainingMs(0, 60, 61 * 60_000))).toBe('+60:00');
  });

  it('announces once, when the clock steps over 30 seconds left', () => {
    expect(ANNOUNCE_AT_MS).toBe(30_000);
    expect(crossesAnnouncement(30_250, 30_000)).toBe(true);
    expect(crossesAnnouncement(31_000, 29_000)).toBe(true);
    // Any other step, before or after, says nothing.
    expect(crossesAnnouncement(60_000, 59_750)).toBe(false);
    expect(crossesAnnouncement(30_000, 29_750)).toBe(false);
    expect(crossesAnnouncement(1_000, -1_000)).toBe(false);
    // A question given 30 s or less never announces its own start.
    expect(crossesAnnouncement(30_000, 30_000)).toBe(false);
  });

  it('over a whole 2-minute answer ticking every 250 ms, speaks exactly once', () => {
    let spoken = 0;
    let before = remainingMs(0, 120, 0);
    for (let now = 250; now <= 180_000; now += 250) {
      const after = remainingMs(0, 120, now);
      if (crossesAnnouncement(before, after)) spoken++;
      before = after;
    }
    expect(spoken).toBe(1);
  });
});
