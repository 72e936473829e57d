import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  paramsAt,
  parseSteps,
  readSettings,
  recordSchedulingChange,
  schedulingParamsOf,
} from '../../../renderer/core/settings';

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ desiredRetention: 0.9, newPerDay: 10, maxReviewsPerDay: 200, dayStartHour: 4, newCardOrder: 'syllabus', fuzz: true });
  });

  it('falls back to the default for each missing or out-of-range field only', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const read = readSettings({ desiredRetention: 0.99, newPerDay: 25, dayStartHour: 30, learningSteps: ['2m'], unknown: 1 });
    expect(read.desiredRetention).toBe(0.9);
    expect(read.newPerDay).toBe(25);
    expect(read.dayStartHour).toBe(4);
    expect(read.learningSteps).toEqual(['2m']);
    expect(read).not.toHaveProperty('unknown');
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
});
