// The interview the learner studies for, live: the stored date with its ceiling, section order,
// sections left out and outcome note; the study plan and the readiness worked out from it; and the
// series of readiness figures, one per study day. The queue asks it for today's new-card limit and
// order while a date is set (AppModel.limits), so the plan and the study screen never disagree.
import { isDeckCard } from '../core/study-card';
import type { CompiledCard } from '../../content/schema';
import type { SectionId } from '../../content/syllabus';
import { OWN_TIMES_AFTER_ANSWERS, type AnswerTimes } from '../core/plan/answer-times';
import type { InterviewDate, ReadinessDay } from '../core/plan/interview-date';
import type { StudyPlan } from '../core/plan/interview-plan';
import { cleanOutcomeNote } from '../core/plan/outcome-note';
import type { Readiness } from '../core/plan/readiness';
import { schedulingParamsOf } from '../core/settings';
import { startOfStudyDay } from '../core/study-day';
import type { FlashcardsDb } from '../db/db';
import { keepReadinessDay, loadAnswerTimes, loadReadinessDays, saveInterviewDate, type StoredInterview } from '../db/interview-date-store';
import type { AppModel } from './app-model.svelte';

type Compute = typeof import('./interview-plan-compute');

/** Cards offered in a final day's top-up. */
export const TOP_UP_CARDS = 20;

export interface DateChoice {
  /** Month 1-12. */
  date: { year: number; month: number; day: number };
  time: { hour: number; minute: number } | null;
}

/** While a plan runs: today's new-card limit and the order to introduce them in. */
export interface PlanLimits {
  newPerDay: number;
  newCardRank: ReadonlyMap<string, number>;
}

const ASSUMED_TIMES: AnswerTimes = { answers: 0, medianNewSeconds: null, medianReviewSeconds: null };
/** The day's number of new cards needs neither the review forecast nor the ceiling: they only give the minutes. */
const COUNTS_ONLY = 'counts-only';

const NO_DATE: InterviewDate = { interviewAt: 0, hasTime: false, ceilingMinutes: 0, sectionOrder: [], leftOut: [], setAt: 0, outcomeNote: '', updatedAt: 0 };

export class InterviewPlan {
  /** The stored row; `interviewAt` 0 once cleared (the clearing travels in progress files too). */
  date = $state.raw<InterviewDate | undefined>();
  /** The plan as of the last refresh; undefined without a date. */
  plan = $state.raw<StudyPlan | undefined>();
  /** Predicted recall on the interview day as of the last refresh; undefined without a date or after it. */
  readiness = $state.raw<Readiness | undefined>();
  /** This interview's readiness, one row per study day since it was set, oldest first. */
  history = $state.raw<readonly ReadinessDay[]>([]);
  /** Answer times read once a study day (see loadAnswerTimes); the plan's minutes do not need them fresher. */
  #times: { key: string; times: AnswerTimes } | undefined;
  /** Today's limit, worked out once a study day and after each change of the date row. */
  #limits: { key: string; limits: PlanLimits | undefined } | undefined;
  /** The planner, loaded with the first date (see interview-plan-compute.ts). */
  #compute: Compute | undefined;

  constructor(
    private readonly db: FlashcardsDb,
    private readonly app: AppModel,
  ) {}

  /** The date while one is set (past or not). */
  get active(): InterviewDate | undefined {
    const date = this.date;
    return date && date.interviewAt > 0 ? date : undefined;
  }

  /** Takes the stored row and its readiness series, read with the rest of the app's state (db/app-state.ts): at start and after an import. */
  async use({ date, history }: StoredInterview): Promise<void> {
    if (date && date.interviewAt > 0) await this.#loadCompute();
    this.history = history;
    this.date = date;
    this.#times = undefined;
    this.#limits = undefined;
  }

  /**
   * The queue's limits while the plan runs; undefined without a date or once it has passed (the
   * normal limits then). Worked out once a study day: cards introduced today count towards the
   * day's number, so it holds all day.
   */
  limitsAt(now: number): PlanLimits | undefined {
    const date = this.active;
    // The planner is loaded before a date becomes active (load, setDate): this is a type guard.
    if (!date || now >= date.interviewAt || !this.#compute) return undefined;
    const { dayStartHour } = this.app.settings;
    const key = [startOfStudyDay(now, dayStartHour), date.updatedAt, dayStartHour, this.app.deck?.locale, this.app.cards.length].join('|');
    if (this.#limits?.key !== key) {
      const plan = this.#planAt(now, date, ASSUMED_TIMES, COUNTS_ONLY);
      const limits = plan.phase === 'passed' ? undefined : { newPerDay: plan.newToday, newCardRank: new Map(plan.introductionOrder.map((id, i) => [id, i])) };
      this.#limits = { key, limits };
    }
    return this.#limits.limits;
  }

  /**
   * Works out the plan and the readiness at `now`, and keeps today's readiness the first time it
   * is worked out. The answer times are read at most once a study day; the rest is computing over
   * the deck's card states (never the log), which the benchmark times at 100,000 answers.
   */
  async refresh(now: number): Promise<void> {
    const date = this.active;
    if (!date) {
      this.plan = undefined;
      this.readiness = undefined;
      return;
    }
    const [times, compute] = await Promise.all([this.#answerTimes(now), this.#loadCompute()]);
    if (this.active !== date) return; // changed while the times were read: that change refreshes
    const plan = this.#planAt(now, date, times);
    this.plan = plan;
    if (plan.phase === 'passed') {
      this.readiness = undefined;
      return;
    }
    const ready = compute.readiness({ cards: this.#cards(), states: this.app.states, interviewAt: date.interviewAt, params: schedulingParamsOf(this.app.settings) });
    this.readiness = ready;
    const day = dayKey(startOfStudyDay(now, this.app.settings.dayStartHour));
    if (this.history.at(-1)?.day === day) return;
    const kept = await keepReadinessDay(this.db, { day, interviewAt: date.interviewAt, overall: ready.overall, bySection: Object.fromEntries(ready.bySection) });
    if (this.active?.interviewAt === kept.interviewAt && this.history.at(-1)?.day !== day) this.history = [...this.history, kept];
  }

  /** The final days' top-up: the cards seen with the lowest predicted recall on the day. */
  topUp(count = TOP_UP_CARDS): string[] {
    const date = this.active;
    if (!date || !this.#compute) return [];
    return this.#compute.topUpCards({ cards: this.#cards(), states: this.app.states, interviewAt: date.interviewAt, params: schedulingParamsOf(this.app.settings), count });
  }

  /** Sets or moves the date; a new date starts a new readiness series and a new outcome. */
  async setDate(choice: DateChoice, now: number): Promise<void> {
    const { interviewAtOf } = await this.#loadCompute();
    const interviewAt = interviewAtOf(choice.date, choice.time, this.app.settings.dayStartHour);
    const current = this.active;
    const moved = current?.interviewAt !== interviewAt;
    await this.#save({ interviewAt, hasTime: choice.time !== null, ...(moved ? { setAt: now, outcomeNote: '' } : {}) }, now);
    if (moved) this.history = await loadReadinessDays(this.db, interviewAt);
  }

  /** Minutes a day at most; 0 for no ceiling. */
  setCeiling(minutes: number, now: number): Promise<void> {
    return this.#save({ ceilingMinutes: Math.max(0, Math.round(minutes)) }, now);
  }

  setSectionOrder(order: readonly SectionId[], now: number): Promise<void> {
    return this.#save({ sectionOrder: [...order] }, now);
  }

  /** The fact cards of these sections stay out of the plan (the learner accepted the proposal); [] puts them back. */
  setLeftOut(sections: readonly SectionId[], now: number): Promise<void> {
    return this.#save({ leftOut: [...sections] }, now);
  }

  setOutcomeNote(text: string, now: number): Promise<void> {
    return this.#save({ outcomeNote: cleanOutcomeNote(text) }, now);
  }

  /** No date any more: back to the normal limits. The ceiling and the section order stay for a next date. */
  async clear(now: number): Promise<void> {
    await this.#save({ interviewAt: 0, hasTime: false, leftOut: [], setAt: 0, outcomeNote: '' }, now);
    this.history = [];
    this.plan = undefined;
    this.readiness = undefined;
  }

  async #save(change: Partial<InterviewDate>, now: number): Promise<void> {
    const date: InterviewDate = { ...(this.date ?? NO_DATE), ...change, updatedAt: now };
    await saveInterviewDate(this.db, date);
    this.date = date;
    this.#limits = undefined;
  }

  /** The deck's cards the learner has not suspended (the plan is the deck's: own cards are studied beside it). */
  #cards(): CompiledCard[] {
    return this.app.cards.filter(isDeckCard).filter((card) => this.app.userData.get(card.id)?.suspended !== 1);
  }

  /** `workload` COUNTS_ONLY: the new cards a day without the minutes (no forecast, no ceiling), for the queue. */
  #planAt(now: number, date: InterviewDate, times: AnswerTimes, workload: 'full' | typeof COUNTS_ONLY = 'full'): StudyPlan {
    const { planStudy, forecastReviews } = this.#compute!;
    const { settings, states, today } = this.app;
    const { dayStartHour } = settings;
    const params = schedulingParamsOf(settings);
    return planStudy({
      now,
      interviewAt: date.interviewAt,
      dayStartHour,
      cards: this.#cards(),
      sectionOrder: date.sectionOrder as SectionId[],
      states,
      introducedToday: today.dayStart === startOfStudyDay(now, dayStartHour) ? today.newStudied : 0,
      leftOut: date.leftOut as SectionId[],
      ceilingMinutes: date.ceilingMinutes > 0 && workload === 'full' ? date.ceilingMinutes : null,
      times,
      forecast: (days) =>
        workload === 'full' ? forecastReviews({ states: states.values(), now, dayStartHour, days, params }) : { reviews: new Array<number>(days).fill(0), perNewCard: [0] },
    });
  }

  async #loadCompute(): Promise<Compute> {
    return (this.#compute ??= await import('./interview-plan-compute'));
  }

  async #answerTimes(now: number): Promise<AnswerTimes> {
    const answers = this.app.reviewCount;
    const key = `${startOfStudyDay(now, this.app.settings.dayStartHour)}|${answers >= OWN_TIMES_AFTER_ANSWERS}`;
    if (this.#times?.key !== key) {
      await this.app.written();
      this.#times = { key, times: await loadAnswerTimes(this.db, answers) };
    }
    return this.#times.times;
  }
}

/** A study day's key in the readiness table: the local date it starts on. */
export function dayKey(dayStart: number): string {
  const d = new Date(dayStart);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
