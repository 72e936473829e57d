// The app's live state: the deck in the current language and the card states, kept in step with
// the database. Screens read it and call its methods; only db/ touches IndexedDB.
import type { CompiledCard, DeckFile, Locale } from '../../content/schema';
import { progressFileName, serializeProgressFile } from '../core/progress-file';
import { seenHashOf } from '../core/revision';
import { createScheduler, type Scheduler } from '../core/scheduler';
import type { CardState, Rating } from '../core/types';
import type { FlashcardsDb } from '../db/db';
import { exportProgress, recordExport } from '../db/export-progress';
import { countVisibleReviews, getDeviceId, loadCardStates, recordAnswer, undoAnswer, type RecordedAnswer } from '../db/progress-store';
import type { Host } from '../host/host';

export const APP_VERSION = __APP_VERSION__;
const LOCALE_KEY = 'uiLocale';

export class AppModel {
  deck = $state<DeckFile | undefined>();
  states = $state.raw<ReadonlyMap<string, CardState>>(new Map());
  reviewCount = $state(0);
  /** Epoch ms of the last export saved in this session (the database keeps the older ones). */
  lastExportAt = $state<number>();
  readonly scheduler: Scheduler = createScheduler();
  #decks = new Map<Locale, Promise<DeckFile>>();

  private constructor(
    readonly db: FlashcardsDb,
    readonly host: Host,
    readonly deviceId: string,
  ) {}

  static async open(db: FlashcardsDb, host: Host): Promise<AppModel> {
    await db.open();
    const model = new AppModel(db, host, await getDeviceId(db));
    model.states = await loadCardStates(db);
    model.reviewCount = await db.reviews.count();
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
    // Saved alongside the deck's loading, not after it: a reload right after the switch keeps it.
    const [deck] = await Promise.all([pending, this.db.meta.put({ key: LOCALE_KEY, value: locale })]);
    this.deck = deck;
    this.reviewCount = await countVisibleReviews(this.db, new Set(this.cards.map((c) => c.id)));
  }

  /** Re-reads what an import or a restore changed underneath the screens. */
  async reload(): Promise<void> {
    this.states = await loadCardStates(this.db);
    this.reviewCount = await countVisibleReviews(this.db, new Set(this.cards.map((c) => c.id)));
  }

  async answer(cardId: string, rating: Rating, now: number, durationMs: number): Promise<RecordedAnswer> {
    const card = this.cards.find((c) => c.id === cardId);
    const seenHash = card && this.deck ? seenHashOf(this.deck.locale, card.hash) : undefined;
    const recorded = await recordAnswer(this.db, this.scheduler, { cardId, rating, now, durationMs, deviceId: this.deviceId, seenHash });
    this.states = new Map(this.states).set(cardId, recorded.next);
    this.reviewCount += 1;
    return recorded;
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
    const file = await exportProgress(this.db, { appVersion: APP_VERSION, deviceId: this.deviceId, now });
    const result = await this.host.saveFile(progressFileName(now), serializeProgressFile(file), 'application/json');
    if (result.status === 'saved') {
      await recordExport(this.db, now);
      this.lastExportAt = now;
    }
    return { result, count: file.reviews.length };
  }
}
