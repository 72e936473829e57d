// The app's live state: the deck in the current language, the card states, the learner's marks,
// settings and today's counts, kept in step with the database. Screens read it and call its
// methods; only db/ touches IndexedDB.
import type { DeckFile, Locale } from '../../content/schema';
import { newEventId } from '../core/event-id';
import { assertClockPlausible } from '../core/event-time';
import { progressFileName } from '../core/progress-file-name';
import { buildQueue, type QueueCard, type QueueLimits } from '../core/queue';
import type { StatsSlot } from '../core/answer-slots';
import { seenHashOf } from '../core/revision';
import { createSchedulerTimeline, hasAnswerAfter, type Scheduler } from '../core/scheduler';
import { DEFAULT_SETTINGS, type SchedulingHistory, type SettingName, type Settings } from '../core/settings';
import { endOfStudyDay, startOfStudyDay } from '../core/study-day';
import { applyAnswerToToday, type Today } from '../core/today';
import type { TaskOptions } from '../core/task-progress';
import { State, type CardState, type Rating, type ReviewEvent } from '../core/types';
import { readAppState, type AppState } from '../db/app-state';
import type { FlashcardsDb, UserCardData } from '../db/db';
import { loadCardReviews } from '../db/card-data';
import { withAnswerAt, type ExportHistory } from '../core/export-reminder';
import { readExportHistory, recordExport } from '../db/export-history';
import { discardHeldReviews, holdReviews, releaseHeldReviews, type HeldSummary } from '../db/held-reviews';
import {
  answerEvent,
  countHiddenReviews,
  loadReviewCount,
  loadTodayCounts,
  rebuildCardStates,
  recordAnswer,
  storedDeviceId,
  undoAnswer,
  type AlongsideWrite,
  type RecordedAnswer,
} from '../db/review-log';
import { loadReviewStats } from '../db/answer-slots-store';
import { saveLocale, saveSettings } from '../db/settings-store';
import { emptyUserCardData, updateUserCardData, type UserCardChange } from '../db/user-card-store';
import type { Host } from '../host/host';
import { afterPaintOrSoon } from './after-paint';
import { DeckCache } from './deck-cache';
import { InterviewPlan } from './interview-plan.svelte';
import { MockHistory } from './mock-history.svelte';
import { MockInterviews } from './mock-interviews.svelte';
import { OwnAnswers } from './own-answers.svelte';
import { isDeckCard, type StudyCard } from '../core/study-card';
import { OwnCards } from './own-cards.svelte';

export const APP_VERSION = __APP_VERSION__;

/** Which text of a card the learner answered: its language and that version's content hash. */
export interface ShownCard {
  locale: Locale;
  hash: string;
}

/** Answers a page kept on its way out (services/kept-answers.ts), for the next start to hold. */
export interface KeptAnswers {
  events: readonly ReviewEvent[];
  /** Called once they are held in the database. */
  taken(): void;
}

export class AppModel {
  deck = $state.raw<DeckFile | undefined>();
  states = $state.raw<ReadonlyMap<string, CardState>>(new Map());
  userData = $state.raw<ReadonlyMap<string, UserCardData>>(new Map());
  settings = $state.raw<Settings>(DEFAULT_SETTINGS);
  today = $state.raw<Today>({ dayStart: 0, newStudied: 0, reviewsDone: 0, newCardIds: new Set() });
  reviewCount = $state(0);
  /** Epoch ms of the last export saved in this session (the database keeps the older ones). */
  lastExportAt = $state<number>();
  /** Answers a file brought that wait apart until the clock reaches their time. */
  held = $state.raw<HeldSummary>({ count: 0, firstAt: undefined, lastAt: undefined, ready: 0 });
  /** Settings whose stored value was bad and fell back to its default, until they are saved again. */
  settingsFallbacks = $state.raw<readonly SettingName[]>([]);
  #schedulerAt = createSchedulerTimeline([]);
  /** The learner's own cards (model/own-cards.svelte.ts); their live ones are among `cards`. */
  readonly own: OwnCards;
  /** The answers' writes, in the order given (never rejects: each answer reports its own failure). */
  #writes: Promise<unknown> = Promise.resolve();
  /** The log's size as the start-up read found it, for the first useLocale; later ones read it again. */
  #startupReviewCount: number | undefined;
  /** Mock interviews: the set-up, the interview being run, its answers (model/mock-interviews). */
  readonly mock: MockInterviews;

  private constructor(
    readonly db: FlashcardsDb,
    readonly host: Host,
    readonly deviceId: string,
    readonly decks: DeckCache,
  ) {
    this.ownAnswers = new OwnAnswers(db, deviceId);
    this.mock = new MockInterviews(db, deviceId, this);
    this.interviewPlan = new InterviewPlan(db, this);
    this.own = new OwnCards(db);
    this.mockHistory = new MockHistory(db, host, (locale) => this.loadDeck(locale), () => this.cards.filter(isDeckCard));
  }

  /** Finished mock interviews: the history, the reports, the recordings. */
  readonly mockHistory: MockHistory;

  /** The learner's own answers to question cards, read when a screen first asks (see model/own-answers.svelte.ts). */
  readonly ownAnswers: OwnAnswers;

  /** The learner's current answer to a card, as Markdown, once `ownAnswers.load()` has read them. */
  ownAnswerOf(cardId: string): string | undefined {
    return this.ownAnswers.ownAnswerOf(cardId);
  }

  /** The interview date, its study plan and readiness (model/interview-plan.svelte.ts). */
  readonly interviewPlan: InterviewPlan;

  /** The language saved in the database (set by useLocale); undefined before the first choice. */
  savedLocale = $state.raw<Locale | undefined>();

  /**
   * Reads what the first screen needs (db/app-state.ts), and starts loading the saved
   * language's deck as soon as it is known (`decks` may already be loading it: see app/startup.ts).
   */
  static async open(
    db: FlashcardsDb,
    host: Host,
    now = Date.now(),
    decks = new DeckCache((locale) => host.loadDeck(locale)),
    // The open already under way (app/startup.ts). Opening again could reopen a connection that
    // storage-health closed on purpose (the schema was upgraded by another window).
    opening: Promise<unknown> = db.open(),
    kept?: KeptAnswers,
  ): Promise<AppModel> {
    await opening;
    if (kept) await holdKept(db, kept);
    const read = await readWithHeldReleased(db, now);
    if (read.savedLocale) void decks.get(read.savedLocale).catch(() => {}); // reported when useLocale asks for it
    const model = new AppModel(db, host, read.deviceId, decks);
    model.savedLocale = read.savedLocale;
    model.#useState(read);
    model.#startupReviewCount = read.reviewCount;
    await Promise.all([model.interviewPlan.use(read.interview), model.own.use(read.ownCards)]);
    return model;
  }

  /** Every card the learner studies: the deck's, then the live own cards (the one place they join). */
  get cards(): readonly StudyCard[] {
    return this.#cards;
  }
  // A function, not an expression: the derivation runs on first read, once `own` is set.
  #cards = $derived.by<readonly StudyCard[]>(() => (this.own.cards.length === 0 ? (this.deck?.cards ?? []) : [...(this.deck?.cards ?? []), ...this.own.cards]));

  /** A card by id among `cards`. */
  card(id: string): StudyCard | undefined {
    return this.#cardsById.get(id);
  }
  #cardsById = $derived(new Map(this.#cards.map((card) => [card.id, card])));

  /** The scheduler for answers given now. */
  get scheduler(): Scheduler {
    return this.#schedulerAt(Date.now());
  }

  get limits(): QueueLimits {
    const { newPerDay, maxReviewsPerDay, dayStartHour, newCardOrder } = this.settings;
    return { newPerDay, maxReviewsPerDay, dayStartHour, newCardOrder, randomSeed: this.deviceId };
  }

  /** Today's limits: the settings', the new cards coming from the interview plan while one runs. */
  limitsAt(now: number): QueueLimits {
    const plan = this.interviewPlan.limitsAt(now);
    return plan ? { ...this.limits, ...plan } : this.limits;
  }

  /** The study queue over some cards at `now`, within today's limits. */
  queue<C extends QueueCard>(cards: readonly C[], now: number) {
    return buildQueue({ cards, states: this.states, userData: this.userData, now, limits: this.limitsAt(now), today: this.#todayAt(now) });
  }

  /** The deck in a language, loaded once. */
  loadDeck(locale: Locale): Promise<DeckFile> {
    return this.decks.get(locale);
  }

  /**
   * Switches the cards to a language and saves the choice. The choice is written alongside the
   * deck's loading, not after it, so a reload right after the switch keeps it; the review count
   * is read alongside too (only the deck says which answers are visible).
   */
  async useLocale(locale: Locale): Promise<void> {
    await this.written();
    // savedLocale follows the database as soon as the write lands, even if the deck then fails.
    const save = locale === this.savedLocale ? undefined : saveLocale(this.db, locale).then(() => void (this.savedLocale = locale));
    const count = this.#startupReviewCount ?? loadReviewCount(this.db);
    this.#startupReviewCount = undefined;
    const loading = Promise.all([this.loadDeck(locale), count]);
    loading.catch(() => {}); // awaited below, once the save has landed either way
    await save;
    const [deck, total] = await loading;
    const hidden = await countHiddenReviews(this.db, new Set([...deck.cards, ...this.own.cards].map((c) => c.id)), this.states.keys());
    this.deck = deck;
    this.reviewCount = total - hidden;
  }

  /** Re-reads everything an import or a restore changed underneath the screens. */
  async reload(now = Date.now()): Promise<void> {
    await this.written();
    this.#exportHistory = undefined;
    const read = await readWithHeldReleased(this.db, now);
    await this.own.use(read.ownCards);
    const hidden = await countHiddenReviews(this.db, new Set(this.cards.map((c) => c.id)), read.states.keys());
    await this.interviewPlan.use(read.interview);
    this.#useState(read);
    this.reviewCount = read.reviewCount - hidden;
    await this.ownAnswers.reload();
  }

  #useState(read: AppState) {
    this.states = read.states;
    this.userData = read.userData;
    this.#useSettings(read.stored.settings, read.stored.history);
    this.settingsFallbacks = read.stored.fallbacks;
    this.today = read.today;
    this.held = read.held;
  }

  /** Throws the held answers away (the learner confirmed): they never join the log. */
  async discardHeld(): Promise<void> {
    await discardHeldReviews(this.db);
    this.held = { count: 0, firstAt: undefined, lastAt: undefined, ready: 0 };
  }

  /** The scheduler for each moment of the log, following the settings history (for replays). */
  get schedulerAt(): (time: number) => Scheduler {
    return this.#schedulerAt;
  }

  /**
   * Takes the answer into the live state before it returns (before its first await), so the next
   * card is drawn in the same frame. The write starts once that frame is painted (its transaction
   * costs the main thread a few milliseconds), within 100 ms in a hidden window; writes start, and
   * so land, in the order given. If the write fails, the card's state, its seen version and the
   * counts go back and the promise rejects. `shown` is the version of the card the learner saw
   * (the study language, or the other one after `L`), recorded so a later revision of that very
   * text can be told; not the interface language's version. A clock before 2000 is refused
   * (ClockWrongError) before anything changes. `alongside` is written in the answer's transaction.
   */
  async answer(
    cardId: string,
    rating: Rating,
    now: number,
    durationMs: number,
    shown?: ShownCard,
    alongside?: AlongsideWrite,
  ): Promise<RecordedAnswer> {
    assertClockPlausible(now);
    // Written only when it changes: the row's update walks a cursor, the largest part of the write.
    const shownHash = shown ? seenHashOf(shown.locale, shown.hash) : undefined;
    const seenHash = shownHash !== this.userData.get(cardId)?.seenHash ? shownHash : undefined;
    const previous = this.states.get(cardId);
    // A card answered later than now (the clock was ahead then, and was corrected) keeps its state
    // until the write has replayed its history: that later answer decides its schedule.
    const expected = previous && hasAnswerAfter(previous, now) ? previous : this.#schedulerAt(now).next(cardId, previous, rating, now);
    this.#setState(cardId, expected);
    if (seenHash !== undefined) this.#setUserData(cardId, { ...(this.userData.get(cardId) ?? emptyUserCardData(cardId)), seenHash });
    this.today = applyAnswerToToday(this.#todayAt(now), cardId, isNew(previous), 1);
    this.reviewCount += 1;
    this.#exportHistory = this.#exportHistory?.then((history) => withAnswerAt(history, now));
    const answer = { id: newEventId(now), cardId, rating, now, durationMs, deviceId: this.deviceId, seenHash };
    const write = afterPaintOrSoon().then(() => recordAnswer(this.db, this.#schedulerAt, answer, alongside));
    this.#writes = Promise.allSettled([this.#writes, write]);
    // An answer with a write alongside (a mock interview's) lands with that write or not at all, so
    // it is not kept apart: the interview takes the question up again at its next start.
    if (!alongside) {
      this.#onTheirWay.set(answer.id, answerEvent(answer));
      const settled = () => this.#onTheirWay.delete(answer.id);
      write.then(settled, settled);
    }
    try {
      const recorded = await write;
      // The stored state wins where it differs (another window answered this card meanwhile).
      if (this.states.get(cardId) === expected && JSON.stringify(recorded.next) !== JSON.stringify(expected)) {
        this.#setState(cardId, recorded.next);
      }
      return recorded;
    } catch (error) {
      // The database is the truth: once the answers given so far have settled, take back what
      // they left (a later answer of the same card was drawn from this one).
      await this.reload().catch((reloadError: unknown) => console.error(reloadError));
      throw error;
    }
  }

  /**
   * The answers whose write has not landed yet, as the log's events. The page keeps them when it
   * goes away (services/kept-answers.ts): their write dies with it.
   */
  answersOnTheirWay(): ReviewEvent[] {
    return [...this.#onTheirWay.values()];
  }

  /**
   * The learner takes back the last answer before its write has landed (undo waits for it): a
   * page that goes away meanwhile must not keep it, as the undo would die with the page.
   */
  withdrawLastAnswerOnItsWay(): void {
    const last = [...this.#onTheirWay.keys()].at(-1);
    if (last !== undefined) this.#onTheirWay.delete(last);
  }

  /** The events of the answers whose write has not settled yet, by id, in the order given. */
  #onTheirWay = new Map<string, ReviewEvent>();

  /**
   * Resolves once every answer given so far is written or has failed, and every change passed to
   * `pending` is done. Whatever reads the database to replace the live state waits for it, or it
   * would drop answers still on their way.
   */
  written(): Promise<void> {
    return Promise.allSettled([this.#writes, this.#pending]).then(() => undefined);
  }

  /**
   * Makes `written` wait for a change to the log that is on its way but not yet asked of the
   * model: the study screen's undo first waits for the answer it takes back to land, and the
   * statistics opened meanwhile must not read the log before the undo.
   */
  pending(change: Promise<unknown>): void {
    this.#pending = Promise.allSettled([this.#pending, change]);
  }

  #pending: Promise<unknown> = Promise.resolve();

  #setUserData(cardId: string, row: UserCardData | undefined): void {
    const userData = new Map(this.userData);
    if (row) userData.set(cardId, row);
    else userData.delete(cardId);
    this.userData = userData;
  }

  #setState(cardId: string, state: CardState | undefined): void {
    const states = new Map(this.states);
    if (state) states.set(cardId, state);
    else states.delete(cardId);
    this.states = states;
  }

  async undo(recorded: RecordedAnswer): Promise<void> {
    // The answers only: an undo passed to `pending` comes here, and would wait for itself.
    await this.#writes;
    await undoAnswer(this.db, recorded);
    this.#exportHistory = undefined;
    const states = new Map(this.states);
    if (recorded.previous) states.set(recorded.event.cardId, recorded.previous);
    else states.delete(recorded.event.cardId);
    this.states = states;
    if (recorded.event.reviewedAt >= this.today.dayStart) {
      this.today = applyAnswerToToday(this.today, recorded.event.cardId, isNew(recorded.previous), -1);
    }
    this.reviewCount -= 1;
  }

  /** Refuses (ClockWrongError) a clock before 2000, as answers do. */
  async updateCard(cardId: string, change: UserCardChange, now = Date.now()): Promise<void> {
    assertClockPlausible(now);
    await this.written(); // the stored row must carry the seen version a pending answer writes
    const row = await updateUserCardData(this.db, cardId, change, now);
    this.userData = new Map(this.userData).set(cardId, row);
  }

  /** Buries a card until the current study day ends. */
  bury(cardId: string, now = Date.now()): Promise<void> {
    return this.updateCard(cardId, { buriedUntil: endOfStudyDay(now, this.settings.dayStartHour) }, now);
  }

  async saveSettings(settings: Settings, now = Date.now()): Promise<void> {
    await this.written();
    const stored = await saveSettings(this.db, settings, now);
    if (stored.replayed.size > 0) this.states = new Map([...this.states, ...stored.replayed]);
    this.#useSettings(stored.settings, stored.history);
    this.settingsFallbacks = stored.fallbacks;
    this.today = await loadTodayCounts(this.db, startOfStudyDay(now, settings.dayStartHour), now);
  }

  /** When progress was last exported from this computer (the export reminder's input). */
  exportHistory(): Promise<ExportHistory> {
    const read = (this.#exportHistory ??= readExportHistory(this.db));
    read.catch(() => {
      if (this.#exportHistory === read) this.#exportHistory = undefined;
    });
    return read;
  }

  /**
   * The export history as last read, with the answers given since folded in: the reminder asks
   * after every answer, and reading the log's ends back each time put three reads in the frame
   * after the next card. Anything else that changes the log or the last export forgets it.
   */
  #exportHistory: Promise<ExportHistory> | undefined;

  /** Every answer given to one card, oldest first, including answers still on their way. */
  async cardReviews(cardId: string): Promise<ReviewEvent[]> {
    await this.written();
    return loadCardReviews(this.db, cardId);
  }

  /** Replays the whole log into the card states ("rebuild from history"); cancelled, nothing changes. */
  async rebuildFromHistory(options: TaskOptions = {}): Promise<number> {
    await this.written();
    this.states = await rebuildCardStates(this.db, this.#schedulerAt, options);
    return this.states.size;
  }

  /** The statistics' slots, in time order; counted from the whole log the first time (`onBuild` is told first). */
  async loadStats(onBuild?: () => void): Promise<StatsSlot[]> {
    await this.written();
    return loadReviewStats(this.db, this.#schedulerAt, onBuild);
  }

  /** This computer's progress as a backup file, answers on their way included; null when there is none. */
  async backupContents(now = Date.now()): Promise<Blob | null> {
    await this.written();
    const { exportForBackup } = await loadExporter();
    return exportForBackup(this.db, { appVersion: APP_VERSION, deviceId: this.deviceId, now });
  }

  async exportProgress(now: number) {
    await this.written();
    const { exportProgressBlob } = await loadExporter();
    const { blob, reviews } = await exportProgressBlob(this.db, { appVersion: APP_VERSION, deviceId: this.deviceId, now });
    const result = await this.host.saveFile(progressFileName(now), blob, 'application/json');
    if (result.status === 'saved') {
      await recordExport(this.db, now);
      this.#exportHistory = undefined;
      this.lastExportAt = now;
    }
    return { result, count: reviews };
  }

  #useSettings(settings: Settings, history: SchedulingHistory) {
    this.settings = settings;
    this.#schedulerAt = createSchedulerTimeline(history);
  }

  /** Today's counts, reset when the study day has rolled over since they were read. */
  #todayAt(now: number): Today {
    const dayStart = startOfStudyDay(now, this.settings.dayStartHour);
    if (dayStart === this.today.dayStart) return this.today;
    return { dayStart, newStudied: 0, reviewsDone: 0, newCardIds: new Set() };
  }
}

/**
 * What the app keeps live, once the held answers whose time has come have joined the log (their
 * own transaction, only when there are some: a start without them stays read-only). A release
 * that fails (a full disk) does not stop the start: the answers stay held, for the next one.
 */
async function readWithHeldReleased(db: FlashcardsDb, now: number): Promise<AppState> {
  const read = await readAppState(db, now);
  if (read.held.ready === 0) return read;
  try {
    await releaseHeldReviews(db, createSchedulerTimeline(read.stored.history), now);
  } catch (error) {
    console.warn(error);
    return read;
  }
  return readAppState(db, now);
}

/**
 * Held with the answers a file brought, the kept ones join the log in the release that follows,
 * skipping any whose own write landed after all. A hold that fails (a full disk) does not stop
 * the start: they stay kept, for the next one.
 */
async function holdKept(db: FlashcardsDb, kept: KeptAnswers): Promise<void> {
  try {
    // Only answers given to this database: a new one (the old was deleted, or started afresh) must
    // not take in the lost one's answers, or the lost-progress warning would not show.
    const deviceId = await storedDeviceId(db);
    const mine = kept.events.filter((event) => event.deviceId === deviceId);
    if (mine.length > 0) await holdReviews(db, mine);
    kept.taken();
  } catch (error) {
    console.warn(error);
  }
}

function isNew(previous: CardState | undefined): boolean {
  return !previous || previous.state === State.New;
}

/** The progress file's writer (its format, hashing and reader), loaded the first time a file is written: a start does not parse it. */
function loadExporter() {
  return import('../db/export-progress');
}
