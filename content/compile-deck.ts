// Markdown + front matter -> validated decks, one per locale. Pure apart from hashing, so the
// unit tests can feed it broken sample decks; compile.ts does the file I/O.
import { createHash } from 'node:crypto';
import { Marked, type Token } from 'marked';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { plainTextOf } from './plain-text';
import {
  DECK_FORMAT,
  DECK_VERSION,
  FACT_ANSWER_MAX,
  FACT_ANSWER_TARGET,
  FrontMatterSchema,
  LOCALES,
  MODEL_ANSWER_MAX_WORDS,
  type CompiledCard,
  type DeckFile,
  type FrontMatter,
  type Locale,
} from './schema';
import { SECTIONS, SYLLABUS_QUESTION_IDS, type SectionId } from './syllabus';

export interface CardSource {
  locale: Locale;
  /** Path relative to the locale folder, e.g. `basics/what-is-mlops.md`. */
  path: string;
  text: string;
}

export interface CompileResult {
  decks: DeckFile[];
  errors: string[];
}

const markdown = new Marked({ gfm: true, breaks: false });
const HTML_IN_TEXT = /<\/?[a-z!][^>]*>/i;

interface ParsedCard {
  front: FrontMatter;
  body: string;
  answerHtml: string;
  where: string;
}

export function compileDecks(
  sources: readonly CardSource[],
  syllabus = SYLLABUS_QUESTION_IDS,
): CompileResult {
  const errors: string[] = [];
  const byLocale = new Map<Locale, Map<string, ParsedCard>>(LOCALES.map((l) => [l, new Map()]));

  for (const source of sources) {
    const where = `${source.locale}/${source.path}`;
    const parsed = parseSource(source.text, where, errors);
    if (!parsed) continue;
    const expectedId = source.path.replace(/\.md$/, '');
    if (parsed.front.id !== expectedId) {
      errors.push(`${where}: id "${parsed.front.id}" does not match its path (expected "${expectedId}")`);
      continue;
    }
    const cards = byLocale.get(source.locale)!;
    if (cards.has(parsed.front.id)) {
      errors.push(`${where}: duplicate id "${parsed.front.id}"`);
      continue;
    }
    cards.set(parsed.front.id, parsed);
  }

  for (const [locale, cards] of byLocale) checkLocale(locale, cards, syllabus, errors);
  checkLocalesAgree(byLocale, errors);

  if (errors.length > 0) return { decks: [], errors };
  const decks = [...byLocale].map(([locale, cards]) => buildDeck(locale, cards, syllabus));
  return { decks, errors };
}

function parseSource(text: string, where: string, errors: string[]): ParsedCard | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) {
    errors.push(`${where}: missing YAML front matter between --- lines`);
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    errors.push(`${where}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
  const result = v.safeParse(FrontMatterSchema, data);
  if (!result.success) {
    for (const issue of result.issues) {
      const path = v.getDotPath(issue);
      errors.push(`${where}: ${path ? `${path}: ` : ''}${issue.message}`);
    }
    return undefined;
  }
  const front = result.output;
  const body = match[2]!.trim();
  let ok = true;
  if (body === '') {
    errors.push(`${where}: answer is empty`);
    ok = false;
  }
  const fields = [front.prompt, ...(front.kind === 'question' ? [front.context, ...front.keyPoints] : [])];
  if (fields.some((field) => HTML_IN_TEXT.test(field)) || containsHtml(markdown.lexer(body))) {
    errors.push(`${where}: raw HTML is not allowed in Markdown`);
    ok = false;
  }
  const answerHtml = (markdown.parse(body, { async: false }) as string).trim();
  const answer = plainTextOf(answerHtml);
  if (front.kind === 'fact' && answer.length > FACT_ANSWER_MAX) {
    errors.push(`${where}: fact answer is over ${FACT_ANSWER_MAX} characters of plain text (${answer.length})`);
    ok = false;
  }
  if (front.kind === 'question' && countWords(answer) > MODEL_ANSWER_MAX_WORDS) {
    errors.push(`${where}: model answer is over ${MODEL_ANSWER_MAX_WORDS} words (${countWords(answer)})`);
    ok = false;
  }
  return ok ? { front, body, answerHtml, where } : undefined;
}

/** Words a reader reads: runs between spaces that hold a letter or a digit (not "-" or "|"). */
export function countWords(plainText: string): number {
  return plainText.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function containsHtml(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.type === 'html') return true;
    const nested: Token[] = [];
    if ('tokens' in token && Array.isArray(token.tokens)) nested.push(...token.tokens);
    if ('items' in token && Array.isArray(token.items)) nested.push(...(token.items as Token[]));
    if (token.type === 'table') {
      for (const cell of [...token.header, ...token.rows.flat()]) nested.push(...cell.tokens);
    }
    if (containsHtml(nested)) return true;
  }
  return false;
}

function checkLocale(locale: Locale, cards: Map<string, ParsedCard>, syllabus: readonly string[], errors: string[]) {
  for (const id of syllabus) {
    const card = cards.get(id);
    if (!card) errors.push(`${locale}: syllabus question "${id}" is missing`);
    else if (card.front.kind !== 'question') errors.push(`${card.where}: syllabus id "${id}" must be a question card`);
  }
  for (const { front, where } of cards.values()) {
    if (front.kind === 'question' && !syllabus.includes(front.id)) {
      errors.push(`${where}: question "${front.id}" is not in the syllabus`);
    }
    if (front.kind !== 'fact') continue;
    const parent = cards.get(front.parent);
    if (!parent || parent.front.kind !== 'question') {
      errors.push(`${where}: parent "${front.parent}" is not a question card`);
    } else if (!front.id.startsWith(`${front.parent}--`)) {
      errors.push(`${where}: fact id must start with its parent's id followed by "--"`);
    }
  }
}

function checkLocalesAgree(byLocale: Map<Locale, Map<string, ParsedCard>>, errors: string[]) {
  const [first, ...rest] = LOCALES;
  const reference = byLocale.get(first)!;
  for (const locale of rest) {
    const other = byLocale.get(locale)!;
    for (const id of reference.keys()) if (!other.has(id)) errors.push(`${locale}: card "${id}" exists in ${first} only`);
    for (const id of other.keys()) if (!reference.has(id)) errors.push(`${first}: card "${id}" exists in ${locale} only`);
    for (const [id, a] of reference) {
      const b = other.get(id);
      if (!b) continue;
      if (a.front.kind !== b.front.kind) errors.push(`${b.where}: kind differs from ${first}`);
      else if (a.front.kind === 'fact' && b.front.kind === 'fact' && a.front.parent !== b.front.parent) {
        errors.push(`${b.where}: parent differs from ${first}`);
      }
      if (a.front.tags.join(',') !== b.front.tags.join(',')) errors.push(`${b.where}: tags differ from ${first}`);
    }
  }
}

function buildDeck(locale: Locale, cards: Map<string, ParsedCard>, syllabus: readonly string[]): DeckFile {
  const factsByParent = new Map<string, ParsedCard[]>();
  for (const card of cards.values()) {
    if (card.front.kind !== 'fact') continue;
    const list = factsByParent.get(card.front.parent) ?? [];
    list.push(card);
    factsByParent.set(card.front.parent, list);
  }
  const ordered: CompiledCard[] = [];
  for (const id of syllabus) {
    ordered.push(compileCard(cards.get(id)!));
    const facts = (factsByParent.get(id) ?? []).sort((a, b) => a.front.id.localeCompare(b.front.id));
    for (const fact of facts) ordered.push(compileCard(fact));
  }
  return { format: DECK_FORMAT, version: DECK_VERSION, locale, cards: ordered };
}

function compileCard({ front, body, answerHtml }: ParsedCard): CompiledCard {
  const section = front.id.split('/')[0] as SectionId;
  if (front.kind === 'question') {
    const { id, kind, prompt, context, keyPoints, tags } = front;
    const hash = contentHash([prompt, context, ...keyPoints, body]);
    return { id, kind, section, prompt, context, keyPoints, tags, answerHtml, hash };
  }
  const { id, kind, prompt, parent, tags } = front;
  return { id, kind, section, prompt, parent, tags, answerHtml, hash: contentHash([prompt, body]) };
}

/** Changes whenever what the learner reads changes, so the app can say an answer was revised. */
function contentHash(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

export interface DeckCounts {
  locale: Locale;
  total: number;
  bySection: Record<SectionId, { question: number; fact: number }>;
  /** Fact answers whose plain text fits in FACT_ANSWER_TARGET characters. */
  factsWithinTarget: number;
  longestModelAnswer: { id: string; words: number };
}

export function countDeck(deck: DeckFile): DeckCounts {
  const bySection = Object.fromEntries(SECTIONS.map((s) => [s, { question: 0, fact: 0 }])) as DeckCounts['bySection'];
  let factsWithinTarget = 0;
  let longestModelAnswer = { id: '', words: 0 };
  for (const card of deck.cards) {
    bySection[card.section][card.kind] += 1;
    const answer = plainTextOf(card.answerHtml);
    if (card.kind === 'fact' && answer.length <= FACT_ANSWER_TARGET) factsWithinTarget += 1;
    if (card.kind === 'question' && countWords(answer) > longestModelAnswer.words) {
      longestModelAnswer = { id: card.id, words: countWords(answer) };
    }
  }
  return { locale: deck.locale, total: deck.cards.length, bySection, factsWithinTarget, longestModelAnswer };
}
