// The learner's cards as files that this app and Anki read back. CSV/TSV follow Anki's text
// export (header lines, then guid, front, back, tags) so Anki imports them as notes and this
// app's import keeps each card's id: importing an export again updates the same cards. They
// carry front, back and tags only; the Markdown export carries every field.
import type { OwnCard } from './own-card';

type Exported = Pick<OwnCard, 'id' | 'kind' | 'locale' | 'section' | 'sectionName' | 'prompt' | 'context' | 'keyPoints' | 'answer' | 'tags' | 'parent' | 'deletedAt'>;

export function cardsToCsv(cards: readonly Exported[]): string {
  return delimited(cards, ',', 'comma');
}

export function cardsToTsv(cards: readonly Exported[]): string {
  return delimited(cards, '\t', 'tab');
}

function delimited(cards: readonly Exported[], delimiter: string, name: string): string {
  // No "'" before a leading = + - @ (the progress CSV's guard against spreadsheet formulas): the
  // file is for Anki and for this app, and the mark would become part of the prompt there.
  const field = (value: string) => (/["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value);
  const header = [`#separator:${name}`, '#html:false', '#guid column:1', '#tags column:4'];
  const rows = live(cards).map((card) => [card.id, card.prompt, card.answer, card.tags.join(' ')].map(field).join(delimiter));
  return [...header, ...rows].map((line) => `${line}\n`).join('');
}

export function cardsToMarkdown(cards: readonly Exported[]): string {
  return live(cards)
    .map((card) => {
      const front: Record<string, string | readonly string[]> = { id: card.id, kind: card.kind, locale: card.locale, section: card.section };
      if (card.sectionName !== '') front.sectionName = card.sectionName;
      front.prompt = card.prompt;
      if (card.context !== '') front.context = card.context;
      if (card.keyPoints.length > 0) front.keyPoints = card.keyPoints;
      if (card.parent !== '') front.parent = card.parent;
      front.tags = card.tags;
      return `---\n${frontMatter(front)}---\n${card.answer.trim()}\n`;
    })
    .join('\n');
}

/**
 * YAML front matter with no YAML library: a JSON string is a valid YAML double-quoted scalar, so
 * each value written as JSON is read back exactly by any YAML reader, ours included.
 */
function frontMatter(front: Readonly<Record<string, string | readonly string[]>>): string {
  return Object.entries(front)
    .map(([key, value]) => {
      if (typeof value === 'string') return `${key}: ${JSON.stringify(value)}\n`;
      if (value.length === 0) return `${key}: []\n`;
      return `${key}:\n${value.map((item) => `  - ${JSON.stringify(item)}\n`).join('')}`;
    })
    .join('');
}

/** A deleted card is a marker for the progress file, not a card to hand to another app. */
function live(cards: readonly Exported[]): Exported[] {
  return cards.filter((card) => card.deletedAt === 0);
}
