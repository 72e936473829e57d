// What the own-answer editor says about a text besides rendering it: whether the question asks for
// a story (and so the STAR template is offered), the template itself, and the first words of a
// version for the list of earlier versions.
import type { StudyCard } from '../study-card';

const BEHAVIOURAL = 'behavioral';

/** A question the interviewer asks for a story: the behavioural section, or a card tagged so elsewhere. */
export function isBehavioural(card: Pick<StudyCard, 'kind' | 'section' | 'tags'>): boolean {
  return card.kind === 'question' && (card.section === BEHAVIOURAL || card.tags.includes(BEHAVIOURAL));
}

/**
 * The four STAR headings, in the learner's language, each followed by an empty line to write on.
 * Third-level headings: the card shows the answer under its own second-level "Your answer".
 */
export function starTemplate(headings: readonly [situation: string, task: string, action: string, result: string]): string {
  return headings.map((heading) => `### ${heading}\n\n`).join('\n');
}

/**
 * The first words of a Markdown text as plain words: heading marks, emphasis, list bullets, quote
 * marks, code ticks and link targets left out, cut at a word within `maxLength` characters.
 */
export function answerExcerpt(markdown: string, maxLength = 80): string {
  const words = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (words.length <= maxLength) return words;
  const cut = words.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut.slice(0, maxLength)).trimEnd()}…`;
}
