// Settings and the history of scheduling parameters are written together, so a replay always
// knows which parameters were in force when. The interface language is kept here too.
import {
  readSchedulingHistory,
  readSettings,
  recordSchedulingChange,
  schedulingParamsOf,
  type SchedulingHistory,
  type Settings,
} from '../core/settings';
import { isLocale, type Locale } from '../../content/schema';
import type { FlashcardsDb } from './db';

const SETTINGS_KEY = 'study';
const HISTORY_KEY = 'schedulingHistory';
/** The interface language, a row of `meta`. */
const LOCALE_KEY = 'uiLocale';

export interface StoredSettings {
  settings: Settings;
  history: SchedulingHistory;
}

export async function loadSettings(db: FlashcardsDb): Promise<StoredSettings> {
  const [settings, history] = await Promise.all([db.settings.get(SETTINGS_KEY), db.settings.get(HISTORY_KEY)]);
  return { settings: readSettings(settings?.value), history: readSchedulingHistory(history?.value) };
}

export async function saveSettings(db: FlashcardsDb, settings: Settings, now: number): Promise<StoredSettings> {
  return db.transaction('rw', db.settings, async () => {
    const { history } = await loadSettings(db);
    const nextHistory = recordSchedulingChange(history, schedulingParamsOf(settings), now);
    await db.settings.bulkPut([
      { key: SETTINGS_KEY, value: settings },
      { key: HISTORY_KEY, value: nextHistory },
    ]);
    return { settings, history: nextHistory };
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
