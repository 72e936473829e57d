// The shape of bench-results.json (issues 6 and 21) and the one table the benchmark prints: each
// figure beside the floor it is judged against (measured in the same run), the ratio, the target
// and the verdict.

export interface HistoryResult {
  reviews: number;
  load_ms: number;
  /** The stack page's load (median of the loads interleaved with the app's): load_ms's floor. */
  stack_floor_ms: number;
  grade_p50_ms: number;
  grade_p95_ms: number;
  /** The floor page's answers (bench/frame.html), timed in blocks alternating with the app's. */
  grade_floor_p50_ms: number;
  grade_floor_p95_ms: number;
  stats_ms: number;
  export_ms: number;
  /** Null when the app refuses to import its own export. */
  import_ms: number | null;
  replay_ms: number;
  floor_put_ms: number;
  floor_read_ms: number;
  floor_fsrs_ms: number;
  /** The largest JS heap of the app open (loads and answers), of its export and of its import. */
  peak_js_heap_mb: number;
  /** The interview plan and readiness, worked out on opening (interview 14 days ahead). */
  plan_readiness_ms: number;
  /** With 1,000 past mock interviews: the history, and one report, drawn from the click (medians). */
  mock_history_ms: number;
  mock_report_ms: number;
}

export interface BenchResults {
  histories: HistoryResult[];
  /** Median of every stack page load of the run; each history is judged against its own. */
  stack_floor_ms: number;
  /** A static page with the deck list's table and no script: context, not a floor. */
  bare_page_ms: number;
  /**
   * Answer latency on a page that only swaps a line of text (bench/frame.html), timed by the same
   * probe: the browser's own input-to-paint time, mostly the wait for the display's next frame.
   * Over the whole run; each history is judged against its own.
   */
  grade_floor_p50_ms: number;
  grade_floor_p95_ms: number;
  renderer_js_gzip_kb: number;
  /** The largest of the histories' peak_js_heap_mb. */
  peak_js_heap_mb: number;
  /** The card browser's search over the deck four times over: median time of one query. */
  search_ms_per_query: number;
  /** The same over the deck and 10,000 own cards. */
  own_search_ms_per_query: number;
}

/** Targets of issue 21, for a 2-core machine. */
export const TARGETS = {
  loadMs: 1000,
  loadVsStackFloor: 1.3,
  /** Answer p95 over the floor page's: a quarter of a frame. */
  gradeP95OverFloorMs: 4,
  statsMs: { 100_000: 300, 1_000_000: 2000 } as Readonly<Record<number, number>>,
  exportVsFloorRead: 2,
  importVsFloorPut: 2,
  replayVsFloor: 1.5,
  heapMb: 150,
  rendererJsGzipKb: 250,
  /** The interview plan and readiness, on opening the deck list. */
  planReadinessMs: 50,
  /** The mock interviews' history and one report, each from the click, with 1,000 interviews. */
  mockDrawnMs: 100,
  /** The card browser filters as the learner types: a query must leave most of a frame to drawing. */
  searchMsPerQuery: 8,
} as const;

/** Every figure gets a verdict at these history sizes; the others are shown without one. */
export const JUDGED_HISTORIES: readonly number[] = [100_000, 1_000_000];

export type Verdict = 'ok' | 'MISS' | '';

export interface Row {
  figure: string;
  answers: string;
  result: string;
  floor: string;
  ratio: string;
  target: string;
  verdict: Verdict;
}

const verdict = (pass: boolean): Verdict => (pass ? 'ok' : 'MISS');

export function formatMs(value: number): string {
  return value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`;
}

/** A target's round figure: "300 ms", "1 s". */
const limit = (ms: number) => (ms < 1000 ? `${ms} ms` : `${ms / 1000} s`);

const times = (value: number, floor: number) => (floor > 0 ? `${(value / floor).toFixed(2)}x` : '');

export function historyRows(h: HistoryResult): Row[] {
  const judged = JUDGED_HISTORIES.includes(h.reviews);
  const judge = (pass: boolean): Verdict => (judged ? verdict(pass) : '');
  const answers = h.reviews.toLocaleString('en');
  const floorReplay = h.floor_read_ms + h.floor_fsrs_ms;
  const statsTarget = TARGETS.statsMs[h.reviews];
  const overFloor = h.grade_p95_ms - h.grade_floor_p95_ms;
  return [
    {
      figure: 'load to interactive',
      answers,
      result: formatMs(h.load_ms),
      floor: `stack page ${formatMs(h.stack_floor_ms)}`,
      ratio: times(h.load_ms, h.stack_floor_ms),
      target: `≤ ${TARGETS.loadVsStackFloor}x and ≤ ${limit(TARGETS.loadMs)}`,
      verdict: judge(h.load_ms <= TARGETS.loadVsStackFloor * h.stack_floor_ms && h.load_ms <= TARGETS.loadMs),
    },
    {
      figure: 'answer p95',
      answers,
      result: formatMs(h.grade_p95_ms),
      floor: `floor page ${formatMs(h.grade_floor_p95_ms)}`,
      ratio: `${overFloor < 0 ? '−' : '+'}${Math.abs(overFloor).toFixed(1)} ms`,
      target: `≤ floor + ${TARGETS.gradeP95OverFloorMs} ms`,
      verdict: judge(overFloor <= TARGETS.gradeP95OverFloorMs),
    },
    {
      figure: 'statistics drawn',
      answers,
      result: formatMs(h.stats_ms),
      floor: '',
      ratio: '',
      target: statsTarget === undefined ? '' : `≤ ${limit(statsTarget)}`,
      verdict: statsTarget === undefined ? '' : judge(h.stats_ms <= statsTarget),
    },
    {
      figure: 'export',
      answers,
      result: formatMs(h.export_ms),
      floor: `raw read ${formatMs(h.floor_read_ms)}`,
      ratio: times(h.export_ms, h.floor_read_ms),
      target: `≤ ${TARGETS.exportVsFloorRead}x`,
      verdict: judge(h.export_ms <= TARGETS.exportVsFloorRead * h.floor_read_ms),
    },
    {
      figure: 'import of that file',
      answers,
      result: h.import_ms === null ? 'refused' : formatMs(h.import_ms),
      floor: `raw put ${formatMs(h.floor_put_ms)}`,
      ratio: h.import_ms === null ? '' : times(h.import_ms, h.floor_put_ms),
      target: `≤ ${TARGETS.importVsFloorPut}x`,
      verdict: judge(h.import_ms !== null && h.import_ms <= TARGETS.importVsFloorPut * h.floor_put_ms),
    },
    {
      figure: 'full replay',
      answers,
      result: formatMs(h.replay_ms),
      floor: `raw read + ts-fsrs ${formatMs(floorReplay)}`,
      ratio: times(h.replay_ms, floorReplay),
      target: `≤ ${TARGETS.replayVsFloor}x`,
      verdict: judge(h.replay_ms <= TARGETS.replayVsFloor * floorReplay),
    },
    {
      figure: 'interview plan and readiness',
      answers,
      result: formatMs(h.plan_readiness_ms),
      floor: '',
      ratio: '',
      target: `≤ ${limit(TARGETS.planReadinessMs)}`,
      verdict: judge(h.plan_readiness_ms <= TARGETS.planReadinessMs),
    },
    {
      figure: 'mock interview history, 1,000 held',
      answers,
      result: formatMs(h.mock_history_ms),
      floor: '',
      ratio: '',
      target: `≤ ${limit(TARGETS.mockDrawnMs)}`,
      verdict: judge(h.mock_history_ms <= TARGETS.mockDrawnMs),
    },
    {
      figure: 'one mock interview report',
      answers,
      result: formatMs(h.mock_report_ms),
      floor: '',
      ratio: '',
      target: `≤ ${limit(TARGETS.mockDrawnMs)}`,
      verdict: judge(h.mock_report_ms <= TARGETS.mockDrawnMs),
    },
    {
      figure: 'peak JS heap (open, export, import)',
      answers,
      result: `${h.peak_js_heap_mb.toFixed(1)} MB`,
      floor: '',
      ratio: '',
      target: `≤ ${TARGETS.heapMb} MB`,
      verdict: judge(h.peak_js_heap_mb <= TARGETS.heapMb),
    },
  ];
}

/** Figures that do not depend on the history. */
export function globalRows(r: Pick<BenchResults, 'renderer_js_gzip_kb' | 'search_ms_per_query' | 'own_search_ms_per_query'>): Row[] {
  return [
    {
      figure: 'renderer JS, gzipped',
      answers: '',
      result: `${r.renderer_js_gzip_kb.toFixed(1)} KB`,
      floor: '',
      ratio: '',
      target: `≤ ${TARGETS.rendererJsGzipKb} KB`,
      verdict: verdict(r.renderer_js_gzip_kb <= TARGETS.rendererJsGzipKb),
    },
    {
      figure: 'card browser search, per query',
      answers: '',
      result: formatMs(r.search_ms_per_query),
      floor: '',
      ratio: '',
      target: `≤ ${limit(TARGETS.searchMsPerQuery)}`,
      verdict: verdict(r.search_ms_per_query <= TARGETS.searchMsPerQuery),
    },
    {
      figure: 'search, deck + 10,000 own cards, per query',
      answers: '',
      result: formatMs(r.own_search_ms_per_query),
      floor: '',
      ratio: '',
      target: `≤ ${limit(TARGETS.searchMsPerQuery)}`,
      verdict: verdict(r.own_search_ms_per_query <= TARGETS.searchMsPerQuery),
    },
  ];
}

/** Every row of a run, histories in order, then the global figures. */
export function resultRows(r: BenchResults): Row[] {
  return [...r.histories.flatMap((h) => historyRows(h)), ...globalRows(r)];
}

/** A Markdown table, padded so that it also reads as plain text (the README carries one). */
export function formatTable(rows: readonly Row[]): string {
  const headers: Record<keyof Row, string> = { figure: 'figure', answers: 'answers', result: 'result', floor: 'floor', ratio: 'ratio', target: 'target', verdict: 'verdict' };
  const keys = Object.keys(headers) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(...[headers, ...rows].map((row) => row[k].length)));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const row = (r: Record<keyof Row, string>) => line(keys.map((k, i) => r[k].padEnd(widths[i]!)));
  return [row(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(row)].join('\n');
}
