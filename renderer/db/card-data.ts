// Reads for the card browser and card info: the learner's per-card data and one card's history.
// Writes of user card data live beside the study actions that make them.
import type { ReviewEvent } from '../core/types';
import type { FlashcardsDb, UserCardData } from './db';

export async function loadUserCardData(db: FlashcardsDb): Promise<Map<string, UserCardData>> {
  const rows = await db.userCardData.toArray();
  return new Map(rows.map((row) => [row.cardId, row]));
}

/** Every answer given to one card, oldest first (ids sort by time, then by device). */
export async function loadCardReviews(db: FlashcardsDb, cardId: string): Promise<ReviewEvent[]> {
  const rows = await db.reviews.where('cardId').equals(cardId).toArray();
  return rows.sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
