// Shapes the deck list: counts per section, in syllabus order, within today's limits.
import type { StudyCard } from '../../core/study-card';
import { SECTIONS, type SectionId } from '../../../content/syllabus';
import type { Queue } from '../../core/queue';

export interface SectionSummary {
  section: SectionId;
  total: number;
  newCount: number;
  dueCount: number;
}

export function summarizeSections(
  cards: readonly StudyCard[],
  queueOf: (cards: readonly StudyCard[]) => Queue<StudyCard>,
): SectionSummary[] {
  return SECTIONS.map((section) => {
    const inSection = cards.filter((card) => card.section === section);
    const { counts } = queueOf(inSection);
    return { section, total: inSection.length, newCount: counts.newCount, dueCount: counts.learningCount + counts.reviewCount };
  }).filter((summary) => summary.total > 0);
}
