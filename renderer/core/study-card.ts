// A card as the screens study, browse and search it: a deck card, or one of the learner's own
// cards in the same shape. Own cards add their one language and their section's display name;
// their section may be one of the learner's ('own:<slug>') besides the syllabus ones.
import type { CompiledCard, FactCard, Locale, QuestionCard } from '../../content/schema';
import type { SectionId } from '../../content/syllabus';

export type OwnSectionId = `own:${string}`;
export type CardSection = SectionId | OwnSectionId;

/** What only an own card has: the language it is written in, and its own section's name ('' for a deck section). */
export interface OwnMark {
  locale: Locale;
  sectionName: string;
}

type Widened<C> = Omit<C, 'section'> & { section: CardSection; own?: OwnMark };
export type StudyQuestion = Widened<QuestionCard>;
export type StudyFact = Widened<FactCard>;
export type StudyCard = StudyQuestion | StudyFact;

/** A card of the bundled deck (not one of the learner's own). */
export function isDeckCard(card: StudyCard): card is CompiledCard {
  return card.own === undefined && !isOwnSection(card.section);
}

export function isOwnSection(section: string): section is OwnSectionId {
  return section.startsWith('own:');
}
