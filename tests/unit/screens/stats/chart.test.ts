import { describe, expect, it } from 'vitest';
import { niceStep } from '../../../../renderer/screens/stats/chart-scale';

describe('the chart value axis', () => {
  it('steps in 1, 2 or 5 times a power of ten, for about four ticks, never below 1', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(18)).toBe(5);
    expect(niceStep(40)).toBe(10);
    expect(niceStep(230)).toBe(100);
    expect(niceStep(1234)).toBe(500);
  });
});
