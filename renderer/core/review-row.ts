// What a stored or carried answer must look like, checked without the file schemas' library: the
// start checks the answers a page kept on its way out (services/kept-answers.ts) with it.
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
export const EVENT_ID = /^[0-9a-z]{9}-[0-9a-z]{12}$/;
const RATINGS = new Set([1, 2, 3, 4]);

/** The field of a would-be answer that is wrong ('' for the row itself), or undefined when it is a valid ReviewEvent. */
export function reviewRowProblem(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return '';
  const r = row as Record<string, unknown>;
  if (Object.keys(r).length !== 6) return '';
  if (typeof r.id !== 'string' || !EVENT_ID.test(r.id)) return 'id';
  if (typeof r.cardId !== 'string' || r.cardId.length === 0 || r.cardId.length > 200) return 'cardId';
  if (typeof r.deviceId !== 'string' || r.deviceId.length === 0 || r.deviceId.length > 100) return 'deviceId';
  if (!RATINGS.has(r.rating as number)) return 'rating';
  if (!Number.isSafeInteger(r.reviewedAt)) return 'reviewedAt';
  if (!Number.isSafeInteger(r.durationMs) || (r.durationMs as number) < 0 || (r.durationMs as number) > MAX_DURATION_MS) return 'durationMs';
  return undefined;
}
