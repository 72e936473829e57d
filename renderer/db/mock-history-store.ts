// The finished mock interviews and their recordings, as the report and the history read them.
// Recordings are only ever listed by their size here: an audio Blob read from IndexedDB is a
// handle, its bytes stay on disk until something plays or saves it.
import type { MockInterview, Recording } from '../core/mock/mock-interview';
import type { FlashcardsDb } from './db';

export type RecordingInfo = Omit<Recording, 'audio'>;

/** Every finished interview, newest first (through the startedAt index). */
export function loadFinishedInterviews(db: FlashcardsDb): Promise<MockInterview[]> {
  return db.mockInterviews
    .orderBy('startedAt')
    .reverse()
    .filter((row) => row.status === 'finished')
    .toArray();
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
