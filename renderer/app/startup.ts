// What the first screen waits for, started before the rest of the app's code runs (main.ts imports
// this first): opening the database and loading the deck in the language last used. The database
// holds the saved language; this window reads a copy of it from localStorage, synchronously, so
// the deck's load runs beside the database's opening instead of after it. A missing or wrong copy
// only costs a deck load: the saved language decides (AppModel.open).
import { host } from '$host';
import { isLocale, type Locale } from '../../content/schema';
import { openFlashcardsDb } from '../db/db';
import { watchStorage } from '../db/storage-health';
import { DeckCache } from '../model/deck-cache';
import { i18n } from '../i18n/index.svelte';
import { reportStorageTrouble } from './storage-trouble.svelte';

const LOCALE_HINT_KEY = 'mlops-flashcards.locale';
/** The language of a first start. */
export const FIRST_LOCALE: Locale = 'pt-BR';

export const db = openFlashcardsDb();
// Subscribed before the database opens, so a blocked upgrade is reported too.
watchStorage(db, reportStorageTrouble);
// Its outcome is read by AppModel.open (app/open-app.ts).
export const opening = db.open();
opening.catch(() => {});

export const decks = new DeckCache((locale) => host.loadDeck(locale));
const hint = readLocaleHint();
void decks.get(hint ?? FIRST_LOCALE).catch(() => {});
// Until the saved language is read, the app speaks the one last used (the loading line, a
// storage banner); index.html's own loading line is in Portuguese.
if (hint) i18n.locale = hint;

function readLocaleHint(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(LOCALE_HINT_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined; // storage disabled: the deck loads once the saved language is read
  }
}

export function rememberLocaleHint(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_HINT_KEY, locale);
  } catch {
    // Only the next start's head start is lost.
  }
}
