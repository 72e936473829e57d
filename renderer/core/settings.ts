// Study settings: their bounds, defaults and validation, and the history of the ones that change
// scheduling, so a replay of the log uses the parameters that were in force at each answer.
import * as v from 'valibot';
import type { FSRSParameters, StepUnit } from 'ts-fsrs';

const STEP = /^[1-9]\d{0,3}[mhd]$/;

export const SettingsSchema = v.strictObject({
  desiredRetention: v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.97)),
  newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
  maxReviewsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99999)),
  learningSteps: v.pipe(v.array(v.pipe(v.string(), v.regex(STEP))), v.maxLength(10)),
  relearningSteps: v.pipe(v.array(v.pipe(v.string(), v.regex(STEP))), v.maxLength(10)),
  dayStartHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  newCardOrder: v.picklist(['syllabus', 'random']),
  fuzz: v.boolean(),
  studyLocale: v.picklist(['ui', 'pt-BR', 'en']),
  /** Where the learner's own answer to a card shows: beside the model answer, or in its place. */
  ownAnswerShown: v.picklist(['beside', 'instead']),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  desiredRetention: 0.9,
  newPerDay: 10,
  maxReviewsPerDay: 200,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  dayStartHour: 4,
  newCardOrder: 'syllabus',
  fuzz: true,
  studyLocale: 'ui',
  ownAnswerShown: 'beside',
};

/** The rows of the `settings` table the app reads; it keeps others (see core/settings-rows.ts) but never reads them. */
export const STUDY_SETTINGS_KEY = 'study';
export const SCHEDULING_HISTORY_KEY = 'schedulingHistory';

/** A setting that can fall back to its default when its stored value is bad. */
export type SettingName = keyof Settings | typeof SCHEDULING_HISTORY_KEY;

/**
 * The stored `study` row: the settings object, where a field it lacks (saved by an older version)
 * takes its default. Nothing else may be in it: a name like `toString` or `__proto__` is refused.
 */
export const StoredSettingsSchema = v.partial(SettingsSchema);

// Looked up in a Map, never on a plain object: `key in obj` and `obj[key]` see inherited names
// (`toString`, `__proto__`), and that is how a stored `{"toString": 1}` once stopped every start.
const SETTING_FIELDS = new Map(Object.entries(SettingsSchema.entries)) as ReadonlyMap<keyof Settings, v.GenericSchema>;

/**
 * Settings read from storage. Never throws: a field missing takes its default, and so does one
 * whose value is bad, which is named in `fallbacks` so that the app can say so.
 */
export function readSettings(stored: unknown): { settings: Settings; fallbacks: (keyof Settings)[] } {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored === undefined) return { settings: settings as Settings, fallbacks: [] };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: settings as Settings, fallbacks: [...SETTING_FIELDS.keys()] };
  }
  const fallbacks: (keyof Settings)[] = [];
  for (const [key, schema] of SETTING_FIELDS) {
    if (!Object.hasOwn(stored, key)) continue;
    const parsed = v.safeParse(schema, (stored as Record<string, unknown>)[key]);
    if (parsed.success) settings[key] = parsed.output;
    else fallbacks.push(key);
  }
  return { settings: settings as Settings, fallbacks };
}

/** "1m 10m" -> ['1m', '10m']; undefined when any step is malformed. */
export function parseSteps(text: string): string[] | undefined {
  const steps = text.trim().split(/[\s,]+/).filter(Boolean);
  return steps.length <= 10 && steps.every((s) => STEP.test(s)) ? steps : undefined;
}

/** The settings that change what an answer does to a card's schedule. */
export interface SchedulingParams {
  desiredRetention: number;
  learningSteps: string[];
  relearningSteps: string[];
  fuzz: boolean;
}

export function schedulingParamsOf(settings: Settings): SchedulingParams {
  const { desiredRetention, learningSteps, relearningSteps, fuzz } = settings;
  return { desiredRetention, learningSteps, relearningSteps, fuzz };
}

export function toFsrsParameters(params: SchedulingParams): Partial<FSRSParameters> {
  return {
    request_retention: params.desiredRetention,
    learning_steps: params.learningSteps as StepUnit[],
    relearning_steps: params.relearningSteps as StepUnit[],
    enable_fuzz: params.fuzz,
    enable_short_term: true,
  };
}

/** Each entry holds from its time until the next entry's. Sorted by `from`. */
export type SchedulingHistory = { from: number; params: SchedulingParams }[];

/** Far more changes than a learner makes; it bounds what a file can make every replay walk through. */
export const MAX_SCHEDULING_CHANGES = 10_000;

export const SchedulingHistorySchema = v.pipe(
  v.array(
    v.strictObject({
      from: v.pipe(v.number(), v.safeInteger()),
      params: v.strictObject({
        desiredRetention: SettingsSchema.entries.desiredRetention,
        learningSteps: SettingsSchema.entries.learningSteps,
        relearningSteps: SettingsSchema.entries.relearningSteps,
        fuzz: v.boolean(),
      }),
    }),
  ),
  v.maxLength(MAX_SCHEDULING_CHANGES),
);

/** The stored history; a bad one is empty (every answer replays under the defaults) and `ok` false. */
export function readSchedulingHistory(stored: unknown): { history: SchedulingHistory; ok: boolean } {
  if (stored === undefined) return { history: [], ok: true };
  const parsed = v.safeParse(SchedulingHistorySchema, stored);
  return parsed.success ? { history: [...parsed.output].sort((a, b) => a.from - b.from), ok: true } : { history: [], ok: false };
}

/**
 * Adds a change unless the parameters are the same as the ones in force. Kept in time order: a
 * clock set back after a change made while it was ahead puts the new change before that one.
 */
export function recordSchedulingChange(history: SchedulingHistory, params: SchedulingParams, now: number): SchedulingHistory {
  const current = paramsAt(history, now);
  if (JSON.stringify(current) === JSON.stringify(params)) return history;
  return [...history, { from: now, params }].sort((a, b) => a.from - b.from);
}

/** The parameters in force at `time`: the last entry that started at or before it, else the defaults. */
export function paramsAt(history: SchedulingHistory, time: number): SchedulingParams {
  let found = schedulingParamsOf(DEFAULT_SETTINGS);
  for (const entry of history) {
    if (entry.from <= time) found = entry.params;
    else break;
  }
  return found;
}
