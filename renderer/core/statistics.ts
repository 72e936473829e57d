// The statistics screen's figures, as pure functions of the stored slots (core/answer-slots.ts)
// and the card states: each chart draws what one of these gathers. Days are study days (they
// start at the learner's hour, in the time zone of the moment the figures are drawn).
import type { CardSection, StudyCard } from './study-card';
import { SECTIONS, type SectionId } from '../../content/syllabus';
import { ANSWER_KINDS, countIndex, slotStart, type StatsSlot } from './answer-slots';
import { stageOf, STAGES, type Stage } from './card-stage';
import { nextDayStart, startOfStudyDay } from './study-day';
import { Rating, RATINGS, State, type CardState, type UserCardData } from './types';

export interface DayRow {
  dayStart: number;
  /** Answers by the card's state before them: new, learning, review, relearning. */
  byKind: [number, number, number, number];
  /** Answers to cards in review (what retention is measured on), and those not graded Again. */
  reviews: number;
  reviewsPassed: number;
  durationMs: number;
  /** Answers by the card's stage before them (in STAGES' order) and button: index stage * 4 + rating - 1. */
  buttons: number[];
}

const emptyDay = (dayStart: number): DayRow => ({ dayStart, byKind: [0, 0, 0, 0], reviews: 0, reviewsPassed: 0, durationMs: 0, buttons: new Array<number>(16).fill(0) });
const NEW = STAGES.indexOf('new');
const LEARNING = STAGES.indexOf('learning');
const YOUNG = STAGES.indexOf('young');
const MATURE = STAGES.indexOf('mature');

export const answersOf = (row: DayRow): number => row.byKind[0] + row.byKind[1] + row.byKind[2] + row.byKind[3];
/** Share of the day's review answers not graded Again (0-1); null without review answers. */
export const retentionOf = (row: DayRow): number | null => (row.reviews > 0 ? row.reviewsPassed / row.reviews : null);

/** The slots summed per study day, by the day's start. */
export function dailyRows(slots: readonly StatsSlot[], dayStartHour: number): Map<number, DayRow> {
  const days = new Map<number, DayRow>();
  // Slots come in time order from the database; the day is only worked out again past its end.
  let day: DayRow | undefined;
  let dayEnd = -Infinity;
  let dayBegin = Infinity;
  for (const slot of slots) {
    const at = slotStart(slot.slot);
    if (!day || at >= dayEnd || at < dayBegin) {
      dayBegin = startOfStudyDay(at, dayStartHour);
      dayEnd = nextDayStart(dayBegin, dayStartHour);
      day = days.get(dayBegin) ?? emptyDay(dayBegin);
      days.set(dayBegin, day);
    }
    for (const kind of ANSWER_KINDS) {
      for (const rating of RATINGS) {
        const n = slot.counts[countIndex(kind, rating)] ?? 0;
        day.byKind[kind] += n;
        if (kind === State.Review) {
          day.reviews += n;
          if (rating !== Rating.Again) day.reviewsPassed += n;
          const mature = slot.mature[rating - 1] ?? 0;
          day.buttons[MATURE * 4 + rating - 1]! += mature;
          day.buttons[YOUNG * 4 + rating - 1]! += n - mature;
        } else {
          day.buttons[(kind === State.New ? NEW : LEARNING) * 4 + rating - 1]! += n;
        }
      }
    }
    day.durationMs += slot.durationMs;
  }
  return days;
}

/** The last `count` study days up to today's, oldest first, days without answers included. */
export function lastDays(days: ReadonlyMap<number, DayRow>, now: number, dayStartHour: number, count: number): DayRow[] {
  const rows: DayRow[] = [];
  let start = startOfStudyDay(now, dayStartHour);
  for (let i = 0; i < count; i += 1) {
    rows.push(days.get(start) ?? emptyDay(start));
    start = startOfStudyDay(start - 1, dayStartHour);
  }
  return rows.reverse();
}

/** Days in a row with answers, up to today (or up to yesterday while today has none yet). */
export function streakDays(days: ReadonlyMap<number, DayRow>, now: number, dayStartHour: number): number {
  const answered = (start: number) => (days.get(start)?.byKind.some((n) => n > 0) ?? false);
  let start = startOfStudyDay(now, dayStartHour);
  if (!answered(start)) start = startOfStudyDay(start - 1, dayStartHour);
  let streak = 0;
  while (answered(start)) {
    streak += 1;
    start = startOfStudyDay(start - 1, dayStartHour);
  }
  return streak;
}

/** The most days in a row with answers, ever. */
export function longestStreak(days: ReadonlyMap<number, DayRow>, dayStartHour: number): number {
  const answered = [...days.values()].filter((row) => answersOf(row) > 0).map((row) => row.dayStart).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const start of answered) {
    run = previous !== undefined && start === nextDayStart(previous, dayStartHour) ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = start;
  }
  return longest;
}

export interface HeatmapCell {
  dayStart: number;
  answers: number;
  /** 0 without answers, then 1-4 by the share of the busiest day's count. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Column (week, oldest first) and row (0 = Sunday) of the calendar grid. */
  week: number;
  weekday: number;
}

/**
 * The calendar of the last 12 months up to today, a column per week from a Sunday on: the year's
 * study days and the days before them back to that Sunday.
 */
export function heatmap(days: ReadonlyMap<number, DayRow>, now: number, dayStartHour: number): { cells: HeatmapCell[]; max: number } {
  const rows = lastDays(days, now, dayStartHour, 365);
  const lead = new Date(rows[0]!.dayStart).getDay();
  const all = [...lastDays(days, rows[0]!.dayStart - 1, dayStartHour, lead), ...rows];
  const max = Math.max(0, ...all.map(answersOf));
  const cells = all.map((row, i): HeatmapCell => {
    const answers = answersOf(row);
    const level = answers === 0 ? 0 : (Math.min(4, Math.max(1, Math.ceil((4 * answers) / max))) as 1 | 2 | 3 | 4);
    return { dayStart: row.dayStart, answers, level, week: Math.floor(i / 7), weekday: i % 7 };
  });
  return { cells, max };
}

export type ButtonCounts = Record<Stage, [again: number, hard: number, good: number, easy: number]>;

/** How often each answer button was pressed over `rows`, by the card's stage before the answer (Anki's "answer buttons"). */
export function buttonSpread(rows: Iterable<DayRow>): ButtonCounts {
  const spread = Object.fromEntries(STAGES.map((stage) => [stage, [0, 0, 0, 0]])) as ButtonCounts;
  for (const row of rows) {
    STAGES.forEach((stage, s) => {
      for (let r = 0; r < 4; r += 1) spread[stage][r]! += row.buttons[s * 4 + r]!;
    });
  }
  return spread;
}

export interface PassedFailed {
  passed: number;
  failed: number;
}

export type RetentionPeriod = 'today' | 'yesterday' | 'week' | 'month' | 'year';
export const RETENTION_PERIODS: readonly RetentionPeriod[] = ['today', 'yesterday', 'week', 'month', 'year'];
/** Each period as study days back from today: from (inclusive) to (exclusive), 0 being today. */
const PERIOD_DAYS: Record<RetentionPeriod, [from: number, to: number]> = { today: [0, 1], yesterday: [1, 2], week: [0, 7], month: [0, 30], year: [0, 365] };

export interface TrueRetention {
  young: PassedFailed;
  mature: PassedFailed;
  total: PassedFailed;
}

export const retentionShare = (counts: PassedFailed): number | undefined => (counts.passed + counts.failed > 0 ? counts.passed / (counts.passed + counts.failed) : undefined);

/**
 * True retention as Anki defines it: of the answers to cards in review, those not graded Again,
 * young (interval under 21 days before the answer) and mature apart, for each period up to today.
 */
export function trueRetention(days: ReadonlyMap<number, DayRow>, now: number, dayStartHour: number): Record<RetentionPeriod, TrueRetention> {
  const newestFirst = lastDays(days, now, dayStartHour, PERIOD_DAYS.year[1]).reverse();
  const count = (stage: number, [from, to]: [number, number]): PassedFailed => {
    let passed = 0;
    let failed = 0;
    for (const row of newestFirst.slice(from, to)) {
      failed += row.buttons[stage * 4]!;
      passed += row.buttons[stage * 4 + 1]! + row.buttons[stage * 4 + 2]! + row.buttons[stage * 4 + 3]!;
    }
    return { passed, failed };
  };
  return Object.fromEntries(
    RETENTION_PERIODS.map((period) => {
      const young = count(YOUNG, PERIOD_DAYS[period]);
      const mature = count(MATURE, PERIOD_DAYS[period]);
      return [period, { young, mature, total: { passed: young.passed + mature.passed, failed: young.failed + mature.failed } }];
    }),
  ) as Record<RetentionPeriod, TrueRetention>;
}

export interface Totals {
  answers: number;
  durationMs: number;
  /** Days with at least one answer. */
  activeDays: number;
  reviews: number;
  /** Share of review answers not graded Again (0-1); undefined without review answers. */
  retention: number | undefined;
}

export function totalsOf(rows: Iterable<DayRow>): Totals {
  let answers = 0;
  let durationMs = 0;
  let activeDays = 0;
  let reviews = 0;
  let passed = 0;
  for (const row of rows) {
    const n = answersOf(row);
    answers += n;
    if (n > 0) activeDays += 1;
    durationMs += row.durationMs;
    reviews += row.reviews;
    passed += row.reviewsPassed;
  }
  return { answers, durationMs, activeDays, reviews, retention: reviews > 0 ? passed / reviews : undefined };
}

/** The starts of `count` study days from today's on, for labelling them. */
export function nextDays(now: number, dayStartHour: number, count: number): number[] {
  const starts = [startOfStudyDay(now, dayStartHour)];
  while (starts.length < count) starts.push(nextDayStart(starts[starts.length - 1]!, dayStartHour));
  return starts;
}

/**
 * Cards falling due on each of the next `count` study days (today first, with every overdue
 * card). New and suspended cards are left out: they are not waiting for a review.
 */
export function dueForecast(
  states: ReadonlyMap<string, CardState>,
  userData: ReadonlyMap<string, UserCardData>,
  cardIds: Iterable<string>,
  now: number,
  dayStartHour: number,
  count: number,
): number[] {
  const starts = nextDays(now, dayStartHour, count + 1);
  const due = new Array<number>(count).fill(0);
  for (const id of cardIds) {
    const state = states.get(id);
    if (!state || state.state === State.New || userData.get(id)?.suspended === 1) continue;
    if (state.due >= starts[count]!) continue;
    let day = 0;
    while (state.due >= starts[day + 1]!) day += 1;
    due[day]! += 1;
  }
  return due;
}

export type StageCounts = Record<Stage, number>;

/**
 * How far each section is: its cards by stage, syllabus sections first in their order, then the
 * learner's own sections in the order their cards come (sections without cards left out).
 */
export function stagesBySection(cards: readonly StudyCard[], states: ReadonlyMap<string, CardState>): { section: CardSection; sectionName: string; counts: StageCounts }[] {
  const bySection = new Map<CardSection, { sectionName: string; counts: StageCounts }>(SECTIONS.map((s) => [s, { sectionName: '', counts: { new: 0, learning: 0, young: 0, mature: 0 } }]));
  for (const card of cards) {
    let entry = bySection.get(card.section);
    if (!entry) bySection.set(card.section, (entry = { sectionName: card.own?.sectionName ?? '', counts: { new: 0, learning: 0, young: 0, mature: 0 } }));
    entry.counts[stageOf(states.get(card.id))] += 1;
  }
  return [...bySection].flatMap(([section, { sectionName, counts }]) => (STAGES.some((stage) => counts[stage] > 0) ? [{ section, sectionName, counts }] : []));
}
