import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  paramsAt,
  parseSteps,
  readSchedulingHistory,
  readSettings,
  recordSchedulingChange,
  schedulingParamsOf,
} from '../../../renderer/core/settings';

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ desiredRetention: 0.9, newPerDay: 10, maxReviewsPerDay: 200, dayStartHour: 4, newCardOrder: 'syllabus', fuzz: true });
  });

  it('falls back to the default for each missing or out-of-range field only, and names the bad ones', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, fallbacks: [] });
    const { settings, fallbacks } = readSettings({ desiredRetention: 0.99, newPerDay: 25, dayStartHour: 30, learningSteps: ['2m'], unknown: 1 });
    expect(settings.desiredRetention).toBe(0.9);
    expect(settings.newPerDay).toBe(25);
    expect(settings.dayStartHour).toBe(4);
    expect(settings.learningSteps).toEqual(['2m']);
    expect(settings).not.toHaveProperty('unknown');
    expect(fallbacks).toEqual(['desiredRetention', 'dayStartHour']);
  });

  it('never throws on a stored value with inherited names, and never takes them for settings', () => {
    // A stored `{"toString": 1}` once made every start throw: `key in obj` saw Object.prototype.
    for (const text of ['{"toString":1}', '{"__proto__":{"newPerDay":99}}', '{"constructor":{"prototype":1},"hasOwnProperty":2}', '{"valueOf":null,"newPerDay":30}']) {
      const stored: unknown = JSON.parse(text);
      const { settings, fallbacks } = readSettings(stored);
      expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...(text.includes('"newPerDay":30') ? { newPerDay: 30 } : {}) });
      expect(fallbacks).toEqual([]);
    }
    expect(({} as Record<string, unknown>).newPerDay).toBeUndefined(); // no prototype was polluted
  });

  it('takes every default, and names every setting, when the stored value is not an object at all', () => {
    for (const stored of [null, 7, 'x', [], [1, 2]]) {
      const { settings, fallbacks } = readSettings(stored);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(fallbacks).toEqual(Object.keys(DEFAULT_SETTINGS));
    }
  });

  it('reads a scheduling history, and says when a stored one is bad', () => {
    const entry = { from: 5, params: schedulingParamsOf(DEFAULT_SETTINGS) };
    expect(readSchedulingHistory(undefined)).toEqual({ history: [], ok: true });
    expect(readSchedulingHistory([{ ...entry, from: 9 }, entry])).toEqual({ history: [entry, { ...entry, from: 9 }], ok: true });
    expect(readSchedulingHistory([{ ...entry, toString: 1 }])).toEqual({ history: [], ok: false });
    expect(readSchedulingHistory({ length: 1 })).toEqual({ history: [], ok: false });
  });

  it('parses learning steps', () => {
    expect(parseSteps(' 1m, 10m 1d ')).toEqual(['1m', '10m', '1d']);
    expect(parseSteps('')).toEqual([]);
    expect(parseSteps('1x')).toBeUndefined();
    expect(parseSteps('0m')).toBeUndefined();
  });

  it('keeps a history of scheduling parameters and answers which held when', () => {
    const base = schedulingParamsOf(DEFAULT_SETTINGS);
    let history = recordSchedulingChange([], base, 100);
    expect(history).toEqual([]); // unchanged from the defaults: nothing to record
    const strict = { ...base, desiredRetention: 0.95 };
    history = recordSchedulingChange(history, strict, 200);
    history = recordSchedulingChange(history, strict, 300);
    history = recordSchedulingChange(history, { ...strict, fuzz: false }, 400);
    expect(history.map((h) => h.from)).toEqual([200, 400]);
    expect(paramsAt(history, 150)).toEqual(base);
    expect(paramsAt(history, 200).desiredRetention).toBe(0.95);
    expect(paramsAt(history, 399).fuzz).toBe(true);
    expect(paramsAt(history, 400).fuzz).toBe(false);
  });

  it('keeps the history in time order when the clock was set back between two changes', () => {
    const base = schedulingParamsOf(DEFAULT_SETTINGS);
    const ahead = recordSchedulingChange([], { ...base, desiredRetention: 0.95 }, 1_000);
    const corrected = recordSchedulingChange(ahead, { ...base, desiredRetention: 0.8 }, 500);
    expect(corrected.map((h) => h.from)).toEqual([500, 1_000]);
    expect(paramsAt(corrected, 700).desiredRetention).toBe(0.8);
    expect(paramsAt(corrected, 1_200).desiredRetention).toBe(0.95);
  });
});
