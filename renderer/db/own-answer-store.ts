// The learner's own answers in IndexedDB: versions are only ever added, never changed or deleted,
// so a save, a restore and a clear are each one new row (core/own-cards/own-answer.ts).
import { newEventId } from '../core/event-id';
import { currentOwnAnswers, MAX_OWN_ANSWER_LENGTH, type OwnAnswerVersion } from '../core/own-cards/own-answer';
import type { FlashcardsDb } from './db';

/** The current answer of every card that has one. */
export async function loadCurrentOwnAnswers(db: FlashcardsDb): Promise<Map<string, OwnAnswerVersion>> {
  return currentOwnAnswers(await db.ownAnswers.toArray());
}

/** Every version of one card's answer, newest first (cleared ones included: they are part of its story). */
export async function loadOwnAnswerVersions(db: FlashcardsDb, cardId: string): Promise<OwnAnswerVersion[]> {
  const versions = await db.ownAnswers.where('cardId').equals(cardId).toArray();
  return versions.sort(newestFirst);
}

export interface OwnAnswerWrite {
  cardId: string;
  markdown: string;
  now: number;
  deviceId: string;
}

/**
 * Adds a version that becomes the card's newest, and returns it; returns undefined when the text
 * is the newest version's already (a save without a change adds nothing to the list). A clock set
 * back since the last save would date the new version before it, and the older text would stay
 * current: the new version is then dated just after the last one. A text longer than a progress
 * file may carry is refused, not stored.
 */
export async function addOwnAnswerVersion(db: FlashcardsDb, write: OwnAnswerWrite): Promise<OwnAnswerVersion | undefined> {
  if (write.markdown.length > MAX_OWN_ANSWER_LENGTH) throw new RangeError(`own answer over ${MAX_OWN_ANSWER_LENGTH} characters`);
  return db.transaction('rw', db.ownAnswers, async () => {
    const [newest] = await loadOwnAnswerVersions(db, write.cardId);
    if (newest?.markdown === write.markdown || (!newest && write.markdown === '')) return undefined;
    const savedAt = newest && newest.savedAt >= write.now ? newest.savedAt + 1 : write.now;
    const version: OwnAnswerVersion = {
      id: newEventId(savedAt),
      cardId: write.cardId,
      markdown: write.markdown,
      savedAt,
      deviceId: write.deviceId,
    };
    await db.ownAnswers.add(version);
    return version;
  });
}

/** The order of currentOwnAnswers: by time, then by id. */
function newestFirst(a: OwnAnswerVersion, b: OwnAnswerVersion): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
