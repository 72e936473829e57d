import type { Locale } from '../../../content/schema';

export interface OwnCard {
  id: string; // 'own/' + 12 chars [0-9a-z], never collides with a deck id (deck ids are '<section>/<slug>')
  kind: 'question' | 'fact';
  locale: Locale; // written in one language
  section: string; // a deck section id (content/syllabus.ts SECTIONS) or 'own:<kebab-slug>'
  sectionName: string; // display name for own sections, '' for deck sections
  prompt: string; // plain text, <= PROMPT_MAX (content/schema.ts)
  context: string; // question cards; '' for facts
  keyPoints: string[]; // question cards: 0..7 items (own cards may have none); [] for facts
  answer: string; // Markdown source, <= 20,000 chars
  tags: string[]; // kebab-case, <= 6
  parent: string; // facts: a question card id (deck or own) or ''
  createdAt: number; // epoch ms
  updatedAt: number; // last edit or deletion; decides merges (latest wins)
  deletedAt: number; // 0, or when deleted (kept as a marker so a deletion travels)
}
