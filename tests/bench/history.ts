// A realistic, reproducible review history for the benchmark: the real deck's card ids, answers
// grouped in daily sessions spread over up to five years, a learner's mix of grades and think
// times. Events come out in time order and in chunks, so a million of them never sit in memory
// twice and the database can be written in bulk while the next chunk is made.
import { newEventId } from '../../renderer/core/event-id';
import type { Rating, ReviewEvent } from '../../renderer/core/types';

export interface HistoryOptions {
  /** How many answers. */
  reviews: number;
  /** The deck's card ids, in deck order. */
  cardIds: readonly string[];
  /** The last answer is before this time (epoch ms). */
  end: number;
  deviceId: string;
  seed?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** Longest span the history covers. */
const MAX_DAYS = 5 * 365;
/** Typical answers a day, until the span reaches MAX_DAYS. */
const ANSWERS_PER_DAY = 150;

/** Small, fast, seeded PRNG (mulberry32), so every run benchmarks the same history. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A learner's grades: mostly Good, some Again and Hard, a few Easy. */
function pickRating(r: number): Rating {
  return r < 0.1 ? 1 : r < 0.25 ? 2 : r < 0.85 ? 3 : 4;
}

/** Cards never studied yet: one in eight stays new, so a study session always has cards. */
export function studiedCardIds(cardIds: readonly string[]): string[] {
  return cardIds.filter((_, i) => i % 8 !== 7);
}

export function* generateHistory(options: HistoryOptions, chunkSize = 20_000): Generator<ReviewEvent[]> {
  const { reviews, end, deviceId } = options;
  if (reviews <= 0) return;
  const cards = studiedCardIds(options.cardIds);
  if (cards.length === 0) throw new Error('generateHistory: no card ids');
  const random = seededRandom(options.seed ?? 20261125);
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  const days = Math.max(1, Math.min(MAX_DAYS, Math.ceil(reviews / ANSWERS_PER_DAY)));
  // The learner stopped two days ago: cards with short intervals are due when the app opens.
  const firstDay = end - 2 * DAY_MS - days * DAY_MS;

  let chunk: ReviewEvent[] = [];
  for (let day = 0; day < days; day += 1) {
    const today = Math.floor(((day + 1) * reviews) / days) - Math.floor((day * reviews) / days);
    const sessions = 1 + Math.floor(random() * 3);
    for (let session = 0; session < sessions; session += 1) {
      const inSession = Math.floor(((session + 1) * today) / sessions) - Math.floor((session * today) / sessions);
      // Morning, afternoon, evening: sessions never overlap (a session lasts under 4 hours).
      let t = firstDay + day * DAY_MS + (7 + 5 * session) * HOUR_MS + Math.floor(random() * HOUR_MS);
      for (let i = 0; i < inSession; i += 1) {
        const durationMs = 2_000 + Math.floor(random() * random() * 40_000);
        t += durationMs + 500 + Math.floor(random() * 2_000);
        chunk.push({
          id: newEventId(t, randomBytes),
          cardId: cards[Math.floor(random() * cards.length)]!,
          rating: pickRating(random()),
          reviewedAt: t,
          durationMs,
          deviceId,
        });
        if (chunk.length === chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}
