// The finished mock interviews for the screens: the history's lines, one interview's report (its
// cards read in the interview's language), the recordings kept on this computer, and the files a
// report or a recording is saved to.
import type { CompiledCard, DeckFile, Locale } from '../../content/schema';
import type { MockInterview, Recording } from '../core/mock/mock-interview';
import type { InterviewSummary, MockReport, ReportQuestionCard } from '../core/mock/report';
import type { MarkdownLabels } from '../core/mock/report-markdown';
import { OWN_ID_PREFIX } from '../core/own-cards/own-card';
import type { FlashcardsDb } from '../db/db';
import {
  deleteAllRecordings,
  deleteRecording,
  finishedIdsNewestFirst,
  listRecordings,
  loadFinishedInterviews,
  loadInterview,
  loadInterviews,
  loadRecordingsOf,
  type RecordingInfo,
} from '../db/mock-history-store';
import type { Host, SaveResult } from '../host/host';

export interface OpenedReport {
  interview: MockInterview;
  report: MockReport;
  recordings: Recording[];
}

export class MockHistory {
  /** Moves on each deletion of recordings, for the screens that list them to read them again. */
  recordingsChanged = $state(0);

  constructor(
    private readonly db: FlashcardsDb,
    private readonly host: Host,
    private readonly loadDeck: (locale: Locale) => Promise<DeckFile>,
    /** The cards in the interface language, where practice draws from. */
    private readonly cards: () => readonly CompiledCard[],
  ) {}

  /** Every finished interview, newest first (the score trend: every row is read). */
  async summaries(): Promise<InterviewSummary[]> {
    const [rows, { summarise }] = await Promise.all([loadFinishedInterviews(this.db), reportCore()]);
    return rows.map(summarise);
  }

  /** The finished interviews' ids, newest first, for the history to read a page at a time. */
  finishedIds(): Promise<string[]> {
    return finishedIdsNewestFirst(this.db);
  }

  async summariesOf(ids: readonly string[]): Promise<InterviewSummary[]> {
    const [rows, { summarise }] = await Promise.all([loadInterviews(this.db, ids), reportCore()]);
    return rows.map(summarise);
  }

  /** Starts loading the decks the listed interviews were held in, for a report opened next. */
  preloadDecks(locales: Iterable<Locale>): void {
    for (const locale of new Set(locales)) this.loadDeck(locale).catch(() => {}); // a report that needs it says so
  }

  /** One interview's report, or undefined when it is not on this computer. */
  async open(id: string): Promise<OpenedReport | undefined> {
    const interview = await loadInterview(this.db, id);
    if (!interview) return undefined;
    const [deck, own, recordings, { buildReport }] = await Promise.all([
      this.loadDeck(interview.settings.locale),
      this.#ownQuestions(interview),
      loadRecordingsOf(this.db, id),
      reportCore(),
    ]);
    const byId = new Map(deck.cards.map((card) => [card.id, card]));
    const questionCard = (cardId: string): ReportQuestionCard | undefined => {
      const card = byId.get(cardId);
      return card?.kind === 'question' ? card : own.get(cardId);
    };
    // Practice runs on the deck in the interface language; fact ids are the same in both.
    const facts = this.cards().flatMap((card) => (card.kind === 'fact' ? [card] : []));
    return { interview, report: buildReport(interview, questionCard, facts), recordings };
  }

  /** The learner's own question cards an interview asked, as they are now (deleted ones left out). */
  async #ownQuestions(interview: MockInterview): Promise<Map<string, ReportQuestionCard>> {
    const ids = interview.questions.map((q) => q.cardId).filter((id) => id.startsWith(OWN_ID_PREFIX));
    if (ids.length === 0) return new Map();
    const rows = await this.db.ownCards.bulkGet(ids);
    return new Map(rows.flatMap((row) => (row && row.kind === 'question' && row.deletedAt === 0 ? [[row.id, row] as const] : [])));
  }

  listRecordings(): Promise<RecordingInfo[]> {
    return listRecordings(this.db);
  }

  async deleteRecording(id: string): Promise<void> {
    await deleteRecording(this.db, id);
    this.recordingsChanged += 1;
  }

  async deleteAllRecordings(): Promise<void> {
    await deleteAllRecordings(this.db);
    this.recordingsChanged += 1;
  }

  /** Offers the report as a Markdown file in `locale` (the learner's), named by the interview's date. */
  async saveMarkdown(report: MockReport, locale: Locale, labels: MarkdownLabels, now = Date.now()): Promise<SaveResult> {
    const { reportFileName, reportMarkdown } = await markdownCore();
    return this.host.saveFile(reportFileName(report.startedAt, 'md'), reportMarkdown(report, locale, labels, now), 'text/markdown');
  }

  /** The page as it prints (only the report): a PDF file in the desktop app, the print dialog in a browser. */
  async savePdf(report: MockReport): Promise<SaveResult> {
    const { reportFileName } = await markdownCore();
    return this.host.savePdf(reportFileName(report.startedAt, 'pdf'));
  }

  /** Offers one recording as an audio file. */
  async saveRecording(report: MockReport, recording: Recording): Promise<SaveResult> {
    const { reportFileName } = await markdownCore();
    const extension = recording.mimeType.startsWith('audio/ogg') ? 'ogg' : 'webm';
    const name = reportFileName(report.startedAt, 'md').replace(/\.md$/, `-q${recording.questionIndex + 1}.${extension}`);
    return this.host.saveFile(name, recording.audio, recording.mimeType.split(';')[0] || 'audio/webm');
  }
}

// The report's code loads with the first history, report or trend, not in the first chunk: a start
// that shows none of them does not need it.
const reportCore = () => import('../core/mock/report');
const markdownCore = () => import('../core/mock/report-markdown');
