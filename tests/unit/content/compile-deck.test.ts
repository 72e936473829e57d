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

  it('rejects a fact answer over 450 characters of plain text, whatever its Markdown adds', () => {
    const at = (length: number) => fact('basics/what-is-mlops--skills', 'basics/what-is-mlops', {}, 'y'.repeat(length));
    expect(errorsOf(replaceSource(validSources(), 'pt-BR', 'basics/what-is-mlops--skills.md', at(451)))).toContain(
      'pt-BR/basics/what-is-mlops--skills.md: fact answer is over 450 characters of plain text (451)',
    );
    expect(errorsOf(replaceSource(validSources(), 'pt-BR', 'basics/what-is-mlops--skills.md', at(450)))).toBe('');
    // 440 characters on screen, 470 in the source: the learner reads the former.
    const marked = fact('basics/what-is-mlops--skills', 'basics/what-is-mlops', {}, `**${'y'.repeat(420)}** [docs](https://example.org/a/b/c)`);
    expect(errorsOf(replaceSource(validSources(), 'en', 'basics/what-is-mlops--skills.md', marked))).toBe('');
  });

  it('rejects a model answer over 350 words, counting the words of a table too', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const at = (body: string) => replaceSource(validSources(), 'en', 'basics/what-is-mlops.md', question('basics/what-is-mlops', {}, body));
    expect(errorsOf(at(words(351)))).toContain('en/basics/what-is-mlops.md: model answer is over 350 words (351)');
    expect(errorsOf(at(words(350)))).toBe('');
    const table = `| a | b |\n| --- | --- |\n${Array.from({ length: 176 }, (_, i) => `| x${i} | y${i} |`).join('\n')}`;
    expect(errorsOf(at(table))).toContain('model answer is over 350 words (354)');
  });

  it('counts the fact answers within 300 characters and finds the longest model answer', () => {
    const extra = fact('basics/what-is-mlops--long', 'basics/what-is-mlops', {}, 'z'.repeat(301));
    const sources = [...validSources(), { locale: 'en' as const, path: 'basics/what-is-mlops--long.md', text: extra }];
    const longer = question('cloud/serverless', { tags: '[cloud]' }, 'Four words, then three more.');
    const en = compile(replaceSource(replaceSource(sources, 'pt-BR', 'basics/what-is-mlops--long.md', extra), 'en', 'cloud/serverless.md', longer)).decks[1]!;
    const counts = countDeck(en);
    expect(counts.bySection.basics.fact).toBe(2);
    expect(counts.factsWithinTarget).toBe(1);
    expect(counts.longestModelAnswer).toEqual({ id: 'cloud/serverless', words: 5 });
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
