// The learner's own answers to question cards, live for the screens: the current answer of each
// card in a map, read from the database the first time a screen asks for it (the start does not
// wait for them), and changed by each save, restore and clear.
import { assertClockPlausible } from '../core/event-time';
import type { OwnAnswerVersion } from '../core/own-cards/own-answer';
import type { FlashcardsDb } from '../db/db';
import { addOwnAnswerVersion, loadCurrentOwnAnswers, loadOwnAnswerVersions } from '../db/own-answer-store';

export class OwnAnswers {
  /** The current answer of each card that has one, by card id; empty until `load` has read them. */
  current = $state.raw<ReadonlyMap<string, OwnAnswerVersion>>(new Map());
  #loading: Promise<void> | undefined;

  constructor(
    private readonly db: FlashcardsDb,
    private readonly deviceId: string,
  ) {}

  /** Reads the current answers once; later calls wait for that same read. */
  load(): Promise<void> {
    this.#loading ??= this.#read();
    return this.#loading;
  }

  /** Reads them again if they were read (an import changed the database underneath). */
  async reload(): Promise<void> {
    if (this.#loading) await (this.#loading = this.#read());
  }

  async #read(): Promise<void> {
    try {
      this.current = await loadCurrentOwnAnswers(this.db);
    } catch (error) {
      this.#loading = undefined; // the next screen that asks tries again
      throw error;
    }
  }

  /** The card's current answer as Markdown; undefined when it has none (or they are not read yet). */
  ownAnswerOf(cardId: string): string | undefined {
    return this.current.get(cardId)?.markdown;
  }

  /** Every version of the card's answer, newest first. */
  versions(cardId: string): Promise<OwnAnswerVersion[]> {
    return loadOwnAnswerVersions(this.db, cardId);
  }

  /**
   * Saves a text as the card's answer (a new version; nothing when it is unchanged). A blank text
   * clears the answer. Refuses a clock before 2000 (ClockWrongError) and a text over
   * MAX_OWN_ANSWER_LENGTH (RangeError) before anything is written.
   */
  async save(cardId: string, markdown: string, now = Date.now()): Promise<void> {
    assertClockPlausible(now);
    await this.load();
    const text = markdown.trim() === '' ? '' : markdown;
    const version = await addOwnAnswerVersion(this.db, { cardId, markdown: text, now, deviceId: this.deviceId });
    if (!version) return;
    const current = new Map(this.current);
    if (version.markdown === '') current.delete(cardId);
    else current.set(cardId, version);
    this.current = current;
  }

  /** Makes an earlier version the newest again: a new version with its text. */
  restore(version: OwnAnswerVersion, now = Date.now()): Promise<void> {
    return this.save(version.cardId, version.markdown, now);
  }

  /** Clears the card's answer (the model answer alone shows again); earlier versions stay. */
  clear(cardId: string, now = Date.now()): Promise<void> {
    return this.save(cardId, '', now);
  }
}
