// The learner's own cards, live: the stored rows (deletion markers included) and the live cards
// in the shape the screens study and browse (core/study-card.ts). AppModel joins these to the
// deck's cards in one place (AppModel.cards), so an own card is queued, buried, flagged,
// searched and browsed by the same code as a deck card.
import { newOwnCardId, type OwnCard } from '../core/own-cards/own-card';
import { ownStudyCard } from '../core/own-cards/own-study-card';
import type { StudyCard } from '../core/study-card';
import type { FlashcardsDb } from '../db/db';
import { changeOwnCard, OwnCardRejected, putOwnCards } from '../db/own-card-store';

/** What the learner fills in: a card without its id and times. */
export type OwnCardInput = Omit<OwnCard, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** Markdown source -> safe HTML; loaded on first use (the Markdown parser is a lazy chunk). */
export type LoadRenderer = () => Promise<(markdown: string) => string>;

export const loadOwnMarkdown: LoadRenderer = () => import('../ui/own-markdown').then((m) => m.renderOwnMarkdown);

/** [0, 1) from the platform's cryptographic source: ids must not repeat across laptops. */
export function cryptoRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

export class OwnCards {
  /** Every stored row by id, deletion markers included. */
  rows = $state.raw<ReadonlyMap<string, OwnCard>>(new Map());
  /** The live cards as the screens use them, in the order they were made. */
  cards = $state.raw<readonly StudyCard[]>([]);
  /** The rendered study card of each row version, so an edit renders one card, not all. */
  #rendered = new Map<string, { updatedAt: number; card: StudyCard }>();
  #render: ((markdown: string) => string) | undefined;

  constructor(
    private readonly db: FlashcardsDb,
    private readonly loadRenderer: LoadRenderer = loadOwnMarkdown,
    private readonly random: () => number = cryptoRandom,
  ) {}

  /** Takes the stored rows, read with the rest of the app's state (db/app-state.ts): at the start, and after a progress file changed them. */
  async use(rows: readonly OwnCard[]): Promise<void> {
    const live = rows.filter((row) => row.deletedAt === 0).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    if (live.length > 0) this.#render ??= await this.loadRenderer();
    const render = this.#render;
    const rendered = new Map<string, { updatedAt: number; card: StudyCard }>();
    const cards = live.map((row) => {
      const known = this.#rendered.get(row.id);
      const card = known && known.updatedAt === row.updatedAt ? known.card : ownStudyCard(row, render!(row.answer));
      rendered.set(row.id, { updatedAt: row.updatedAt, card });
      return card;
    });
    this.#rendered = rendered;
    this.rows = new Map(rows.map((row) => [row.id, row]));
    this.cards = cards;
  }

  /** A live own card, or undefined (a deck id, a deleted card). */
  get(id: string): OwnCard | undefined {
    const row = this.rows.get(id);
    return row && row.deletedAt === 0 ? row : undefined;
  }

  /** The live rows, oldest first. */
  live(): OwnCard[] {
    return [...this.rows.values()].filter((row) => row.deletedAt === 0).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  /** The live question cards (what a mock interview may ask, each in its own language). */
  questions(): OwnCard[] {
    return this.live().filter((row) => row.kind === 'question');
  }

  /** The learner's own sections in use by live cards, by id, with their names. */
  sections(): { id: string; name: string }[] {
    const named = new Map<string, string>();
    for (const row of this.live()) if (row.sectionName !== '' && !named.has(row.section)) named.set(row.section, row.sectionName);
    return [...named].map(([id, name]) => ({ id, name }));
  }

  /** Refuses (OwnCardRejected) a card the validator would refuse; nothing is written then. */
  async add(input: OwnCardInput, now: number): Promise<OwnCard> {
    let id = newOwnCardId(this.random);
    while (this.rows.has(id)) id = newOwnCardId(this.random);
    const card: OwnCard = { ...input, id, createdAt: now, updatedAt: now, deletedAt: 0 };
    await putOwnCards(this.db, [card]);
    await this.#put([card]);
    return card;
  }

  /** The card's fields replaced; its id and creation time kept. */
  async edit(id: string, input: OwnCardInput, now: number): Promise<OwnCard> {
    const card = await changeOwnCard(this.db, id, (stored) => ({ ...input, id, createdAt: stored.createdAt, updatedAt: Math.max(now, stored.updatedAt), deletedAt: 0 }));
    await this.#put([card]);
    return card;
  }

  /**
   * Deletes the card: the row stays as a marker (so the deletion travels to other laptops), and
   * its answers stay in the log, hidden with the card.
   */
  async remove(id: string, now: number): Promise<void> {
    const card = await changeOwnCard(this.db, id, (stored) => {
      const at = Math.max(now, stored.updatedAt);
      return { ...stored, updatedAt: at, deletedAt: at };
    });
    await this.#put([card]);
  }

  /** Stores cards an import brought, all in one transaction, once the learner confirmed. */
  async addMany(cards: readonly OwnCard[]): Promise<void> {
    await putOwnCards(this.db, cards);
    await this.#put(cards);
  }

  async #put(cards: readonly OwnCard[]): Promise<void> {
    const rows = new Map(this.rows);
    for (const card of cards) rows.set(card.id, card);
    await this.use([...rows.values()]);
  }
}

export { OwnCardRejected };
