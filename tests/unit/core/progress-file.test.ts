import { describe, expect, it } from 'vitest';
import {
  buildProgressFile,
  parseProgressFile,
  progressFileName,
  serializeProgressFile,
} from '../../../renderer/core/progress-file';
import type { ReviewEvent } from '../../../renderer/core/types';

const now = Date.UTC(2026, 10, 25, 12);
const review: ReviewEvent = { id: 'mifyq0w00-abcdefghijkl', cardId: 'basics/what-is-mlops', rating: 3, reviewedAt: now - 60_000, durationMs: 5300, deviceId: 'dev1' };
const build = (reviews: ReviewEvent[] = [review]) => buildProgressFile({ appVersion: '0.1.0', deviceId: 'dev1', now, reviews });

describe('progress file', () => {
  it('round-trips through text', async () => {
    const file = await build();
    const parsed = await parseProgressFile(serializeProgressFile(file), now);
    expect(parsed).toEqual({ ok: true, file });
    expect(file).toMatchObject({ format: 'mlops-flashcards-progress', version: 1, exportedAt: '2026-11-25T12:00:00.000Z' });
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the file after the local date', () => {
    expect(progressFileName(new Date(2026, 0, 3, 10).getTime())).toBe('mlops-flashcards-progress-2026-01-03.json');
  });

  const cases: [string, (text: string) => string, string][] = [
    ['empty', () => '  \n', 'empty'],
    ['not JSON', () => '{"format": ', 'not-json'],
    ['another program', () => JSON.stringify({ format: 'anki', cards: [] }), 'foreign'],
    ['truncated', (text) => text.slice(0, text.length / 2), 'not-json'],
    ['newer version', (text) => text.replace('"version": 1', '"version": 2'), 'newer-version'],
    ['wrong checksum', (text) => text.replace('"durationMs": 5300', '"durationMs": 5301'), 'checksum'],
    ['rating out of range', (text) => text.replace('"rating": 3', '"rating": 5'), 'invalid'],
    ['date before 2000', (text) => text.replace(/"reviewedAt": \d+/, '"reviewedAt": 5'), 'invalid'],
  ];
  it.each(cases)('refuses a file that is %s', async (_name, mutate, error) => {
    const text = serializeProgressFile(await build());
    const parsed = await parseProgressFile(mutate(text), now);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toBe(error);
  });

  it('refuses dates in the future and conflicting duplicate ids', async () => {
    const future = await build([{ ...review, reviewedAt: now + 3 * 86_400_000 }]);
    expect(await parseProgressFile(serializeProgressFile(future), now)).toMatchObject({ ok: false, error: 'future-date' });
    const dup = await build([review, { ...review, rating: 1 }]);
    expect(await parseProgressFile(serializeProgressFile(dup), now)).toMatchObject({ ok: false, error: 'conflicting-duplicate' });
    const same = await build([review, review]);
    expect((await parseProgressFile(serializeProgressFile(same), now)).ok).toBe(true);
  });
});
