// A card the learner already has, under another spelling: the same prompt once case, accents
// and spacing are set aside, in the same language (an own card has one; a deck card is compared
// in each of its languages, given once per language).
import type { Locale } from '../../../content/schema';

export interface PromptInLocale {
  prompt: string;
  locale: Locale;
}

export type DuplicateOf =
  /** A card already stored (own or deck); the caller leaves deleted own cards out. */
  | { kind: 'card'; id: string }
  /** An earlier card of the same import. */
  | { kind: 'draft'; index: number };

export function normalisePrompt(prompt: string): string {
  return prompt.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** For each draft, what it duplicates, or null. */
export function findDuplicates(drafts: readonly PromptInLocale[], existing: readonly (PromptInLocale & { id: string })[]): (DuplicateOf | null)[] {
  const key = (card: PromptInLocale) => `${card.locale}\u0000${normalisePrompt(card.prompt)}`;
  const known = new Map<string, DuplicateOf>();
  for (const card of existing) if (!known.has(key(card))) known.set(key(card), { kind: 'card', id: card.id });
  return drafts.map((draft, index) => {
    const found = known.get(key(draft));
    if (found) return found;
    known.set(key(draft), { kind: 'draft', index });
    return null;
  });
}
