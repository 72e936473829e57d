// The mock interview's live state and writes (issue 17): the set-up remembered, the interview
// being run, written at every step so a closed window keeps it, and each checked answer
// recorded through the app's normal answer path, in one transaction with the interview's row.
import type { DeckFile, Locale } from '../../content/schema';
import { SECTIONS } from '../../content/syllabus';
import type { CardSection, StudyQuestion } from '../core/study-card';
import { chooseQuestions, RECENT_LAPSE_DAYS } from '../core/mock/choose-questions';
import type { MockInterview, MockSettings } from '../core/mock/mock-interview';
import { checkAnswer, currentStep, endAnswer, resumed, startInterview, withOutline } from '../core/mock/mock-run';
import { countRecentLapses } from '../core/mock/recent-lapses';
import { newEventId } from '../core/event-id';
import type { Rating } from '../core/types';
import type { FlashcardsDb } from '../db/db';
import {
  discardInterview,
  historiesWithAgainSince,
  interviewAlongside,
  loadInterview,
  loadMockSettings,
  loadRunningInterview,
  saveInterview,
  saveMockSettings,
  saveRecording,
} from '../db/mock-store';
import type { AppModel } from './app-model.svelte';

const DAY_MS = 86_400_000;
// The matcher brings Snowball stemmers and stop lists (about 9 KB gzipped): loaded with the mock
// screen's first interview, not with the app's first chunk.
const loadMatcher = () => import('../core/mock/key-point-match');
/** The typed outline is written this long after the last key press (and at once when the answer ends). */
export const OUTLINE_SAVE_DELAY_MS = 400;
/** An answer's time in the review log, as long as the study screen allows one (a window left open is not study). */
const MAX_LOGGED_ANSWER_MS = 10 * 60_000;

export interface AnswerCheck {
  covered: readonly number[];
  rating: Rating;
  /** Record the rating in the review log (moves the card's schedule). */
  record: boolean;
}

export class MockInterviews {
  /** The interview being run, or left running; undefined once none is. */
  current = $state.raw<MockInterview>();
  /** The deck in the current interview's language. */
  deck = $state.raw<DeckFile>();
  #pendingOutline: ReturnType<typeof setTimeout> | undefined;
  #flushOutline: (() => void) | undefined;
  /** The row's writes, in order: each one writes the whole row, so a late one must not undo a newer one. */
  #writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: FlashcardsDb,
    private readonly deviceId: string,
    private readonly app: AppModel,
  ) {}

  /** Looks for an interview left running (for the offer to resume or discard it). */
  async findRunning(): Promise<MockInterview | undefined> {
    await this.#writes;
    if (this.current) return this.current;
    return (this.current = await loadRunningInterview(this.db));
  }

  /** One interview as stored. */
  load(id: string): Promise<MockInterview | undefined> {
    return loadInterview(this.db, id);
  }

  loadSettings(fallbackLocale: Locale): Promise<MockSettings> {
    return loadMockSettings(this.db, fallbackLocale);
  }

  /** The question cards of the interview's language, by id: the deck's, or the learner's own. */
  question(cardId: string): StudyQuestion | undefined {
    const card = this.deck?.cards.find((c) => c.id === cardId) ?? this.app.cards.find((c) => c.id === cardId && c.own !== undefined);
    return card?.kind === 'question' ? card : undefined;
  }

  /**
   * The learner's own cards an interview in `locale` may ask: each is written in one language
   * and asked in it. Their facts count for "weak topics first" as the deck's do.
   */
  ownQuestions(locale: Locale): StudyQuestion[] {
    return this.app.cards.filter((c): c is StudyQuestion => c.kind === 'question' && c.own?.locale === locale);
  }

  /**
   * Draws the questions and starts the interview at `now`; the set-up is remembered. Weak topics
   * first weighs each question by the learner's recall and its (and its facts') recent lapses.
   */
  async start(settings: MockSettings, now: number, random: () => number = Math.random): Promise<MockInterview> {
    const [deck] = await Promise.all([this.app.loadDeck(settings.locale), loadMatcher()]);
    const own = this.ownQuestions(settings.locale);
    const questions: StudyQuestion[] = [...deck.cards.flatMap((c) => (c.kind === 'question' ? [c] : [])), ...own];
    const facts = new Map<string, string[]>();
    for (const card of [...deck.cards, ...this.app.cards.filter((c) => c.own !== undefined)]) {
      if (card.kind === 'fact' && card.parent !== '') facts.set(card.parent, [...(facts.get(card.parent) ?? []), card.id]);
    }
    const every: CardSection[] = [...SECTIONS, ...new Set(own.map((q) => q.section))];
    const sections = settings.sections.length === 0 ? every : every.filter((s) => settings.sections.includes(s));
    const ids = chooseQuestions({
      questions: questions.map((q) => ({ id: q.id, section: q.section })),
      states: this.app.states,
      facts,
      recentLapses: settings.weakFirst ? await this.recentLapses(now) : undefined,
      sections,
      count: settings.questionCount,
      weakFirst: settings.weakFirst,
      now,
      random,
    });
    const byId = new Map(questions.map((q) => [q.id, q]));
    const chosen = ids.map((id) => ({ cardId: id, keyPointCount: byId.get(id)!.keyPoints.length }));
    const interview = startInterview(newEventId(now), settings, chosen, now, this.deviceId);
    await this.#write(() =>
      this.db.transaction('rw', [this.db.settings, this.db.mockInterviews], () =>
        Promise.all([saveMockSettings(this.db, settings), saveInterview(this.db, interview)]),
      ),
    );
    this.deck = deck;
    this.current = interview;
    return interview;
  }

  /** Takes up the interview left running: the question being answered starts over at `now`. */
  async resume(now: number): Promise<void> {
    const interview = await this.findRunning();
    if (!interview) return;
    [this.deck] = await Promise.all([this.app.loadDeck(interview.settings.locale), loadMatcher()]);
    this.#set(resumed(interview, now));
  }

  async discard(): Promise<void> {
    this.#cancelOutline();
    const interview = this.current;
    await this.#writes;
    if (interview) await discardInterview(this.db, interview.id);
    this.current = undefined;
  }

  /** Keeps the outline as it is typed, written shortly after the last key press. */
  typeOutline(index: number, outline: string, now: number): void {
    const interview = this.current;
    if (!interview) return;
    this.current = withOutline(interview, index, outline, now);
    this.#cancelOutline();
    const flush = () => {
      this.#pendingOutline = undefined;
      this.#flushOutline = undefined;
      const latest = this.current;
      if (latest) void this.#write(() => saveInterview(this.db, latest));
    };
    this.#flushOutline = flush;
    this.#pendingOutline = setTimeout(flush, OUTLINE_SAVE_DELAY_MS);
  }

  /** Writes a pending outline now (leaving the screen, closing the window). */
  flush(): Promise<void> {
    this.#flushOutline?.();
    this.#cancelOutline();
    return this.#writes.then(() => undefined);
  }

  /** The answer ends at `now`: the key points the outline covers are pre-ticked. */
  async endAnswer(index: number, outline: string, now: number): Promise<void> {
    const interview = this.current;
    const card = interview && this.question(interview.questions[index]!.cardId);
    if (!interview || !card) return;
    this.#cancelOutline();
    const { matchKeyPoints } = await loadMatcher(); // loaded already when the interview started
    const matches = matchKeyPoints(outline, card.keyPoints, interview.settings.locale);
    const suggested = matches.flatMap((match, i) => (match.covered ? [i] : []));
    this.#set(endAnswer(interview, index, outline, suggested, now));
  }

  /**
   * The learner's check of a question; with `record`, its rating joins the review log as any
   * answer does, in the same transaction as the interview's row. Returns the interview as it
   * stands after (finished after its last question).
   */
  async check(index: number, result: AnswerCheck, now: number): Promise<MockInterview | undefined> {
    const interview = this.current;
    const question = interview?.questions[index];
    if (!interview || !question) return undefined;
    await this.flush();
    if (!result.record) {
      this.#set(checkAnswer(interview, index, { covered: result.covered, rating: 0, reviewId: '' }, now));
      await this.#writes;
    } else {
      const card = this.question(question.cardId);
      const durationMs = Math.min(Math.max(0, question.endedAt - question.startedAt), MAX_LOGGED_ANSWER_MS);
      let next: MockInterview | undefined;
      const alongside = interviewAlongside(
        this.db,
        (event) => (next = checkAnswer(interview, index, { covered: result.covered, rating: result.rating, reviewId: event.id }, now)),
      );
      const shown = card ? { locale: interview.settings.locale, hash: card.hash } : undefined;
      await this.#write(() => this.app.answer(question.cardId, result.rating, now, durationMs, shown, alongside));
      this.current = next;
    }
    const after = this.current;
    if (after && currentStep(after).phase === 'finished') this.current = undefined;
    return after;
  }

  /** A spoken answer, kept on this computer only. */
  async saveRecording(index: number, audio: Blob, now: number): Promise<void> {
    const interview = this.current;
    if (!interview) return;
    await saveRecording(this.db, {
      id: newEventId(now),
      interviewId: interview.id,
      questionIndex: index,
      mimeType: audio.type,
      bytes: audio.size,
      createdAt: now,
      audio,
    });
  }

  /** Lapses in the last RECENT_LAPSE_DAYS, by card, from the histories of the cards that have one. */
  async recentLapses(now: number): Promise<Map<string, number>> {
    await this.app.written();
    const since = now - RECENT_LAPSE_DAYS * DAY_MS;
    return countRecentLapses(await historiesWithAgainSince(this.db, since), this.app.schedulerAt, since);
  }

  #set(interview: MockInterview): void {
    this.current = interview;
    void this.#write(() => saveInterview(this.db, interview));
  }

  #write<T>(write: () => Promise<T>): Promise<T> {
    const result = this.#writes.then(write);
    this.#writes = result.catch((error: unknown) => console.error(error));
    return result;
  }

  #cancelOutline(): void {
    if (this.#pendingOutline !== undefined) clearTimeout(this.#pendingOutline);
    this.#pendingOutline = undefined;
    this.#flushOutline = undefined;
  }
}
