// The statistics screen's figures, as pure functions of the stored slots (core/answer-slots.ts)
// and the card states: each chart draws what one of these gathers. Days are study days (they
// start at the learner's hour, in the time zone of the moment the figures are drawn).
import type { CompiledCard } from '../../content/schema';
import { SECTIONS, type SectionId } from '../../content/syllabus';
import { ANSWER_KINDS, countIndex, slotStart, type StatsSlot } from './answer-slots';
import { nextDayStart, startOfStudyDay } from './study-day';
import { Rating, RATINGS, State, type CardState, type UserCardData } from './types';

/** A card counts as mature, as in Anki, once its interval reaches 21 days. */
export const MATURE_DAYS = 21;

export interface DayRow {
  dayStart: number;
  /** Answers by the card's state before them: new, learning, review, relearning. */
  byKind: [number, number, number, number];
  /** Answers to cards in review (what retention is measured on), and those not graded Again. */
  reviews: number;
  reviewsPassed: number;
  durationMs: number;
}

const emptyDay = (dayStart: number): DayRow => ({ dayStart, byKind: [0, 0, 0, 0], reviews: 0, reviewsPassed: 0, durationMs: 0 });

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

export type Stage = 'new' | 'learning' | 'young' | 'mature';
export const STAGES: readonly Stage[] = ['new', 'learning', 'young', 'mature'];

export function stageOf(state: CardState | undefined): Stage {
  if (!state || state.state === State.New) return 'new';
  if (state.state !== State.Review) return 'learning';
  return state.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
}

export type StageCounts = Record<Stage, number>;

/** How far each section is: its cards by stage, in syllabus order (sections without cards left out). */
export function stagesBySection(cards: readonly CompiledCard[], states: ReadonlyMap<string, CardState>): { section: SectionId; counts: StageCounts }[] {
  const bySection = new Map<SectionId, StageCounts>(SECTIONS.map((s) => [s, { new: 0, learning: 0, young: 0, mature: 0 }]));
  for (const card of cards) bySection.get(card.section)![stageOf(states.get(card.id))] += 1;
  return SECTIONS.flatMap((section) => {
    const counts = bySection.get(section)!;
    return STAGES.some((stage) => counts[stage] > 0) ? [{ section, counts }] : [];
  });
}
