import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import type { MockInterview } from '../../../renderer/core/mock/mock-interview';
import type { FlashcardsDb } from '../../../renderer/db/db';
import { importProgress, previewImport } from '../../../renderer/db/import-progress';
import { dumpDatabase } from './dump';
import { exportProgress, NO_LEARNER_CHANGES, NOW, scheduler, studiedDb, userRow } from './fixtures';

const open: FlashcardsDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const mock: MockInterview = {
  id: 'mifyq0w01-abcdefghijkl',
  startedAt: NOW - 3_600_000,
  status: 'running',
  settings: { sections: ['basics'], questionCount: 1, secondsPerQuestion: 120, locale: 'en', weakFirst: false, readAloud: false },
  questions: [{ cardId: 'basics/what-is-mlops', startedAt: NOW - 3_500_000, endedAt: 0, outline: 'x', suggested: [], covered: [], keyPointCount: 4, rating: 0, reviewId: '' }],
  updatedAt: NOW - 3_400_000,
  deviceId: 'here',
};

it('importing its own export changes nothing, even where stored rows carry fields the file does not', async () => {
  const db = await studiedDb();
  open.push(db);
  // Rows as a later version (or another branch of this one) may store them: a field more than the format knows.
  await db.mockInterviews.put({ ...mock, recordingIds: ['r1'] } as MockInterview);
  await db.userCardData.put({ ...userRow('basics/what-is-mlops', { flag: 1, updatedAt: NOW - 1000 }), zzz: 1 } as never);
  const file = await exportProgress(db, { appVersion: '0.1.0', deviceId: 'here', now: NOW });
  const before = await dumpDatabase(db);

  const nothing = { userCardDataChanges: 0, settingsAdded: 0, learnerChanges: NO_LEARNER_CHANGES };
  expect(await previewImport(db, file, { now: NOW })).toMatchObject({ ok: true, value: { newCount: 0, ...nothing } });
  expect(await importProgress(db, file, scheduler, { now: NOW })).toEqual({ ok: true, value: { added: 0, held: 0, ...nothing } });
  expect(await dumpDatabase(db)).toEqual(before);
});
