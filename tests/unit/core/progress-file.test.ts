import { describe, expect, it } from 'vitest';
import {
  buildProgressFile,
  canonicalJson,
  parseProgressFile,
  progressFileName,
  serializeProgressFile,
  MAX_PROGRESS_FILE_BYTES,
} from '../../../renderer/core/progress-file';
import type { ReviewEvent, UserCardData } from '../../../renderer/core/types';

const now = Date.UTC(2026, 10, 25, 12);
const review: ReviewEvent = { id: 'mifyq0w00-abcdefghijkl', cardId: 'basics/what-is-mlops', rating: 3, reviewedAt: now - 60_000, durationMs: 5300, deviceId: 'dev1' };
const userData: UserCardData = { cardId: 'basics/what-is-mlops', flag: 2, suspended: 0, buriedUntil: 0, note: 'revisar', seenHash: 'pt-BR:0123456789abcdef', updatedAt: now - 1000 };
const build = (reviews: ReviewEvent[] = [review], userCardData: UserCardData[] = [userData]) =>
  buildProgressFile({ appVersion: '0.1.0', deviceId: 'dev1', now, reviews, userCardData, settings: [{ key: 'desiredRetention', value: { v: 0.9, a: [1] } }] });

describe('progress file', () => {
  it('round-trips through text, user data and settings included', async () => {
    const file = await build();
    const parsed = await parseProgressFile(serializeProgressFile(file), now);
    expect(parsed).toEqual({ ok: true, file });
    expect(file).toMatchObject({ format: 'mlops-flashcards-progress', version: 1, exportedAt: '2026-11-25T12:00:00.000Z' });
    expect(file.userCardData).toEqual([userData]);
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a byte-order mark and an empty log', async () => {
    const file = await build([], []);
    expect((await parseProgressFile(`\uFEFF${serializeProgressFile(file)}`, now)).ok).toBe(true);
  });

  it('checksums the data, not how it was written: key order and spacing do not matter', async () => {
    const file = await build();
    const reordered = JSON.stringify({ ...file, settings: [{ value: { a: [1], v: 0.9 }, key: 'desiredRetention' }] });
    expect((await parseProgressFile(reordered, now)).ok).toBe(true);
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('names the file after the local date', () => {
    const day = new Date(2026, 0, 3, 10).getTime();
    expect(progressFileName(day)).toBe('mlops-flashcards-progress-2026-01-03.json');
    expect(progressFileName(day, 'reviews', 'csv')).toBe('mlops-flashcards-reviews-2026-01-03.csv');
  });

  const cases: [string, (text: string) => string, string, string?][] = [
    ['empty', () => '  \n', 'empty'],
    ['not JSON', () => '{"format": ', 'not-json'],
    ['JSON but not an object', () => '[1, 2, 3]', 'foreign'],
    ['another program', () => JSON.stringify({ format: 'anki', cards: [] }), 'foreign'],
    ['truncated', (text) => text.slice(0, text.length / 2), 'not-json'],
    ['newer version', (text) => text.replace('"version": 1', '"version": 2'), 'newer-version'],
    ['an older, unknown version', (text) => text.replace('"version": 1', '"version": 0'), 'invalid', 'version'],
    ['wrong checksum', (text) => text.replace('"durationMs": 5300', '"durationMs": 5301'), 'checksum'],
    ['edited note', (text) => text.replace('"note": "revisar"', '"note": "outra"'), 'checksum'],
    ['rating out of range', (text) => text.replace('"rating": 3', '"rating": 5'), 'rating-out-of-range', 'reviews[0].rating'],
    ['rating zero', (text) => text.replace('"rating": 3', '"rating": 0'), 'rating-out-of-range', 'reviews[0].rating'],
    ['rating as text', (text) => text.replace('"rating": 3', '"rating": "3"'), 'invalid', 'reviews[0].rating'],
    ['date before 2000', (text) => text.replace(/"reviewedAt": \d+/, '"reviewedAt": 5'), 'date-too-old', 'reviews[0].reviewedAt'],
    ['a fractional date', (text) => text.replace(/"reviewedAt": \d+/, '"reviewedAt": 1795000000000.5'), 'invalid', 'reviews[0].reviewedAt'],
    ['a bad event id', (text) => text.replace('mifyq0w00-abcdefghijkl', 'x'), 'invalid', 'reviews[0].id'],
    ['an extra field', (text) => text.replace('"rating": 3', '"rating": 3, "extra": 1'), 'invalid', 'reviews[0]'],
    ['a negative duration', (text) => text.replace('"durationMs": 5300', '"durationMs": -1'), 'invalid', 'reviews[0].durationMs'],
    ['a flag out of range', (text) => text.replace('"flag": 2', '"flag": 9'), 'invalid', 'userCardData.0.flag'],
    ['a missing list', (text) => text.replace(/"settings": \[[\s\S]*?\n \]/, '"settings": null'), 'invalid', 'settings'],
  ];
  it.each(cases)('refuses a file that is %s', async (_name, mutate, error, detail) => {
    const text = serializeProgressFile(await build());
    const mutated = mutate(text);
    expect(mutated).not.toBe(text);
    const parsed = await parseProgressFile(mutated, now);
    expect(parsed).toMatchObject({ ok: false, error });
    if (detail && !parsed.ok) expect(parsed.detail).toBe(detail);
  });

  it('refuses dates in the future, beyond a day of clock slack', async () => {
    const slack = await build([{ ...review, reviewedAt: now + 3_600_000 }]);
    expect((await parseProgressFile(serializeProgressFile(slack), now)).ok).toBe(true);
    const future = await build([{ ...review, reviewedAt: now + 3 * 86_400_000 }]);
    expect(await parseProgressFile(serializeProgressFile(future), now)).toMatchObject({ ok: false, error: 'future-date' });
    const futureEdit = await build([review], [{ ...userData, updatedAt: now + 3 * 86_400_000 }]);
    expect(await parseProgressFile(serializeProgressFile(futureEdit), now)).toMatchObject({ ok: false, error: 'future-date' });
    // Burying a card until next week is not a date from the future: it is a plan.
    const buried = await build([review], [{ ...userData, buriedUntil: now + 7 * 86_400_000 }]);
    expect((await parseProgressFile(serializeProgressFile(buried), now)).ok).toBe(true);
  });

  it('refuses conflicting duplicate ids, and accepts exact duplicates', async () => {
    const dup = await build([review, { ...review, rating: 1 }]);
    expect(await parseProgressFile(serializeProgressFile(dup), now)).toMatchObject({ ok: false, error: 'conflicting-duplicate', detail: review.id });
    const dupCard = await build([review], [userData, { ...userData, flag: 1 }]);
    expect(await parseProgressFile(serializeProgressFile(dupCard), now)).toMatchObject({ ok: false, error: 'conflicting-duplicate' });
    const same = await build([review, review], [userData, userData]);
    expect((await parseProgressFile(serializeProgressFile(same), now)).ok).toBe(true);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const huge = `{"format":"mlops-flashcards-progress","pad":"${'x'.repeat(MAX_PROGRESS_FILE_BYTES)}"}`;
    expect(await parseProgressFile(huge, now)).toMatchObject({ ok: false, error: 'too-large' });
  });
});

describe('checksum', () => {
  it('is the SHA-256 of canonicalJson of every other field, as the README documents', async () => {
    const { createHash } = await import('node:crypto');
    const file = await buildProgressFile({
      appVersion: '0.1.0', deviceId: 'd', now: Date.UTC(2026, 0, 1),
      reviews: [{ id: 'mifyq0w00-abcdefghijkl', cardId: 'basics/a', rating: 2, reviewedAt: Date.UTC(2025, 5, 1), durationMs: 10, deviceId: 'd' }],
      settings: [{ key: 'k', value: { z: 1, a: [true, null] } }],
    });
    const { checksum, ...body } = file;
    expect(checksum).toBe(createHash('sha256').update(canonicalJson(body)).digest('hex'));
  });
});
