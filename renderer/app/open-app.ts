// Everything the first screen needs, read before it is drawn: the model, in the saved language.
import type { Host } from '../host/host';
import { AppModel } from '../model/app-model.svelte';
import type { DeckCache } from '../model/deck-cache';
import { i18n } from '../i18n/index.svelte';
import { FIRST_LOCALE, rememberLocaleHint } from './startup';
import { clearStorageTrouble } from './storage-trouble.svelte';
import type { FlashcardsDb } from '../db/db';
import { localStorageOrNone } from '../services/local-storage';
import { readKeptAnswers } from '../services/kept-answers';

export type Opened = { kind: 'ready'; model: AppModel } | { kind: 'failed'; failure: 'storage' | 'load' };

export async function openApp(db: FlashcardsDb, opening: Promise<unknown>, host: Host, decks: DeckCache): Promise<Opened> {
  let model: AppModel;
  try {
    model = await AppModel.open(db, host, Date.now(), decks, opening, readKeptAnswers(localStorageOrNone()));
    clearStorageTrouble('blocked');
  } catch (error) {
    // A warning: the storage-failure screen tells the learner and offers a way out; console
    // errors mean a bug.
    console.warn(error);
    return { kind: 'failed', failure: 'storage' };
  }
  try {
    const locale = model.savedLocale ?? FIRST_LOCALE;
    // Set first, so a deck that fails to load is reported in the learner's language.
    i18n.locale = locale;
    rememberLocaleHint(locale);
    await model.useLocale(locale);
    return { kind: 'ready', model };
  } catch (error) {
    console.error(error);
    return { kind: 'failed', failure: 'load' };
  }
}
