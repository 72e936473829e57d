import { describe, expect, it } from 'vitest';
import { newEventId } from '../../../renderer/core/event-id';

describe('newEventId', () => {
  it('sorts by time as text', () => {
    const ids = [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2), Date.UTC(2031, 5, 1)].map((t) => newEventId(t));
    expect([...ids].sort()).toEqual(ids);
  });
  it('is unique for the same millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newEventId(1_800_000_000_000)));
    expect(ids.size).toBe(1000);
  });
  it('has a fixed shape', () => {
    expect(newEventId(1_800_000_000_000)).toMatch(/^[0-9a-z]{9}-[0-9a-z]{12}$/);
  });
});
