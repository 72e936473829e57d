// The deck we ship: valid, complete, and in our own words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDecks, countDeck } from '../../../content/compile-deck';
import { plainTextOf } from '../../../content/plain-text';
import { CONTENT_DIR, readCardSources } from '../../../content/sources';
import { SECTIONS, SYLLABUS_QUESTION_IDS } from '../../../content/syllabus';

const { decks, errors } = compileDecks(readCardSources());

describe('the bundled deck', () => {
  it('passes every validation rule', () => {
    expect(errors).toEqual([]);
  });

  it('has all syllabus questions and at least 120 fact cards per locale, in every section', () => {
    for (const deck of decks) {
      const counts = countDeck(deck);
      expect(deck.cards.filter((c) => c.kind === 'question').map((c) => c.id)).toEqual([...SYLLABUS_QUESTION_IDS]);
      expect(SECTIONS.reduce((sum, s) => sum + counts.bySection[s].fact, 0)).toBeGreaterThanOrEqual(120);
      for (const section of SECTIONS) expect(counts.bySection[section].fact).toBeGreaterThanOrEqual(10);
    }
  });

  it('has the LLMOps section of issue 20: at least 6 questions and 40 facts in each locale', () => {
    for (const deck of decks) {
      const { question, fact } = countDeck(deck).bySection.llmops;
      expect(question, deck.locale).toBeGreaterThanOrEqual(6);
      expect(fact, deck.locale).toBeGreaterThanOrEqual(40);
    }
  });

  // Learners' histories are keyed on the reference article's question ids: the project's own
  // questions are appended after them, never put in their place.
  const articleSyllabus = join(CONTENT_DIR, '..', '..', 'shared', 'syllabus.md');
  it.skipIf(!existsSync(articleSyllabus))('keeps the article\'s 36 question ids first, in its order (skipped where ../shared is absent)', () => {
    const articleIds = [...readFileSync(articleSyllabus, 'utf8').matchAll(/^\| ([a-z]+\/[a-z0-9-]+) \|/gm)].map((row) => row[1]);
    expect(articleIds).toHaveLength(36);
    expect(SYLLABUS_QUESTION_IDS.slice(0, articleIds.length)).toEqual(articleIds);
  });

  it('shows the two tables of the reference article as Markdown tables', () => {
    for (const deck of decks) {
      for (const id of ['basics/pre-production-tests', 'cloud/serverless']) {
        expect(deck.cards.find((c) => c.id === id)?.answerHtml).toContain('<table>');
      }
    }
  });

  it('tells behavioural stories in STAR form', () => {
    for (const deck of decks) {
      const labels = deck.locale === 'pt-BR' ? ['Situação', 'Tarefa', 'Ação', 'Resultado'] : ['Situation', 'Task', 'Action', 'Result'];
      for (const card of deck.cards.filter((c) => c.kind === 'question' && c.section === 'behavioral')) {
        for (const label of labels) expect(plainTextOf(card.answerHtml), `${card.id} ${label}`).toContain(label);
      }
    }
  });

  // The article is a source of facts, never of sentences: no run of 10 words may match it.
  const seed = join(CONTENT_DIR, '..', '..', 'shared', 'seeds', '000_f049edcf4a977c13.txt');
  it.skipIf(!existsSync(seed))('copies no sentence of the reference article (skipped where ../shared is absent)', () => {
    const words = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? [];
    const source = words(readFileSync(seed, 'utf8'));
    const N = 10;
    const shingles = new Set<string>();
    for (let i = 0; i + N <= source.length; i++) shingles.add(source.slice(i, i + N).join(' '));
    const copied: string[] = [];
    for (const card of decks.find((d) => d.locale === 'pt-BR')!.cards) {
      const text = words([card.prompt, card.kind === 'question' ? card.context : '', plainTextOf(card.answerHtml)].join(' '));
      for (let i = 0; i + N <= text.length; i++) {
        const run = text.slice(i, i + N).join(' ');
        if (shingles.has(run)) copied.push(`${card.id}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
