// Bad input never changes the database: each broken file, and 1,000 randomly mutated ones, go
// through the screen's whole import pipeline (parse, preview, apply), and a full dump of every
// table must be identical before and after, unless the file was valid, in which case nothing
// that was there may be lost. Signed-but-hostile files (a correct checksum over hostile settings,
// deep nesting, huge strings, thousands of rows) are each refused with a message or accepted
// harmlessly, and the app still starts after any accepted one.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeProgressFile } from '../../../renderer/core/progress-file';
import { MAX_PROGRESS_FILE_BYTES } from '../../../renderer/core/progress-file-name';
import { buildProgressFileV1, checksumOfV1, serializeProgressFileV1, type ProgressFileV1 } from '../../../renderer/core/progress-file-v1';
import { replayReviews } from '../../../renderer/core/replay';
import type { ReviewEvent } from '../../../renderer/core/types';
import type { FlashcardsDb } from '../../../renderer/db/db';
import { loadCardStates } from '../../../renderer/db/review-log';
import { DEFAULT_SETTINGS } from '../../../renderer/core/settings';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { applyImport, checkProgressText, pickProgressFile, type ProgressProblem } from '../../../renderer/services/progress-files';
import { problemText } from '../../../renderer/screens/files/file-text';
import { deepArrayText, deepObjectText, raw, resignLines, signedText } from '../../unit/core/hostile-files';
import { sampleDeck, sampleHost } from '../../unit/model/sample-host';
import { dumpDatabase, restoreDatabase } from '../../unit/db/dump';
import { DAY, historyOf, NOW, progressFile, progressText, scheduler, studiedDb, userRow } from '../../unit/db/fixtures';

/** A message key shown as is, or a placeholder left unfilled: not a sentence the learner can read. */
const UNFILLED = /^progress\.|\{(where|size|limit|count)\}/;

/** The app opens on this database: its live state reads, and every setting is a valid one. */
async function expectAppStarts(db: FlashcardsDb) {
  const model = await AppModel.open(db, sampleHost, NOW);
  await model.useLocale(sampleDeck.locale);
  expect(model.deck).toBe(sampleDeck);
  expect(Object.getPrototypeOf(model.settings)).toBe(Object.prototype);
}

const known = new Set(['basics/what-is-mlops', 'cloud/serverless']);

/** The screen's pipeline: what happens when a learner picks `text` and confirms the preview. */
async function importText(db: FlashcardsDb, text: string): Promise<{ problem?: ProgressProblem }> {
  const checked = await checkProgressText(db, text, { now: NOW, knownCardIds: known });
  if (checked.kind === 'problem') return { problem: checked.problem };
  if (checked.kind === 'aborted') throw new Error('aborted without a signal');
  const applied = await applyImport(db, scheduler, checked.file, NOW);
  return applied.kind === 'problem' ? { problem: applied.problem } : {};
}

/** Re-signs edited version-1 JSON, so a mutation reaches the checks behind the checksum. */
async function resigned(file: Record<string, unknown>): Promise<string> {
  const { checksum: _, ...body } = file;
  try {
    return JSON.stringify({ ...body, checksum: await checksumOfV1(body as Omit<ProgressFileV1, 'checksum'>) });
  } catch {
    return JSON.stringify(file);
  }
}

const ids = (rows: unknown[]) => new Set((rows as ReviewEvent[]).map((r) => r.id));

let db: FlashcardsDb;
/** A version-1 file: the cases below edit its JSON; the version-2 fuzz further down edits lines. */
let valid: ProgressFileV1;
let validV2Text: string;
let validText: string;
beforeAll(async () => {
  db = await studiedDb();
  const contents = {
    reviews: historyOf(12, 'other'),
    userCardData: [userRow('basics/what-is-mlops', { flag: 3, note: 'nota', updatedAt: NOW - DAY })],
    settings: [{ key: 'limit', value: 20 }],
  };
  valid = await buildProgressFileV1({ appVersion: '0.1.0', deviceId: 'other', now: NOW, ...contents });
  validText = serializeProgressFileV1(valid);
  validV2Text = serializeProgressFile(await progressFile(contents));
});
afterAll(async () => {
  await db.delete();
});

describe('bad input leaves the database exactly as it was', () => {
  const edit = async (change: (file: Record<string, unknown>) => void) => {
    const copy = JSON.parse(validText) as Record<string, unknown>;
    change(copy);
    return resigned(copy);
  };
  const review0 = (file: Record<string, unknown>) => (file.reviews as Record<string, unknown>[])[0]!;

  const cases: [string, () => Promise<string> | string, ProgressProblem['code']][] = [
    ['an empty file', () => '', 'empty'],
    ['whitespace only', () => ' \n\t', 'empty'],
    ['not JSON', () => 'isto não é json', 'not-json'],
    ['JSON of another program', () => JSON.stringify({ version: 1, notes: [{ id: 1 }] }), 'foreign'],
    ['an Anki-like export', () => JSON.stringify({ format: 'anki-deck', cards: [] }), 'foreign'],
    ['a truncated file', () => validText.slice(0, Math.floor(validText.length * 0.7)), 'not-json'],
    ['a wrong checksum', () => validText.replace(/"checksum": "[0-9a-f]{8}/, '"checksum": "00000000'), 'checksum'],
    ['an edited answer under the old checksum', () => validText.replace('"rating": 2', '"rating": 4'), 'checksum'],
    ['a newer format version', () => edit((f) => (f.version = 3)), 'newer-version'],
    ['a rating of 5', () => edit((f) => (review0(f).rating = 5)), 'rating-out-of-range'],
    ['a rating of 0', () => edit((f) => (review0(f).rating = 0)), 'rating-out-of-range'],
    ['a fractional date', () => edit((f) => (review0(f).reviewedAt = NOW - 0.5)), 'invalid'],
    ['duplicated ids with different contents', () => edit((f) => (f.reviews as unknown[]).push({ ...review0(f), durationMs: 1 })), 'conflicting-duplicate'],
    ['a missing field', () => edit((f) => delete review0(f).deviceId), 'invalid'],
    ['a flag of 7', () => edit((f) => ((f.userCardData as Record<string, unknown>[])[0]!.flag = 7)), 'invalid'],
    ['a file over the size limit', () => `{"format":"mlops-flashcards-progress","x":"${'a'.repeat(MAX_PROGRESS_FILE_BYTES)}"}`, 'too-large'],
  ];

  it.each(cases)('refuses %s', async (_name, make, code) => {
    const text = await make();
    const before = await dumpDatabase(db);
    const { problem } = await importText(db, text);
    expect(problem?.code).toBe(code);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses a file whose answer collides with one of this computer\'s', async () => {
    const [mine] = await db.reviews.toArray();
    const text = await progressText({ reviews: [{ ...mine!, durationMs: mine!.durationMs + 1 }] });
    const before = await dumpDatabase(db);
    expect((await importText(db, text)).problem).toEqual({ code: 'conflicts-with-local', where: mine!.id });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses a 200 MB file from its size, unread', async () => {
    const before = await dumpDatabase(db);
    let read = false;
    const host = { openProgressFile: async () => ({ status: 'too-large', bytes: 200 * 1024 * 1024 }) as const };
    const outcome = await pickProgressFile(host, db, { now: NOW, knownCardIds: known, onReading: () => void (read = true) });
    expect(outcome).toEqual({ kind: 'problem', problem: { code: 'too-large', bytes: 200 * 1024 * 1024 } });
    expect(read).toBe(false);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('accepts answers of unknown cards, and keeps them', async () => {
    const text = await progressText({ reviews: [{ ...historyOf(1, 'zeta')[0]!, cardId: 'future-section/new-card' }] });
    expect(await importText(db, text)).toEqual({});
    expect(await db.reviews.where('cardId').equals('future-section/new-card').count()).toBe(1);
  });

  it('accepts answers out of the clock\'s range, holding them apart and changing nothing else', async () => {
    // Each once refused the whole file, and so every later export of the laptop that wrote it.
    for (const reviewedAt of [Date.UTC(1999, 11, 31), -1, NOW + 30 * DAY]) {
      const event = { ...historyOf(1, 'yuri')[0]!, reviewedAt };
      const before = await dumpDatabase(db);
      expect(await importText(db, await progressText({ reviews: [event] }))).toEqual({});
      const after = await dumpDatabase(db);
      expect(after.heldReviews).toEqual([event]);
      expect({ ...after, heldReviews: [] }).toEqual(before);
      await restoreDatabase(db, before);
    }
  });
});

describe('signed but hostile files: refused with a message, or accepted harmlessly', () => {
  const study = (json: string) => signedText({ settings: [{ key: 'study', value: raw('v') }] }, undefined, { v: json });
  const unknown = (json: string) => signedText({ settings: [{ key: 'x', value: raw('v') }] }, undefined, { v: json });
  const cases: [string, () => Promise<string>, ProgressProblem['code'] | 'accepted'][] = [
    ['an inherited name in the study settings', () => study('{"toString": 1}'), 'setting-invalid'],
    ['__proto__ in the study settings', () => study('{"__proto__": {"newPerDay": 9999}}'), 'setting-invalid'],
    ['constructor in the study settings', () => study('{"constructor": {"prototype": {"polluted": true}}}'), 'setting-invalid'],
    ['a wrong type for a known setting', () => study('{"newPerDay": "10"}'), 'setting-invalid'],
    ['a scheduling history that is an object', () => signedText({ settings: [{ key: 'schedulingHistory', value: { length: 1 } }] }), 'setting-invalid'],
    ['inherited names as unknown keys', () => signedText({ settings: [{ key: 'toString', value: 1 }, { key: '__proto__', value: { a: 1 } }, { key: 'hasOwnProperty', value: null }] }), 'accepted'],
    ['settings nested 50,000 levels deep', () => unknown(deepArrayText(50_000)), 'settings-too-large'],
    ['known settings nested 50,000 levels deep', () => study(deepObjectText(50_000)), 'setting-invalid'],
    ['a 20 MB setting', () => signedText({ settings: [{ key: 'pad', value: 'x'.repeat(20_000_000) }] }), 'settings-too-large'],
    ['a 20 MB note', () => signedText({ userCardData: [userRow('basics/what-is-mlops', { note: 'x'.repeat(20_000_000) })] }), 'invalid'],
    ['a 20 MB card id', () => signedText({ reviews: [{ ...historyOf(1, 'q')[0]!, cardId: 'c'.repeat(20_000_000) }] }), 'invalid'],
    ['a 20 MB settings key', () => signedText({ settings: [{ key: 'k'.repeat(20_000_000), value: 1 }] }), 'invalid'],
    ['5,000 unknown settings', () => signedText({ settings: Array.from({ length: 5_000 }, (_, i) => ({ key: `k${i}`, value: i })) }), 'settings-too-large'],
    ['5,000 copies of the study settings', () => signedText({ settings: Array.from({ length: 5_000 }, () => ({ key: 'study', value: { newPerDay: 12 } })) }), 'accepted'],
  ];

  it.each(cases)('%s', async (_name, make, expected) => {
    const text = await make();
    const before = await dumpDatabase(db);
    const { problem } = await importText(db, text);
    if (expected === 'accepted') {
      expect(problem).toBeUndefined();
      await expectAppStarts(db);
      await restoreDatabase(db, before);
    } else {
      expect(problem?.code).toBe(expected);
      expect(problemText(problem!)).not.toMatch(UNFILLED);
      expect(await dumpDatabase(db)).toEqual(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a database that already holds hostile settings still starts, with the bad ones named', async () => {
    const before = await dumpDatabase(db);
    await db.settings.bulkPut([
      { key: 'study', value: JSON.parse('{"toString": 1, "__proto__": {"fuzz": false}, "newPerDay": "x", "maxReviewsPerDay": 50}') },
      { key: 'schedulingHistory', value: { toString: 1 } },
    ]);
    const model = await AppModel.open(db, sampleHost, NOW);
    expect(model.settings).toEqual({ ...DEFAULT_SETTINGS, maxReviewsPerDay: 50 });
    expect(model.settingsFallbacks).toEqual(['newPerDay', 'schedulingHistory']);
    await restoreDatabase(db, before);
  });
});

describe('fuzz: 1,000 mutated files', () => {

  /** Mutations of the text (truncation, splices, stray bytes) and of the data, re-signed. */
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constant('splice' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.string({ maxLength: 8 }) }),
    fc.record({
      kind: fc.constant('field' as const),
      list: fc.constantFrom('reviews', 'userCardData', 'settings'),
      index: fc.nat(20),
      field: fc.constantFrom('id', 'cardId', 'rating', 'reviewedAt', 'durationMs', 'deviceId', 'flag', 'suspended', 'buriedUntil', 'note', 'seenHash', 'updatedAt', 'key', 'value', 'extra'),
      value: fc.oneof(
        fc.integer({ min: -5, max: 10 }),
        fc.constantFrom(NOW - 400 * DAY, NOW + 400 * DAY, Date.UTC(1990, 0, 1), 0.5, Number.MAX_SAFE_INTEGER, null, '', 'x', [], {}, true),
        fc.string({ maxLength: 12 }),
      ),
    }),
    fc.record({ kind: fc.constant('top' as const), field: fc.constantFrom('format', 'version', 'appVersion', 'exportedAt', 'deviceId', 'reviews', 'userCardData', 'settings', 'checksum'), value: fc.constantFrom<unknown>(null, 2, 0, 'x', [], {}, '2026-01-01T00:00:00Z', 'mlops-flashcards-progress') }),
    fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat(11), change: fc.boolean() }),
  );

  type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

  async function mutate(m: Mutation): Promise<string> {
    const mu = m as { kind: string; [k: string]: unknown };
    if (mu.kind === 'truncate') return validText.slice(0, Math.floor((mu.at as number) * validText.length));
    if (mu.kind === 'splice') {
      const at = Math.floor((mu.at as number) * validText.length);
      return validText.slice(0, at) + (mu.insert as string) + validText.slice(at + (mu.remove as number));
    }
    const file = JSON.parse(validText) as Record<string, unknown>;
    if (mu.kind === 'top') {
      file[mu.field as string] = mu.value;
      return resigned(file);
    }
    const reviews = file.reviews as Record<string, unknown>[];
    if (mu.kind === 'duplicate') {
      const copy = { ...reviews[mu.index as number]! };
      if (mu.change) copy.rating = copy.rating === 1 ? 2 : 1;
      reviews.push(copy);
      return resigned(file);
    }
    const list = file[mu.list as string] as Record<string, unknown>[];
    const row = list[(mu.index as number) % Math.max(1, list.length)];
    if (row) row[mu.field as string] = mu.value;
    return resigned(file);
  }

  it('never changes the database on a refused file, never loses anything on an accepted one', async () => {
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const text = await mutate(m);
        const before = await dumpDatabase(db);
        const { problem } = await importText(db, text);
        const after = await dumpDatabase(db);
        if (problem) {
          refused += 1;
          expect(after).toEqual(before);
        } else {
          accepted += 1;
          for (const id of ids(before.reviews!)) expect(ids(after.reviews!).has(id)).toBe(true);
          expect(after.meta).toEqual(before.meta);
          expect(await loadCardStates(db)).toEqual(replayReviews(await db.reviews.toArray(), scheduler));
          // Back to the same data: an accepted variant of a review would make every later file
          // that carries the original a conflict, and the cases would depend on their order.
          await restoreDatabase(db, before);
        }
      }),
      { numRuns: 1000 },
    );
    // Most mutations must be refused, and some valid ones must get through the whole pipeline.
    expect(refused).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(10);
  }, 120_000);
});

describe('fuzz: 500 changed version-2 files, signed again or not', () => {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('splice' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.string({ maxLength: 8 }), sign: fc.boolean() }),
    fc.record({
      kind: fc.constant('field' as const),
      line: fc.nat(30),
      field: fc.constantFrom('t', 'id', 'cardId', 'rating', 'reviewedAt', 'durationMs', 'deviceId', 'flag', 'note', 'key', 'value', 'extra'),
      value: fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constantFrom<unknown>(NOW + 400 * DAY, Date.UTC(1990, 0, 1), 0.5, null, '', 'x', [], {}, true, 'review', 'mock', 'end'), fc.string({ maxLength: 12 })),
    }),
    fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat(30), change: fc.boolean() }),
  );

  function mutate(m: typeof mutation extends fc.Arbitrary<infer T> ? T : never): string {
    if (m.kind === 'splice') {
      const at = Math.floor(m.at * validV2Text.length);
      const changed = validV2Text.slice(0, at) + m.insert + validV2Text.slice(at + m.remove);
      return m.sign ? resignLines(changed) : changed;
    }
    const lines = validV2Text.split('\n');
    const records = lines.length - 4;
    const index = 1 + (m.line % records);
    const record = JSON.parse(lines[index]!.slice(0, -1)) as Record<string, unknown>;
    if (m.kind === 'duplicate') {
      if (m.change) record.rating = record.rating === 1 ? 2 : 1;
      lines.splice(index, 0, `${JSON.stringify(record)},`);
    } else {
      record[m.field] = m.value;
      lines[index] = `${JSON.stringify(record)},`;
    }
    return resignLines(lines.join('\n'));
  }

  it('never changes the database on a refused file, never loses anything on an accepted one', async () => {
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const text = mutate(m);
        const before = await dumpDatabase(db);
        const { problem } = await importText(db, text);
        const after = await dumpDatabase(db);
        if (problem) {
          refused += 1;
          expect(problemText(problem)).not.toMatch(UNFILLED);
          expect(after).toEqual(before);
        } else {
          accepted += 1;
          for (const id of ids(before.reviews!)) expect(ids(after.reviews!).has(id)).toBe(true);
          expect(await loadCardStates(db)).toEqual(replayReviews(await db.reviews.toArray(), scheduler));
          await restoreDatabase(db, before);
        }
      }),
      { numRuns: 500 },
    );
    expect(refused).toBeGreaterThan(250);
    expect(accepted).toBeGreaterThan(5);
  }, 120_000);
});

describe('fuzz: 200 signed files with hostile settings', () => {
  const inherited = ['toString', '__proto__', 'constructor', 'valueOf', 'hasOwnProperty', 'newPerDay', 'desiredRetention', 'fuzz', 'learningSteps', 'studyLocale'];
  const json = (value: unknown) => JSON.stringify(value) ?? 'null';
  /** A value as JSON text: written by hand, so that `__proto__` stays a key and nesting can be deep. */
  const valueText = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map(json),
    fc
      .array(fc.tuple(fc.constantFrom(...inherited), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 })
      .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${json(value)}`).join(',')}}`),
    fc.integer({ min: 1, max: 40 }).map(deepObjectText),
    fc.constantFrom(deepArrayText(30_000), deepObjectText(30_000), JSON.stringify('x'.repeat(200_000))),
  );
  const key = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('study', 'schedulingHistory') },
    { weight: 2, arbitrary: fc.constantFrom(...inherited) },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
  );
  const rows = fc.array(fc.record({ key, value: valueText }), { minLength: 1, maxLength: 3 });

  it('refuses each with a message and changes nothing, or accepts it and the app still starts', async () => {
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(rows, async (generated) => {
        const settings = generated.map((row, i) => ({ key: row.key, value: raw(`v${i}`) }));
        const raws = Object.fromEntries(generated.map((row, i) => [`v${i}`, row.value]));
        const text = await signedText({ reviews: historyOf(3, 'fuzz'), settings }, undefined, raws);
        const before = await dumpDatabase(db);
        const { problem } = await importText(db, text);
        if (problem) {
          refused += 1;
          expect(problemText(problem)).not.toMatch(UNFILLED);
          expect(await dumpDatabase(db)).toEqual(before);
        } else {
          accepted += 1;
          await expectAppStarts(db);
          await restoreDatabase(db, before);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    // Both outcomes must be reached often (about 170 and 30 in 200 runs).
    expect(refused).toBeGreaterThan(10);
    expect(accepted).toBeGreaterThan(10);
  }, 180_000);
});
