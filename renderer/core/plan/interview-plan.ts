// The study plan for an interview date: how many new cards today so that every question card and
// its fact cards are introduced three days before the interview, what the days will cost in
// minutes, and what to leave out when that is more than the learner's ceiling.
import { SECTIONS, type SectionId } from '../../../content/syllabus';
import { endOfStudyDay, studyDaysBetween } from '../study-day';
import { State, type CardState } from '../types';
import { secondsPerAnswer, type AnswerTimes, type SecondsPerAnswer } from './answer-times';
import type { ReviewForecast } from './review-forecast';

/** Every card is introduced by this many days before the interview's day. */
export const INTRODUCED_DAYS_BEFORE = 3;
/** In the last this-many days (the interview's included) a daily top-up is offered. */
export const FINAL_DAYS = 3;
/** In the last this-many days (the interview's included) a mock interview a day is proposed. */
export const LAST_WEEK_DAYS = 7;

/** What the plan needs of a deck card (a compiled card has all of it). */
export interface PlanCard {
  id: string;
  kind: 'question' | 'fact';
  section: SectionId;
  /** A fact card's question card. */
  parent?: string;
}

export interface PlanInput {
  now: number;
  /** The moment of the interview (see interviewAtOf). */
  interviewAt: number;
  dayStartHour: number;
  /** The deck's cards in deck order; leave out the ones the learner suspended. */
  cards: readonly PlanCard[];
  /** The learner's order of sections, first studied first; missing sections follow in the deck's order. */
  sectionOrder?: readonly SectionId[];
  states: ReadonlyMap<string, CardState>;
  /** New cards already introduced today (Today.newStudied): they count towards today's number. */
  introducedToday: number;
  /** Sections whose fact cards the learner chose to leave out. */
  leftOut?: readonly SectionId[];
  /** The learner's ceiling in minutes a day; null for none. */
  ceilingMinutes: number | null;
  times: AnswerTimes;
  /** The review forecast for this many study days, today first (see forecastReviews). */
  forecast: (days: number) => ReviewForecast;
}

export interface LeaveOutProposal {
  /** Sections whose fact cards to leave out, ranked last first. */
  sections: SectionId[];
  /** Fact cards not yet introduced that this leaves out. */
  cards: number;
  /** How much lower the busiest day gets, in minutes. */
  minutesSaved: number;
  /** False when even leaving out every section's fact cards stays over the ceiling. */
  fits: boolean;
}

export type InterviewPhase = 'introducing' | 'final-days';

export interface ActivePlan {
  phase: InterviewPhase;
  /** Study days from today's to the interview's: 0 on the day itself. */
  daysLeft: number;
  /** Study days left to introduce new cards in, today included (at least 1 while cards remain). */
  introductionDaysLeft: number;
  /** True when fewer than INTRODUCED_DAYS_BEFORE days are left: what remains is planned for today. */
  introductionLate: boolean;
  /** Cards in the plan not yet introduced. */
  remainingNew: number;
  /** Today's new-card limit, the ones introduced today included: it replaces the fixed limit. */
  newToday: number;
  /** New cards still to introduce today. */
  newLeftToday: number;
  /** Planned new cards for each study day, today first, up to the interview's day. */
  newPerDay: number[];
  /** Estimated minutes for each study day, today first (today: what is left of it). */
  minutesPerDay: number[];
  minutesToday: number;
  /** The busiest day's minutes. */
  peakMinutes: number;
  overCeiling: boolean;
  /** Only when over the ceiling. */
  leaveOut: LeaveOutProposal | null;
  seconds: SecondsPerAnswer;
  /** The cards still to introduce, in the order to introduce them. */
  introductionOrder: string[];
  /** The daily top-up of weakest cards is offered. */
  topUp: boolean;
  /** A mock interview a day is proposed. */
  mockInterviewADay: boolean;
}

/** After the interview: back to the normal limits, and the offer to note how it went. */
export interface PassedPlan {
  phase: 'passed';
}

export type StudyPlan = ActivePlan | PassedPlan;

/**
 * The interview's moment from the date the learner gave (month 1-12) and, if given, its time.
 * Without a time the interview is taken to be at the end of that day's study day, so the whole
 * day counts and the date passes when the next one starts.
 */
export function interviewAtOf(
  date: { year: number; month: number; day: number },
  time: { hour: number; minute: number } | null,
  dayStartHour: number,
): number {
  if (time) return new Date(date.year, date.month - 1, date.day, time.hour, time.minute).getTime();
  return endOfStudyDay(new Date(date.year, date.month - 1, date.day, 12).getTime(), dayStartHour);
}

export function planStudy(input: PlanInput): StudyPlan {
  const { now, interviewAt, dayStartHour, states, ceilingMinutes } = input;
  if (now >= interviewAt) return { phase: 'passed' };
  // The instant before: an interview at the very start of a study day belongs to the day before it.
  const daysLeft = studyDaysBetween(now, interviewAt - 1, dayStartHour);
  const introductionDaysLeft = Math.max(1, daysLeft - INTRODUCED_DAYS_BEFORE + 1);
  const sectionOrder = sectionsInOrder(input.sectionOrder);
  const leftOut = new Set(input.leftOut ?? []);
  const order = introductionOrder(input.cards, sectionOrder).filter((card) => !isIntroduced(states.get(card.id)));
  const planned = order.filter((card) => !(card.kind === 'fact' && leftOut.has(card.section)));
  const seconds = secondsPerAnswer(input.times);
  const forecast = input.forecast(daysLeft + 1);
  const days = { daysLeft, introductionDaysLeft, introducedToday: input.introducedToday, seconds, forecast };
  const load = workload(planned.length, days);
  const overCeiling = ceilingMinutes !== null && load.peakMinutes > ceilingMinutes;
  const leaveOut = overCeiling ? proposeLeaveOut(planned, sectionOrder, ceilingMinutes, load.peakMinutes, days) : null;
  const phase: InterviewPhase = daysLeft < FINAL_DAYS ? 'final-days' : 'introducing';
  return {
    phase,
    daysLeft,
    introductionDaysLeft,
    introductionLate: daysLeft < INTRODUCED_DAYS_BEFORE && planned.length > 0,
    remainingNew: planned.length,
    newToday: load.newPerDay[0]!,
    newLeftToday: load.newLeftToday,
    newPerDay: load.newPerDay,
    minutesPerDay: load.minutesPerDay,
    minutesToday: load.minutesPerDay[0]!,
    peakMinutes: load.peakMinutes,
    overCeiling,
    leaveOut,
    seconds,
    introductionOrder: planned.map((card) => card.id),
    topUp: phase === 'final-days',
    mockInterviewADay: daysLeft < LAST_WEEK_DAYS,
  };
}

function isIntroduced(state: CardState | undefined): boolean {
  return state !== undefined && state.state !== State.New;
}

/** The learner's order, unknown and repeated names dropped, then any section it lacks in the deck's order. */
function sectionsInOrder(chosen: readonly SectionId[] = []): SectionId[] {
  const known = new Set<SectionId>(SECTIONS);
  return [...new Set([...chosen.filter((section) => known.has(section)), ...SECTIONS])];
}

/**
 * Sections in the given order; within one, the deck's question cards in deck order, each followed
 * by its own fact cards. A fact card whose question is not in the deck ends its section.
 */
function introductionOrder(cards: readonly PlanCard[], sections: readonly SectionId[]): PlanCard[] {
  const questionIds = new Set(cards.filter((card) => card.kind === 'question').map((card) => card.id));
  const factsOf = new Map<string, PlanCard[]>();
  const bySection = new Map<SectionId, { cards: PlanCard[]; orphans: PlanCard[] }>(sections.map((s) => [s, { cards: [], orphans: [] }]));
  for (const card of cards) {
    const section = bySection.get(card.section)!;
    if (card.kind === 'question') section.cards.push(card);
    else if (card.parent !== undefined && questionIds.has(card.parent)) {
      const facts = factsOf.get(card.parent) ?? [];
      facts.push(card);
      factsOf.set(card.parent, facts);
    } else section.orphans.push(card);
  }
  return sections.flatMap((id) => {
    const section = bySection.get(id)!;
    return [...section.cards.flatMap((question) => [question, ...(factsOf.get(question.id) ?? [])]), ...section.orphans];
  });
}

interface PlanDays {
  daysLeft: number;
  introductionDaysLeft: number;
  introducedToday: number;
  seconds: SecondsPerAnswer;
  forecast: ReviewForecast;
}

interface Workload {
  newPerDay: number[];
  newLeftToday: number;
  minutesPerDay: number[];
  peakMinutes: number;
}

/**
 * New cards a day (the ones left spread evenly: each day takes the remainder divided by the days
 * left, rounded up) and the minutes each day costs: its new cards, the reviews of cards studied
 * already, and the later answers of the cards the plan introduces.
 */
function workload(remaining: number, days: PlanDays): Workload {
  const { daysLeft, introductionDaysLeft, introducedToday, seconds, forecast } = days;
  const newPerDay = new Array<number>(daysLeft + 1).fill(0);
  let left = remaining + introducedToday;
  for (let day = 0; day < introductionDaysLeft; day += 1) {
    const count = Math.ceil(left / (introductionDaysLeft - day));
    newPerDay[day] = count;
    left -= count;
  }
  const newLeftToday = Math.min(remaining, Math.max(0, newPerDay[0]! - introducedToday));
  // Today's already-introduced cards have states, so their later answers are in the forecast.
  const toIntroduce = newPerDay.map((count, day) => (day === 0 ? newLeftToday : count));
  // A new card comes back on a handful of days only: walking those keeps a year-long plan cheap.
  const comesBack = forecast.perNewCard.flatMap((answers, after) => (answers > 0 ? [{ after, answers }] : []));
  const reviews = toIntroduce.map((_, day) => forecast.reviews[day] ?? 0);
  toIntroduce.forEach((count, day) => {
    for (const { after, answers } of comesBack) if (day + after < reviews.length) reviews[day + after]! += count * answers;
  });
  const minutesPerDay = toIntroduce.map((count, day) => Math.round((count * seconds.newCard + reviews[day]! * seconds.review) / 60));
  return { newPerDay, newLeftToday, minutesPerDay, peakMinutes: Math.max(...minutesPerDay) };
}

/**
 * The fact cards of the sections ranked last, as few sections as bring the busiest day within
 * the ceiling; every section's when none fewer do (then `fits` is false).
 */
function proposeLeaveOut(
  planned: readonly PlanCard[],
  sectionOrder: readonly SectionId[],
  ceiling: number,
  peakMinutes: number,
  days: PlanDays,
): LeaveOutProposal | null {
  const factsBySection = new Map<SectionId, number>();
  for (const card of planned) if (card.kind === 'fact') factsBySection.set(card.section, (factsBySection.get(card.section) ?? 0) + 1);
  const candidates = [...sectionOrder].reverse().filter((section) => factsBySection.has(section));
  if (candidates.length === 0) return null;
  let proposal: LeaveOutProposal | null = null;
  let cards = 0;
  for (let n = 1; n <= candidates.length; n += 1) {
    cards += factsBySection.get(candidates[n - 1]!)!;
    const peak = workload(planned.length - cards, days).peakMinutes;
    proposal = { sections: candidates.slice(0, n), cards, minutesSaved: peakMinutes - peak, fits: peak <= ceiling };
    if (proposal.fits) break;
  }
  return proposal;
}
