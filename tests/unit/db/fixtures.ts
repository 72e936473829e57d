// Builders shared by the storage tests: a database with some history, progress files.
import { buildProgressFile, parseProgressFile, serializeProgressFile, type ProgressFile } from '../../../renderer/core/progress-file';
import { exportProgressText, type ExportIdentity } from '../../../renderer/db/export-progress';
import { createScheduler } from '../../../renderer/core/scheduler';
import type { Rating, ReviewEvent, SettingsRow, UserCardData } from '../../../renderer/core/types';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { recordAnswer } from '../../../renderer/db/review-log';
import { newEventId } from '../../../renderer/core/event-id';

export const scheduler = createScheduler();
export const NOW = Date.UTC(2026, 10, 25, 12);
export const DAY = 86_400_000;

let counter = 0;
export function freshDb(): FlashcardsDb {
  return openFlashcardsDb(`test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`);
}

export function eventAt(n: number, cardId: string, rating: Rating, reviewedAt: number, deviceId = 'other'): ReviewEvent {
  return { id: `${reviewedAt.toString(36).padStart(9, '0')}-${deviceId.slice(0, 1)}${String(n).padStart(11, '0')}`, cardId, rating, reviewedAt, durationMs: 2000 + n, deviceId };
}

/** A history spread over months, on a few deck cards and one the deck no longer has. */
export function historyOf(count: number, deviceId: string, start = Date.UTC(2026, 0, 3, 9)): ReviewEvent[] {
  const cards = ['basics/what-is-mlops', 'cloud/serverless', 'technical/explainability', 'removed/old-card'];
  return Array.from({ length: count }, (_, i) => eventAt(i, cards[i % cards.length]!, (((i * 7) % 4) + 1) as Rating, start + i * 3 * 3_600_000, deviceId));
}

export function userRow(cardId: string, changes: Partial<UserCardData> = {}): UserCardData {
  return { cardId, flag: 0, suspended: 0, buriedUntil: 0, note: '', seenHash: '', updatedAt: 0, ...changes };
}

export async function progressFile(input: { reviews: ReviewEvent[]; userCardData?: UserCardData[]; settings?: SettingsRow[]; deviceId?: string; now?: number }): Promise<ProgressFile> {
  return buildProgressFile({ appVersion: '0.1.0', deviceId: input.deviceId ?? 'other', now: input.now ?? NOW, ...input });
}

export async function progressText(input: Parameters<typeof progressFile>[0]): Promise<string> {
  return serializeProgressFile(await progressFile(input));
}

/** An import's count of the learner's own things when the file brings none. */
export const NO_LEARNER_CHANGES = { ownCards: 0, ownAnswers: 0, mockInterviews: 0, interviewDate: false } as const;

/** What an export of `db` reads back as: the file the app writes, through its own reader. */
export async function exportProgress(db: FlashcardsDb, identity: ExportIdentity): Promise<ProgressFile> {
  const parsed = await parseProgressFile(await exportProgressText(db, identity));
  if (!parsed.ok) throw new Error(`the app wrote a file it refuses: ${parsed.error} ${parsed.detail ?? ''}`);
  return parsed.file;
}

/** A database as a learner leaves it: answers recorded live, a flag, a setting, meta rows. */
export async function studiedDb(answers = 12): Promise<FlashcardsDb> {
  const db = freshDb();
  const cards = ['basics/what-is-mlops', 'cloud/serverless', 'behavioral/conflict'];
  for (let i = 0; i < answers; i++) {
    await recordAnswer(db, scheduler, { id: newEventId(NOW - 40 * DAY + i * DAY), cardId: cards[i % 3]!, rating: ((i % 4) + 1) as Rating, now: NOW - 40 * DAY + i * DAY, durationMs: 3000, deviceId: 'here', seenHash: 'pt-BR:aaaa' });
  }
  await db.userCardData.put(userRow('cloud/serverless', { flag: 2, note: 'minha nota', seenHash: 'pt-BR:aaaa', updatedAt: NOW - 5 * DAY }));
  await db.settings.put({ key: 'theme', value: 'dark' });
  await db.meta.bulkPut([{ key: 'deviceId', value: 'here' }, { key: 'uiLocale', value: 'pt-BR' }]);
  return db;
}
