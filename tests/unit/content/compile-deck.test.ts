import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileDecks, countDeck } from '../../../content/compile-deck';
import { DeckFileSchema } from '../../../content/schema';
import { fact, question, replaceSource, SAMPLE_SYLLABUS, validSources } from './sample-deck';

const compile = (sources = validSources()) => compileDecks(sources, SAMPLE_SYLLABUS);
const errorsOf = (sources: ReturnType<typeof validSources>) => compile(sources).errors.join('\n');

describe('compileDecks', () => {
  it('compiles a valid deck per locale, in syllabus order with facts after their question', () => {
    const { decks, errors } = compile();
    expect(errors).toEqual([]);
    expect(decks.map((d) => d.locale)).toEqual(['pt-BR', 'en']);
    const deck = decks[0]!;
    expect(deck.cards.map((c) => c.id)).toEqual(['basics/what-is-mlops', 'basics/what-is-mlops--skills', 'cloud/serverless']);
    expect(v.safeParse(DeckFileSchema, deck).success).toBe(true);
    expect(deck.cards[0]!.answerHtml).toBe('<p>A <strong>model</strong> answer.</p>');
    // The plain text is derived where it is needed (search), not stored twice.
    expect(deck.cards[0]).not.toHaveProperty('answerText');
    expect(countDeck(deck).bySection.basics).toEqual({ question: 1, fact: 1 });
  });

  it('gives each card a content hash that changes when its answer changes', () => {
    const before = compile().decks[0]!.cards[0]!.hash;
    const edited = replaceSource(validSources(), 'pt-BR', 'basics/what-is-mlops.md', question('basics/what-is-mlops', {}, 'Another answer.'));
    const after = compile(edited).decks[0]!.cards[0]!.hash;
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(after).not.toBe(before);
  });

  it('renders Markdown tables', () => {
    const table = '| a | b |\n| --- | --- |\n| 1 | 2 |';
    const sources = replaceSource(validSources(), 'en', 'cloud/serverless.md', question('cloud/serverless', { tags: '[cloud]' }, table));
    const card = compile(sources).decks[1]!.cards.find((c) => c.id === 'cloud/serverless')!;
    expect(card.answerHtml).toContain('<table>');
  });

  it('rejects duplicate ids', () => {
    const sources = [...validSources(), { locale: 'en' as const, path: 'basics/what-is-mlops.md', text: question('basics/what-is-mlops') }];
    expect(errorsOf(sources)).toContain('duplicate id "basics/what-is-mlops"');
  });

  it('rejects different id sets across locales', () => {
    const sources = replaceSource(validSources(), 'en', 'basics/what-is-mlops--skills.md', undefined);
    expect(errorsOf(sources)).toContain('card "basics/what-is-mlops--skills" exists in pt-BR only');
  });

  it('rejects a missing syllabus id', () => {
    const sources = replaceSource(replaceSource(validSources(), 'en', 'cloud/serverless.md', undefined), 'pt-BR', 'cloud/serverless.md', undefined);
    expect(errorsOf(sources)).toContain('syllabus question "cloud/serverless" is missing');
  });

  it('rejects a question that is not in the syllabus', () => {
    const extra = question('cloud/invented');
    const sources = [...validSources(), { locale: 'pt-BR' as const, path: 'cloud/invented.md', text: extra }, { locale: 'en' as const, path: 'cloud/invented.md', text: extra }];
    expect(errorsOf(sources)).toContain('question "cloud/invented" is not in the syllabus');
  });

  it('rejects a fact whose parent is not a question card', () => {
    const orphan = fact('basics/what-is-mlops--orphan', 'basics/what-is-mlops--skills');
    const sources = replaceSource(validSources(), 'pt-BR', 'basics/what-is-mlops--orphan.md', orphan);
    expect(errorsOf(replaceSource(sources, 'en', 'basics/what-is-mlops--orphan.md', orphan))).toContain(
      'parent "basics/what-is-mlops--skills" is not a question card',
    );
  });

  it('rejects key points outside 3-7', () => {
    const two = question('basics/what-is-mlops', { keyPoints: '\n  - "one"\n  - "two"' });
    const eight = question('basics/what-is-mlops', { keyPoints: '\n' + Array.from({ length: 8 }, (_, i) => `  - "p${i}"`).join('\n') });
    expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', two))).toContain('keyPoints must have 3-7 items');
    expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', eight))).toContain('keyPoints must have 3-7 items');
  });

  it('rejects empty fields and an empty answer', () => {
    const emptyContext = question('basics/what-is-mlops', { context: '"  "' });
    const emptyBody = question('basics/what-is-mlops', {}, '');
    const noPrompt = question('basics/what-is-mlops', { prompt: '' });
    expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', emptyContext))).toContain('context is empty');
    expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', emptyBody))).toContain('answer is empty');
    expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', noPrompt))).toContain('en/basics/what-is-mlops.md:');
  });

  it('rejects a prompt over 200 characters', () => {
    const long = question('basics/what-is-mlops', { prompt: `"${'x'.repeat(201)}"` });
    expect(errorsOf(replaceSource(validSources(), 'pt-BR', 'basics/what-is-mlops.md', long))).toContain('prompt is over 200 characters');
  });

  it('rejects a fact answer over 600 characters', () => {
    const long = fact('basics/what-is-mlops--skills', 'basics/what-is-mlops', {}, 'y'.repeat(601));
    expect(errorsOf(replaceSource(validSources(), 'pt-BR', 'basics/what-is-mlops--skills.md', long))).toContain(
      'fact answer is over 600 characters (601)',
    );
  });

  it('rejects raw HTML in the answer, in a table and in fields', () => {
    const block = question('basics/what-is-mlops', {}, '<div>hi</div>');
    const inline = question('basics/what-is-mlops', {}, 'line<br>break');
    const inTable = question('basics/what-is-mlops', {}, '| a |\n| --- |\n| <b>x</b> |');
    const inField = question('basics/what-is-mlops', { context: '"<script>x</script>"' });
    for (const text of [block, inline, inTable, inField]) {
      expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', text))).toContain('raw HTML is not allowed');
    }
    const lessThan = question('basics/what-is-mlops', {}, 'Latency < 100 ms and a -> b.');
    expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', lessThan))).toBe('');
  });

  it('rejects an id that does not match its path, bad YAML and missing front matter', () => {
    const moved = replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', question('basics/other'));
    expect(errorsOf(moved)).toContain('does not match its path');
    expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', '---\nid: [\n---\nx'))).toContain('not valid YAML');
    expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', 'just text'))).toContain('missing YAML front matter');
  });

  it('rejects tags or parents that differ between locales', () => {
    const retagged = replaceSource(validSources(), 'en', 'cloud/serverless.md', question('cloud/serverless', { tags: '[other]' }));
    expect(errorsOf(retagged)).toContain('tags differ from pt-BR');
  });

  it('rejects a fact id that does not start with its parent id', () => {
    const wrong = fact('basics/what-is-mlops--skills', 'cloud/serverless');
    const sources = replaceSource(replaceSource(validSources(), 'en', 'basics/what-is-mlops--skills.md', wrong), 'pt-BR', 'basics/what-is-mlops--skills.md', wrong);
    expect(errorsOf(sources)).toContain(`fact id must start with its parent's id`);
  });
});
