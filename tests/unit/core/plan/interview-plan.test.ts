import { afterEach, describe, expect, it } from 'vitest';
import type { SectionId } from '../../../../content/syllabus';
import { interviewAtOf, planStudy, type ActivePlan, type PlanCard, type PlanInput, type StudyPlan } from '../../../../renderer/core/plan/interview-plan';
import type { ReviewForecast } from '../../../../renderer/core/plan/review-forecast';
import { State, type CardState } from '../../../../renderer/core/types';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});
const inZone = (tz: string) => (process.env.TZ = tz);

const question = (id: string, section: SectionId): PlanCard => ({ id, kind: 'question', section });
const fact = (id: string, section: SectionId, parent: string): PlanCard => ({ id, kind: 'fact', section, parent });

/** `questions` question cards in `section`, each followed by `facts` fact cards. */
function sectionCards(section: SectionId, questions: number, facts: number): PlanCard[] {
  return Array.from({ length: questions }, (_, q) => {
    const id = `${section}/q${q}`;
    return [question(id, section), ...Array.from({ length: facts }, (_, f) => fact(`${id}--f${f}`, section, id))];
  }).flat();
}

const introduced = (cardId: string, state: State = State.Review): CardState => ({
  cardId, due: 0, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state, lastReview: 0,
});

const noReviews = (days: number): ReviewForecast => ({ reviews: new Array<number>(days).fill(0), perNewCard: [0] });

function plan(overrides: Partial<PlanInput> & Pick<PlanInput, 'now' | 'interviewAt'>): StudyPlan {
  return planStudy({
    dayStartHour: 4,
    cards: sectionCards('basics', 5, 1),
    states: new Map(),
    introducedToday: 0,
    ceilingMinutes: null,
    times: { answers: 0, medianNewSeconds: null, medianReviewSeconds: null },
    forecast: noReviews,
    ...overrides,
  });
}

function active(result: StudyPlan): ActivePlan {
  if (result.phase === 'passed') throw new Error('expected a plan, the date has passed');
  return result;
}

const at = (iso: string) => Date.parse(iso);
const dateOnly = (year: number, month: number, day: number) => interviewAtOf({ year, month, day }, null, 4);

describe('planStudy: the days', () => {
  it('counts days left to the interview and introduces everything by three days before it', () => {
    inZone('America/Sao_Paulo');
    // Today 2026-05-10; interview 2026-05-16: days 10..13 introduce (13 = three days before).
    const result = active(plan({ now: at('2026-05-10T10:00:00-03:00'), interviewAt: dateOnly(2026, 5, 16) }));
    expect(result.daysLeft).toBe(6);
    expect(result.introductionDaysLeft).toBe(4);
    expect(result.remainingNew).toBe(10);
    // ceil(10/4) = 3, then ceil(7/3) = 3, ceil(4/2) = 2, 2: spread evenly, nothing in the last three days.
    expect(result.newPerDay).toEqual([3, 3, 2, 2, 0, 0, 0]);
    expect(result.newToday).toBe(3);
    expect(result.introductionLate).toBe(false);
  });

  it('counts the cards introduced today towards today, so the number holds all day', () => {
    inZone('America/Sao_Paulo');
    const cards = sectionCards('basics', 6, 1);
    const states = new Map([['basics/q0', introduced('basics/q0', State.Learning)], ['basics/q0--f0', introduced('basics/q0--f0')]]);
    const result = active(plan({ now: at('2026-05-10T22:00:00-03:00'), interviewAt: dateOnly(2026, 5, 16), cards, states, introducedToday: 2 }));
    expect(result.remainingNew).toBe(10);
    expect(result.newToday).toBe(3); // ceil((10 + 2) / 4)
    expect(result.newLeftToday).toBe(1);
    expect(result.newPerDay).toEqual([3, 3, 3, 3, 0, 0, 0]);
  });

  it('gives a day many cards when there are more cards than days', () => {
    inZone('America/Sao_Paulo');
    const cards = sectionCards('technical', 40, 6); // 280 cards
    const result = active(plan({ now: at('2026-05-10T10:00:00-03:00'), interviewAt: dateOnly(2026, 5, 15), cards }));
    expect(result.introductionDaysLeft).toBe(3);
    expect(result.newPerDay).toEqual([94, 93, 93, 0, 0, 0]);
  });

  it('with one day left, plans what remains for today and says it is late', () => {
    inZone('America/Sao_Paulo');
    const result = active(plan({ now: at('2026-05-10T10:00:00-03:00'), interviewAt: dateOnly(2026, 5, 11) }));
    expect(result).toMatchObject({ daysLeft: 1, introductionDaysLeft: 1, introductionLate: true, newToday: 10, phase: 'final-days' });
    expect(result.newPerDay).toEqual([10, 0]);
  });

  it('with the interview later today, has 0 days left and is not passed yet', () => {
    inZone('America/Sao_Paulo');
    const result = active(plan({ now: at('2026-05-10T07:00:00-03:00'), interviewAt: at('2026-05-10T15:00:00-03:00') }));
    expect(result).toMatchObject({ daysLeft: 0, introductionDaysLeft: 1, newToday: 10, phase: 'final-days', topUp: true });
    expect(result.newPerDay).toEqual([10]);
  });

  it('is not late once everything is introduced, whatever the days left', () => {
    inZone('America/Sao_Paulo');
    const cards = sectionCards('basics', 1, 1);
    const states = new Map(cards.map((card) => [card.id, introduced(card.id)]));
    const result = active(plan({ now: at('2026-05-10T10:00:00-03:00'), interviewAt: dateOnly(2026, 5, 11), cards, states }));
    expect(result).toMatchObject({ remainingNew: 0, newToday: 0, introductionLate: false });
  });

  it('has passed once the interview is over: back to the normal limits', () => {
    inZone('America/Sao_Paulo');
    expect(plan({ now: at('2026-05-10T10:00:00-03:00'), interviewAt: at('2026-05-01T09:00:00-03:00') })).toEqual({ phase: 'passed' });
    expect(plan({ now: at('2026-05-10T10:00:00-03:00'), interviewAt: at('2026-05-10T10:00:00-03:00') })).toEqual({ phase: 'passed' });
  });

  it('an interview at 09:00 has passed by 10:00; one on that date without a time lasts until the day ends', () => {
    inZone('America/Sao_Paulo');
    const now = at('2026-05-10T10:00:00-03:00');
    const nineAm = interviewAtOf({ year: 2026, month: 5, day: 10 }, { hour: 9, minute: 0 }, 4);
    expect(nineAm).toBe(at('2026-05-10T09:00:00-03:00'));
    expect(plan({ now, interviewAt: nineAm }).phase).toBe('passed');
    const wholeDay = dateOnly(2026, 5, 10);
    expect(wholeDay).toBe(at('2026-05-11T04:00:00-03:00'));
    expect(active(plan({ now, interviewAt: wholeDay })).daysLeft).toBe(0);
    expect(plan({ now: at('2026-05-11T04:00:00-03:00'), interviewAt: wholeDay }).phase).toBe('passed');
  });

  it('puts an interview at 2 am in the study day before it, like a late-night session', () => {
    inZone('America/Sao_Paulo');
    const now = at('2026-05-10T10:00:00-03:00');
    const twoAm = interviewAtOf({ year: 2026, month: 5, day: 16 }, { hour: 2, minute: 0 }, 4);
    expect(active(plan({ now, interviewAt: twoAm })).daysLeft).toBe(5);
    expect(active(plan({ now, interviewAt: dateOnly(2026, 5, 16) })).daysLeft).toBe(6);
  });

  it('counts days across daylight-saving changes in Berlin and New York', () => {
    inZone('Europe/Berlin');
    // 2026-03-29 is 23 hours long: naive 24-hour steps from 10:00 on the 27th reach 31 March 11:00.
    const spring = active(plan({ now: at('2026-03-27T10:00:00+01:00'), interviewAt: interviewAtOf({ year: 2026, month: 3, day: 31 }, { hour: 9, minute: 30 }, 4) }));
    expect(spring.daysLeft).toBe(4);
    expect(spring.newPerDay).toEqual([5, 5, 0, 0, 0]);
    // An interview at 04:15 on the change's day is in that day's study day, 22 h 45 min after 04:30 the day before.
    expect(active(plan({ now: at('2026-03-28T04:30:00+01:00'), interviewAt: interviewAtOf({ year: 2026, month: 3, day: 29 }, { hour: 4, minute: 15 }, 4) })).daysLeft).toBe(1);
    // 2026-10-25 is 25 hours long: 03:59 on the 25th is still the study day of the 24th.
    expect(active(plan({ now: at('2026-10-24T04:00:00+02:00'), interviewAt: interviewAtOf({ year: 2026, month: 10, day: 25 }, { hour: 3, minute: 59 }, 4) })).daysLeft).toBe(0);
    expect(active(plan({ now: at('2026-10-20T12:00:00+02:00'), interviewAt: interviewAtOf({ year: 2026, month: 10, day: 27 }, null, 4) })).daysLeft).toBe(7);
    inZone('America/New_York');
    const overBoth = active(plan({ now: at('2026-03-01T12:00:00-05:00'), interviewAt: interviewAtOf({ year: 2026, month: 3, day: 15 }, null, 4) }));
    expect(overBoth.daysLeft).toBe(14);
    expect(overBoth.introductionDaysLeft).toBe(12);
    expect(active(plan({ now: at('2026-10-31T12:00:00-04:00'), interviewAt: interviewAtOf({ year: 2026, month: 11, day: 2 }, { hour: 9, minute: 0 }, 4) })).daysLeft).toBe(2);
  });
});

describe('planStudy: the phases', () => {
  it('introduces until three days before, then offers the top-up, and proposes a mock interview a day in the last week', () => {
    inZone('America/Sao_Paulo');
    const now = at('2026-05-10T10:00:00-03:00');
    const phaseAt = (day: number) => {
      const result = active(plan({ now, interviewAt: dateOnly(2026, 5, day) }));
      return [result.daysLeft, result.phase, result.topUp, result.mockInterviewADay];
    };
    expect(phaseAt(17)).toEqual([7, 'introducing', false, false]);
    expect(phaseAt(16)).toEqual([6, 'introducing', false, true]);
    expect(phaseAt(13)).toEqual([3, 'introducing', false, true]);
    expect(phaseAt(12)).toEqual([2, 'final-days', true, true]);
  });
});

describe('planStudy: the order', () => {
  it('follows the learner\'s section order and puts each question card before its own facts', () => {
    inZone('America/Sao_Paulo');
    const cards = [
      // A fact listed before its question in the deck still comes after it.
      fact('basics/q0--f0', 'basics', 'basics/q0'),
      question('basics/q0', 'basics'),
      question('cloud/q0', 'cloud'),
      fact('cloud/q0--f0', 'cloud', 'cloud/q0'),
      question('technical/q0', 'technical'),
      fact('technical/orphan', 'technical', 'technical/gone'),
      fact('technical/q0--f0', 'technical', 'technical/q0'),
    ];
    const result = active(plan({ now: at('2026-05-10T10:00:00-03:00'), interviewAt: dateOnly(2026, 6, 10), cards, sectionOrder: ['cloud', 'technical', 'cloud'] }));
    expect(result.introductionOrder).toEqual([
      'cloud/q0', 'cloud/q0--f0',
      'technical/q0', 'technical/q0--f0', 'technical/orphan',
      'basics/q0', 'basics/q0--f0',
    ]);
  });

  it('leaves out the cards already introduced and the facts of the sections the learner left out', () => {
    inZone('America/Sao_Paulo');
    const cards = [...sectionCards('basics', 2, 2), ...sectionCards('cloud', 1, 2)];
    const states = new Map([['basics/q0', introduced('basics/q0')], ['cloud/q0--f1', introduced('cloud/q0--f1', State.New)]]);
    const result = active(plan({ now: at('2026-05-10T10:00:00-03:00'), interviewAt: dateOnly(2026, 6, 10), cards, states, leftOut: ['basics'] }));
    expect(result.introductionOrder).toEqual(['basics/q1', 'cloud/q0', 'cloud/q0--f0', 'cloud/q0--f1']);
  });
});

describe('planStudy: the minutes and the ceiling', () => {
  const now = at('2026-05-10T10:00:00-03:00');
  // Six days left, four to introduce in. Every day has 12 reviews of the cards studied so far; each
  // new card brings 2 more answers its first day and 1 the next.
  const forecast = (days: number): ReviewForecast => ({ reviews: new Array<number>(days).fill(12), perNewCard: [2, 1] });

  it('estimates each day from its new cards and the reviews, at 30 s and 10 s before 50 answers', () => {
    inZone('America/Sao_Paulo');
    const cards = sectionCards('basics', 4, 5); // 24 cards: 6 a day
    const result = active(plan({ now, interviewAt: dateOnly(2026, 5, 16), cards, forecast }));
    expect(result.newPerDay).toEqual([6, 6, 6, 6, 0, 0, 0]);
    expect(result.seconds).toEqual({ newCard: 30, review: 10, own: false });
    // Day 0: 6 × 30 s + (12 + 6 × 2) × 10 s = 420 s = 7 min. Days 1-3: 6 × 30 + (12 + 12 + 6) × 10 = 480 s.
    // Day 4: (12 + 6) × 10 = 180 s. Days 5-6: 120 s.
    expect(result.minutesPerDay).toEqual([7, 8, 8, 8, 3, 2, 2]);
    expect(result.minutesToday).toBe(7);
    expect(result.peakMinutes).toBe(8);
    expect(result.overCeiling).toBe(false);
    expect(result.leaveOut).toBeNull();
  });

  it('uses the learner\'s own median times from 50 answers on', () => {
    inZone('America/Sao_Paulo');
    const cards = sectionCards('basics', 4, 5);
    const times = { answers: 50, medianNewSeconds: 60, medianReviewSeconds: 20 };
    const result = active(plan({ now, interviewAt: dateOnly(2026, 5, 16), cards, forecast, times }));
    expect(result.seconds).toEqual({ newCard: 60, review: 20, own: true });
    expect(result.minutesPerDay).toEqual([14, 16, 16, 16, 6, 4, 4]);
    const fewer = active(plan({ now, interviewAt: dateOnly(2026, 5, 16), cards, forecast, times: { ...times, answers: 49 } }));
    expect(fewer.seconds.own).toBe(false);
  });

  it('when the ceiling is too low, proposes leaving out the facts of the sections ranked last, as few as fit', () => {
    inZone('America/Sao_Paulo');
    // 3 sections of 1 question + 3 facts: 12 cards, 3 a day.
    const cards = [...sectionCards('basics', 1, 3), ...sectionCards('cloud', 1, 3), ...sectionCards('technical', 1, 3)];
    const sectionOrder: SectionId[] = ['technical', 'basics', 'cloud'];
    const lighter = (days: number): ReviewForecast => ({ reviews: new Array<number>(days).fill(11), perNewCard: [2, 1] });
    const result = active(plan({ now, interviewAt: dateOnly(2026, 5, 16), cards, forecast: lighter, ceilingMinutes: 4, sectionOrder }));
    // Busiest day, day 1: 3 × 30 + (11 + 3 × 2 + 3 × 1) × 10 = 290 s, 5 min.
    expect(result.peakMinutes).toBe(5);
    expect(result.overCeiling).toBe(true);
    // Cloud is ranked last; without its 3 facts, 9 cards go 3, 2, 2, 2: day 0 is 90 + 170 = 260 s and
    // day 1 is 60 + (11 + 4 + 3) × 10 = 240 s, both 4 min.
    expect(result.leaveOut).toEqual({ sections: ['cloud'], cards: 3, minutesSaved: 1, fits: true });
    // With 12 reviews a day, day 0 still takes 90 + 180 = 270 s (5 min) without cloud's facts;
    // without basics' too, 6 cards go 2, 2, 1, 1 and no day passes 240 s.
    const busier = active(plan({ now, interviewAt: dateOnly(2026, 5, 16), cards, forecast, ceilingMinutes: 4, sectionOrder }));
    expect(busier.leaveOut).toEqual({ sections: ['cloud', 'basics'], cards: 6, minutesSaved: 1, fits: true });
  });

  it('says so when even leaving out every fact card does not fit', () => {
    inZone('America/Sao_Paulo');
    const cards = [...sectionCards('basics', 1, 3), ...sectionCards('cloud', 1, 3)];
    const result = active(plan({ now, interviewAt: dateOnly(2026, 5, 16), cards, forecast, ceilingMinutes: 1 }));
    expect(result.overCeiling).toBe(true);
    // Ranked last first, in the deck's section order since the learner gave none.
    expect(result.leaveOut).toMatchObject({ sections: ['cloud', 'basics'], cards: 6, fits: false });
  });

  it('proposes nothing to leave out when no fact card is left to introduce', () => {
    inZone('America/Sao_Paulo');
    const cards = sectionCards('basics', 3, 0);
    const result = active(plan({ now, interviewAt: dateOnly(2026, 5, 16), cards, forecast, ceilingMinutes: 1 }));
    expect(result.overCeiling).toBe(true);
    expect(result.leaveOut).toBeNull();
  });
});
