import { describe, expect, it } from 'vitest';
import { endOfStudyDay } from '../../../renderer/core/study-day';

describe('endOfStudyDay', () => {
  it('ends at the next 4 am local time', () => {
    expect(endOfStudyDay(new Date(2026, 10, 25, 15, 0).getTime())).toBe(new Date(2026, 10, 26, 4, 0).getTime());
  });
  it('counts 2 am as the previous study day', () => {
    expect(endOfStudyDay(new Date(2026, 10, 26, 2, 0).getTime())).toBe(new Date(2026, 10, 26, 4, 0).getTime());
  });
  it('honours another rollover hour', () => {
    expect(endOfStudyDay(new Date(2026, 10, 25, 15, 0).getTime(), 0)).toBe(new Date(2026, 10, 26, 0, 0).getTime());
  });
});
