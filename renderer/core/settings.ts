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
};

/** Settings read from storage: anything missing or out of bounds falls back to its default. */
export function readSettings(stored: unknown): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (typeof stored === 'object' && stored !== null) {
    for (const [key, value] of Object.entries(stored)) {
      if (!(key in DEFAULT_SETTINGS)) continue;
      const field = SettingsSchema.entries[key as keyof Settings];
      if (v.safeParse(field, value).success) merged[key] = value;
    }
  }
  return merged as Settings;
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

export const SchedulingHistorySchema = v.array(
  v.strictObject({
    from: v.pipe(v.number(), v.safeInteger()),
    params: v.strictObject({
      desiredRetention: SettingsSchema.entries.desiredRetention,
      learningSteps: SettingsSchema.entries.learningSteps,
      relearningSteps: SettingsSchema.entries.relearningSteps,
      fuzz: v.boolean(),
    }),
  }),
);

export function readSchedulingHistory(stored: unknown): SchedulingHistory {
  const parsed = v.safeParse(SchedulingHistorySchema, stored);
  return parsed.success ? [...parsed.output].sort((a, b) => a.from - b.from) : [];
}

/** Appends a change unless the parameters are the same as the ones in force. */
export function recordSchedulingChange(history: SchedulingHistory, params: SchedulingParams, now: number): SchedulingHistory {
  const current = paramsAt(history, now);
  if (JSON.stringify(current) === JSON.stringify(params)) return history;
  return [...history, { from: now, params }];
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
