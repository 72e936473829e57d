// The pieces long work is cut into: the replay in slices, and the file check's progress reports.
import { describe, expect, it } from 'vitest';
import { buildProgressFile, parseProgressFile, serializeProgressFile } from '../../../renderer/core/progress-file';
import { replayInSlices, replayReviews } from '../../../renderer/core/replay';
import { replayWithStats, replayWithStatsInSlices } from '../../../renderer/core/answer-slots';
import { createScheduler } from '../../../renderer/core/scheduler';
import type { Rating, ReviewEvent } from '../../../renderer/core/types';

const scheduler = createScheduler();
const now = Date.UTC(2026, 10, 25, 12);
const events: ReviewEvent[] = Array.from({ length: 23 }, (_, i) => ({
  id: `${(now - (30 - i) * 86_400_000).toString(36).padStart(9, '0')}-${String(i).padStart(12, '0')}`,
  cardId: ['a', 'b', 'c'][i % 3]!,
  rating: ((i % 4) + 1) as Rating,
  reviewedAt: now - (30 - i) * 86_400_000,
  durationMs: 1000,
  deviceId: 'd',
}));

function drain<T>(steps: Generator<number, T, void>): { yielded: number[]; value: T } {
  const yielded: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { yielded, value: step.value };
    yielded.push(step.value);
  }
}

describe('replayInSlices', () => {
  it('stops after every slice and ends with the states of the replay in one piece', () => {
    const { yielded, value } = drain(replayInSlices([...events].reverse(), scheduler, 5));
    expect(yielded).toEqual([5, 10, 15, 20]);
    expect(value).toEqual(replayReviews(events, scheduler));
  });

  it('counts the statistics as the replay in one piece does', () => {
    const { yielded, value } = drain(replayWithStatsInSlices(events, scheduler, 10));
    expect(yielded).toEqual([10, 20]);
    expect(value).toEqual(replayWithStats(events, scheduler));
  });
});

describe('parseProgressFile progress', () => {
  it('reports steps that only grow, up to three per answer, and parses as without a listener', async () => {
    const many: ReviewEvent[] = Array.from({ length: 12_000 }, (_, i) => ({ ...events[i % events.length]!, id: `${(now - 1000 - i).toString(36).padStart(9, '0')}-${String(i).padStart(12, '0')}`, reviewedAt: now - 1000 - i }));
    const text = serializeProgressFile(await buildProgressFile({ appVersion: '0.1.0', deviceId: 'd', now, reviews: many }));
    const reports: [number, number][] = [];

    const result = await parseProgressFile(text, { onProgress: (done, total) => reports.push([done, total]) });
    expect(result).toEqual(await parseProgressFile(text));
    expect(result.ok).toBe(true);
    // Steps are the file's characters: the total is its length, and the last report reaches it.
    expect(new Set(reports.map(([, total]) => total))).toEqual(new Set([text.length]));
    const done = reports.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(text.length);
    // Several reports on the way, so the bar moves.
    expect(reports.length).toBeGreaterThanOrEqual(3);
  });

  it('reports nothing for a file refused before its answers are checked', async () => {
    const reports: number[] = [];
    expect(await parseProgressFile('{"format":"other"}', { onProgress: (done) => reports.push(done) })).toMatchObject({ ok: false, error: 'foreign' });
    expect(reports).toEqual([]);
  });
});
