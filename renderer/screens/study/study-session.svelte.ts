// The study session's state machine, apart from its drawing: which card is shown, whether its
// answer is revealed, the answers given (for undo and the summary), and the writes still on
// their way. The screen renders it and maps keys to its methods; unit tests drive it directly.
import type { Locale } from '../../../content/schema';
import type { SessionAnswer } from '../../core/session-summary';
import { ClockWrongError, isClockPlausible } from '../../core/event-time';
import { classifyStorageError } from '../../core/storage-errors';
import type { QueueCard } from '../../core/queue';
import { Flag, type FlagColour, type Rating } from '../../core/types';
import type { RecordedAnswer } from '../../db/review-log';
import type { AppModel, ShownCard } from '../../model/app-model.svelte';
import type { StudyMode } from './study-mode';

/** Time spent on one card is capped, so a break away from the laptop does not count. */
export const MAX_ANSWER_MS = 10 * 60_000;

/** What the status line says after an action; the screen words it. */
export type SessionNotice =
  | { kind: 'undone' }
  | { kind: 'flagged'; flag: FlagColour }
  | { kind: 'unflagged' }
  | { kind: 'buried' }
  | { kind: 'suspended' }
  | { kind: 'note-saved' }
  | { kind: 'flipped'; locale: Locale }
  /** `L` on an own card: it is written in one language only. */
  | { kind: 'no-other-version'; locale: Locale };

/** `clock-wrong`: the computer's clock says before 2000, and nothing can be recorded. */
export type SessionError = 'quota' | 'save-failed' | 'clock-wrong';

/** Where the keyboard focus belongs after a change: the "show answer" button or the grades. */
export type SessionFocus = 'show' | 'grades';

export interface SessionHooks {
  now?: () => number;
  /** Move the keyboard focus; called as the change is made, before the screen has drawn it. */
  focus?: (target: SessionFocus) => void;
  /** An answer's write failed and its card is back: close whatever dialog was opened meanwhile. */
  answerLost?: () => void;
}

interface Step {
  cardId: string;
  answer: SessionAnswer;
  /** Undefined in free practice that does not count: nothing was written. */
  recorded: RecordedAnswer | undefined;
}

export class StudySession {
  currentId = $state<string>();
  revealed = $state(false);
  /** The card is shown in the other language (`L`). */
  flipped = $state(false);
  /** A flag, burial, note or undo is being written: further actions wait. */
  saving = $state(false);
  practiceIndex = $state(0);
  steps = $state.raw<readonly Step[]>([]);
  notice = $state.raw<SessionNotice>();
  error = $state<SessionError>();
  /** How long (ms) until the card would be due again after each grade, once revealed. */
  intervals = $state.raw<Readonly<Record<Rating, number>>>();

  #shownAt = 0;
  /** Saves finish after the learner may have left the screen; then only the data changes. */
  #alive = true;
  /** The last answer's write and the step it adds: undo waits for it. */
  #writing: Promise<void> = Promise.resolve();
  /** Set while the last answer's write is on its way (until #writing settles); one per answer. */
  #lastOnItsWay: object | undefined;

  private readonly now: () => number;
  private readonly focus: (target: SessionFocus) => void;
  private readonly answerLost: () => void;

  constructor(
    private readonly model: AppModel,
    private readonly mode: StudyMode,
    /** The cards a scheduled session draws from (a section, or the whole deck). */
    private readonly scope: () => readonly QueueCard[],
    hooks: SessionHooks = {},
  ) {
    this.now = hooks.now ?? Date.now;
    this.focus = hooks.focus ?? (() => {});
    this.answerLost = hooks.answerLost ?? (() => {});
    this.showNext();
  }

  /** The screen is gone: pending writes still land, but the session no longer changes. */
  dispose(): void {
    this.#alive = false;
  }

  get practice(): boolean {
    return this.mode.kind === 'practice';
  }

  showNext(): void {
    if (this.mode.kind === 'scheduled') this.currentId = this.model.queue(this.scope(), this.now()).next?.id;
    else this.currentId = this.mode.cardIds[this.practiceIndex];
    this.#present();
  }

  reveal(): void {
    if (!this.currentId || this.revealed) return;
    const now = this.now();
    const due = this.model.scheduler.preview(this.currentId, this.model.states.get(this.currentId), now);
    this.intervals = { 1: due[1] - now, 2: due[2] - now, 3: due[3] - now, 4: due[4] - now };
    this.revealed = true;
    this.focus('grades');
  }

  /**
   * Records the grade and shows the next card in the same frame; the write follows. If it fails,
   * the card whose answer was lost comes back, revealed, to be graded again.
   */
  grade(rating: Rating, shown: ShownCard | undefined): void {
    if (!this.currentId || !this.revealed || this.saving) return;
    const now = this.now();
    const cardId = this.currentId;
    const answer = { rating, durationMs: Math.min(now - this.#shownAt, MAX_ANSWER_MS) };
    // Read the mode now: the learner may leave the screen while the answer is saved.
    const practice = this.mode.kind === 'practice';
    const writes = this.mode.kind === 'scheduled' || this.mode.updatesSchedule;
    this.error = undefined;
    this.notice = undefined;
    // Checked before the next card is drawn: the learner stays on this one, to answer it again
    // once the clock is right.
    if (writes && !isClockPlausible(now)) {
      this.error = 'clock-wrong';
      return;
    }
    const saved = writes ? this.model.answer(cardId, rating, now, answer.durationMs, shown) : Promise.resolve(undefined);
    if (practice) this.practiceIndex += 1;
    this.showNext();
    const onItsWay = writes ? {} : undefined;
    this.#lastOnItsWay = onItsWay;
    const settled = () => {
      if (this.#lastOnItsWay === onItsWay) this.#lastOnItsWay = undefined;
    };
    this.#writing = saved.then(
      (recorded) => {
        settled();
        if (this.#alive) this.steps = [...this.steps, { cardId, answer, recorded }];
      },
      (failure: unknown) => {
        settled();
        this.#fail(failure);
        if (!this.#alive) return;
        this.answerLost();
        if (practice) this.practiceIndex -= 1;
        this.currentId = cardId;
        this.#present();
        this.reveal();
      },
    );
  }

  /** Resolves once the last answer's write (and its step) has landed or failed. */
  settled(): Promise<void> {
    return this.#writing;
  }

  async undo(): Promise<void> {
    if (this.saving) return;
    const undoing = this.#act(async () => {
      // The last answer may still be on its way to the database; its step comes with it.
      if (this.#lastOnItsWay) this.model.withdrawLastAnswerOnItsWay();
      await this.#writing;
      const last = this.steps.at(-1);
      if (!last) return;
      if (last.recorded) await this.model.undo(last.recorded);
      if (!this.#alive) return;
      this.steps = this.steps.slice(0, -1);
      if (this.mode.kind === 'practice') this.practiceIndex -= 1;
      this.currentId = last.cardId;
      this.#present();
      this.notice = { kind: 'undone' };
    });
    this.model.pending(undoing);
    await undoing;
  }

  /** Sets a flag colour; the same colour again takes the flag off. */
  async flag(colour: FlagColour): Promise<void> {
    const cardId = this.currentId;
    if (!cardId) return;
    const next = this.model.userData.get(cardId)?.flag === colour ? Flag.None : colour;
    await this.#act(async () => {
      await this.model.updateCard(cardId, { flag: next }, this.now());
      this.notice = next === 0 ? { kind: 'unflagged' } : { kind: 'flagged', flag: next };
    });
  }

  /** Buries the card until tomorrow, or suspends it, and moves on. */
  async setAside(kind: 'bury' | 'suspend'): Promise<void> {
    const cardId = this.currentId;
    if (!cardId) return;
    const practice = this.mode.kind === 'practice';
    await this.#act(async () => {
      if (kind === 'bury') await this.model.bury(cardId, this.now());
      else await this.model.updateCard(cardId, { suspended: 1 }, this.now());
      if (!this.#alive) return;
      this.notice = { kind: kind === 'bury' ? 'buried' : 'suspended' };
      if (practice) this.practiceIndex += 1;
      this.showNext();
    });
  }

  /** Saves the learner's note on the current card; true once it is written. */
  async saveNote(text: string): Promise<boolean> {
    const cardId = this.currentId;
    if (!cardId) return false;
    let saved = false;
    await this.#act(async () => {
      await this.model.updateCard(cardId, { note: text.trim() }, this.now());
      this.notice = { kind: 'note-saved' };
      saved = true;
    });
    return saved;
  }

  /** Shows the current card in the other language, or back. */
  flip(studyLocale: Locale, otherLocale: Locale, onlyLocale?: Locale): void {
    if (!this.currentId) return;
    if (onlyLocale) {
      this.notice = { kind: 'no-other-version', locale: onlyLocale };
      return;
    }
    this.flipped = !this.flipped;
    this.notice = { kind: 'flipped', locale: this.flipped ? otherLocale : studyLocale };
  }

  /** A new card (or the same one again) is shown from its prompt. */
  #present(): void {
    this.revealed = false;
    this.flipped = false;
    this.intervals = undefined;
    this.#shownAt = this.now();
    this.focus('show');
  }

  async #act(run: () => Promise<void>): Promise<void> {
    this.saving = true;
    this.error = undefined;
    this.notice = undefined;
    try {
      await run();
    } catch (failure) {
      this.#fail(failure);
    } finally {
      this.saving = false;
    }
  }

  #fail(failure: unknown): void {
    if (failure instanceof ClockWrongError) {
      this.error = 'clock-wrong'; // the learner's clock, not a bug: nothing to log
      return;
    }
    console.error(failure);
    this.error = classifyStorageError(failure) === 'quota' ? 'quota' : 'save-failed';
  }
}
