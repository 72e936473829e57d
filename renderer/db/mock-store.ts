// Reads and writes of mock interviews and their recordings. An interview's row is written whole
// at every step (db/review-log's transaction takes it when the step records an answer too).
import type { Locale } from '../../content/schema';
import type { MockInterview, MockSettings, Recording } from '../core/mock/mock-interview';
import { MOCK_SETTINGS_KEY, readMockSettings } from '../core/mock/mock-run';
import { cardsWithAgainSince } from '../core/mock/recent-lapses';
import type { ReviewEvent } from '../core/types';
import type { FlashcardsDb } from './db';
import type { AlongsideWrite } from './review-log';

/** The interview left running (a closed window, a crash), the latest if there are several. */
export async function loadRunningInterview(db: FlashcardsDb): Promise<MockInterview | undefined> {
  const running = await db.mockInterviews.where('status').equals('running').toArray();
  return running.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export function loadInterview(db: FlashcardsDb, id: string): Promise<MockInterview | undefined> {
  return db.mockInterviews.get(id);
}

export async function saveInterview(db: FlashcardsDb, interview: MockInterview): Promise<void> {
  await db.mockInterviews.put(interview);
}

/** The interview's row written in the transaction of the answer it records. */
export function interviewAlongside(db: FlashcardsDb, write: (event: ReviewEvent) => MockInterview): AlongsideWrite {
  return { tables: [db.mockInterviews], write: (event) => db.mockInterviews.put(write(event)) };
}

/** An interview thrown away, with its recordings; the answers it recorded stay in the log. */
export async function discardInterview(db: FlashcardsDb, id: string): Promise<void> {
  await db.transaction('rw', [db.mockInterviews, db.recordings], async () => {
    await Promise.all([db.mockInterviews.delete(id), db.recordings.where('interviewId').equals(id).delete()]);
  });
}

/** A spoken answer, replacing an earlier one of the same question. */
export async function saveRecording(db: FlashcardsDb, recording: Recording): Promise<void> {
  await db.transaction('rw', db.recordings, async () => {
    const earlier = await db.recordings.where('interviewId').equals(recording.interviewId).filter((r) => r.questionIndex === recording.questionIndex).primaryKeys();
    await db.recordings.bulkDelete(earlier);
    await db.recordings.add(recording);
  });
}

export async function loadMockSettings(db: FlashcardsDb, fallbackLocale: Locale): Promise<MockSettings> {
  return readMockSettings((await db.settings.get(MOCK_SETTINGS_KEY))?.value, fallbackLocale);
}

export async function saveMockSettings(db: FlashcardsDb, settings: MockSettings): Promise<void> {
  await db.settings.put({ key: MOCK_SETTINGS_KEY, value: settings });
}

/**
 * Every answer of the cards given an Again since `since`: two indexed reads, the first bounded
 * by the days looked back, the second by those few cards' histories.
 */
export async function historiesWithAgainSince(db: FlashcardsDb, since: number): Promise<ReviewEvent[]> {
  const recent = await db.reviews.where('reviewedAt').aboveOrEqual(since).toArray();
  const cards = cardsWithAgainSince(recent, since);
  if (cards.size === 0) return [];
  return db.reviews.where('cardId').anyOf([...cards]).toArray();
}
