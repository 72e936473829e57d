// The finished mock interviews and their recordings, as the report and the history read them.
// Recordings are only ever listed by their size here: an audio Blob read from IndexedDB is a
// handle, its bytes stay on disk until something plays or saves it.
import type { MockInterview, Recording } from '../core/mock/mock-interview';
import type { FlashcardsDb } from './db';

export type RecordingInfo = Omit<Recording, 'audio'>;

/**
 * Every finished interview, newest first. Read in one getAll through the status index and sorted
 * here: a filtered or reversed Dexie collection walks a cursor row by row, which took 1.2 s for
 * 1,000 interviews where this takes a tenth of that.
 */
export async function loadFinishedInterviews(db: FlashcardsDb): Promise<MockInterview[]> {
  const rows = await db.mockInterviews.where('status').equals('finished').toArray();
  return rows.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * The ids of the finished interviews, newest first, from the two indexes' keys alone: a history
 * page reads only its own rows. With 1,000 interviews on a busy machine, reading every row took
 * 100-170 ms, more than the history's whole budget; the keys take a few.
 */
export async function finishedIdsNewestFirst(db: FlashcardsDb): Promise<string[]> {
  const [byStart, finished] = await Promise.all([
    db.mockInterviews.orderBy('startedAt').primaryKeys(),
    db.mockInterviews.where('status').equals('finished').primaryKeys(),
  ]);
  const isFinished = new Set(finished);
  return byStart.filter((id) => isFinished.has(id)).reverse();
}

/** Some interviews by id, in that order (an id whose row has gone is left out). */
export async function loadInterviews(db: FlashcardsDb, ids: readonly string[]): Promise<MockInterview[]> {
  return (await db.mockInterviews.bulkGet([...ids])).filter((row): row is MockInterview => row !== undefined);
}

export async function loadInterview(db: FlashcardsDb, id: string): Promise<MockInterview | undefined> {
  return db.mockInterviews.get(id);
}

/** One interview's recordings, by question. */
export async function loadRecordingsOf(db: FlashcardsDb, interviewId: string): Promise<Recording[]> {
  const rows = await db.recordings.where('interviewId').equals(interviewId).toArray();
  return rows.sort((a, b) => a.questionIndex - b.questionIndex || a.createdAt - b.createdAt);
}

/** Every recording on this computer, without its audio. */
export async function listRecordings(db: FlashcardsDb): Promise<RecordingInfo[]> {
  const infos: RecordingInfo[] = [];
  await db.recordings.each(({ audio: _audio, ...info }) => void infos.push(info));
  return infos;
}

export function deleteRecording(db: FlashcardsDb, id: string): Promise<void> {
  return db.recordings.delete(id);
}

export function deleteAllRecordings(db: FlashcardsDb): Promise<void> {
  return db.recordings.clear();
}
