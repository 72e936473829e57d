// The compiled decks the app serves. Specs take card counts from them instead of literals, so
// adding, splitting or moving cards in content/ breaks no end-to-end test.
import { readFileSync } from 'node:fs';
import type { DeckFile, Locale } from '../../content/schema';

function compiledDeck(locale: Locale): DeckFile {
  return JSON.parse(readFileSync(new URL(`../../content/dist/decks/${locale}.json`, import.meta.url), 'utf8')) as DeckFile;
}

export const deck = compiledDeck('pt-BR');
const englishDeck = compiledDeck('en');
/** Both locales hold the same ids (the compiler checks it), so one total serves both. */
export const total = deck.cards.length;

/** A card's prompt as the deck words it today, so rewording a card breaks no test that finds it. */
export function promptOf(id: string, locale: Locale = 'pt-BR'): string {
  const card = (locale === 'en' ? englishDeck : deck).cards.find((c) => c.id === id);
  if (!card) throw new Error(`no card ${id} in the ${locale} deck`);
  return card.prompt;
}

/** A number as the interface prints it in that locale (pt-BR groups thousands with "."). */
export function shown(value: number, locale: Locale = 'pt-BR'): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function factsOf(questionId: string): number {
  return deck.cards.filter((card) => card.kind === 'fact' && card.parent === questionId).length;
}
