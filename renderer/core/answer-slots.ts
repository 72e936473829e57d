// Answers counted per 15-minute slot of UTC time, kept beside the log so that statistics read a
// few thousand small rows instead of scanning every answer. Every time zone's offset from UTC is
// a multiple of 15 minutes, so a study day (which starts at a local hour) never splits a slot:
// days are grouped when the statistics are drawn, in the zone and day-start hour of that moment.
import { stageOf } from './card-stage';
import { replayInSlices, runToEnd, type SchedulerSource } from './replay';
import { State, type CardState, type Rating, type ReviewEvent } from './types';

export const SLOT_MS = 15 * 60_000;
/** An answer left on screen longer counts this long in the time studied (Anki caps it at 60 s). */
export const MAX_COUNTED_MS = 5 * 60_000;

/** What kind of answer it was: the card's State before it (new, learning, review, relearning). */
export type AnswerKind = State;
export const ANSWER_KINDS: readonly AnswerKind[] = [State.New, State.Learning, State.Review, State.Relearning];

export interface StatsSlot {
  /** floor(reviewedAt / SLOT_MS). */
  slot: number;
  /** Answers by kind and rating: index kind * 4 + rating - 1. */
  counts: number[];
  /**
   * Of the review answers above, those to a mature card (its interval before the answer, the
   * previous state's scheduledDays, at least 21 days), by rating: index rating - 1. Young ones are
   * the rest. Retention young against mature needs the interval, which the log does not keep.
   */
  mature: number[];
  /** Time spent on those answers, each capped at MAX_COUNTED_MS. */
  durationMs: number;
}

/** Changes to some slots, by slot. */
export type SlotDeltas = Map<number, StatsSlot>;

export const slotOf = (time: number): number => Math.floor(time / SLOT_MS);
export const slotStart = (slot: number): number => slot * SLOT_MS;
export const kindBefore = (previous: CardState | undefined): AnswerKind => previous?.state ?? State.New;
export const countIndex = (kind: AnswerKind, rating: Rating): number => kind * 4 + rating - 1;

function emptySlot(slot: number): StatsSlot {
  return { slot, counts: new Array<number>(16).fill(0), mature: new Array<number>(4).fill(0), durationMs: 0 };
}

/** Adds one answer to a card that was in `previous` (or, with sign -1, takes it back) to the deltas. */
export function addAnswer(deltas: SlotDeltas, event: ReviewEvent, previous: CardState | undefined, sign: 1 | -1 = 1): void {
  const slot = slotOf(event.reviewedAt);
  let row = deltas.get(slot);
  if (!row) deltas.set(slot, (row = emptySlot(slot)));
  row.counts[countIndex(kindBefore(previous), event.rating)]! += sign;
  if (stageOf(previous) === 'mature') row.mature[event.rating - 1]! += sign;
  row.durationMs += sign * Math.min(Math.max(0, event.durationMs), MAX_COUNTED_MS);
}

/** One answer's change, for the writers of a single answer. */
export function answerDelta(event: ReviewEvent, previous: CardState | undefined, sign: 1 | -1 = 1): SlotDeltas {
  const deltas: SlotDeltas = new Map();
  addAnswer(deltas, event, previous, sign);
  return deltas;
}

/** What takes `deltas` back (`0 - n`, not `-n`: a -0 would not equal the 0 a recount writes). */
export function invertDeltas(deltas: SlotDeltas): SlotDeltas {
  return new Map([...deltas].map(([slot, row]) => [slot, { slot, counts: row.counts.map((n) => 0 - n), mature: row.mature.map((n) => 0 - n), durationMs: 0 - row.durationMs }]));
}

/** The stored row with a delta applied; undefined when no answer is left in it (the row goes). */
export function applyDelta(stored: StatsSlot | undefined, delta: StatsSlot): StatsSlot | undefined {
  const counts = delta.counts.map((n, i) => n + (stored?.counts[i] ?? 0));
  if (counts.every((n) => n === 0)) return undefined;
  const mature = delta.mature.map((n, i) => n + (stored?.mature[i] ?? 0));
  return { slot: delta.slot, counts, mature, durationMs: delta.durationMs + (stored?.durationMs ?? 0) };
}

/** Replays events into card states and, in the same pass, their slots (with `sign` -1: to take them back). */
export function replayWithStats(
  events: readonly ReviewEvent[],
  scheduler: SchedulerSource,
  deltas: SlotDeltas = new Map(),
  sign: 1 | -1 = 1,
): { states: Map<string, CardState>; deltas: SlotDeltas } {
  return runToEnd(replayWithStatsInSlices(events, scheduler, Infinity, deltas, sign));
}

/** replayWithStats a slice at a time (see replayInSlices): yields the events replayed so far. */
export function* replayWithStatsInSlices(
  events: readonly ReviewEvent[],
  scheduler: SchedulerSource,
  sliceSize: number,
  deltas: SlotDeltas = new Map(),
  sign: 1 | -1 = 1,
): Generator<number, { states: Map<string, CardState>; deltas: SlotDeltas }, void> {
  const states = yield* replayInSlices(events, scheduler, sliceSize, (event, previous) => addAnswer(deltas, event, previous, sign));
  return { states, deltas };
}
