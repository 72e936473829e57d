// Shapes the deck list: counts per section, in syllabus order.
import type { CompiledCard } from '../../content/schema';
import { SECTIONS, type SectionId } from '../../content/syllabus';
import { countQueue } from '../core/queue';
import type { CardState } from '../core/types';

export interface SectionSummary {
  section: SectionId;
  total: number;
  newCount: number;
  dueCount: number;
}

export function summarizeSections(
  cards: readonly CompiledCard[],
  states: ReadonlyMap<string, CardState>,
  now: number,
): SectionSummary[] {
  return SECTIONS.map((section) => {
    const inSection = cards.filter((card) => card.section === section);
    return { section, total: inSection.length, ...countQueue(inSection, states, now) };
  }).filter((summary) => summary.total > 0);
}
