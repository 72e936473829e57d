import { describe, expect, it } from 'vitest';
import { reviewsToCsv } from '../../../renderer/core/progress-csv';
import type { ReviewEvent } from '../../../renderer/core/types';

const at = Date.UTC(2026, 0, 3, 9, 30);
const review = (id: string, changes: Partial<ReviewEvent> = {}): ReviewEvent => ({
  id, cardId: 'basics/what-is-mlops', rating: 3, reviewedAt: at, durationMs: 5300, deviceId: 'dev1', ...changes,
});

describe('reviewsToCsv', () => {
  it('writes a header and one row per answer, in log order, with ISO 8601 dates', () => {
    const csv = reviewsToCsv([review('b', { reviewedAt: at + 1000, rating: 1 }), review('a')]);
    expect(csv.split('\r\n')).toEqual([
      'id,cardId,rating,ratingName,reviewedAt,durationMs,deviceId',
      'a,basics/what-is-mlops,3,good,2026-01-03T09:30:00.000Z,5300,dev1',
      'b,basics/what-is-mlops,1,again,2026-01-03T09:30:01.000Z,5300,dev1',
      '',
    ]);
  });

  it('writes only the header for an empty log', () => {
    expect(reviewsToCsv([])).toBe('id,cardId,rating,ratingName,reviewedAt,durationMs,deviceId\r\n');
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    const csv = reviewsToCsv([review('a', { cardId: 'x,"y"', deviceId: '=HYPERLINK("http://evil")' })]);
    expect(csv.split('\r\n')[1]).toBe(`a,"x,""y""",3,good,2026-01-03T09:30:00.000Z,5300,"'=HYPERLINK(""http://evil"")"`);
  });
});
