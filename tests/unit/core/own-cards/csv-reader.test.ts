import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../../renderer/core/own-cards/csv-reader';

const read = (text: string, delimiter = ',', firstLine?: number) => [...readCsvRecords(text, delimiter, firstLine)];

describe('readCsvRecords', () => {
  it('splits fields on the delimiter and records on LF, CRLF and a lone CR, each with its first line', () => {
    expect(read('a,b\nc,d\r\ne,f\rg,h')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g', 'h'] },
    ]);
  });

  it('counts a lone CR inside quotes as a line end when numbering the next record', () => {
    expect(read('"one\rtwo",x\rnext,y')).toEqual([
      { line: 1, fields: ['one\rtwo', 'x'] },
      { line: 3, fields: ['next', 'y'] },
    ]);
  });

  it('reads "" inside a quoted field as one quote, including at its edges', () => {
    expect(read('"say ""hi""",""""\n""\n')).toEqual([
      { line: 1, fields: ['say "hi"', '"'] },
      { line: 2, fields: [''] },
    ]);
  });

  it('keeps delimiters and CRLF inside quotes as written, and numbers the next record after them', () => {
    expect(read('"a,b\r\nc",d\r\ne,f\r\n')).toEqual([
      { line: 1, fields: ['a,b\r\nc', 'd'] },
      { line: 3, fields: ['e', 'f'] },
    ]);
  });

  it('gives an empty last field for a trailing delimiter, and no extra record for a final line end', () => {
    expect(read('a,b,\nc,\n')).toEqual([
      { line: 1, fields: ['a', 'b', ''] },
      { line: 2, fields: ['c', ''] },
    ]);
    expect(read('a,')).toEqual([{ line: 1, fields: ['a', ''] }]);
  });

  it('gives an empty line as one empty field and an empty text as no record', () => {
    expect(read('a\n\nb')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['b'] },
    ]);
    expect(read('')).toEqual([]);
  });

  it('keeps a quote inside an unquoted field as a plain character', () => {
    expect(read('a 5" screen,b"c"\n')).toEqual([{ line: 1, fields: ['a 5" screen', 'b"c"'] }]);
  });

  it('marks text after a closing quote as bad quotes, keeps it, and reads the next record normally', () => {
    expect(read('"a"b,c\nd,e\n')).toEqual([
      { line: 1, fields: ['ab', 'c'], problem: 'bad-quotes' },
      { line: 2, fields: ['d', 'e'] },
    ]);
  });

  it('marks a quote left open at the end of the text as unclosed, on the line where its record starts', () => {
    expect(read('a,b\nc,"open\nd,e\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'open\nd,e\n'], problem: 'unclosed-quote' },
    ]);
    expect(read('"')).toEqual([{ line: 1, fields: [''], problem: 'unclosed-quote' }]);
  });

  it('uses the given delimiter only, and starts counting at the given line', () => {
    expect(read('a,b\tc;d\n', '\t', 4)).toEqual([{ line: 4, fields: ['a,b', 'c;d'] }]);
    expect(read('a,b;c\n', ';')).toEqual([{ line: 1, fields: ['a,b', 'c'] }]);
  });

  it('refuses a delimiter that is not one character or would clash with quotes and line ends', () => {
    for (const delimiter of ['', ',,', '"', '\n', '\r']) expect(() => read('a', delimiter)).toThrow(/delimiter/);
  });
});
