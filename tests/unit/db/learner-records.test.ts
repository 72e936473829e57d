// What the learner makes besides answers (mock interviews, own cards and answers, the interview
// date, readiness days) through the database: exported, imported and merged, restored, and kept by
// an upgrade from version 5. Recordings never leave this computer.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { MockInterview, Recording } from '../../../renderer/core/mock/mock-interview';
import type { OwnAnswerVersion } from '../../../renderer/core/own-cards/own-answer';
import type { OwnCard } from '../../../renderer/core/own-cards/own-card';
import type { InterviewDate } from '../../../renderer/core/plan/interview-date';
import { INTERVIEW_DATE_KEY, openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { parseProgressFile } from '../../../renderer/core/progress-file';
import { exportForBackup, exportProgressText, writeProgressFile } from '../../../renderer/db/export-progress';
import { importProgress, previewImport, replaceProgress } from '../../../renderer/db/import-progress';
import { dumpDatabase } from './dump';
import { DAY, exportProgress, freshDb, historyOf, NOW, scheduler, studiedDb } from './fixtures';

const open: FlashcardsDb[] = [];
const track = (db: FlashcardsDb) => (open.push(db), db);
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const identity = (deviceId: string) => ({ appVersion: '0.1.0', deviceId, now: NOW });

function mock(id: string, status: MockInterview['status'], updatedAt: number, outline = 'feature store, drift'): MockInterview {
  return {
    id, startedAt: updatedAt - 600_000, status, updatedAt, deviceId: 'a',
    settings: { sections: [], questionCount: 1, secondsPerQuestion: 120, locale: 'pt-BR', weakFirst: true, readAloud: false },
    questions: [{ cardId: 'basics/what-is-mlops', startedAt: updatedAt - 500_000, endedAt: updatedAt - 400_000, outline, suggested: [1], covered: [1], keyPointCount: 4, rating: 0, reviewId: '' }],
  };
}
function own(id: string, prompt: string, updatedAt: number, deletedAt = 0): OwnCard {
  return { id, kind: 'fact', locale: 'en', section: 'own:acme', sectionName: 'Acme', prompt, context: '', keyPoints: [], answer: 'Kubeflow', tags: [], parent: '', createdAt: NOW - 9 * DAY, updatedAt, deletedAt };
}
const answer = (n: number, savedAt: number): OwnAnswerVersion => ({ id: `mifyq0w0${n}-abcdefghijkl`, cardId: 'basics/what-is-mlops', markdown: `version ${n}`, savedAt, deviceId: 'a' });
const date = (interviewAt: number, updatedAt: number): InterviewDate => ({ interviewAt, hasTime: false, ceilingMinutes: 40, sectionOrder: [], leftOut: [], setAt: updatedAt, outcomeNote: '', updatedAt });
const recording = (id: string): Recording => ({ id, interviewId: 'mifyq0w0a-abcdefghijkl', questionIndex: 0, mimeType: 'audio/webm', bytes: 4, createdAt: NOW, audio: new Blob(['abcd']) });

async function laptopA(): Promise<FlashcardsDb> {
  const db = track(await studiedDb(4));
  await db.mockInterviews.bulkAdd([mock('mifyq0w0a-abcdefghijkl', 'finished', NOW - 3 * DAY), mock('mifyq0w0b-abcdefghijkl', 'running', NOW - DAY)]);
  await db.ownCards.bulkAdd([own('own/aaaaaaaaaaaa', 'Why Acme runs Kubeflow', NOW - 5 * DAY), own('own/bbbbbbbbbbbb', 'Acme on-call', NOW - 5 * DAY)]);
  await db.ownAnswers.bulkAdd([answer(1, NOW - 4 * DAY), answer(2, NOW - 2 * DAY)]);
  await db.interviewDate.put({ ...date(NOW + 14 * DAY, NOW - 2 * DAY), key: INTERVIEW_DATE_KEY });
  await db.readiness.put({ day: '2026-11-24', interviewAt: NOW + 14 * DAY, overall: 0.3, bySection: { basics: 0.4 } });
  await db.recordings.add(recording('rec1'));
  return db;
}

describe('learner records in progress files', () => {
  it('travel in an export, without the recordings, and a second import changes nothing', async () => {
    const a = await laptopA();
    const file = await exportProgress(a, identity('a'));
    expect(file.mockInterviews).toHaveLength(2);
    expect(file.ownCards).toHaveLength(2);
    expect(file.ownAnswers).toHaveLength(2);
    expect(file.interviewDate).toEqual(date(NOW + 14 * DAY, NOW - 2 * DAY));
    expect(file.readiness).toHaveLength(1);
    expect(await exportProgressText(a, identity('a'))).not.toContain('rec1');

    const b = track(freshDb());
    expect(await previewImport(b, file, { now: NOW })).toMatchObject({ ok: true, value: { learnerChanges: { mockInterviews: 2, ownCards: 2, ownAnswers: 2, interviewDate: true } } });
    await importProgress(b, file, scheduler, { now: NOW });
    const once = await dumpDatabase(b);
    expect(once.recordings).toEqual([]);
    expect(await importProgress(b, file, scheduler, { now: NOW })).toMatchObject({ ok: true, value: { added: 0, learnerChanges: { mockInterviews: 0, ownCards: 0, ownAnswers: 0, interviewDate: false } } });
    expect(await dumpDatabase(b)).toEqual(once);
  });

  it('merge across laptops: a deletion and a finished interview win, the later date wins, versions add up', async () => {
    const a = await laptopA();
    const b = track(freshDb());
    await importProgress(b, await exportProgress(a, identity('a')), scheduler, { now: NOW });
    // On B: card 1 deleted, the running interview finished, an answer version and a later date.
    await b.ownCards.put(own('own/aaaaaaaaaaaa', 'Why Acme runs Kubeflow', NOW - DAY, NOW - DAY));
    await b.mockInterviews.put(mock('mifyq0w0b-abcdefghijkl', 'finished', NOW - DAY / 2));
    await b.ownAnswers.add(answer(3, NOW - DAY));
    await b.interviewDate.put({ ...date(NOW + 20 * DAY, NOW - DAY), key: INTERVIEW_DATE_KEY });
    // On A, later: card 2 edited, and the running interview continued (not finished).
    await a.ownCards.put(own('own/bbbbbbbbbbbb', 'Acme on-call rota', NOW - DAY / 4));
    await a.mockInterviews.put(mock('mifyq0w0b-abcdefghijkl', 'running', NOW - DAY / 4, 'more typing'));

    await importProgress(a, await exportProgress(b, identity('b')), scheduler, { now: NOW });
    await importProgress(b, await exportProgress(a, identity('a')), scheduler, { now: NOW });
    for (const db of [a, b]) {
      expect((await db.ownCards.get('own/aaaaaaaaaaaa'))!.deletedAt).toBe(NOW - DAY);
      expect((await db.ownCards.get('own/bbbbbbbbbbbb'))!.prompt).toBe('Acme on-call rota');
      expect((await db.mockInterviews.get('mifyq0w0b-abcdefghijkl'))!.status).toBe('finished');
      expect(await db.ownAnswers.count()).toBe(3);
      expect((await db.interviewDate.get(INTERVIEW_DATE_KEY))!.interviewAt).toBe(NOW + 20 * DAY);
    }
    const { recordings: _a, ...dumpA } = await dumpDatabase(a);
    const { recordings: _b, ...dumpB } = await dumpDatabase(b);
    expect(dumpA.ownCards).toEqual(dumpB.ownCards);
    expect(dumpA.mockInterviews).toEqual(dumpB.mockInterviews);
  });

  it('a restore makes them the backup\'s and keeps this computer\'s recordings', async () => {
    const a = await laptopA();
    const backup = await exportProgress(track(await studiedDb(2)), identity('a'));
    await replaceProgress(a, backup, scheduler, { now: NOW });
    expect(await a.mockInterviews.count()).toBe(0);
    expect(await a.ownCards.count()).toBe(0);
    expect(await a.interviewDate.count()).toBe(0);
    expect(await a.recordings.count()).toBe(1);
  });

  it('make a backup worth keeping on their own', async () => {
    const db = track(freshDb());
    expect(await exportForBackup(db, identity('a'))).toBeNull();
    await db.ownCards.add(own('own/aaaaaaaaaaaa', 'Only this', NOW));
    expect(await (await exportForBackup(db, identity('a')))?.text()).toContain('own/aaaaaaaaaaaa');
  });
});

describe('schema version 6', () => {
  it('opens a version-5 database as it was, with the new tables empty and in use', async () => {
    const name = 'upgrade-v5';
    const v5 = new Dexie(name);
    v5.version(1).stores({ reviews: 'id, cardId, reviewedAt', cardStates: 'cardId, due', meta: 'key' });
    v5.version(2).stores({ userCardData: 'cardId, flag, suspended', settings: 'key' });
    v5.version(3).stores({});
    v5.version(4).stores({ reviewStats: 'slot' });
    v5.version(5).stores({ heldReviews: 'id, reviewedAt' });
    await v5.open();
    const reviews = historyOf(50, 'laptop-a', NOW - 100 * DAY);
    await v5.table('reviews').bulkAdd(reviews);
    await v5.table('heldReviews').add({ ...reviews[0]!, id: '0000000aa-wrongclock01', reviewedAt: Date.UTC(1999, 2, 1) });
    await v5.table('meta').bulkAdd([{ key: 'deviceId', value: 'laptop-a' }, { key: 'reviewCount', value: reviews.length }]);
    await v5.table('settings').add({ key: 'study', value: { newPerDay: 15 } });
    const before: Record<string, unknown[]> = {};
    for (const table of v5.tables) before[table.name] = await table.toArray();
    v5.close();

    const db = track(openFlashcardsDb(name));
    await db.open();
    expect(db.verno).toBe(7);
    for (const [table, rows] of Object.entries(before)) expect(await db.table(table).toArray()).toEqual(rows);
    for (const table of [db.mockInterviews, db.recordings, db.ownCards, db.ownAnswers, db.interviewDate, db.readiness]) expect(await table.count()).toBe(0);
    await db.ownCards.add(own('own/aaaaaaaaaaaa', 'New here', NOW));
    const file = await exportProgress(db, identity('laptop-a'));
    expect(file.reviews).toHaveLength(51);
    expect(file.ownCards.map((c) => c.id)).toEqual(['own/aaaaaaaaaaaa']);
  });
});

describe('the export reads the log in pages', () => {
  it('writes every answer once, in log order, when many share a time across page boundaries', async () => {
    const db = track(freshDb());
    // 700 answers: 450 sharing one time (longer than two pages), then runs of 70: pages of 200 end inside runs.
    const reviews = Array.from({ length: 700 }, (_, i) => ({
      id: `${'0'.repeat(9)}-${String(699 - i).padStart(12, '0')}`,
      cardId: 'basics/what-is-mlops',
      rating: 3 as const,
      reviewedAt: NOW - 100 * DAY + (i < 450 ? 0 : (1 + Math.floor((i - 450) / 70)) * 1000),
      durationMs: 1,
      deviceId: 'a',
    }));
    await db.reviews.bulkAdd(reviews);
    const held = { ...reviews[0]!, id: '000000000-zzzzzzzzzzzz', reviewedAt: NOW - 100 * DAY + 2500 };
    await db.heldReviews.add(held);
    const chunks: string[] = [];
    await writeProgressFile(db, identity('a'), (chunk) => chunks.push(chunk), { pageRows: 200 });
    const parsed = await parseProgressFile(chunks.join(''));
    if (!parsed.ok) throw new Error(parsed.error);
    const file = parsed.file;
    const expected = [...reviews, held].sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : 1));
    expect(file.reviews.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });
});
