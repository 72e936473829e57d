import { describe, expect, it } from 'vitest';
import {
  buildProgressFile,
  canonicalJson,
  parseProgressFile,
  progressFileName,
  serializeProgressFile,
  MAX_PROGRESS_FILE_BYTES,
} from '../../../renderer/core/progress-file';
import { DEFAULT_SETTINGS } from '../../../renderer/core/settings';
import { MAX_SETTING_DEPTH, MAX_UNKNOWN_SETTINGS, MAX_UNKNOWN_SETTINGS_BYTES } from '../../../renderer/core/settings-rows';
import type { ReviewEvent, UserCardData } from '../../../renderer/core/types';
import { deepArrayText, deepObjectText, raw, signedText } from './hostile-files';

const now = Date.UTC(2026, 10, 25, 12);
const review: ReviewEvent = { id: 'mifyq0w00-abcdefghijkl', cardId: 'basics/what-is-mlops', rating: 3, reviewedAt: now - 60_000, durationMs: 5300, deviceId: 'dev1' };
const userData: UserCardData = { cardId: 'basics/what-is-mlops', flag: 2, suspended: 0, buriedUntil: 0, note: 'revisar', seenHash: 'pt-BR:0123456789abcdef', updatedAt: now - 1000 };
const build = (reviews: ReviewEvent[] = [review], userCardData: UserCardData[] = [userData]) =>
  buildProgressFile({ appVersion: '0.1.0', deviceId: 'dev1', now, reviews, userCardData, settings: [{ key: 'desiredRetention', value: { v: 0.9, a: [1] } }] });

describe('progress file', () => {
  it('round-trips through text, user data and settings included', async () => {
    const file = await build();
    const parsed = await parseProgressFile(serializeProgressFile(file));
    expect(parsed).toEqual({ ok: true, file });
    expect(file).toMatchObject({ format: 'mlops-flashcards-progress', version: 1, exportedAt: '2026-11-25T12:00:00.000Z' });
    expect(file.userCardData).toEqual([userData]);
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a byte-order mark and an empty log', async () => {
    const file = await build([], []);
    expect((await parseProgressFile(`\uFEFF${serializeProgressFile(file)}`)).ok).toBe(true);
  });

  it('checksums the data, not how it was written: key order and spacing do not matter', async () => {
    const file = await build();
    const reordered = JSON.stringify({ ...file, settings: [{ value: { a: [1], v: 0.9 }, key: 'desiredRetention' }] });
    expect((await parseProgressFile(reordered)).ok).toBe(true);
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
    const parsed = await parseProgressFile(mutated);
    expect(parsed).toMatchObject({ ok: false, error });
    if (detail && !parsed.ok) expect(parsed.detail).toBe(detail);
  });

  it('takes back any time the app may have written: the import, not the reader, decides what the clock accepts', async () => {
    // An answer before 2000 or days ahead (a wrong clock), an edit or an export under such a
    // clock: each once made every later export and backup unreadable.
    for (const reviewedAt of [Date.UTC(1999, 11, 31), -1, 0, now + 3 * 86_400_000, now + 400 * 86_400_000]) {
      const file = await build([{ ...review, reviewedAt }], [{ ...userData, updatedAt: reviewedAt < 0 ? 0 : reviewedAt }]);
      expect(await parseProgressFile(serializeProgressFile(file))).toEqual({ ok: true, file });
    }
    const exportedAhead = await buildProgressFile({ appVersion: '0.1.0', deviceId: 'd', now: now + 5 * 86_400_000, reviews: [review] });
    expect((await parseProgressFile(serializeProgressFile(exportedAhead))).ok).toBe(true);
    const exportedIn1970 = await buildProgressFile({ appVersion: '0.1.0', deviceId: 'd', now: 5_000, reviews: [review] });
    expect((await parseProgressFile(serializeProgressFile(exportedIn1970))).ok).toBe(true);
    // Still a safe whole number of milliseconds.
    const fractional = await build([{ ...review, reviewedAt: 1.5 }]);
    expect(await parseProgressFile(serializeProgressFile(fractional))).toMatchObject({ ok: false, error: 'invalid', detail: 'reviews[0].reviewedAt' });
  });

  it('refuses conflicting duplicate ids, and accepts exact duplicates', async () => {
    const dup = await build([review, { ...review, rating: 1 }]);
    expect(await parseProgressFile(serializeProgressFile(dup))).toMatchObject({ ok: false, error: 'conflicting-duplicate', detail: review.id });
    const dupCard = await build([review], [userData, { ...userData, flag: 1 }]);
    expect(await parseProgressFile(serializeProgressFile(dupCard))).toMatchObject({ ok: false, error: 'conflicting-duplicate' });
    const same = await build([review, review], [userData, userData]);
    expect((await parseProgressFile(serializeProgressFile(same))).ok).toBe(true);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const huge = `{"format":"mlops-flashcards-progress","pad":"${'x'.repeat(MAX_PROGRESS_FILE_BYTES)}"}`;
    expect(await parseProgressFile(huge)).toMatchObject({ ok: false, error: 'too-large' });
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

describe('settings in a signed file', () => {
  const study = (value: unknown) => signedText({ settings: [{ key: 'study', value }] });

  it('accepts the app\'s own settings, whole or partial (an older version saved fewer)', async () => {
    const history = [{ from: now - 86_400_000, params: { desiredRetention: 0.85, learningSteps: ['5m'], relearningSteps: [], fuzz: false } }];
    const text = await signedText({ settings: [{ key: 'study', value: DEFAULT_SETTINGS }, { key: 'schedulingHistory', value: history }] });
    expect((await parseProgressFile(text)).ok).toBe(true);
    expect((await parseProgressFile(await study({ newPerDay: 25 }))).ok).toBe(true);
  });

  it.each([
    ['an inherited name', '{"toString": 1}'],
    ['__proto__', '{"__proto__": {"newPerDay": 99}}'],
    ['constructor', '{"constructor": {"prototype": {"x": 1}}}'],
    ['a wrong type', '{"newPerDay": "10"}'],
    ['a value out of bounds', '{"desiredRetention": 2}'],
    ['not an object', '[1, 2]'],
    ['null', 'null'],
  ])('refuses the study settings with %s, naming the key', async (_name, json) => {
    const text = await signedText({ settings: [{ key: 'study', value: raw('v') }] }, undefined, { v: json });
    expect(await parseProgressFile(text)).toEqual({ ok: false, error: 'setting-invalid', detail: 'study' });
  });

  it('refuses a scheduling history that is not one', async () => {
    const text = await signedText({ settings: [{ key: 'schedulingHistory', value: [{ from: 1, params: { toString: 1 } }] }] });
    expect(await parseProgressFile(text)).toEqual({ ok: false, error: 'setting-invalid', detail: 'schedulingHistory' });
  });

  it('keeps unknown keys within bounds, inherited names included, and refuses them beyond', async () => {
    const small = [{ key: 'theme', value: 'dark' }, { key: 'toString', value: { a: [1, 2] } }, { key: '__proto__', value: 1 }];
    expect((await parseProgressFile(await signedText({ settings: small }))).ok).toBe(true);
    const many = Array.from({ length: MAX_UNKNOWN_SETTINGS + 1 }, (_, i) => ({ key: `k${i}`, value: i }));
    expect(await parseProgressFile(await signedText({ settings: many }))).toEqual({ ok: false, error: 'settings-too-large', detail: `k${MAX_UNKNOWN_SETTINGS}` });
    expect((await parseProgressFile(await signedText({ settings: many.slice(1) }))).ok).toBe(true);
    const big = [{ key: 'a', value: 'x'.repeat(MAX_UNKNOWN_SETTINGS_BYTES / 2) }, { key: 'b', value: 'y'.repeat(MAX_UNKNOWN_SETTINGS_BYTES / 2) }];
    expect(await parseProgressFile(await signedText({ settings: big }))).toEqual({ ok: false, error: 'settings-too-large', detail: 'b' });
    const huge = [{ key: 'pad', value: 'z'.repeat(20_000_000) }];
    expect(await parseProgressFile(await signedText({ settings: huge }))).toEqual({ ok: false, error: 'settings-too-large', detail: 'pad' });
    const nested = await signedText({ settings: [{ key: 'n', value: raw('deep') }] }, undefined, { deep: deepObjectText(MAX_SETTING_DEPTH + 1) });
    expect(await parseProgressFile(nested)).toEqual({ ok: false, error: 'settings-too-large', detail: 'n' });
    const shallowEnough = await signedText({ settings: [{ key: 'n', value: raw('deep') }] }, undefined, { deep: deepObjectText(MAX_SETTING_DEPTH) });
    expect((await parseProgressFile(shallowEnough)).ok).toBe(true);
  });

  it('refuses values nested tens of thousands of levels deep with a message, never a stack overflow', async () => {
    for (const deep of [deepArrayText(50_000), deepObjectText(50_000)]) {
      const unknownKey = await signedText({ settings: [{ key: 'x', value: raw('deep') }] }, undefined, { deep });
      expect(await parseProgressFile(unknownKey)).toEqual({ ok: false, error: 'settings-too-large', detail: 'x' });
      const knownKey = await signedText({ settings: [{ key: 'study', value: raw('deep') }] }, undefined, { deep });
      expect(await parseProgressFile(knownKey)).toEqual({ ok: false, error: 'setting-invalid', detail: 'study' });
      // Anywhere else, a value of the wrong shape is refused before anything recurses into it.
      const inNote = await signedText({ userCardData: [{ ...userData, note: raw('deep') }] }, undefined, { deep });
      expect(await parseProgressFile(inNote)).toMatchObject({ ok: false, error: 'invalid' });
      const inAnswer = await signedText({ reviews: [{ ...review, cardId: raw('deep') }] }, undefined, { deep });
      expect(await parseProgressFile(inAnswer)).toEqual({ ok: false, error: 'invalid', detail: 'reviews[0].cardId' });
      const extraField = await signedText({}, (body) => void (body.extra = raw('deep')), { deep });
      expect(await parseProgressFile(extraField)).toMatchObject({ ok: false, error: 'invalid' });
    }
  });
});
