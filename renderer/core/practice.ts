// Free practice: a fixed list of cards chosen by section, tag, flag or weakness, studied without
// touching the schedule unless the learner asks for it.
import type { StudyCard } from './study-card';
import type { SectionId } from '../../content/syllabus';
import { State, type CardState } from './types';

export type PracticeFilter =
  | { kind: 'section'; section: SectionId }
  | { kind: 'tag'; tag: string }
  | { kind: 'flagged' }
  | { kind: 'weakest' };

export function selectPracticeCards(input: {
  cards: readonly StudyCard[];
  states: ReadonlyMap<string, CardState>;
  flags: ReadonlyMap<string, { flag: number }>;
  filter: PracticeFilter;
  limit: number;
  retrievability: (state: CardState) => number;
}): string[] {
  const { cards, states, flags, filter, limit, retrievability } = input;
  if (filter.kind === 'weakest') {
    // Only studied cards have a retrievability; the least likely to be recalled come first.
    return cards
      .flatMap((card) => {
        const state = states.get(card.id);
        return state && state.state !== State.New ? [{ id: card.id, r: retrievability(state) }] : [];
      })
      .sort((a, b) => a.r - b.r)
      .slice(0, limit)
      .map((entry) => entry.id);
  }
  const matches = (card: StudyCard) =>
    filter.kind === 'section'
      ? card.section === filter.section
      : filter.kind === 'tag'
        ? card.tags.includes(filter.tag)
        : (flags.get(card.id)?.flag ?? 0) > 0;
  return cards.filter(matches).slice(0, limit).map((card) => card.id);
}

/** Every tag of the deck with how many cards carry it, most used first. */
export function tagsOf(cards: readonly StudyCard[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const card of cards) for (const tag of card.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
