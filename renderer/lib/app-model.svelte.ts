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
    // Three reads at once: each is a round trip to the storage process, and the first screen waits.
    const [deviceId, states, reviewCount] = await Promise.all([getDeviceId(db), loadCardStates(db), loadReviewCount(db)]);
    const model = new AppModel(db, host, deviceId);
    model.states = states;
    model.reviewCount = reviewCount;
    return model;
  }

  get cards(): readonly CompiledCard[] {
    return this.deck?.cards ?? [];
  }

  async savedLocale(): Promise<Locale | undefined> {
    const row = await this.db.meta.get(LOCALE_KEY);
    return row?.value === 'en' || row?.value === 'pt-BR' ? row.value : undefined;
  }

  async useLocale(locale: Locale): Promise<void> {
    let pending = this.#decks.get(locale);
    if (!pending) {
      pending = this.host.loadDeck(locale);
      this.#decks.set(locale, pending);
      pending.catch(() => this.#decks.delete(locale));
    }
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
