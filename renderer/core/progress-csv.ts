// The review log as CSV, for spreadsheets: one row per answer, a header row, ISO 8601 dates
// (UTC), RFC 4180 quoting. Read-only output; imports always go through the JSON file.
import { compareEvents } from './replay';
import type { Rating, ReviewEvent } from './types';

export const CSV_HEADER = ['id', 'cardId', 'rating', 'ratingName', 'reviewedAt', 'durationMs', 'deviceId'] as const;
const RATING_NAMES: Record<Rating, string> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

export function reviewsToCsv(reviews: readonly ReviewEvent[]): string {
  const rows = [...reviews].sort(compareEvents).map((e) =>
    [e.id, e.cardId, String(e.rating), RATING_NAMES[e.rating], new Date(e.reviewedAt).toISOString(), String(e.durationMs), e.deviceId]
      .map(csvField)
      .join(','),
  );
  // CRLF, as RFC 4180 and every spreadsheet expect.
  return [CSV_HEADER.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}

function csvField(value: string): string {
  // A text cell starting with = + - @ is a formula to a spreadsheet; an imported card id could
  // be one, so it is written as text (OWASP's advice for CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
