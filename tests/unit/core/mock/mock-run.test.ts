import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  checkedCount,
  currentStep,
  defaultMockSettings,
  endAnswer,
  overrunOf,
  readMockSettings,
  resumed,
  startInterview,
  withOutline,
} from '../../../../renderer/core/mock/mock-run';

const T = Date.UTC(2026, 5, 10, 15);
const settings = { ...defaultMockSettings('en'), questionCount: 2, secondsPerQuestion: 60 };
const fresh = () => startInterview('id-1', settings, [{ cardId: 'basics/a', keyPointCount: 4 }, { cardId: 'basics/b', keyPointCount: 3 }], T, 'dev');

describe('a mock interview as it runs', () => {
  it('starts with its first question shown and the rest not reached', () => {
    const interview = fresh();
    expect(interview.status).toBe('running');
    expect(interview.questions.map((q) => q.startedAt)).toEqual([T, 0]);
    expect(currentStep(interview)).toEqual({ phase: 'answering', index: 0 });
    expect(checkedCount(interview)).toBe(0);
  });

  it('goes answering, checking, next question, finished; the row alone says where it is', () => {
    let interview = withOutline(fresh(), 0, 'drift', T + 5_000);
    expect(interview.updatedAt).toBe(T + 5_000);
    interview = endAnswer(interview, 0, 'drift and retraining', [1, 3], T + 70_000);
    expect(currentStep(interview)).toEqual({ phase: 'checking', index: 0 });
    expect(interview.questions[0]).toMatchObject({ outline: 'drift and retraining', suggested: [1, 3], covered: [1, 3], endedAt: T + 70_000 });
    expect(overrunOf(interview.questions[0]!, 60)).toBe(10_000);
    interview = checkAnswer(interview, 0, { covered: [3, 0, 3], rating: 2, reviewId: 'r1' }, T + 80_000);
    expect(interview.questions[0]).toMatchObject({ covered: [0, 3], rating: 2, reviewId: 'r1' });
    expect(currentStep(interview)).toEqual({ phase: 'answering', index: 1 });
    expect(interview.questions[1]!.startedAt).toBe(T + 80_000);
    expect(checkedCount(interview)).toBe(1);
    interview = endAnswer(interview, 1, '', [], T + 90_000);
    interview = checkAnswer(interview, 1, { covered: [], rating: 0, reviewId: '' }, T + 95_000);
    expect(interview.status).toBe('finished');
    expect(currentStep(interview)).toEqual({ phase: 'finished' });
    expect(checkedCount(interview)).toBe(2);
  });

  it('resumed, the question being answered starts over with its outline; a question being checked is left as it was', () => {
    const typed = withOutline(fresh(), 0, 'half an answer', T + 5_000);
    const later = resumed(typed, T + 3_600_000);
    expect(later.questions[0]).toMatchObject({ startedAt: T + 3_600_000, outline: 'half an answer' });
    const ended = endAnswer(typed, 0, 'half an answer', [], T + 10_000);
    expect(resumed(ended, T + 3_600_000)).toBe(ended);
  });
});

describe('the remembered set-up', () => {
  it('is read back as saved', () => {
    const saved = { sections: ['cloud'], questionCount: 8, secondsPerQuestion: 90, locale: 'pt-BR', weakFirst: true, readAloud: false };
    expect(readMockSettings(saved, 'en')).toEqual(saved);
  });

  it('falls back to the defaults (6 questions, 2 minutes, the interface language) when missing or not readable', () => {
    expect(readMockSettings(undefined, 'pt-BR')).toEqual({
      sections: [], questionCount: 6, secondsPerQuestion: 120, locale: 'pt-BR', weakFirst: false, readAloud: false,
    });
    for (const bad of [null, 'x', { ...settings, questionCount: 0 }, { ...settings, locale: 'fr' }, { ...settings, secondsPerQuestion: 5 }, { ...settings, extra: 1 }]) {
      expect(readMockSettings(bad, 'en')).toEqual(defaultMockSettings('en'));
    }
  });
});
