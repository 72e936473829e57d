// What to study next and how much is left: plain functions over the deck order, the card states,
// the learner's per-card data and today's counts. Like Anki: learning cards that are due first,
// then reviews due today, then new cards, within the daily limits.
import { State, type CardState } from './types';
import { endOfStudyDay } from './study-day';

/** Anki's default: a learning card due within this window is shown rather than making the learner wait. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export interface QueueCard {
  id: string;
}

export interface CardFlags {
  suspended: 0 | 1;
  buriedUntil: number;
}

export interface QueueLimits {
  newPerDay: number;
  maxReviewsPerDay: number;
  dayStartHour: number;
  newCardOrder: 'syllabus' | 'random';
  /** Keeps a random new-card order stable across reloads. */
  randomSeed: string;
  /**
   * While an interview plan runs, the order it introduces new cards in (card id to rank): it
   * replaces `newCardOrder`. Cards it lacks (facts the learner left out) come after, in deck order.
   */
  newCardRank?: ReadonlyMap<string, number>;
}

export interface TodayCounts {
  newStudied: number;
  reviewsDone: number;
}

export interface QueueInput<C extends QueueCard> {
  cards: readonly C[];
  states: ReadonlyMap<string, CardState>;
  userData?: ReadonlyMap<string, CardFlags>;
  now: number;
  limits: QueueLimits;
  today: TodayCounts;
}

export interface QueueCounts {
  newCount: number;
  learningCount: number;
  reviewCount: number;
}

export interface Queue<C> {
  next: C | undefined;
  counts: QueueCounts;
}

export const UNLIMITED: QueueLimits = {
  newPerDay: Number.MAX_SAFE_INTEGER,
  maxReviewsPerDay: Number.MAX_SAFE_INTEGER,
  dayStartHour: 4,
  newCardOrder: 'syllabus',
  randomSeed: '',
};

export function isAvailable(flags: CardFlags | undefined, now: number): boolean {
  return !flags || (flags.suspended === 0 && flags.buriedUntil <= now);
}

export function buildQueue<C extends QueueCard>(input: QueueInput<C>): Queue<C> {
  const { cards, states, userData, now, limits, today } = input;
  const dayEnd = endOfStudyDay(now, limits.dayStartHour);
  const learningDue: { card: C; due: number }[] = [];
  const learningLater: { card: C; due: number }[] = [];
  const reviews: { card: C; due: number }[] = [];
  const fresh: C[] = [];
  for (const card of cards) {
    if (!isAvailable(userData?.get(card.id), now)) continue;
    const state = states.get(card.id);
    if (!state || state.state === State.New) fresh.push(card);
    else if (state.state === State.Review) {
      if (state.due < dayEnd) reviews.push({ card, due: state.due });
    } else if (state.due <= now) learningDue.push({ card, due: state.due });
    else if (state.due < dayEnd) learningLater.push({ card, due: state.due });
  }
  const byDue = (a: { due: number }, b: { due: number }) => a.due - b.due;
  learningDue.sort(byDue);
  learningLater.sort(byDue);
  reviews.sort(byDue);
  const reviewQuota = Math.max(0, limits.maxReviewsPerDay - today.reviewsDone);
  const newQuota = Math.max(0, limits.newPerDay - today.newStudied);
  const dueReviews = reviews.slice(0, reviewQuota);
  const ordered = limits.newCardRank
    ? ranked(fresh, limits.newCardRank)
    : limits.newCardOrder === 'random'
      ? shuffled(fresh, limits.randomSeed)
      : fresh;
  const newCards = ordered.slice(0, newQuota);
  const ahead = learningLater.find((entry) => entry.due <= now + LEARN_AHEAD_MS);
  const next = learningDue[0]?.card ?? dueReviews[0]?.card ?? newCards[0] ?? ahead?.card;
  return {
    next,
    counts: { newCount: newCards.length, learningCount: learningDue.length + learningLater.length, reviewCount: dueReviews.length },
  };
}

/** The earliest time any card becomes due, for the "next review at…" message. */
export function nextDueAt(cards: readonly QueueCard[], states: ReadonlyMap<string, CardState>): number | undefined {
  let earliest: number | undefined;
  for (const card of cards) {
    const due = states.get(card.id)?.due;
    if (due !== undefined && (earliest === undefined || due < earliest)) earliest = due;
  }
  return earliest;
}

/** Cards by rank, the unranked after them in the order given (Array.prototype.sort is stable). */
function ranked<C extends QueueCard>(cards: readonly C[], rank: ReadonlyMap<string, number>): C[] {
  const rankOf = (card: C) => rank.get(card.id) ?? Number.MAX_SAFE_INTEGER;
  return [...cards].sort((a, b) => rankOf(a) - rankOf(b));
}

/** A stable shuffle: the same seed gives the same order, so a reload does not reshuffle. */
function shuffled<C extends QueueCard>(cards: readonly C[], seed: string): C[] {
  return cards
    .map((card) => ({ card, key: fnv1a(`${seed}:${card.id}`) }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.card);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
