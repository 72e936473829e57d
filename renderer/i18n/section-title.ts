// A section's name as shown: the syllabus's in the interface language, or the name the learner
// gave their own section (shown as text, never as markup).
import { SECTIONS, type SectionId } from '../../content/syllabus';
import type { StudyCard } from '../core/study-card';
import { t } from './index.svelte';

export function isSyllabusSection(section: string): section is SectionId {
  return (SECTIONS as readonly string[]).includes(section);
}

export function sectionTitle(section: string, ownName = ''): string {
  return isSyllabusSection(section) ? t(`section.${section}`) : ownName;
}

export function sectionTitleOf(card: StudyCard): string {
  return sectionTitle(card.section, card.own?.sectionName);
}
