// The app's live state: the deck in the current language and the card states, kept in step with
// the database. Screens read it and call its methods; only db/ touches IndexedDB.
import type { CompiledCard, DeckFile, Locale } from '../../content/schema';
import { buildProgressFile, progressFileName, serializeProgressFile } from '../core/progress-file';
import { createScheduler, type Scheduler } from '../core/scheduler';
import type { CardState, Rating } from '../core/types';
import type { FlashcardsDb } from '../db/db';
import { allReviews, getDeviceId, loadCardStates, loadReviewCount, recordAnswer, undoAnswer, type RecordedAnswer } from '../db/progress-store';
import type { Host } from '../host/host';

export const APP_VERSION = __APP_VERSION__;
const LOCALE_KEY = 'uiLocale';

export class AppModel {
  deck = $state<DeckFile | undefined>();
  states = $state.raw<ReadonlyMap<string, CardState>>(new Map());
  reviewCount = $state(0);
  readonly scheduler: Scheduler = createScheduler();
  #decks = new Map<Locale, Promise<DeckFile>>();

  private constructor(
    readonly db: FlashcardsDb,
    readonly host: Host,
    readonly deviceId: string,
  ) {}

  static async open(db: FlashcardsDb, host: Host): Promise<AppModel> {
    await db.open();
    // The first screen waits for all of this: the reads go at once (each is a round trip to the
    // storage process), and the saved language's deck loads as soon as that language is known.
    const decks = new Map<Locale, Promise<DeckFile>>();
    const prefetch = readSavedLocale(db).then((locale) => {
      if (locale) startLoading(decks, host, locale);
    });
    const [deviceId, states, reviewCount] = await Promise.all([getDeviceId(db), loadCardStates(db), loadReviewCount(db), prefetch]);
    const model = new AppModel(db, host, deviceId);
    model.#decks = decks;
    model.states = states;
    model.reviewCount = reviewCount;
    return model;
  }

  get cards(): readonly CompiledCard[] {
    return this.deck?.cards ?? [];
  }

  savedLocale(): Promise<Locale | undefined> {
    return readSavedLocale(this.db);
  }

  async useLocale(locale: Locale): Promise<void> {
    const pending = this.#decks.get(locale) ?? startLoading(this.#decks, this.host, locale);
    // The choice is saved while the deck loads, not after: the first screen waits for this.
    const [deck] = await Promise.all([pending, this.db.meta.put({ key: LOCALE_KEY, value: locale })]);
    this.deck = deck;
  }

  /**
   * Takes the answer into the live state before it returns (before its first await), so the next
   * card can be on screen in the same frame; the write follows (transactions land in the order they
   * were opened). If the write fails, the card's state goes back and the promise rejects.
   */
  async answer(cardId: string, rating: Rating, now: number, durationMs: number): Promise<RecordedAnswer> {
    const previous = this.states.get(cardId);
    const expected = this.scheduler.next(cardId, previous, rating, now);
    this.#setState(cardId, expected);
    this.reviewCount += 1;
    try {
      const recorded = await recordAnswer(this.db, this.scheduler, { cardId, rating, now, durationMs, deviceId: this.deviceId });
      // The stored state wins if it differs (another window answered this card meanwhile).
      if (this.states.get(cardId) === expected && JSON.stringify(recorded.next) !== JSON.stringify(expected)) {
        this.#setState(cardId, recorded.next);
      }
      return recorded;
    } catch (error) {
      if (this.states.get(cardId) === expected) this.#setState(cardId, previous);
      this.reviewCount -= 1;
      throw error;
    }
  }

  #setState(cardId: string, state: CardState | undefined): void {
    const states = new Map(this.states);
    if (state) states.set(cardId, state);
    else states.delete(cardId);
    this.states = states;
  }

  async undo(recorded: RecordedAnswer): Promise<void> {
    await undoAnswer(this.db, recorded);
    const states = new Map(this.states);
    if (recorded.previous) states.set(recorded.event.cardId, recorded.previous);
    else states.delete(recorded.event.cardId);
    this.states = states;
    this.reviewCount -= 1;
  }

  async exportProgress(now: number) {
    const reviews = await allReviews(this.db);
    const file = await buildProgressFile({ appVersion: APP_VERSION, deviceId: this.deviceId, now, reviews });
    const result = await this.host.saveFile(progressFileName(now), serializeProgressFile(file), 'application/json');
    return { result, count: reviews.length };
  }
}

async function readSavedLocale(db: FlashcardsDb): Promise<Locale | undefined> {
  const row = await db.meta.get(LOCALE_KEY);
  return row?.value === 'en' || row?.value === 'pt-BR' ? row.value : undefined;
}

function startLoading(decks: Map<Locale, Promise<DeckFile>>, host: Host, locale: Locale): Promise<DeckFile> {
  const pending = host.loadDeck(locale);
  decks.set(locale, pending);
  // A failed load is forgotten so the next attempt tries again (this also marks it as handled).
  pending.catch(() => decks.delete(locale));
  return pending;
}
