// The answers a page keeps in localStorage on its way out, until the next start holds them.
import { describe, expect, it, vi } from 'vitest';
import type { ReviewEvent } from '../../../renderer/core/types';
import { forgetAnswers, keepAnswers, readKeptAnswers } from '../../../renderer/services/kept-answers';
import { memoryStorage } from './memory-storage';

const NOW = Date.UTC(2026, 11, 7, 12);
const event = (n: number, cardId = 'basics/what-is-mlops'): ReviewEvent => ({
  id: `mlopsaaaa-${String(n).padStart(12, '0')}`,
  cardId,
  rating: 3,
  reviewedAt: NOW + n,
  durationMs: 1500,
  deviceId: 'laptop',
});

describe('kept answers', () => {
  it('are read back as kept, and a second page’s are added, not written over', () => {
    const storage = memoryStorage();
    expect(readKeptAnswers(storage)).toBeUndefined();
    keepAnswers(storage, [event(1), event(2)]);
    keepAnswers(storage, [event(2), event(3)]);
    expect(readKeptAnswers(storage)?.events).toEqual([event(1), event(2), event(3)]);
  });

  it('once taken, are forgotten, but not those another page kept meanwhile', () => {
    const storage = memoryStorage();
    keepAnswers(storage, [event(1)]);
    const kept = readKeptAnswers(storage)!;
    keepAnswers(storage, [event(2)]);
    kept.taken();
    expect(readKeptAnswers(storage)?.events).toEqual([event(2)]);
    readKeptAnswers(storage)!.taken();
    expect(storage.data.size).toBe(0);
  });

  it('drop what is not an answer, and take nothing from broken text, which the next take clears', () => {
    const storage = memoryStorage();
    keepAnswers(storage, [event(1)]);
    const [key] = [...storage.data.keys()];
    const foreign = [{ ...event(2), rating: 7 }, { ...event(3), extra: '<img src=x onerror=alert(1)>' }, 'x', null, event(4)];
    storage.data.set(key!, JSON.stringify(foreign));
    expect(readKeptAnswers(storage)?.events).toEqual([event(4)]);
    storage.data.set(key!, '[{"id": "cut sho');
    const broken = readKeptAnswers(storage)!;
    expect(broken.events).toEqual([]);
    broken.taken();
    expect(storage.data.size).toBe(0);
  });

  it('stay within a page’s worth: a huge list keeps only its last thousand', () => {
    const storage = memoryStorage();
    keepAnswers(storage, Array.from({ length: 1500 }, (_, i) => event(i)));
    const events = readKeptAnswers(storage)!.events;
    expect(events).toHaveLength(1000);
    expect(events[0]).toEqual(event(500));
  });

  it('come back with a page from the back-forward cache and are forgotten: it writes them itself', () => {
    const storage = memoryStorage();
    keepAnswers(storage, [event(1), event(2)]);
    forgetAnswers(storage, [event(1)]);
    expect(readKeptAnswers(storage)?.events).toEqual([event(2)]);
  });

  it('survive a storage that refuses, or is not there, without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refusing = { ...memoryStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => keepAnswers(refusing, [event(1)])).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    const denied = { ...memoryStorage(), getItem: () => { throw new DOMException('denied', 'SecurityError'); } };
    expect(readKeptAnswers(denied)).toBeUndefined();
    expect(() => keepAnswers(undefined, [event(1)])).not.toThrow();
    expect(readKeptAnswers(undefined)).toBeUndefined();
    warn.mockRestore();
  });
});
