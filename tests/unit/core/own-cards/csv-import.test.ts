import { describe, expect, it } from 'vitest';
import { parseCardsCsv } from '../../../../renderer/core/own-cards/csv-import';
import { IMPORT_MAX_BYTES, IMPORT_MAX_CARDS, type ImportTarget } from '../../../../renderer/core/own-cards/draft';
import { ANSWER_MAX } from '../../../../renderer/core/own-cards/own-card';

const target: ImportTarget = { locale: 'pt-BR', section: 'own:anki', sectionName: 'Anki' };
const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, options: Partial<Parameters<typeof parseCardsCsv>[1]> = {}) => parseCardsCsv(utf8(text), { ...target, ...options });
const fronts = (result: ReturnType<typeof parseCardsCsv>) => result.rows.map((row) => [row.line, row.card.prompt, row.card.answer]);

describe('parseCardsCsv', () => {
  it('reads front, back and tags columns, with doubled quotes and delimiters inside quotes', () => {
    const result = parse('O que é drift?,"Mudança, com ""aspas""",drift mlops\nCanary?,Aos poucos,\n');
    expect(result.problems).toEqual([]);
    expect(fronts(result)).toEqual([
      [1, 'O que é drift?', 'Mudança, com "aspas"'],
      [2, 'Canary?', 'Aos poucos'],
    ]);
    expect(result.rows[0]!.card).toMatchObject({ kind: 'fact', locale: 'pt-BR', section: 'own:anki', sectionName: 'Anki', tags: ['drift', 'mlops'], sourceId: '' });
  });

  it('keeps a quoted field across lines, numbers the next record by its own first line, and skips empty lines', () => {
    const result = parse('"Primeira\r\nlinha",back 1\r\n\r\n   \r\nsecond,"a\nb\nc"\r\nthird,back 3');
    expect(result.problems).toEqual([]);
    expect(fronts(result)).toEqual([
      [1, 'Primeira linha', 'back 1'],
      [5, 'second', 'a\nb\nc'],
      [8, 'third', 'back 3'],
    ]);
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Ação?,Sim')]);
    expect(fronts(parseCardsCsv(bytes, target))).toEqual([[1, 'Ação?', 'Sim']]);
  });

  it('reads a Windows-1252 file (not valid UTF-8) with its accents and curly quotes', () => {
    // "Ação – “ok”?;€ 5" as Excel on Windows writes it, tab-separated.
    const bytes = new Uint8Array([0x41, 0xe7, 0xe3, 0x6f, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x3f, 0x09, 0x80, 0x20, 0x35]);
    expect(fronts(parseCardsCsv(bytes, target))).toEqual([[1, 'Ação – “ok”?', '€ 5']]);
  });

  it('reports two bad lines by their numbers and keeps the good ones', () => {
    const result = parse('good 1,answer 1\nno back\ngood 2,answer 2\n,answer without front\ngood 3,answer 3\n');
    expect(result.rows.map((row) => row.line)).toEqual([1, 3, 5]);
    expect(result.problems).toEqual([
      { line: 2, code: 'empty', field: 'answer' },
      { line: 4, code: 'empty', field: 'prompt' },
    ]);
  });

  it('reports an unclosed quote at the line where its record starts', () => {
    const result = parse('a,b\nc,"never closed\nd,e\n');
    expect(result.rows.map((row) => row.line)).toEqual([1]);
    expect(result.problems).toEqual([{ line: 2, code: 'unclosed-quote' }]);
  });

  it('reads a file whose lines end with a lone CR, header included, numbering each record', () => {
    const result = parse('#separator:semicolon\rQ1;A1\r"Q2\rmore";A2\rQ3;A3');
    expect(result.problems).toEqual([]);
    expect(fronts(result)).toEqual([
      [2, 'Q1', 'A1'],
      [3, 'Q2 more', 'A2'],
      [5, 'Q3', 'A3'],
    ]);
  });

  it('reads tab-separated text, guessed from the first record or given', () => {
    const tsv = 'front, with comma\tback\ttag-a tag-b\n';
    expect(parse(tsv).rows[0]!.card).toMatchObject({ prompt: 'front, with comma', answer: 'back', tags: ['tag-a', 'tag-b'] });
    expect(parse(tsv, { delimiter: '\t' }).rows[0]!.card.prompt).toBe('front, with comma');
    expect(parse('a\tb,c\n', { delimiter: ',' }).rows[0]!.card).toMatchObject({ prompt: 'a b', answer: 'c' });
  });

  it("follows Anki's header lines: separator, html, guid and tags columns, note type and deck columns", () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'own/abcdefabcdef\tBasic\tMLOps\tWhat is <b>drift</b>?<br>&nbsp;\tA <i>change</i><br><ul><li>data</li><li>concept</li></ul>\tMLOps::Drift leech',
    ].join('\n');
    const result = parse(text);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toEqual({
      line: 7,
      card: expect.objectContaining({ sourceId: 'own/abcdefabcdef', prompt: 'What is drift?', answer: 'A *change*\n\n- data\n- concept', tags: ['mlops-drift', 'leech'] }),
    });
  });

  it('turns Anki HTML into Markdown-safe text: markup in the text stays text', () => {
    const result = parse('#html:true\nQ &lt;b&gt;,"&lt;script&gt;alert(1)&lt;/script&gt; 2*3 [x](y) <script>alert(2)</script>"\n');
    expect(result.rows[0]!.card.prompt).toBe('Q <b>');
    expect(result.rows[0]!.card.answer).toBe('\\<script\\>alert(1)\\</script\\> 2\\*3 \\[x\\](y)');
  });

  it('treats a field as plain text when the header says html:false, and guesses when it says nothing', () => {
    expect(parse('#html:false\nQ,a <b>bold</b> word\n').rows[0]!.card.answer).toBe('a <b>bold</b> word');
    expect(parse('Q,a <b>bold</b> word\n').rows[0]!.card.answer).toBe('a **bold** word');
    expect(parse('Q,1 < 2 and 3 > 2\n').rows[0]!.card.answer).toBe('1 < 2 and 3 > 2');
  });

  it('imports as question cards when asked', () => {
    expect(parse('Q,A\n', { kind: 'question' }).rows[0]!.card.kind).toBe('question');
  });

  describe('size limits', () => {
    it('refuses a file over the limit as a whole, without reading it', () => {
      const result = parseCardsCsv(new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x61), target);
      expect(result).toEqual({ rows: [], problems: [{ line: 0, code: 'file-too-large' }] });
    });

    it('reports a field over the limit on its line', () => {
      const result = parse(`ok,fine\nbig,"${'x'.repeat(ANSWER_MAX + 1)}"\n`);
      expect(result.rows).toHaveLength(1);
      expect(result.problems).toEqual([{ line: 2, code: 'too-long', field: 'answer' }]);
    });

    it(`takes ${IMPORT_MAX_CARDS} cards and reports where the rest start`, () => {
      const lines = Array.from({ length: IMPORT_MAX_CARDS + 5 }, (_, i) => `q${i},a${i}`);
      const result = parse(`\n${lines.join('\n')}\n`);
      expect(result.rows).toHaveLength(IMPORT_MAX_CARDS);
      expect(result.rows.at(-1)!.line).toBe(IMPORT_MAX_CARDS + 1);
      expect(result.problems).toEqual([{ line: IMPORT_MAX_CARDS + 2, code: 'too-many-cards' }]);
    });
  });
});
