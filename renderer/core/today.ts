// Today's counts for the daily limits, derived from the log: a card is "new today" when its
// first answer ever falls in today's study day; other answers today count as reviews.
import type { TodayCounts } from './queue';
import type { ReviewEvent } from './types';

export interface Today extends TodayCounts {
  dayStart: number;
  /** Cards whose first answer ever was today: answering them again is not a review. */
  newCardIds: ReadonlySet<string>;
}

export function countToday(
  todaysEvents: readonly ReviewEvent[],
  firstAnsweredAt: ReadonlyMap<string, number>,
  dayStart: number,
): Today {
  const newCards = new Set<string>();
  let reviewsDone = 0;
  for (const event of todaysEvents) {
    if (event.reviewedAt < dayStart) continue;
    const first = firstAnsweredAt.get(event.cardId) ?? event.reviewedAt;
    if (first >= dayStart) newCards.add(event.cardId);
    else reviewsDone += 1;
  }
  return { dayStart, newStudied: newCards.size, reviewsDone, newCardIds: newCards };
}

/**
 * Today's counts from the answers since `dayStart` (earlier ones are skipped) and each card's
 * answer count (its state's `reps`: ts-fsrs adds one on every answer). A card was new today when
 * every answer it ever had is today's.
 */
export function todayFromAnswers(answers: readonly ReviewEvent[], repsOf: (cardId: string) => number, dayStart: number): Today {
  const answeredToday = new Map<string, number>();
  for (const event of answers) {
    if (event.reviewedAt >= dayStart) answeredToday.set(event.cardId, (answeredToday.get(event.cardId) ?? 0) + 1);
  }
  const firstAnsweredAt = new Map([...answeredToday].map(([id, n]) => [id, repsOf(id) > n ? dayStart - 1 : dayStart]));
  return countToday(answers, firstAnsweredAt, dayStart);
}

/** Today's counts after one more answer (or one taken back, with `sign` -1). */
export function applyAnswerToToday(today: Today, cardId: string, wasNew: boolean, sign: 1 | -1): Today {
  const newCardIds = new Set(today.newCardIds);
  if (wasNew) {
    if (sign === 1) newCardIds.add(cardId);
    else newCardIds.delete(cardId);
    return { ...today, newCardIds, newStudied: newCardIds.size };
  }
  if (today.newCardIds.has(cardId)) return today;
  return { ...today, reviewsDone: Math.max(0, today.reviewsDone + sign) };
}
