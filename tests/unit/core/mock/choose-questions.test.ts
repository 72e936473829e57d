import { describe, expect, it } from 'vitest';
import type { SectionId } from '../../../../content/syllabus';
import { chooseQuestions, recallOf, type MockQuestion, type QuestionChoice } from '../../../../renderer/core/mock/choose-questions';
import { State, type CardState } from '../../../../renderer/core/types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 31);

/** Mulberry32: a small seeded generator, so every draw here can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function reviewed(cardId: string, stability: number, daysAgo: number): CardState {
  const lastReview = NOW - daysAgo * DAY;
  return {
    cardId, due: lastReview + stability * DAY, stability, difficulty: 5, elapsedDays: 0, scheduledDays: stability,
    learningSteps: 0, reps: 3, lapses: 0, state: State.Review, lastReview,
  };
}

const question = (id: string, section: SectionId = 'basics'): MockQuestion => ({ id, section });

function choice(overrides: Partial<QuestionChoice>): QuestionChoice {
  return {
    questions: [], states: new Map(), facts: new Map(), sections: ['basics', 'technical'], count: 1,
    weakFirst: true, now: NOW, random: seeded(1), ...overrides,
  };
}

/** How often each id comes first over many seeded draws. */
function firstCounts(base: Partial<QuestionChoice>, draws: number): Map<string, number> {
  const counts = new Map<string, number>();
  const random = seeded(42);
  for (let i = 0; i < draws; i++) {
    const [first] = chooseQuestions(choice({ ...base, random }));
    counts.set(first!, (counts.get(first!) ?? 0) + 1);
  }
  return counts;
}

describe('recallOf', () => {
  it('is 0 for a card never answered and falls as time passes', () => {
    expect(recallOf(undefined, NOW)).toBe(0);
    const fresh = recallOf(reviewed('a', 30, 1), NOW);
    const old = recallOf(reviewed('a', 30, 90), NOW);
    expect(fresh).toBeGreaterThan(0.9);
    expect(old).toBeLessThan(fresh);
  });
});

describe('chooseQuestions', () => {
  const questions = [question('basics/known'), question('basics/unseen'), question('technical/lapsed', 'technical')];

  it('draws weak questions first far more often than well-known ones', () => {
    const states = new Map([
      ['basics/known', reviewed('basics/known', 100, 1)],
      ['technical/lapsed', reviewed('technical/lapsed', 100, 1)],
    ]);
    const facts = new Map([['technical/lapsed', ['technical/lapsed--fact']]]);
    const recentLapses = new Map([['technical/lapsed--fact', 3]]);
    const counts = firstCounts({ questions, states, facts, recentLapses }, 2000);
    const known = counts.get('basics/known') ?? 0;
    expect(counts.get('basics/unseen')!).toBeGreaterThan(5 * known);
    expect(counts.get('technical/lapsed')!).toBeGreaterThan(5 * known);
    // 3 lapses weigh more than never having seen the question.
    expect(counts.get('technical/lapsed')!).toBeGreaterThan(counts.get('basics/unseen')!);
  });

  it('without weak-first, every question comes first about as often', () => {
    const states = new Map([['basics/known', reviewed('basics/known', 100, 1)]]);
    const counts = firstCounts({ questions, states, weakFirst: false }, 3000);
    for (const q of questions) expect(Math.abs((counts.get(q.id) ?? 0) - 1000)).toBeLessThan(120);
  });

  it('asks only questions of the chosen sections', () => {
    const ids = chooseQuestions(choice({ questions, sections: ['technical'], count: 3 }));
    expect(ids).toEqual(['technical/lapsed']);
    expect(chooseQuestions(choice({ questions, sections: [], count: 3 }))).toEqual([]);
  });

  it('caps the count at the questions there are, without repeats', () => {
    const ids = chooseQuestions(choice({ questions, count: 10 }));
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(chooseQuestions(choice({ questions, count: 0 }))).toEqual([]);
  });

  it('gives the same order for the same seed, and another for another seed', () => {
    const many = Array.from({ length: 20 }, (_, i) => question(`basics/q${i}`));
    const draw = (seed: number) => chooseQuestions(choice({ questions: many, count: 20, random: seeded(seed) }));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
});
