// The version-2 reader fed in pieces, as the check's worker feeds it from a file: whatever the
// cuts, it reads what one read of the whole text reads, and it refuses as soon as it can.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgressFile, parseProgressFile, ProgressReader, serializeProgressFile, type ReadResult } from '../../../renderer/core/progress-file';
import type { ReviewEvent } from '../../../renderer/core/types';
import { historyOf, NOW, userRow } from '../db/fixtures';

const file = buildProgressFile({
  appVersion: '0.1.0',
  deviceId: 'other',
  now: NOW,
  reviews: historyOf(300, 'other'),
  userCardData: [userRow('cloud/serverless', { flag: 2, note: 'anotação, com "aspas"\ne linha', updatedAt: NOW - 1000 })],
  settings: [{ key: 'theme', value: 'dark' }],
});
const text = serializeProgressFile(file);

/** Reads `input` cut at `cuts`, as the worker reads a file piece by piece. */
function readInPieces(input: string, cuts: number[]): { result: ReadResult; reviews: ReviewEvent[]; refusedEarly: boolean } {
  const reviews: ReviewEvent[] = [];
  const reader = new ProgressReader((row) => reviews.push(row));
  const points = [0, ...[...new Set(cuts)].filter((c) => c > 0 && c < input.length).sort((a, b) => a - b), input.length];
  for (let i = 1; i < points.length; i++) {
    const refused = reader.push(input.slice(points[i - 1], points[i]));
    if (refused) return { result: refused, reviews, refusedEarly: true };
  }
  return { result: reader.end(), reviews, refusedEarly: false };
}

describe('ProgressReader', () => {
  it('reads what one read of the whole text reads, however the text is cut', () => {
    const { reviews: _, ...rest } = file;
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 40 }), (cuts) => {
        const { result, reviews } = readInPieces(text, cuts);
        expect(result).toEqual({ ok: true, rest, reviewCount: 300 });
        expect(reviews).toEqual(file.reviews);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a file whose line ends became CRLF, with a CR and its LF in different pieces', () => {
    const crlf = text.replaceAll('\n', '\r\n');
    const firstCr = crlf.indexOf('\r');
    const { result, reviews } = readInPieces(crlf, [firstCr + 1, crlf.indexOf('\r', firstCr + 1) + 1]);
    expect(result.ok).toBe(true);
    expect(reviews).toEqual(file.reviews);
  });

  it('refuses a broken line as soon as it has read it, before the end', () => {
    const broken = text.replace('"rating":3', '"rating":7');
    const line = broken.slice(0, broken.indexOf('"rating":7')).split('\n').length;
    const { result, refusedEarly } = readInPieces(broken, [broken.indexOf('"rating":7') + 200]);
    expect(refusedEarly).toBe(true);
    expect(result).toEqual({ ok: false, error: 'rating-out-of-range', detail: `line ${line}: rating` });
  });

  it('refuses, unread past its limit, a file with no line ends', () => {
    const reader = new ProgressReader(() => {});
    let refused;
    for (let i = 0; i < 20 && !refused; i++) refused = reader.push('x'.repeat(1024 * 1024));
    expect(refused).toEqual({ ok: false, error: 'invalid', detail: 'line 1' });
  });

  it('says truncated for a file cut anywhere, and names the same line as the whole read', async () => {
    for (const cut of [60, text.indexOf('\n') + 5, Math.floor(text.length / 2), text.lastIndexOf('{"t":"end"'), text.length - 3]) {
      const { result } = readInPieces(text.slice(0, cut), [Math.floor(cut / 3)]);
      expect(result).toEqual(await parseProgressFile(text.slice(0, cut)));
      expect(result).toMatchObject({ ok: false, error: 'truncated' });
    }
  });

  it('refuses anything but the closing brackets after the end record, and a changed answer by its checksum', () => {
    expect(readInPieces(`${text}{"t":"review"}`, []).result).toMatchObject({ ok: false, error: 'invalid' });
    expect(readInPieces(`${text}${' '.repeat(100)}x`, [text.length + 50]).result).toMatchObject({ ok: false, error: 'invalid' });
    const edited = text.replace('"durationMs":2000', '"durationMs":2001');
    expect(readInPieces(edited, [1000]).result).toEqual({ ok: false, error: 'checksum' });
  });
});
