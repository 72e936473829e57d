// The benchmark harness: builds the benchmark page next to a copy of the web build (one origin,
// one IndexedDB), serves it with vite preview on 127.0.0.1, and drives Debian's Chromium.
// `npm run bench` runs it through run.ts; the smoke test runs it on tiny histories.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import type { ExportTiming, FloorTiming, ImportTiming, PlanTiming, ReplayTiming, SearchTiming, StatsBuildTiming } from './page/api';
import { PROBE_SCRIPT, READY_MESSAGE, type ProbeState } from './probe';
import './page/api';
import type { BenchResults, HistoryResult } from './results';

export interface BenchOptions {
  /** History sizes (answers in the log). */
  histories: number[];
  /** Answers timed per history. */
  answers: number;
  /** Page loads timed per history (and for the bare page); the median is reported. */
  loads: number;
  /** 0 picks a free port. */
  port: number;
  chromiumPath: string;
  /** Where the served site is assembled (the web build plus bench/). */
  siteDir: string;
  /** The web build to measure (`npm run build:web`). */
  webDir: string;
  log: (line: string) => void;
}

/** Extra figures printed beside the results (the JSON keeps the issues' shape). */
export interface BenchDetails {
  perHistory: {
    reviews: number;
    seedMs: number;
    exportBytes: number;
    /** Peak JS heap of the app open (its loads and the timed answers), of the export and of the import. */
    heapMb: { idle: number; export: number; import: number };
    replayConsistent: boolean;
    /** The statistics' first count of the whole log, and whether it equals the seeded slots. */
    statsBuildMs: number;
    statsBuildConsistent: boolean;
    /** Why the app refused to import the exported file (e.g. 'too-large'); null when it imported it. */
    importRefused: string | null;
    loadsMs: number[];
    /** The stack page's loads, interleaved with the app's. */
    stackLoadsMs: number[];
    /** Median of the bare page loads interleaved with this history's app loads. */
    bareMs: number;
    /** The plan and readiness worked out again the same day (median). */
    planWarmMs: number;
  }[];
  /** The card browser's search, once per run (it does not depend on the history). */
  search: SearchTiming;
  chromium: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
export const VITE_CONFIG = join(ROOT, 'vite.config.ts');
// The learner's grades during the timed session: Again and Hard keep cards in learning, so the
// session never runs out of cards; Good and Easy move them on.
const GRADE_KEYS = ['3', '1', '3', '2', '4', '3', '1', '3'];
const MB = 1024 * 1024;
/** Pause between seeding a history and timing its loads. */
const SETTLE_MS = 3000;

export const defaultOptions = (): BenchOptions => ({
  histories: [0, 10_000, 100_000, 1_000_000],
  answers: 200,
  loads: 9,
  port: Number(process.env.PORT ?? 4176),
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  siteDir: join(ROOT, 'dist/bench-site'),
  webDir: join(ROOT, 'dist/web'),
  log: (line) => console.error(line),
});

/** Debian's Chromium as every benchmark run uses it, with the probe in every page. */
export async function launchBenchContext(profile: string, chromiumPath: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // performance.memory reports exact heap sizes instead of coarse buckets.
      '--enable-precise-memory-info',
    ],
  });
  await context.addInitScript({ content: PROBE_SCRIPT });
  return context;
}

/** The served site: the web build as it ships, plus the benchmark pages under bench/. */
export async function buildBenchSite(options: Pick<BenchOptions, 'siteDir' | 'webDir'>): Promise<void> {
  if (!existsSync(join(options.webDir, 'index.html'))) throw new Error(`no web build in ${options.webDir}: run npm run build:web`);
  rmSync(options.siteDir, { recursive: true, force: true });
  cpSync(options.webDir, options.siteDir, { recursive: true });
  await build({
    configFile: VITE_CONFIG,
    mode: 'bench',
    root: PAGE_DIR,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: join(options.siteDir, 'bench'),
      emptyOutDir: true,
      // The benchmark page is for reading timings, not for shipping: keep its code readable.
      minify: false,
      rolldownOptions: { input: { bench: join(PAGE_DIR, 'bench.html'), bare: join(PAGE_DIR, 'bare.html'), frame: join(PAGE_DIR, 'frame.html') } },
    },
  });
  // The start-up floor is built exactly as the app is (its Vite config and mode, minified, its
  // decks copied beside it), so the two differ only in the code they run.
  await build({
    configFile: VITE_CONFIG,
    mode: 'web',
    root: join(PAGE_DIR, 'stack'),
    logLevel: 'warn',
    build: { outDir: join(options.siteDir, 'stack'), emptyOutDir: true },
  });
}

/** A served benchmark site and the browser on it, for the A/B and trace tools beside `npm run bench`. */
export interface ServedSite {
  origin: string;
  context: BrowserContext;
  /** Seeds `reviews` answers into the site's database, through the benchmark page. */
  seed(reviews: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves the benchmark site built around `webDir`, with each of `extra` (a web build) copied under
 * its name (`/a/`, `/b/`), on one origin, and opens the benchmark's Chromium on it with `profile`.
 */
export async function serveSite(webDir: string, profile: string, extra: Record<string, string> = {}): Promise<ServedSite> {
  const options = defaultOptions();
  const siteDir = mkdtempSync(join(tmpdir(), 'mlops-site-'));
  await buildBenchSite({ siteDir, webDir });
  for (const [name, dir] of Object.entries(extra)) cpSync(dir, join(siteDir, name), { recursive: true });
  const server = await preview({
    configFile: VITE_CONFIG,
    mode: 'web',
    logLevel: 'warn',
    build: { outDir: siteDir },
    preview: { host: '127.0.0.1', port: options.port, strictPort: true },
  });
  const origin = `http://127.0.0.1:${options.port}`;
  const context = await launchBenchContext(profile, options.chromiumPath);
  return {
    origin,
    context,
    async seed(reviews) {
      const bench = await context.newPage();
      await bench.goto(`${origin}/bench/bench.html`);
      await bench.waitForFunction(() => document.body.dataset.ready === 'true');
      await bench.evaluate((n) => window.bench.seed(n), reviews);
      await bench.close();
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}

/** Gzipped size of the JavaScript the web build ships (each file gzipped on its own, summed). */
export function rendererJsGzipKb(webDir: string): number {
  const assets = join(webDir, 'assets');
  let bytes = 0;
  for (const name of readdirSync(assets)) {
    if (name.endsWith('.js')) bytes += gzipSync(readFileSync(join(assets, name)), { level: 9 }).length;
  }
  return bytes / 1024;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const median = (values: readonly number[]) => percentile(values, 50);
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function runBench(options: BenchOptions): Promise<{ results: BenchResults; details: BenchDetails }> {
  const { log } = options;
  log('building the benchmark page…');
  await buildBenchSite(options);
  // Measured on the copy being served, so a rebuild of dist/web during a long run changes nothing.
  const rendererKb = rendererJsGzipKb(options.siteDir);
  // Served as `npm run web` serves it (its cache headers included).
  const server = await preview({
    configFile: VITE_CONFIG,
    mode: 'web',
    logLevel: 'warn',
    build: { outDir: options.siteDir },
    preview: { host: '127.0.0.1', port: options.port, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origin = `http://127.0.0.1:${port}`;
  // A profile on disk: IndexedDB of an incognito-like context lives in memory, which would not
  // be what the app sees.
  const profile = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  let context: BrowserContext | undefined;
  try {
    context = await launchBenchContext(profile, options.chromiumPath);
    const chromiumVersion = context.browser()?.version() ?? 'unknown';
    // The context's first (blank) page stays open: with no page left, every page opened after it
    // loads slower and less evenly.

    const appUrl = `${origin}/`;
    const stackUrl = `${origin}/stack/`;
    const bareUrl = `${origin}/bench/bare.html`;
    const frameUrl = `${origin}/bench/frame.html`;
    const bareLoadsMs: number[] = [];
    const floorGrades: number[] = [];
    const stackLoadsMs: number[] = [];
    const histories: HistoryResult[] = [];
    const perHistory: BenchDetails['perHistory'] = [];
    for (const reviews of options.histories) {
      log(`history of ${reviews.toLocaleString('en')} answers: seeding…`);
      const { bench, check } = await openBenchPage(context, origin);
      const seeded = await bench.evaluate((n) => window.bench.seed(n), reviews);
      if (seeded.reviews !== reviews) throw new Error(`seeded ${seeded.reviews} answers, wanted ${reviews}`);
      log(`  seeded in ${Math.round(seeded.ms)} ms; load to interactive…`);
      check();
      await bench.close();
      // The loads come first, on a settled machine: the storage engine compacts for a while after
      // big writes (the seeding here; the import and the floor below), which a learner opening the
      // app does not meet. Untimed loads first: an installed app starts with its code cached.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      await timeLoads(context, bareUrl, 1);
      await timeLoads(context, stackUrl, 2);
      await timeLoads(context, appUrl, 2);
      // The app and its floors alternate, so all see the same machine: other work on a shared
      // machine slows them alike. The app and the stack page swap places each round, so that
      // neither always follows the same page.
      let appHeap = 0;
      const loadsMs: number[] = [];
      const stackMs: number[] = [];
      const bareMs: number[] = [];
      for (let i = 0; i < options.loads; i += 1) {
        bareMs.push(...(await timeLoads(context, bareUrl, 1)));
        for (const url of i % 2 === 0 ? [stackUrl, appUrl] : [appUrl, stackUrl]) {
          if (url === stackUrl) stackMs.push(...(await timeLoads(context, stackUrl, 1)));
          else loadsMs.push(...(await timeLoads(context, appUrl, 1, (heap) => (appHeap = Math.max(appHeap, heap)))));
        }
      }
      bareLoadsMs.push(...bareMs);
      stackLoadsMs.push(...stackMs);
      log(`  ${options.answers} answers, beside as many on the floor page…`);
      const { app: study, floor: frameFloor } = await timeAnswersBesideFloor(context, appUrl, frameUrl, options.answers);
      floorGrades.push(...frameFloor.grades);
      appHeap = Math.max(appHeap, study.peakHeap);
      log('  statistics…');
      const statsMs = await timeStats(context, appUrl, STATS_OPENS);

      // Before the export, import and floor: each writes and deletes a copy of the log, and the
      // storage engine then works for minutes (at 1,000,000 answers the plan's first look and the
      // mock screens took twice as long right after), which a learner opening them does not meet.
      log('  plan and readiness; mock interview history and report, with 1,000 interviews…');
      const plans: PlanTiming[] = [];
      for (let i = 0; i < PLAN_LOOKS; i += 1) {
        const planPage = await openBenchPage(context, origin);
        plans.push(await planPage.bench.evaluate(() => window.bench.measurePlan()));
        if (i === PLAN_LOOKS - 1) await planPage.bench.evaluate((count) => window.bench.seedMockInterviews(count), MOCK_INTERVIEWS);
        planPage.check();
        await planPage.bench.close();
      }
      const plan: PlanTiming = { firstMs: median(plans.map((p) => p.firstMs)), medianMs: median(plans.map((p) => p.medianMs)) };
      const mock = await timeMockScreens(context, appUrl, MOCK_OPENS);

      log('  export, import, replay, floor…');
      const measured = await openBenchPage(context, origin);
      const { value: exported, peakHeap: exportHeap } = await withHeapPeak(measured.bench, () =>
        measured.bench.evaluate((): Promise<ExportTiming> => window.bench.measureExport()),
      );
      const { value: imported, peakHeap: importHeap } = await withHeapPeak(measured.bench, () =>
        measured.bench.evaluate((): Promise<ImportTiming> => window.bench.measureImport()),
      );
      const replay: ReplayTiming = await measured.bench.evaluate(() => window.bench.measureReplay());
      const statsBuild: StatsBuildTiming = await measured.bench.evaluate(() => window.bench.measureStatsBuild());
      const floor: FloorTiming = await measured.bench.evaluate(() => window.bench.measureFloor());
      measured.check();
      await measured.bench.close();

      histories.push({
        reviews,
        load_ms: round(median(loadsMs)),
        stack_floor_ms: round(median(stackMs)),
        grade_p50_ms: round(percentile(study.grades, 50)),
        grade_p95_ms: round(percentile(study.grades, 95)),
        grade_floor_p50_ms: round(percentile(frameFloor.grades, 50)),
        grade_floor_p95_ms: round(percentile(frameFloor.grades, 95)),
        stats_ms: round(median(statsMs)),
        export_ms: round(exported.ms),
        import_ms: imported.ms === null ? null : round(imported.ms),
        replay_ms: round(replay.ms),
        floor_put_ms: round(floor.putMs),
        floor_read_ms: round(floor.readMs),
        floor_fsrs_ms: round(floor.fsrsMs),
        peak_js_heap_mb: round(Math.max(appHeap, exportHeap, importHeap) / MB),
        plan_readiness_ms: round(plan.firstMs),
        mock_history_ms: round(median(mock.historyMs)),
        mock_report_ms: round(median(mock.reportMs)),
      });
      perHistory.push({
        reviews,
        seedMs: seeded.ms,
        exportBytes: exported.bytes,
        heapMb: { idle: appHeap / MB, export: exportHeap / MB, import: importHeap / MB },
        replayConsistent: replay.consistent,
        statsBuildMs: statsBuild.ms,
        statsBuildConsistent: statsBuild.consistent,
        importRefused: imported.refused,
        loadsMs,
        stackLoadsMs: stackMs,
        bareMs: round(median(bareMs)),
        planWarmMs: plan.medianMs,
      });
    }

    log('card browser search…');
    const searchPage = await openBenchPage(context, origin);
    const search: SearchTiming = await searchPage.bench.evaluate(() => window.bench.measureSearch());
    const ownSearch: SearchTiming = await searchPage.bench.evaluate(() => window.bench.measureOwnSearch());
    searchPage.check();
    await searchPage.bench.close();

    const results: BenchResults = {
      histories,
      stack_floor_ms: round(median(stackLoadsMs)),
      bare_page_ms: round(median(bareLoadsMs)),
      grade_floor_p50_ms: round(percentile(floorGrades, 50)),
      grade_floor_p95_ms: round(percentile(floorGrades, 95)),
      renderer_js_gzip_kb: round(rendererKb),
      peak_js_heap_mb: Math.max(0, ...histories.map((h) => h.peak_js_heap_mb)),
      search_ms_per_query: round(search.msPerQuery, 2),
      own_search_ms_per_query: round(ownSearch.msPerQuery, 2),
    };
    return { results, details: { perHistory, search, chromium: chromiumVersion } };
  } finally {
    await context?.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Fails the run on any page error: a benchmark of an error screen measures nothing. */
function watchErrors(page: Page): () => void {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return () => {
    if (errors.length > 0) throw new Error(`errors in ${page.url()}:\n${errors.join('\n')}`);
  };
}

async function openBenchPage(context: BrowserContext, origin: string): Promise<{ bench: Page; check: () => void }> {
  const bench = await context.newPage();
  const check = watchErrors(bench);
  await bench.goto(`${origin}/bench/bench.html`);
  await bench.waitForFunction(() => document.body.dataset.ready === 'true');
  return { bench, check };
}

// Function arguments, not strings: the app's CSP forbids eval, which string predicates need.
const readProbe = (page: Page): Promise<ProbeState> => page.evaluate(() => window.__benchProbe);

/**
 * Runs `work` (something `page` does) and returns the peak of the page's JS heap meanwhile. The
 * probe samples the heap on a timer, and no timer runs inside long synchronous work (building or
 * parsing a whole file), where the heap peaks. Between two garbage collections the heap only
 * grows, so its peak is the largest of its size as each collection starts (V8 traces it) and its
 * size at the end. Garbage left by earlier work is collected first, so it is not counted.
 */
async function withHeapPeak<T>(page: Page, work: () => Promise<T>): Promise<{ value: T; peakHeap: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => void (window.__benchProbe.peakHeap = 0));
    let beforeCollections = 0;
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const event of value as { args?: { usedHeapSizeBefore?: unknown } }[]) {
        const used = event.args?.usedHeapSizeBefore;
        if (typeof used === 'number') beforeCollections = Math.max(beforeCollections, used);
      }
    });
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    // Only V8's own category: MinorGC and MajorGC carry the heap's size, and little else is traced.
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8'], excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
    const value = await work();
    const sampled = await page.evaluate(() => {
      const { memory } = performance as Performance & { memory?: { usedJSHeapSize: number } };
      return Math.max(window.__benchProbe.peakHeap, memory?.usedJSHeapSize ?? 0);
    });
    await cdp.send('Tracing.end');
    await complete;
    return { value, peakHeap: Math.max(sampled, beforeCollections) };
  } finally {
    await cdp.detach();
  }
}

/** Opens the page and waits for the probe's ready message, without running anything in the page. */
export async function loadUntilReady(page: Page, url: string): Promise<void> {
  const ready = page.waitForEvent('console', { predicate: (message) => message.text() === READY_MESSAGE, timeout: 120_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await ready;
}

/** Navigation start to the deck table painted, in a fresh page each time. */
async function timeLoads(context: BrowserContext, url: string, times: number, onHeap?: (bytes: number) => void): Promise<number[]> {
  const loads: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const page = await context.newPage();
    const check = watchErrors(page);
    await loadUntilReady(page, url);
    const probe = await readProbe(page);
    loads.push(probe.readyAt!);
    onHeap?.(probe.peakHeap);
    check();
    await page.close();
  }
  return loads;
}

/** The top bar's statistics button, in either language. */
const STATS_BUTTON = /Estatísticas|Statistics/;

/**
 * Clicks the button whose label (aria-label, else its text) matches `button` and returns the time,
 * in the page, from the click to the first frame painted once `[data-testid=testId]` says it is
 * ready (data-ready="true").
 */
function clickAndTime(page: Page, button: RegExp, testId: string): Promise<number> {
  return page.evaluate(
    ({ source, testId }) =>
      new Promise<number>((resolve, reject) => {
        const pattern = new RegExp(source);
        const target = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => pattern.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
        if (!target) return reject(new Error(`no button ${source}`));
        const timer = setTimeout(() => reject(new Error(`${testId} was never drawn`)), 120_000);
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector(`[data-testid="${testId}"][data-ready="true"]`)) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              clearTimeout(timer);
              resolve(performance.now() - started);
            };
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        target.click();
      }),
    { source: button.source, testId },
  );
}

/** Statistics screens opened per history, each in a fresh page (the median is reported). */
const STATS_OPENS = 3;

/**
 * The plan's first look of the day, each in a fresh page (the median is reported): one first look
 * ranged from 25 to 65 ms at 100,000 answers on the same build, a cold read of the log each time.
 */
const PLAN_LOOKS = 3;

/**
 * The statistics screen from the click on its button to the first paint with every chart drawn,
 * timed in the page. The app is left a moment first, as a learner does: its screens' code loads
 * in the background once the deck list is drawn.
 */
async function timeStats(context: BrowserContext, url: string, times: number): Promise<number[]> {
  const opens: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const page = await context.newPage();
    const check = watchErrors(page);
    await loadUntilReady(page, url);
    await page.waitForTimeout(1000);
    opens.push(await clickAndTime(page, STATS_BUTTON, 'stats'));
    check();
    await page.close();
  }
  return opens;
}

/** Past mock interviews for the history and report figures (issue 17), and the opens timed. */
const MOCK_INTERVIEWS = 1000;
const MOCK_OPENS = 3;

/**
 * From the statistics screen, the history of mock interviews, then the newest report, each timed
 * from the click to the first frame painted once the screen says it is ready (its data-ready).
 */
async function timeMockScreens(context: BrowserContext, url: string, times: number): Promise<{ historyMs: number[]; reportMs: number[] }> {
  const historyMs: number[] = [];
  const reportMs: number[] = [];
  const page = await context.newPage();
  const check = watchErrors(page);
  await loadUntilReady(page, url);
  await page.waitForTimeout(1000);
  // The statistics count the log once, the first time: not timed here (timeStats times it).
  await clickAndTime(page, STATS_BUTTON, 'stats');
  for (let i = 0; i < times; i += 1) {
    historyMs.push(await clickAndTime(page, /^(Ver todas as entrevistas|See every interview)$/, 'mock-history'));
    reportMs.push(await clickAndTime(page, /^(Abrir o relatório de|Open the report of) /, 'mock-report'));
    await clickAndTime(page, STATS_BUTTON, 'stats');
  }
  check();
  await page.close();
  return { historyMs, reportMs };
}

/** Answers timed in a row on one page before the other page takes its turn. */
const ANSWER_BLOCK = 25;

/**
 * The app's answers and the floor page's, timed in alternating blocks on two open pages, so that
 * both see the same machine: other work on a shared machine slows them alike.
 */
async function timeAnswersBesideFloor(
  context: BrowserContext,
  appUrl: string,
  floorUrl: string,
  answers: number,
): Promise<{ app: { grades: number[]; peakHeap: number }; floor: { grades: number[] } }> {
  const floor = await openStudy(context, floorUrl);
  const app = await openStudy(context, appUrl);
  for (let done = 0; done < answers; done += ANSWER_BLOCK) {
    const block = Math.min(ANSWER_BLOCK, answers - done);
    await floor.answer(block);
    await app.answer(block);
  }
  const [appProbe, floorProbe] = [await app.close(), await floor.close()];
  return { app: { grades: appProbe.grades, peakHeap: appProbe.peakHeap }, floor: { grades: floorProbe.grades } };
}

/** Opens "study all" and answers with the keyboard, as a learner does: Space, then a grade key, each time. */
export async function openStudy(context: BrowserContext, url: string): Promise<{ answer(count: number): Promise<void>; close(): Promise<ProbeState> }> {
  const page = await context.newPage();
  const check = watchErrors(page);
  await loadUntilReady(page, url);
  await page.locator('.actions button.primary').click();
  await page.evaluate(() => window.__benchWait('prompt'));
  let answered = 0;
  return {
    async answer(count) {
      // Only the page in front draws at the display's rate (a page behind gets a frame a second),
      // and a page brought forward draws its first frame before the keys are timed.
      await page.bringToFront();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      for (const end = answered + count; answered < end; answered += 1) {
        await page.keyboard.press('Space');
        await page.evaluate(() => window.__benchWait('answer'));
        await page.keyboard.press(GRADE_KEYS[answered % GRADE_KEYS.length]!);
        await page.evaluate((n) => window.__benchWait('grade', n), answered);
        if (await page.evaluate(() => window.__benchProbe.done)) throw new Error(`the study session ran out of cards after ${answered + 1} answers`);
      }
    },
    async close() {
      const probe = await readProbe(page);
      check();
      await page.close();
      return probe;
    },
  };
}
