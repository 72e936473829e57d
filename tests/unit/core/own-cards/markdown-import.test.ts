import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ImportTarget } from '../../../../renderer/core/own-cards/draft';
import { parseCardsMarkdown } from '../../../../renderer/core/own-cards/markdown-import';

const target: ImportTarget = { locale: 'en', section: 'own:imported', sectionName: 'Imported' };
const deckFile = (path: string) => readFileSync(new URL(`../../../../content/en/${path}`, import.meta.url), 'utf8');

describe('parseCardsMarkdown', () => {
  it("reads the deck's own question and fact files, one after the other", () => {
    const text = `${deckFile('basics/what-is-mlops.md')}\n${deckFile('basics/canary-vs-blue-green--blue-green-cost.md')}`;
    const result = parseCardsMarkdown(text, target);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => row.line)).toEqual([1, 28]);
    const [question, fact] = result.rows.map((row) => row.card);
    expect(question).toMatchObject({ kind: 'question', sourceId: 'basics/what-is-mlops', locale: 'en', section: 'own:imported', tags: ['mlops', 'fundamentals', 'career'] });
    expect(question!.keyPoints).toHaveLength(5);
    expect(question!.answer).toMatch(/^MLOps, short for machine learning operations/);
    expect(question!.answer).toMatch(/how I cover the rest\.$/);
    expect(fact).toMatchObject({ kind: 'fact', parent: 'basics/canary-vs-blue-green', context: '', keyPoints: [] });
  });

  it('takes locale, section and its name from the front matter over the import target', () => {
    const text = '---\nkind: fact\nlocale: pt-BR\nsection: own:empresa-x\nsectionName: Empresa X\nprompt: Qual é a stack?\ntags: []\n---\nKubernetes e Airflow.\n';
    expect(parseCardsMarkdown(text, target).rows[0]!.card).toMatchObject({ locale: 'pt-BR', section: 'own:empresa-x', sectionName: 'Empresa X', answer: 'Kubernetes e Airflow.' });
    const deckSection = '---\nkind: fact\nsection: cloud\nprompt: Q\n---\nA\n';
    expect(parseCardsMarkdown(deckSection, target).rows[0]!.card).toMatchObject({ section: 'cloud', sectionName: '' });
  });

  it("keeps an answer's own --- rules and fenced front matter samples in the answer", () => {
    const answer = 'Before\n\n---\n\n```yaml\n---\nkind: question\n---\n```\n\nAfter';
    const result = parseCardsMarkdown(`---\nkind: fact\nprompt: Q\n---\n${answer}\n\n---\nkind: fact\nprompt: Q2\n---\nA2\n`, target);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.card.answer])).toEqual([
      [1, answer],
      [17, 'A2'],
    ]);
  });

  it('reports each bad card by the line at fault and keeps the others', () => {
    const text = [
      '---', //  1
      'kind: fact',
      'prompt: [unclosed', // 3: not YAML
      '---',
      'A',
      '---', //  6
      'kind: fact',
      'prompt: Q',
      'colour: red', // 9: no such field
      '---',
      'A',
      '---', // 12
      'kind: fact',
      'prompt: Q',
      'tags: [Not Kebab]', // 15
      '---',
      'A',
      '---', // 18
      'kind: question',
      'prompt: Fine',
      '---',
      'Good answer',
      '---', // 23
      'kind: fact',
      'prompt: No answer',
      '---',
      '', // 27: the answer, empty
      '---', // 28
      'id: 12', // 29: an id that is not text
      'kind: fact',
      'prompt: Q',
      '---',
      'A',
    ].join('\n');
    const result = parseCardsMarkdown(text, target);
    expect(result.rows.map((row) => [row.line, row.card.prompt])).toEqual([[18, 'Fine']]);
    expect(result.problems).toEqual([
      { line: 3, code: 'bad-yaml' },
      { line: 9, code: 'unknown-field' },
      { line: 15, code: 'bad-format', field: 'tags' },
      { line: 27, code: 'empty', field: 'answer' },
      { line: 29, code: 'wrong-type', field: 'id' },
    ]);
  });

  it('reports a repeated key and a quoted unknown key at their own lines, and reads a date as text', () => {
    const text = ['---', 'kind: fact', 'prompt: Q', 'kind: fact', '---', 'A', '---', 'kind: fact', 'prompt: Q', '"colour": red', '---', 'A', '---', 'kind: fact', 'prompt: 2024-05-01', '---', 'A'].join('\n');
    const result = parseCardsMarkdown(text, target);
    expect(result.problems).toEqual([
      { line: 4, code: 'bad-yaml' },
      { line: 10, code: 'unknown-field' },
    ]);
    expect(result.rows.map((row) => [row.line, row.card.prompt])).toEqual([[13, '2024-05-01']]);
  });

  it('says when a text holds no card, and takes an empty text as no cards', () => {
    expect(parseCardsMarkdown('# Notes\n\nJust text.', target)).toEqual({ rows: [], problems: [{ line: 1, code: 'no-front-matter' }] });
    expect(parseCardsMarkdown('\n  \n', target)).toEqual({ rows: [], problems: [] });
  });

  it('drops a byte order mark and reads CRLF line ends', () => {
    const result = parseCardsMarkdown('\uFEFF---\r\nkind: fact\r\nprompt: Q\r\n---\r\nA\r\n', target);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]!.card).toMatchObject({ prompt: 'Q', answer: 'A' });
  });
});
