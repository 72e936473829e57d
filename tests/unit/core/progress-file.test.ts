import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MockInterview } from '../../../renderer/core/mock/mock-interview';
import type { OwnAnswerVersion } from '../../../renderer/core/own-cards/own-answer';
import type { OwnCard } from '../../../renderer/core/own-cards/own-card';
import type { InterviewDate, ReadinessDay } from '../../../renderer/core/plan/interview-date';
import {
  buildProgressFile,
  parseProgressFile,
  ProgressWriter,
  serializeProgressFile,
  writeProgress,
  type ProgressData,
} from '../../../renderer/core/progress-file';
import { MAX_PROGRESS_FILE_BYTES, progressFileName } from '../../../renderer/core/progress-file-name';
import { buildProgressFileV1, serializeProgressFileV1 } from '../../../renderer/core/progress-file-v1';
import { canonicalJson } from '../../../renderer/core/progress-records';
import { DEFAULT_SETTINGS } from '../../../renderer/core/settings';
import { MAX_SETTING_DEPTH, MAX_UNKNOWN_SETTINGS, MAX_UNKNOWN_SETTINGS_BYTES } from '../../../renderer/core/settings-rows';
import type { ReviewEvent, UserCardData } from '../../../renderer/core/types';
import { deepArrayText, deepObjectText, raw, resignLines, signedLinesText, signedText } from './hostile-files';

const now = Date.UTC(2026, 10, 25, 12);
const review: ReviewEvent = { id: 'mifyq0w00-abcdefghijkl', cardId: 'basics/what-is-mlops', rating: 3, reviewedAt: now - 60_000, durationMs: 5300, deviceId: 'dev1' };
const userData: UserCardData = { cardId: 'basics/what-is-mlops', flag: 2, suspended: 0, buriedUntil: 0, note: 'revisar', seenHash: 'pt-BR:0123456789abcdef', updatedAt: now - 1000 };
const mock: MockInterview = {
  id: 'mifyq0w01-abcdefghijkl',
  startedAt: now - 3_600_000,
  status: 'finished',
  settings: { sections: ['basics'], questionCount: 1, secondsPerQuestion: 120, locale: 'en', weakFirst: false, readAloud: false },
  questions: [{ cardId: 'basics/what-is-mlops', startedAt: now - 3_500_000, endedAt: now - 3_400_000, outline: 'ci/cd <b>x</b>', suggested: [0], covered: [0, 2], keyPointCount: 4, rating: 3, reviewId: review.id }],
  updatedAt: now - 3_400_000,
  deviceId: 'dev1',
};
const ownCard: OwnCard = {
  id: 'own/abcdefghijk1', kind: 'question', locale: 'pt-BR', section: 'own:minha-empresa', sectionName: 'Minha empresa',
  prompt: 'Por que a empresa usa Kubeflow?', context: '', keyPoints: ['custo'], answer: '**porque**', tags: ['empresa'], parent: '',
  createdAt: now - 10_000, updatedAt: now - 5_000, deletedAt: 0,
};
const ownAnswer: OwnAnswerVersion = { id: 'mifyq0w02-abcdefghijkl', cardId: 'basics/what-is-mlops', markdown: 'Minha versão', savedAt: now - 2_000, deviceId: 'dev1' };
const interviewDate: InterviewDate = { interviewAt: now + 14 * 86_400_000, hasTime: false, ceilingMinutes: 30, sectionOrder: ['basics'], leftOut: [], setAt: now - 86_400_000, outcomeNote: '', updatedAt: now - 86_400_000 };
const readiness: ReadinessDay = { day: '2026-11-24', interviewAt: interviewDate.interviewAt, overall: 0.42, bySection: { basics: 0.5 } };
const identity = { appVersion: '0.1.0', deviceId: 'dev1', now };
const full = () =>
  buildProgressFile({ ...identity, reviews: [review], userCardData: [userData], settings: [{ key: 'desiredRetention', value: { v: 0.9, a: [1] } }], mockInterviews: [mock], ownCards: [ownCard], ownAnswers: [ownAnswer], interviewDate, readiness: [readiness] });

describe('progress file, version 2', () => {
  it('round-trips everything a learner makes through text, one record per line', async () => {
    const file = full();
    const text = serializeProgressFile(file);
    expect(await parseProgressFile(text)).toEqual({ ok: true, file });
    expect(file).toMatchObject({ format: 'mlops-flashcards-progress', version: 2, exportedAt: '2026-11-25T12:00:00.000Z' });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\{"format":"mlops-flashcards-progress","version":2,.*"records":\[$/);
    expect(lines.slice(1, -3).map((line) => JSON.parse(line.slice(0, -1)).t)).toEqual(['review', 'card', 'setting', 'ownCard', 'ownAnswer', 'mock', 'interviewDate', 'readiness']);
    // Still one JSON value: any JSON tool (and a version-1 reader) opens it.
    expect(JSON.parse(text).records).toHaveLength(9);
  });

  it('hashes the bytes before the end record with SHA-256, as renderer/core/progress-file.md documents', () => {
    const text = serializeProgressFile(full());
    const endAt = text.lastIndexOf('{"t":"end"');
    expect(JSON.parse(text.slice(endAt).split('\n')[0]!).sha256).toBe(createHash('sha256').update(text.slice(0, endAt), 'utf8').digest('hex'));
  });

  it('is written in pieces that make the same file, and reads a long log back whole', async () => {
    const reviews = Array.from({ length: 30_000 }, (_, i) => ({ ...review, id: `mifyq0w00-${String(i).padStart(12, '0')}`, reviewedAt: review.reviewedAt + i }));
    const chunks: string[] = [];
    const writer = new ProgressWriter(identity, (chunk) => chunks.push(chunk));
    writeProgress(writer, { reviews });
    writer.finish();
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(serializeProgressFile(buildProgressFile({ ...identity, reviews })));
    const parsed = await parseProgressFile(chunks.join(''));
    expect(parsed.ok && parsed.file.reviews).toEqual(reviews);
  });

  it('accepts a byte-order mark and an empty file', async () => {
    expect((await parseProgressFile(`\uFEFF${serializeProgressFile(buildProgressFile(identity))}`)).ok).toBe(true);
  });

  it('names the file after the local date', () => {
    const day = new Date(2026, 0, 3, 10).getTime();
    expect(progressFileName(day)).toBe('mlops-flashcards-progress-2026-01-03.json');
    expect(progressFileName(day, 'reviews', 'csv')).toBe('mlops-flashcards-reviews-2026-01-03.csv');
  });

  // [name, change, error, detail, signed after the change]
  const cases: [string, (text: string) => string, string, string | undefined, boolean][] = [
    ['empty', () => '  \n', 'empty', undefined, false],
    ['not JSON', () => '{"format": ', 'not-json', undefined, false],
    ['JSON but not an object', () => '[1, 2, 3]', 'foreign', undefined, false],
    ['another program', () => JSON.stringify({ format: 'anki', cards: [] }), 'foreign', undefined, false],
    ['truncated', (text) => text.slice(0, text.length / 2), 'truncated', undefined, false],
    ['cut before its end record', (text) => text.slice(0, text.lastIndexOf('{"t":"end"')), 'truncated', undefined, false],
    ['missing its closing brackets', (text) => text.replace(/\]\}\n$/, ''), 'truncated', undefined, false],
    ['followed by something else', (text) => text.replace(/\]\}\n$/, ']}{}\n'), 'invalid', undefined, false],
    ['from a newer version', (text) => text.replace('"version":2', '"version":3'), 'newer-version', undefined, false],
    ['laid out again by an editor', (text) => JSON.stringify(JSON.parse(text), null, 2), 'checksum', undefined, false],
    ['edited', (text) => text.replace('"durationMs":5300', '"durationMs":5301'), 'checksum', undefined, false],
    ['an edited outline', (text) => text.replace('ci/cd', 'CI/CD'), 'checksum', undefined, false],
    ['a record removed', (text) => text.replace(/\{"t":"readiness".*\n/, ''), 'checksum', undefined, false],
    ['rating out of range', (text) => text.replace('"rating":3,"reviewedAt"', '"rating":5,"reviewedAt"'), 'rating-out-of-range', 'line 2: rating', true],
    ['a bad event id', (text) => text.replace('"id":"mifyq0w00-abcdefghijkl"', '"id":"x"'), 'invalid', 'line 2: id', true],
    ['an extra field', (text) => text.replace('"rating":3,"reviewedAt"', '"rating":3,"extra":1,"reviewedAt"'), 'invalid', 'line 2', true],
    ['an unknown record', (text) => text.replace('{"t":"card"', '{"t":"virus"'), 'invalid', 'line 3: t', true],
    ['a flag out of range', (text) => text.replace('"flag":2', '"flag":9'), 'invalid', 'line 3: flag', true],
    ['a mock interview with a bad rating', (text) => text.replace('"rating":3,"reviewId"', '"rating":7,"reviewId"'), 'invalid', undefined, true],
    ['an own card with a deck id', (text) => text.replace('own/abcdefghijk1', 'basics/what-is-mlops'), 'invalid', 'line 5: id', true],
    ['a readiness above 1', (text) => text.replace('"overall":0.42', '"overall":4.2'), 'invalid', 'line 9: overall', true],
  ];
  it.each(cases)('refuses a file that is %s', async (_name, change, error, detail, sign) => {
    const text = serializeProgressFile(full());
    const changed = change(text);
    expect(changed).not.toBe(text);
    const parsed = await parseProgressFile(sign ? resignLines(changed) : changed);
    expect(parsed).toMatchObject({ ok: false, error });
    if (detail && !parsed.ok) expect(parsed.detail).toBe(detail);
  });

  it('refuses conflicting duplicates of any record, and accepts exact duplicates', async () => {
    const text = (data: Partial<ProgressData>) => serializeProgressFile(buildProgressFile({ ...identity, ...data }));
    expect(await parseProgressFile(text({ reviews: [review, { ...review, rating: 1 }] }))).toMatchObject({ ok: false, error: 'conflicting-duplicate', detail: review.id });
    expect(await parseProgressFile(text({ ownCards: [ownCard, { ...ownCard, prompt: 'outra' }] }))).toMatchObject({ ok: false, error: 'conflicting-duplicate', detail: ownCard.id });
    expect(await parseProgressFile(text({ mockInterviews: [mock, { ...mock, status: 'running' }] }))).toMatchObject({ ok: false, error: 'conflicting-duplicate', detail: mock.id });
    expect((await parseProgressFile(text({ reviews: [review, review], ownAnswers: [ownAnswer, ownAnswer] }))).ok).toBe(true);
  });

  it('refuses a second interview date', async () => {
    const twice = serializeProgressFile(full()).replace(/(\{"t":"interviewDate".*\n)/, '$1$1');
    expect(await parseProgressFile(resignLines(twice))).toMatchObject({ ok: false, error: 'invalid', detail: 'line 9: a second interview date' });
  });

  it('takes back any time the app may have written: the import, not the reader, decides what the clock accepts', async () => {
    for (const reviewedAt of [Date.UTC(1999, 11, 31), -1, 0, now + 3 * 86_400_000, now + 400 * 86_400_000]) {
      const file = buildProgressFile({ ...identity, reviews: [{ ...review, reviewedAt }], userCardData: [{ ...userData, updatedAt: reviewedAt < 0 ? 0 : reviewedAt }] });
      expect(await parseProgressFile(serializeProgressFile(file))).toEqual({ ok: true, file });
    }
    const fractional = buildProgressFile({ ...identity, reviews: [{ ...review, reviewedAt: 1.5 }] });
    expect(await parseProgressFile(serializeProgressFile(fractional))).toMatchObject({ ok: false, error: 'invalid', detail: 'line 2: reviewedAt' });
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const huge = `{"format":"mlops-flashcards-progress","pad":"${'x'.repeat(MAX_PROGRESS_FILE_BYTES)}"}`;
    expect(await parseProgressFile(huge)).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('refuses deep nesting, long texts and a foreign header in a signed file with a message', async () => {
    for (const deep of [deepArrayText(50_000), deepObjectText(50_000)]) {
      expect(await parseProgressFile(signedLinesText([`{"t":"setting","key":"x","value":${deep}}`]))).toEqual({ ok: false, error: 'settings-too-large', detail: 'x' });
      expect(await parseProgressFile(signedLinesText([`{"t":"mock","id":${deep}}`]))).toMatchObject({ ok: false, error: 'invalid' });
      expect(await parseProgressFile(signedLinesText([`{"t":"review","id":${deep}}`]))).toMatchObject({ ok: false, error: 'invalid' });
    }
    expect(await parseProgressFile(signedLinesText([{ t: 'ownAnswer', ...ownAnswer, markdown: 'x'.repeat(20_001) }]))).toMatchObject({ ok: false, error: 'invalid', detail: 'line 2: markdown' });
    expect(await parseProgressFile(signedLinesText([{ t: 'card', ...userData }], { extra: 1 }))).toMatchObject({ ok: false, error: 'invalid' });
    expect((await parseProgressFile(signedLinesText([{ t: 'card', ...userData }]))).ok).toBe(true);
  });
});

describe('progress file, version 1 (still imported)', () => {
  const buildV1 = () => buildProgressFileV1({ ...identity, reviews: [review], userCardData: [userData], settings: [{ key: 'desiredRetention', value: { v: 0.9, a: [1] } }] });

  it('reads as the same data, with nothing of what came later', async () => {
    const v1 = await buildV1();
    const parsed = await parseProgressFile(serializeProgressFileV1(v1));
    expect(parsed).toEqual({ ok: true, file: { ...buildProgressFile({ ...identity, reviews: v1.reviews, userCardData: v1.userCardData, settings: v1.settings }), version: 1 } });
  });

  it('checksums the data, not how it was written: key order and spacing do not matter', async () => {
    const file = await buildV1();
    const reordered = JSON.stringify({ ...file, settings: [{ value: { a: [1], v: 0.9 }, key: 'desiredRetention' }] });
    expect((await parseProgressFile(reordered)).ok).toBe(true);
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  const cases: [string, (text: string) => string, string, string?][] = [
    ['truncated', (text) => text.slice(0, text.length / 2), 'not-json'],
    ['newer version', (text) => text.replace('"version": 1', '"version": 3'), 'newer-version'],
    ['an older, unknown version', (text) => text.replace('"version": 1', '"version": 0'), 'invalid', 'version'],
    ['wrong checksum', (text) => text.replace('"durationMs": 5300', '"durationMs": 5301'), 'checksum'],
    ['edited note', (text) => text.replace('"note": "revisar"', '"note": "outra"'), 'checksum'],
    ['rating out of range', (text) => text.replace('"rating": 3', '"rating": 5'), 'rating-out-of-range', 'reviews[0].rating'],
    ['rating as text', (text) => text.replace('"rating": 3', '"rating": "3"'), 'invalid', 'reviews[0].rating'],
    ['a bad event id', (text) => text.replace('mifyq0w00-abcdefghijkl', 'x'), 'invalid', 'reviews[0].id'],
    ['an extra field', (text) => text.replace('"rating": 3', '"rating": 3, "extra": 1'), 'invalid', 'reviews[0]'],
    ['a flag out of range', (text) => text.replace('"flag": 2', '"flag": 9'), 'invalid', 'userCardData.0.flag'],
    ['a missing list', (text) => text.replace(/"settings": \[[\s\S]*?\n \]/, '"settings": null'), 'invalid', 'settings'],
  ];
  it.each(cases)('refuses a file that is %s', async (_name, change, error, detail) => {
    const text = serializeProgressFileV1(await buildV1());
    const changed = change(text);
    expect(changed).not.toBe(text);
    const parsed = await parseProgressFile(changed);
    expect(parsed).toMatchObject({ ok: false, error });
    if (detail && !parsed.ok) expect(parsed.detail).toBe(detail);
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
