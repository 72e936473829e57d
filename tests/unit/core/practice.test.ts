import { describe, expect, it } from 'vitest';
import type { CompiledCard } from '../../../content/schema';
import { selectPracticeCards, tagsOf } from '../../../renderer/core/practice';
import { summarizeSession, countDueNextDay } from '../../../renderer/core/session-summary';
import type { CardState } from '../../../renderer/core/types';
import { estimateDailyReviews } from '../../../renderer/core/workload';

const card = (id: string, section: 'basics' | 'cloud', tags: string[]): CompiledCard =>
  ({ id, kind: 'fact', section, prompt: id, parent: 'basics/q', tags, answerHtml: '<p>x</p>', hash: '0'.repeat(16) }) as CompiledCard;
const cards = [card('basics/a', 'basics', ['drift']), card('cloud/b', 'cloud', ['cost', 'drift']), card('cloud/c', 'cloud', ['cost'])];
const state = (cardId: string, stability: number): CardState => ({ cardId, due: 0, stability, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: 0 });
const select = (filter: Parameters<typeof selectPracticeCards>[0]['filter'], extra: Partial<Parameters<typeof selectPracticeCards>[0]> = {}) =>
  selectPracticeCards({ cards, states: new Map(), flags: new Map(), filter, limit: 20, retrievability: (s) => s.stability, ...extra });

describe('free practice', () => {
  it('selects by section, tag and flag', () => {
    expect(select({ kind: 'section', section: 'cloud' })).toEqual(['cloud/b', 'cloud/c']);
    expect(select({ kind: 'tag', tag: 'drift' })).toEqual(['basics/a', 'cloud/b']);
    expect(select({ kind: 'flagged' }, { flags: new Map([['cloud/c', { flag: 2 }]]) })).toEqual(['cloud/c']);
    expect(select({ kind: 'section', section: 'cloud' }, { limit: 1 })).toEqual(['cloud/b']);
  });

  it('puts the weakest studied cards first and leaves out unstudied ones', () => {
    const states = new Map([['basics/a', state('basics/a', 0.9)], ['cloud/c', state('cloud/c', 0.2)]]);
    expect(select({ kind: 'weakest' }, { states })).toEqual(['cloud/c', 'basics/a']);
  });

  it('lists tags by use', () => {
    expect(tagsOf(cards)).toEqual([{ tag: 'cost', count: 2 }, { tag: 'drift', count: 2 }]);
  });
});

describe('session summary and workload', () => {
  it('adds up a session', () => {
    expect(summarizeSession([{ rating: 1, durationMs: 1000 }, { rating: 3, durationMs: 3000 }, { rating: 4, durationMs: 2000 }, { rating: 2, durationMs: 0 }])).toEqual({ answered: 4, correctShare: 0.75, totalMs: 6000 });
    expect(summarizeSession([]).correctShare).toBe(0);
    expect(countDueNextDay([10, 100, 100 + 86_400_000], 100)).toBe(1);
  });

  it('expects more reviews a day at a higher desired retention', () => {
    const states = Array.from({ length: 50 }, (_, i) => state(`c${i}`, 5 + i));
    expect(estimateDailyReviews(states, 0.97)).toBeGreaterThan(estimateDailyReviews(states, 0.8) * 2);
  });
});
