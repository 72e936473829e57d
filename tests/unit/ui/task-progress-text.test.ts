import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/i18n/index.svelte';
import { taskCounts, taskLabel } from '../../../renderer/ui/task-progress-text';

afterEach(() => {
  i18n.locale = 'pt-BR';
});

describe('progress bar texts', () => {
  it('counts answers with the learner\'s digit grouping, in both languages', () => {
    const writing = { phase: 'writing', done: 12_000, total: 100_000 } as const;
    expect(taskLabel(writing)).toBe('Gravando…');
    expect(taskCounts(writing)).toBe('12.000 de 100.000 respostas');
    i18n.locale = 'en';
    expect(taskLabel(writing)).toBe('Saving…');
    expect(taskCounts(writing)).toBe('12,000 of 100,000 answers');
    expect(taskLabel({ phase: 'replaying', done: 0, total: 1 })).toBe('Recomputing schedules…');
  });

  it('uses the singular for a total of one answer', () => {
    expect(taskCounts({ phase: 'replaying', done: 1, total: 1 })).toBe('1 de 1 resposta');
    expect(taskCounts({ phase: 'reading-history', done: 0, total: 2 })).toBe('0 de 2 respostas');
  });

  it('gives a share where the steps are not answers, rounded down until the work is done', () => {
    expect(taskCounts({ phase: 'checking', done: 45, total: 100 })).toBe('45%');
    expect(taskCounts({ phase: 'saving', done: 999, total: 1000 })).toBe('99%');
    expect(taskCounts({ phase: 'saving', done: 1000, total: 1000 })).toBe('100%');
    i18n.locale = 'en';
    expect(taskCounts({ phase: 'checking', done: 1, total: 3 })).toBe('33%');
  });

  it('says nothing of an amount not known yet', () => {
    expect(taskLabel({ phase: 'reading', done: 0, total: 0 })).toBe('Lendo o arquivo…');
    expect(taskCounts({ phase: 'reading', done: 0, total: 0 })).toBe('');
    expect(taskCounts({ phase: 'backing-up', done: 0, total: 0 })).toBe('');
  });
});
