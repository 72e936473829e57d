// The benchmark's page, served from the app's own origin so it shares the app's IndexedDB. It
// seeds histories and times the data paths with the app's own modules (schema, progress store,
// replay, export), then times the floor: raw Dexie and raw ts-fsrs on the same rows. Built only
// by the benchmark (tests/bench/harness.ts); the web build never ships it.
import Dexie from 'dexie';
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { DeckFile } from '../../../content/schema';
import { buildRows, filterRows, NO_FILTER } from '../../../renderer/core/browse-filter';
import { searchTextOf } from '../../../renderer/core/search';
import { replayReviews } from '../../../renderer/core/replay';
import { endOfStudyDay } from '../../../renderer/core/study-day';
import { addAnswer, type SlotDeltas } from '../../../renderer/core/answer-slots';
import { buildReviewStats, replaceStats } from '../../../renderer/db/answer-slots-store';
import { createScheduler, createSchedulerTimeline } from '../../../renderer/core/scheduler';
import type { MockInterview } from '../../../renderer/core/mock/mock-interview';
import type { StudyCard } from '../../../renderer/core/study-card';
import type { CardState, ReviewEvent } from '../../../renderer/core/types';
import { DB_NAME, openFlashcardsDb } from '../../../renderer/db/db';
import { allReviews, getDeviceId, loadCardStates, loadReviewCount } from '../../../renderer/db/review-log';
import { exportProgressText } from '../../../renderer/db/export-progress';
import { loadSettings, saveSettings } from '../../../renderer/db/settings-store';
import { DEFAULT_SETTINGS, paramsAt, toFsrsParameters } from '../../../renderer/core/settings';
import { importProgress } from '../../../renderer/db/import-progress';
import { checkProgressFile } from '../../../renderer/services/check-progress-file';
import type { Host } from '../../../renderer/host/host';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { generateHistory } from '../history';
import type { BenchPageApi, ExportTiming, FloorTiming, ImportTiming, PlanTiming, ReplayTiming, SearchTiming, SeedResult, StatsBuildTiming } from './api';

const FLOOR_DB = 'mlops-flashcards-bench-floor';

async function readDeck(locale: 'pt-BR' | 'en' = 'pt-BR'): Promise<DeckFile> {
  const response = await fetch(`../decks/${locale}.json`);
  if (!response.ok) throw new Error(`deck: HTTP ${response.status}`);
  return (await response.json()) as DeckFile;
}

async function deckCardIds(): Promise<string[]> {
  return (await readDeck()).cards.map((card) => card.id);
}

async function seed(reviews: number): Promise<SeedResult> {
  const started = performance.now();
  await Dexie.delete(DB_NAME);
  const db = openFlashcardsDb();
  try {
    await db.open();
    const deviceId = await getDeviceId(db);
    const history = generateHistory({ reviews, cardIds: await deckCardIds(), end: Date.now(), deviceId });
    // 200 timed answers need more cards than the default daily limits allow. The seed schedules as
    // the app does (the settings' timeline), so the app's answers and a replay agree with it.
    const stored = await saveSettings(db, { ...DEFAULT_SETTINGS, newPerDay: 9999, maxReviewsPerDay: 99999 }, Date.now());
    const schedulerAt = createSchedulerTimeline(stored.history);
    const states = new Map<string, CardState>();
    const slots: SlotDeltas = new Map();
    // Each chunk's states are computed while the previous chunk is being written.
    let writing: Promise<unknown> = Promise.resolve();
    let written = 0;
    for (const chunk of history) {
      for (const event of chunk) {
        addAnswer(slots, event, states.get(event.cardId));
        states.set(event.cardId, schedulerAt(event.reviewedAt).next(event.cardId, states.get(event.cardId), event.rating, event.reviewedAt));
      }
      await writing;
      writing = db.reviews.bulkAdd(chunk);
      written += chunk.length;
    }
    await writing;
    await db.cardStates.bulkPut([...states.values()]);
    // The statistics' slots as the app keeps them (built, as after its first statistics screen).
    await db.transaction('rw', db.reviewStats, db.meta, () => replaceStats(db, slots));
    // A learner's database has its count stored (the app counts a log once, then keeps the count).
    await loadReviewCount(db);
    return { reviews: written, cards: states.size, ms: performance.now() - started };
  } finally {
    db.close();
  }
}

/** The file the last export produced, for the import to read (exporting a million answers twice costs minutes). */
let exported: Blob | undefined;

/** The web host as the app has it, with a save the benchmark can watch. */
function benchHost(saveFile: Host['saveFile'] = async () => ({ status: 'saved' })): Host {
  return {
    kind: 'web',
    loadDeck: (locale) => readDeck(locale),
    saveFile,
    savePdf: () => Promise.reject(new Error('not used by the benchmark')),
    setUiLocale: () => {},
    onMenuCommand: () => () => {},
    openProgressFile: async () => ({ status: 'cancelled' }),
    allowMicrophone: async () => {},
    openTextFile: async () => ({ status: 'cancelled' }),
    backups: undefined,
  };
}

/** The app's export path (AppModel.exportProgress) with a host that keeps the file instead of saving it. */
async function measureExport(): Promise<ExportTiming> {
  const db = openFlashcardsDb();
  let bytes = 0;
  const host = benchHost(async (_name, contents) => {
    exported = typeof contents === 'string' ? new Blob([contents]) : contents;
    bytes = exported.size;
    return { status: 'saved' };
  });
  try {
    const model = await AppModel.open(db, host);
    const started = performance.now();
    const { count } = await model.exportProgress(Date.now());
    return { ms: performance.now() - started, reviews: count, bytes };
  } finally {
    db.close();
  }
}

/**
 * Import of the exported file into an empty database, as the app does it: the file (a Blob, as a
 * picked file is) checked in the worker, which hands the answers over, then the import (merge by
 * event id and replay, in one transaction).
 */
async function measureImport(): Promise<ImportTiming> {
  let file = exported;
  exported = undefined;
  if (file === undefined) {
    const source = openFlashcardsDb();
    try {
      file = new Blob([await exportProgressText(source, { appVersion: 'bench', deviceId: 'bench', now: Date.now() })]);
    } finally {
      source.close();
    }
  }
  await openFlashcardsDb('bench-import').delete();
  const target = openFlashcardsDb('bench-import');
  try {
    const started = performance.now();
    const parsed = await checkProgressFile(file);
    // The app refuses some files outright (a million answers make a file over its size limit):
    // that is a finding to report, not a benchmark failure.
    if (!parsed.ok) return { ms: null, refused: parsed.error };
    const outcome = await importProgress(target, parsed.file, createScheduler(), { now: Date.now() });
    if (!outcome.ok) throw new Error(`bench import: ${outcome.error}`);
    return { ms: performance.now() - started, refused: null };
  } finally {
    await target.delete();
  }
}

async function readLog(): Promise<ReviewEvent[]> {
  const db = openFlashcardsDb();
  try {
    return await allReviews(db);
  } finally {
    db.close();
  }
}

/** The log as the replay read it, kept for the floor: reading a million rows twice costs minutes. */
let lastRead: ReviewEvent[] | undefined;

/** A full replay of the log, as the app would do it: read every event, then replayReviews. */
async function measureReplay(): Promise<ReplayTiming> {
  const db = openFlashcardsDb();
  try {
    // ts-fsrs is shared by the replay and the floor: warm it first, or whichever runs first pays
    // its compilation.
    const warmUp = await db.reviews.limit(2000).toArray();
    replayReviews(warmUp, createSchedulerTimeline([]));
    const started = performance.now();
    const events = await allReviews(db);
    lastRead = events;
    const replayed = replayReviews(events, createSchedulerTimeline((await loadSettings(db)).history));
    const ms = performance.now() - started;
    const stored = await loadCardStates(db);
    const consistent =
      stored.size === replayed.size && [...stored].every(([id, state]) => JSON.stringify(state) === JSON.stringify(replayed.get(id)));
    return { ms, reviews: events.length, consistent };
  } finally {
    db.close();
  }
}

/** The statistics' first count of a whole log (once per database upgraded from schema 3). */
async function measureStatsBuild(): Promise<StatsBuildTiming> {
  const db = openFlashcardsDb();
  try {
    const seeded = await db.reviewStats.toArray();
    const started = performance.now();
    const built = await buildReviewStats(db, createSchedulerTimeline((await loadSettings(db)).history));
    const ms = performance.now() - started;
    return { ms, consistent: JSON.stringify(built) === JSON.stringify(seeded) };
  } finally {
    db.close();
  }
}

/** The platform's floor on the same rows: Dexie with nothing of ours in between, and bare ts-fsrs. */
async function measureFloor(): Promise<FloorTiming> {
  // The same rows, in time order (allReviews reads them by reviewedAt).
  const rows = lastRead ?? (await readLog());
  lastRead = undefined;
  const appDb = openFlashcardsDb();
  await Dexie.delete(FLOOR_DB);
  const floor = new Dexie(FLOOR_DB);
  floor.version(1).stores({ reviews: 'id, cardId, reviewedAt' });
  try {
    await floor.open();
    const table = floor.table<ReviewEvent, string>('reviews');
    let started = performance.now();
    await table.bulkPut(rows);
    const putMs = performance.now() - started;

    started = performance.now();
    const read = await table.toArray();
    const readMs = performance.now() - started;
    if (read.length !== rows.length) throw new Error(`floor read ${read.length} of ${rows.length} rows`);

    // The same parameters as the app's replay (the learner's settings: fuzz and learning steps
    // included); the seeded log has one parameter set, the one in force now.
    const { history } = await loadSettings(appDb);
    const engine = fsrs(generatorParameters(toFsrsParameters(paramsAt(history, Date.now()))));
    const cards = new Map<string, Card>();
    started = performance.now();
    for (const row of rows) {
      const at = new Date(row.reviewedAt);
      cards.set(row.cardId, engine.next(cards.get(row.cardId) ?? createEmptyCard(at), at, row.rating as Grade).card);
    }
    const fsrsMs = performance.now() - started;
    return { putMs, readMs, fsrsMs, reviews: rows.length };
  } finally {
    appDb.close();
    floor.close();
    await Dexie.delete(FLOOR_DB);
  }
}

/** Queries a learner types in the card browser: words, parts of words, a phrase, nothing found. */
const SEARCH_QUERIES = ['implantacao', 'modelo deriva', '"feature store"', 'zzz', 'latência pipeline dados', 'monitor'];

/**
 * The card browser's search over real text: the bundled deck four times over, each card with its
 * other language's words, as the browser searches them.
 */
async function measureSearch(): Promise<SearchTiming> {
  const [deck, english] = await Promise.all([readDeck('pt-BR'), readDeck('en')]);
  const translations = new Map(english.cards.map((card) => [card.id, card]));
  const cards = [0, 1, 2, 3].flatMap((copy) => deck.cards.map((card) => ({ ...card, id: `${card.id}-${copy}` })));
  return timeSearch(cards, (card) => searchTextOf(card, translations.get(card.id.slice(0, card.id.lastIndexOf('-')))));
}

/**
 * The interview plan and readiness (issue 18) on the seeded history, with an interview 14 days
 * ahead: the first time on opening (it reads the day's answer times), then again the same day.
 * The date is cleared after, as a learner would.
 */
async function measurePlan(): Promise<PlanTiming> {
  const db = openFlashcardsDb();
  try {
    const model = await AppModel.open(db, benchHost());
    await model.useLocale('pt-BR');
    const now = Date.now();
    const day = new Date(now + 14 * 86_400_000);
    await model.interviewPlan.setDate({ date: { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() }, time: null }, now);
    const times: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const started = performance.now();
      await model.interviewPlan.refresh(now);
      times.push(performance.now() - started);
    }
    if (!model.interviewPlan.readiness) throw new Error('bench plan: no readiness worked out');
    await model.interviewPlan.clear(now);
    const warm = times.slice(1).sort((a, b) => a - b);
    return { firstMs: times[0]!, medianMs: warm[Math.floor(warm.length / 2)]! };
  } finally {
    db.close();
  }
}

/**
 * Search over the deck and 10,000 own cards (issue 19), as the card browser does it: each own card
 * a fact in one language, made from a deck fact's words (prompt, and an answer of up to 450
 * characters, as an imported Anki or Quizlet card is), with a tag.
 */
async function measureOwnSearch(): Promise<SearchTiming> {
  const [deck, english] = await Promise.all([readDeck('pt-BR'), readDeck('en')]);
  const translations = new Map(english.cards.map((card) => [card.id, card]));
  const facts = [...deck.cards, ...english.cards].filter((card) => card.kind === 'fact');
  const own: StudyCard[] = Array.from({ length: 10_000 }, (_, i) => {
    const source = facts[i % facts.length]!;
    return { id: `own/${String(i).padStart(12, '0')}`, kind: 'fact', section: 'own:imported', prompt: `${source.prompt} (${i})`, parent: '', tags: ['imported'], answerHtml: source.answerHtml, hash: '', own: { locale: i % 2 ? 'en' : 'pt-BR', sectionName: 'Imported' } };
  });
  const cards: StudyCard[] = [...deck.cards, ...own];
  return timeSearch(cards, (card) => searchTextOf(card, card.own ? undefined : translations.get(card.id)));
}

/** The browser's filter over `cards`, their text folded once: the median time of one query. */
function timeSearch(cards: StudyCard[], textOf: (card: StudyCard) => string): SearchTiming {
  const now = Date.now();
  const rows = buildRows(cards, new Map(), new Map(), now, textOf);
  const context = { dayEnd: endOfStudyDay(now) };
  filterRows(rows, { ...NO_FILTER, query: 'aquecimento' }, context);
  const times: number[] = [];
  let matches = 0;
  for (const query of SEARCH_QUERIES) {
    const started = performance.now();
    matches += filterRows(rows, { ...NO_FILTER, query }, context).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { cards: cards.length, queries: SEARCH_QUERIES.length, msPerQuery: times[Math.floor(times.length / 2)]!, matches };
}

/** Finished interviews as the mock interview screen leaves them, for the history and report figures. */
async function seedMockInterviews(count: number): Promise<number> {
  const questions = (await readDeck()).cards.filter((card) => card.kind === 'question');
  const day = 86_400_000;
  const now = Date.now();
  const interviews: MockInterview[] = Array.from({ length: count }, (_, i) => {
    const startedAt = now - (i + 1) * day;
    return {
      id: `${startedAt.toString(36).padStart(9, '0')}-${String(i).padStart(12, '0')}`,
      startedAt,
      status: 'finished',
      settings: { sections: [], questionCount: 6, secondsPerQuestion: 120, locale: 'pt-BR', weakFirst: false, readAloud: false },
      questions: Array.from({ length: 6 }, (_, q) => {
        const card = questions[(i * 6 + q) % questions.length]!;
        const covered = card.kind === 'question' ? card.keyPoints.map((_, k) => k).filter((k) => (k + i + q) % 3 !== 0) : [];
        const at = startedAt + q * 150_000;
        return { cardId: card.id, startedAt: at, endedAt: at + (60 + ((i + q) % 120)) * 1000, outline: 'An outline of a few lines.\n'.repeat(6), suggested: covered, covered, keyPointCount: card.kind === 'question' ? card.keyPoints.length : 0, rating: 3, reviewId: '' };
      }),
      updatedAt: startedAt + 900_000,
      deviceId: 'bench',
    };
  });
  const db = openFlashcardsDb();
  try {
    await db.mockInterviews.bulkPut(interviews);
    return db.mockInterviews.count();
  } finally {
    db.close();
  }
}

const api: BenchPageApi = { seed, measureExport, measureImport, measureReplay, measureStatsBuild, measureFloor, measureSearch, measurePlan, seedMockInterviews, measureOwnSearch };
window.bench = api;
document.body.dataset.ready = 'true';
