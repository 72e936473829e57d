// The learner's own answers: each save, restore and clear adds an immutable version, and the
// current answer is the newest one, in memory and in the database alike.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ClockWrongError } from '../../../renderer/core/event-time';
import { currentOwnAnswers, MAX_OWN_ANSWER_LENGTH } from '../../../renderer/core/own-cards/own-answer';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { loadOwnAnswerVersions } from '../../../renderer/db/own-answer-store';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { OwnAnswers } from '../../../renderer/model/own-answers.svelte';
import { sampleHost } from './sample-host';

const T0 = Date.UTC(2026, 2, 10, 9);
const MINUTE = 60_000;
const CARD = 'behavioral/production-incident';
let db: FlashcardsDb;
let n = 0;

afterEach(async () => {
  await db?.delete();
});

function fresh(): OwnAnswers {
  db = openFlashcardsDb(`own-answers-${++n}`);
  return new OwnAnswers(db, 'laptop-a');
}

/** What a fresh read of the database says is current, to check the live map against. */
async function storedCurrent(): Promise<Map<string, string>> {
  const current = currentOwnAnswers(await db.ownAnswers.toArray());
  return new Map([...current].map(([cardId, version]) => [cardId, version.markdown]));
}

describe('OwnAnswers', () => {
  it('keeps every save as a version and shows the newest', async () => {
    const answers = fresh();
    await answers.save(CARD, '## Situação\nPrimeira versão', T0);
    await answers.save(CARD, '## Situação\nSegunda versão', T0 + MINUTE);
    expect(answers.ownAnswerOf(CARD)).toBe('## Situação\nSegunda versão');
    const versions = await answers.versions(CARD);
    expect(versions.map((v) => [v.markdown, v.savedAt, v.deviceId])).toEqual([
      ['## Situação\nSegunda versão', T0 + MINUTE, 'laptop-a'],
      ['## Situação\nPrimeira versão', T0, 'laptop-a'],
    ]);
    expect(new Set(versions.map((v) => v.id)).size).toBe(2);
    expect(await storedCurrent()).toEqual(new Map([[CARD, '## Situação\nSegunda versão']]));
  });

  it('adds nothing when the text has not changed', async () => {
    const answers = fresh();
    await answers.save(CARD, 'Mesmo texto', T0);
    await answers.save(CARD, 'Mesmo texto', T0 + MINUTE);
    expect(await db.ownAnswers.count()).toBe(1);
  });

  it('restores an earlier version as a new newest version, keeping the others', async () => {
    const answers = fresh();
    await answers.save(CARD, 'v1', T0);
    await answers.save(CARD, 'v2', T0 + MINUTE);
    const [, first] = await answers.versions(CARD);
    await answers.restore(first!, T0 + 2 * MINUTE);
    expect(answers.ownAnswerOf(CARD)).toBe('v1');
    const versions = await answers.versions(CARD);
    expect(versions.map((v) => v.markdown)).toEqual(['v1', 'v2', 'v1']);
    expect(versions[0]!.id).not.toBe(first!.id);
    expect(versions[0]!.savedAt).toBe(T0 + 2 * MINUTE);
    expect(await storedCurrent()).toEqual(new Map([[CARD, 'v1']]));
  });

  it('clears with an empty version: no current answer, the earlier ones still listed', async () => {
    const answers = fresh();
    await answers.save(CARD, 'v1', T0);
    await answers.save('cloud/serverless', 'outra', T0);
    await answers.clear(CARD, T0 + MINUTE);
    expect(answers.ownAnswerOf(CARD)).toBeUndefined();
    expect(answers.ownAnswerOf('cloud/serverless')).toBe('outra');
    expect((await answers.versions(CARD)).map((v) => v.markdown)).toEqual(['', 'v1']);
    expect(await storedCurrent()).toEqual(new Map([['cloud/serverless', 'outra']]));
  });

  it('treats a blank text as a clear, and a clear of nothing as no change', async () => {
    const answers = fresh();
    await answers.save(CARD, '   \n\t ', T0);
    expect(await db.ownAnswers.count()).toBe(0);
    await answers.save(CARD, 'algo', T0);
    await answers.save(CARD, '  \n', T0 + MINUTE);
    expect((await answers.versions(CARD)).map((v) => v.markdown)).toEqual(['', 'algo']);
    expect(answers.ownAnswerOf(CARD)).toBeUndefined();
  });

  it('dates a save after the last one when the clock was set back, so the save still wins', async () => {
    const answers = fresh();
    await answers.save(CARD, 'depois', T0);
    await answers.save(CARD, 'relógio atrasado', T0 - 10 * MINUTE);
    expect(answers.ownAnswerOf(CARD)).toBe('relógio atrasado');
    expect((await loadOwnAnswerVersions(db, CARD))[0]!.savedAt).toBe(T0 + 1);
    expect(await storedCurrent()).toEqual(new Map([[CARD, 'relógio atrasado']]));
  });

  it('refuses a text over the size limit and a clock before 2000, writing nothing', async () => {
    const answers = fresh();
    await expect(answers.save(CARD, 'x'.repeat(MAX_OWN_ANSWER_LENGTH + 1), T0)).rejects.toThrow(RangeError);
    await expect(answers.save(CARD, 'ok', Date.UTC(1999, 0, 1))).rejects.toThrow(ClockWrongError);
    expect(await db.ownAnswers.count()).toBe(0);
    await answers.save(CARD, 'x'.repeat(MAX_OWN_ANSWER_LENGTH), T0);
    expect(await db.ownAnswers.count()).toBe(1);
  });

  it('reads the stored answers when first asked, including versions another laptop wrote', async () => {
    const answers = fresh();
    await db.ownAnswers.bulkAdd([
      { id: 'a', cardId: CARD, markdown: 'antiga', savedAt: T0, deviceId: 'laptop-b' },
      { id: 'b', cardId: CARD, markdown: 'nova', savedAt: T0 + MINUTE, deviceId: 'laptop-b' },
    ]);
    expect(answers.ownAnswerOf(CARD)).toBeUndefined();
    await answers.load();
    expect(answers.ownAnswerOf(CARD)).toBe('nova');
  });
});

describe('AppModel.ownAnswerOf', () => {
  it('gives the current answer, and re-reads it after an import changed the database', async () => {
    db = openFlashcardsDb(`own-answers-${++n}`);
    const model = await AppModel.open(db, sampleHost);
    await model.useLocale('pt-BR');
    await model.ownAnswers.load();
    await model.ownAnswers.save(CARD, 'minha', T0);
    expect(model.ownAnswerOf(CARD)).toBe('minha');
    const [stored] = await db.ownAnswers.toArray();
    expect(stored!.deviceId).toBe(model.deviceId);
    await db.ownAnswers.add({ id: 'zz', cardId: CARD, markdown: 'do outro laptop', savedAt: T0 + MINUTE, deviceId: 'laptop-b' });
    await model.reload();
    expect(model.ownAnswerOf(CARD)).toBe('do outro laptop');
  });
});
