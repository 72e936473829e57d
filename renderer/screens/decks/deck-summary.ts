// Shapes the deck list: counts per section, in syllabus order then the learner's own sections, within today's limits.
import { SECTIONS } from '../../../content/syllabus';
import type { CardSection, StudyCard } from '../../core/study-card';
import type { Queue } from '../../core/queue';

export interface SectionSummary {
  section: CardSection;
  /** The learner's name for an own section; '' for the syllabus's. */
  sectionName: string;
  total: number;
  newCount: number;
  dueCount: number;
}

export function summarizeSections(
  cards: readonly StudyCard[],
  queueOf: (cards: readonly StudyCard[]) => Queue<StudyCard>,
): SectionSummary[] {
  // The syllabus's sections in its order, then the learner's own in the order their cards come.
  const bySection = new Map<CardSection, StudyCard[]>(SECTIONS.map((section) => [section, []]));
  for (const card of cards) {
    const list = bySection.get(card.section);
    if (list) list.push(card);
    else bySection.set(card.section, [card]);
  }
  return [...bySection].flatMap(([section, inSection]) => {
    if (inSection.length === 0) return [];
    const { counts } = queueOf(inSection);
    const sectionName = inSection[0]!.own?.sectionName ?? '';
    return [{ section, sectionName, total: inSection.length, newCount: counts.newCount, dueCount: counts.learningCount + counts.reviewCount }];
  });
}
