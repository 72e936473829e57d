// The learner's own marks on cards (flag, suspension, burying, note). Each change is one put of
// the whole row, so two fields never disagree after a crash.
import { MAX_NOTE_LENGTH } from '../core/types';
import type { FlashcardsDb, UserCardData } from './db';

export function emptyUserCardData(cardId: string): UserCardData {
  return { cardId, flag: 0, suspended: 0, buriedUntil: 0, note: '', seenHash: '', updatedAt: 0 };
}

export type UserCardChange = Partial<Pick<UserCardData, 'flag' | 'suspended' | 'buriedUntil' | 'note'>>;

/**
 * Writes the change. A note longer than a progress file may carry is refused, not stored: one such
 * row would make every later export and backup a file the reader refuses.
 */
export async function updateUserCardData(db: FlashcardsDb, cardId: string, change: UserCardChange, now: number): Promise<UserCardData> {
  if (change.note !== undefined && change.note.length > MAX_NOTE_LENGTH) throw new RangeError(`note over ${MAX_NOTE_LENGTH} characters`);
  return db.transaction('rw', db.userCardData, async () => {
    const current = (await db.userCardData.get(cardId)) ?? emptyUserCardData(cardId);
    const next: UserCardData = { ...current, ...change, cardId, updatedAt: now };
    await db.userCardData.put(next);
    return next;
  });
}
