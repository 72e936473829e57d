import { describe, expect, it } from 'vitest';
import type { MockInterview, MockQuestion } from '../../../../renderer/core/mock/mock-interview';
import { buildReport, clockText, overrunText, scoreTrend, summarise, type ReportQuestionCard } from '../../../../renderer/core/mock/report';
import { Rating } from '../../../../renderer/core/types';

const START = Date.UTC(2026, 11, 6, 14, 0);

function question(cardId: string, change: Partial<MockQuestion> = {}): MockQuestion {
  return { cardId, startedAt: START, endedAt: START + 90_000, outline: '', suggested: [], covered: [], keyPointCount: 4, rating: Rating.Good, reviewId: 'r', ...change };
}

function interview(questions: MockQuestion[], change: Partial<MockInterview> = {}): MockInterview {
  return {
    id: 'm1',
    startedAt: START,
    status: 'finished',
    settings: { sections: [], questionCount: questions.length, secondsPerQuestion: 120, locale: 'en', weakFirst: false, readAloud: false },
    questions,
    updatedAt: START,
    deviceId: 'd',
    ...change,
  };
}

const CARDS: Record<string, ReportQuestionCard> = {
  'basics/a': { prompt: 'A?', keyPoints: ['a0', 'a1', 'a2', 'a3'], section: 'basics' },
  'basics/b': { prompt: 'B?', keyPoints: ['b0', 'b1', 'b2', 'b3'], section: 'basics' },
  'cloud/c': { prompt: 'C?', keyPoints: ['c0', 'c1', 'c2', 'c3'], section: 'cloud' },
  'technical/d': { prompt: 'D?', keyPoints: ['d0', 'd1', 'd2', 'd3'], section: 'technical' },
};
const FACTS = [
  { id: 'basics/a--f1', parent: 'basics/a' },
  { id: 'basics/a--f2', parent: 'basics/a' },
  { id: 'basics/b--f1', parent: 'basics/b' },
  { id: 'cloud/c--f1', parent: 'cloud/c' },
];

describe('buildReport', () => {
  const mock = interview([
    question('basics/a', { covered: [0, 2], rating: Rating.Hard }),
    question('basics/b', { covered: [3, 2, 1, 0], rating: Rating.Easy }),
    question('cloud/c', { covered: [], endedAt: START + 185_400, rating: Rating.Again }),
    question('technical/d', { covered: [1, 2, 3], rating: 0, reviewId: '' }),
  ]);
  const report = buildReport(mock, (id) => CARDS[id], FACTS);

  it('scores the points covered over all the points, and counts the ratings', () => {
    expect([report.covered, report.total]).toEqual([9, 16]);
    expect(report.share).toBeCloseTo(9 / 16);
    expect(report.ratings).toEqual({ [Rating.Again]: 1, [Rating.Hard]: 1, [Rating.Good]: 0, [Rating.Easy]: 1 });
    expect(report.unrated).toBe(1);
  });

  it('lists each question’s covered and missed points in the card’s order', () => {
    expect(report.questions.map((q) => [q.covered, q.missed])).toEqual([
      [[0, 2], [1, 3]],
      [[0, 1, 2, 3], []],
      [[], [0, 1, 2, 3]],
      [[1, 2, 3], [0]],
    ]);
  });

  it('measures the time against the limit, with the overrun', () => {
    expect(report.questions[0]).toMatchObject({ elapsedMs: 90_000, limitMs: 120_000, overrunMs: 0 });
    expect(report.questions[2]).toMatchObject({ elapsedMs: 185_400, overrunMs: 65_400 });
    // As the interview's clock showed it: a second over counts once it has passed.
    expect(overrunText(report.questions[2]!.overrunMs)).toBe('+1:05');
    expect(overrunText(999)).toBe('+0:00');
  });

  it('ranks the sections with points missed, lowest share first', () => {
    // cloud 0/4, basics 6/8, technical 3/4: technical (0.75) and basics (0.75) tie; basics missed more.
    expect(report.weakest.map((s) => [s.section, s.covered, s.total])).toEqual([
      ['cloud', 0, 4],
      ['basics', 6, 8],
      ['technical', 3, 4],
    ]);
  });

  it('suggests the facts under the questions with points missed, once each', () => {
    // basics/b was answered in full: its fact is not suggested; technical/d has no facts.
    expect(report.studyNext).toEqual(['basics/a--f1', 'basics/a--f2', 'cloud/c--f1']);
  });

  it('keeps a question whose card has gone, without a section, and an unanswered one without a time', () => {
    const cut = buildReport(
      interview([question('basics/gone', { covered: [0] }), question('basics/a', { startedAt: 0, endedAt: 0, rating: 0 })]),
      (id) => CARDS[id],
      FACTS,
    );
    expect(cut.questions[0]).toMatchObject({ card: undefined, covered: [0], missed: [1, 2, 3] });
    expect(cut.questions[1]).toMatchObject({ answered: false, elapsedMs: undefined, overrunMs: 0 });
    expect(cut.weakest.map((s) => s.section)).toEqual(['basics']);
    expect(cut.studyNext).toEqual(['basics/a--f1', 'basics/a--f2']);
  });

  it('ignores covered indexes outside the question’s points', () => {
    const odd = buildReport(interview([question('basics/a', { covered: [0, 0, 7, -1, 1.5] })]), (id) => CARDS[id], []);
    expect(odd.covered).toBe(1);
    expect(summarise(interview([question('basics/a', { covered: [0, 0, 7, -1, 1.5] })])).covered).toBe(1);
  });

  it('has no share when no question had key points', () => {
    expect(buildReport(interview([]), () => undefined, []).share).toBeUndefined();
  });
});

describe('summarise and scoreTrend', () => {
  it('summarises an interview from its row alone', () => {
    const row = interview([question('basics/a', { covered: [0, 1] }), question('cloud/c', { endedAt: 0, keyPointCount: 6 })]);
    expect(summarise(row)).toEqual({ id: 'm1', startedAt: START, locale: 'en', questionCount: 2, answered: 1, covered: 2, total: 10, share: 0.2 });
  });

  it('orders the scores by time and averages the last five', () => {
    const shares = [0.2, 0.4, 0.6, 0.8, 1, 0];
    // Given newest first, as the history reads them.
    const summaries = shares
      .map((share, i) => ({ id: `m${i}`, startedAt: START + i * 86_400_000, locale: 'en' as const, questionCount: 1, answered: 1, covered: 0, total: 5, share }))
      .reverse();
    const trend = scoreTrend([...summaries, { ...summaries[0]!, id: 'none', share: undefined }]);
    expect(trend.map((p) => p.share)).toEqual(shares);
    expect(trend[0]!.average).toBeCloseTo(0.2);
    expect(trend[4]!.average).toBeCloseTo(0.6);
    // The sixth drops the first from its window: (0.4+0.6+0.8+1+0)/5.
    expect(trend[5]!.average).toBeCloseTo(0.56);
  });
});

describe('clockText', () => {
  it('reads whole minutes and seconds', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(999)).toBe('0:00');
    expect(clockText(185_400)).toBe('3:05');
    expect(clockText(120_000)).toBe('2:00');
    expect(clockText(605_000)).toBe('10:05');
  });
});
