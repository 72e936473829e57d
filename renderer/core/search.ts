// Card search: case- and accent-insensitive substring matching over a card's prompt, answer,
// key points and tags, in both languages. A scan of text folded once per deck is enough here: 1,000 cards are about
// 1.5 MB of text, scanned in a millisecond or two, and a substring finds parts of words
// ("implanta" in "implantação", "retrain" in "retraining") without an index library's
// tokeniser, prefix options and extra kilobytes.
import type { StudyCard } from './study-card';
import { plainTextOf } from '../../content/plain-text';

const COMBINING_MARKS = /\p{M}/gu;
const DASHES = /[\u2010-\u2015\u2212]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u00b4]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/;
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = DASHES.test(char)
      ? '-'
      : SINGLE_QUOTES.test(char)
        ? "'"
        : DOUBLE_QUOTES.test(char)
          ? '"'
          : char.normalize('NFD').replace(COMBINING_MARKS, '');
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Lower case, no accents, plain dashes and quotes, single spaces: "Implantação – ML" -> "implantacao - ml". */
export function foldText(text: string): string {
  // Only non-ASCII characters need folding; each is folded once and remembered, which is about
  // twice as fast as normalising whole texts.
  return text.toLowerCase().replace(/[^\x00-\x7f]/g, foldChar).replace(/\s+/g, ' ').trim();
}

/**
 * The folded text a query is matched against. Fields are separated by a line break so a quoted
 * phrase cannot run from one field into the next; each tag is there as `#model-registry` and as
 * `model registry`, so both spellings find it. With the card's `translation` (the same id in the
 * other language), its words find the card too: "deployment" and "implantação" reach the same
 * cards whichever language the deck is shown in. With the learner's `ownAnswer` (its Markdown, in
 * a field of its own), their own words find the card as well.
 */
export function searchTextOf(card: StudyCard, translation?: StudyCard, ownAnswer?: string): string {
  const fields = [...textFields(card), ...(translation ? textFields(translation) : [])];
  if (ownAnswer) fields.push(ownAnswer);
  for (const tag of card.tags) fields.push(`#${tag}`, tag.replaceAll('-', ' '));
  return fields.map(foldText).join('\n');
}

function textFields(card: StudyCard): string[] {
  return [card.prompt, plainTextOf(card.answerHtml), ...(card.kind === 'question' ? card.keyPoints : [])];
}

/**
 * Splits a query into folded terms that must all occur: words, or "quoted phrases". An empty or
 * blank query gives no terms, which matches every card.
 */
export function parseQuery(query: string): string[] {
  const terms = new Set<string>();
  for (const match of foldText(query).matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term) terms.add(term);
  }
  return [...terms];
}

export function matchesTerms(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}
