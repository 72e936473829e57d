import { describe, expect, it } from 'vitest';
import { readiness } from '../../../../renderer/core/plan/readiness';
import { topUpCards } from '../../../../renderer/core/plan/top-up';
import { DEFAULT_SETTINGS, schedulingParamsOf } from '../../../../renderer/core/settings';
import { State, type CardState } from '../../../../renderer/core/types';

const DAY = 86_400_000;
const interviewAt = Date.UTC(2026, 4, 20, 12);
const params = schedulingParamsOf(DEFAULT_SETTINGS);

/** A card in review with `stability` days, last answered `daysBefore` days before the interview. */
function seen(cardId: string, stability: number, daysBefore: number, state: State = State.Review): CardState {
  const lastReview = interviewAt - daysBefore * DAY;
  return { cardId, due: lastReview + stability * DAY, stability, difficulty: 5, elapsedDays: 0, scheduledDays: stability, learningSteps: 0, reps: 3, lapses: 0, state, lastReview };
}

// FSRS-6 with the default decay 0.1542: R(t, S) = (1 + f t / S)^-0.1542 where f = 0.9^(-1/0.1542) - 1
// = 0.98034649, so that R(S, S) = 0.9. By hand: R(10, 5) = 2.96069298^-0.1542 = 0.84588465,
// R(1, 4) = 1.24508662^-0.1542 = 0.96676346.
const R_10_5 = 0.84588465;
const R_1_4 = 0.96676346;

describe('readiness', () => {
  const cards = [
    { id: 'basics/a', section: 'basics' as const },
    { id: 'basics/b', section: 'basics' as const },
    { id: 'basics/c', section: 'basics' as const },
    { id: 'cloud/a', section: 'cloud' as const },
    { id: 'cloud/b', section: 'cloud' as const },
  ];

  it('counts each seen card at its forgetting curve on the day and an unseen one as 0', () => {
    const states = new Map([
      ['basics/a', seen('basics/a', 10, 10)], // t = S: 0.9 by definition of stability
      ['basics/b', seen('basics/b', 5, 10)],
      ['cloud/a', seen('cloud/a', 4, 1, State.Relearning)],
      // basics/c and cloud/b never seen; a state still New counts as unseen too.
      ['cloud/b', { ...seen('cloud/b', 4, 1), state: State.New }],
    ]);
    const result = readiness({ cards, states, interviewAt, params });
    expect(result.bySection.get('basics')).toBeCloseTo((0.9 + R_10_5 + 0) / 3, 6);
    expect(result.bySection.get('cloud')).toBeCloseTo((R_1_4 + 0) / 2, 6);
    expect(result.overall).toBeCloseTo((0.9 + R_10_5 + R_1_4) / 5, 6);
    expect([...result.bySection.keys()]).toEqual(['basics', 'cloud']);
  });

  it('counts a card answered after the interview as fully recalled, and an empty deck as 0', () => {
    const states = new Map([['cloud/a', seen('cloud/a', 4, -2)]]);
    expect(readiness({ cards: [cards[3]!], states, interviewAt, params }).overall).toBe(1);
    expect(readiness({ cards: [], states, interviewAt, params })).toEqual({ overall: 0, bySection: new Map() });
  });

  it('follows the forgetting curve only: a later interview gives a lower figure', () => {
    const states = new Map([['basics/a', seen('basics/a', 10, 10)]]);
    const onTheDay = readiness({ cards: [cards[0]!], states, interviewAt, params }).overall;
    const tenDaysLater = readiness({ cards: [cards[0]!], states, interviewAt: interviewAt + 10 * DAY, params }).overall;
    expect(onTheDay).toBeCloseTo(0.9, 6);
    // t = 20, S = 10: (1 + 2f)^-0.1542 = R(10, 5).
    expect(tenDaysLater).toBeCloseTo(R_10_5, 6);
  });
});

describe('topUpCards', () => {
  const cards = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
  const states = new Map([
    ['a', seen('a', 10, 10)], // 0.9
    ['b', seen('b', 5, 10)], // 0.846
    ['c', seen('c', 4, 1)], // 0.967
    ['d', seen('d', 5, 10)], // 0.846, ties with b
    ['f', { ...seen('f', 1, 30), state: State.New }], // never answered
  ]);

  it('gives the seen cards with the lowest recall on the day, ties by id, never an unseen one', () => {
    expect(topUpCards({ cards, states, interviewAt, params, count: 3 })).toEqual(['b', 'd', 'a']);
    expect(topUpCards({ cards, states, interviewAt, params, count: 10 })).toEqual(['b', 'd', 'a', 'c']);
  });

  it('breaks ties by id whatever the deck order', () => {
    expect(topUpCards({ cards: [...cards].reverse(), states, interviewAt, params, count: 2 })).toEqual(['b', 'd']);
  });

  it('gives nothing for a count of 0 or below', () => {
    expect(topUpCards({ cards, states, interviewAt, params, count: 0 })).toEqual([]);
    expect(topUpCards({ cards, states, interviewAt, params, count: -1 })).toEqual([]);
  });
});
