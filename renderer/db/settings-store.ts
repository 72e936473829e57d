// Settings and the history of scheduling parameters are written together, so a replay always
// knows which parameters were in force when. The interface language is kept here too.
import {
  readSchedulingHistory,
  readSettings,
  recordSchedulingChange,
  SCHEDULING_HISTORY_KEY,
  schedulingParamsOf,
  STUDY_SETTINGS_KEY,
  type SchedulingHistory,
  type SettingName,
  type Settings,
} from '../core/settings';
import { isLocale, type Locale } from '../../content/schema';
import { createSchedulerTimeline } from '../core/scheduler';
import type { CardState } from '../core/types';
import type { FlashcardsDb } from './db';
import { replayCards } from './review-log';

/** The interface language, a row of `meta`. */
const LOCALE_KEY = 'uiLocale';

export interface StoredSettings {
  settings: Settings;
  history: SchedulingHistory;
  /** Settings whose stored value was bad and which took their default: the app says so. */
  fallbacks: SettingName[];
}

/** Never throws on what is stored: a bad value falls back to its default (core/settings.ts). */
export async function loadSettings(db: FlashcardsDb): Promise<StoredSettings> {
  const [settingsRow, historyRow] = await Promise.all([db.settings.get(STUDY_SETTINGS_KEY), db.settings.get(SCHEDULING_HISTORY_KEY)]);
  const { settings, fallbacks } = readSettings(settingsRow?.value);
  const { history, ok } = readSchedulingHistory(historyRow?.value);
  return { settings, history, fallbacks: ok ? fallbacks : [...fallbacks, SCHEDULING_HISTORY_KEY] };
}

/**
 * Saves the settings and, when the scheduling ones change, the change in their history, in one
 * transaction. A change is in force from `now` on: answers the log holds from later (given while
 * the clock was ahead) replay under it, so their cards are replayed here too, and returned.
 */
export async function saveSettings(
  db: FlashcardsDb,
  settings: Settings,
  now: number,
): Promise<StoredSettings & { replayed: Map<string, CardState> }> {
  return db.transaction('rw', [db.settings, db.reviews, db.cardStates, db.meta, db.reviewStats], async () => {
    const { history } = await loadSettings(db);
    const nextHistory = recordSchedulingChange(history, schedulingParamsOf(settings), now);
    await db.settings.bulkPut([
      { key: STUDY_SETTINGS_KEY, value: settings },
      { key: SCHEDULING_HISTORY_KEY, value: nextHistory },
    ]);
    let replayed = new Map<string, CardState>();
    if (nextHistory !== history) {
      const later = await db.reviews.where('reviewedAt').aboveOrEqual(now).toArray();
      if (later.length > 0) {
        const log = await db.reviews.where('cardId').anyOf([...new Set(later.map((e) => e.cardId))]).toArray();
        ({ states: replayed } = await replayCards(db, log, log, createSchedulerTimeline(history), createSchedulerTimeline(nextHistory)));
      }
    }
    // Both rows are written whole and valid: nothing falls back any more.
    return { settings, history: nextHistory, fallbacks: [], replayed };
  });
}

/** The language the learner chose; undefined before the first choice. */
export async function loadSavedLocale(db: FlashcardsDb): Promise<Locale | undefined> {
  const row = await db.meta.get(LOCALE_KEY);
  return isLocale(row?.value) ? row.value : undefined;
}

export async function saveLocale(db: FlashcardsDb, locale: Locale): Promise<void> {
  await db.meta.put({ key: LOCALE_KEY, value: locale });
}
