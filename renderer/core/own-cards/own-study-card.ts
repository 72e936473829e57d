// An own card in the shape the screens study and browse (core/study-card.ts). The answer's HTML
// is made by the caller (ui/own-markdown.ts: marked, then DOMPurify), so this module stays free of
// the Markdown parser. The hash stands for the card's content as the deck's do: an edit changes
// it, and the learner is told the card was revised (core/revision.ts), as for the deck's.
import type { StudyCard } from '../study-card';
import type { OwnCard } from './own-card';

export function ownStudyCard(card: OwnCard, answerHtml: string): StudyCard {
  const own = { locale: card.locale, sectionName: card.sectionName };
  const section = card.section as StudyCard['section'];
  const hash = ownCardHash(card);
  return card.kind === 'question'
    ? { id: card.id, kind: 'question', section, prompt: card.prompt, context: card.context, keyPoints: card.keyPoints, tags: card.tags, answerHtml, hash, own }
    : { id: card.id, kind: 'fact', section, prompt: card.prompt, parent: card.parent, tags: card.tags, answerHtml, hash, own };
}

/** 16 hex digits of the content the learner reads (FNV-1a, two 32-bit lanes): not its times, section or tags. */
export function ownCardHash(card: Pick<OwnCard, 'prompt' | 'context' | 'keyPoints' | 'answer' | 'parent'>): string {
  const text = JSON.stringify([card.prompt, card.context, card.keyPoints, card.answer, card.parent]);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
