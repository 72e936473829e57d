// The shape of bench-results.json (fixed by issue 6) and the printed table: every figure beside
// the baseline it is compared to and the target it must meet.

export interface HistoryResult {
  reviews: number;
  load_ms: number;
  grade_p50_ms: number;
  grade_p95_ms: number;
  /** Null until the statistics dashboard exists. */
  stats_ms: number | null;
  export_ms: number;
  /** Null until the import function exists. */
  import_ms: number | null;
  replay_ms: number;
  floor_put_ms: number;
  floor_read_ms: number;
  floor_fsrs_ms: number;
}

export interface BenchResults {
  histories: HistoryResult[];
  bare_page_ms: number;
  /**
   * Answer latency on a page that only swaps a line of text (bench/frame.html), timed by the same
   * probe: the browser's own input-to-paint time, mostly the wait for the display's next frame.
   */
  grade_floor_p50_ms: number;
  grade_floor_p95_ms: number;
  renderer_js_gzip_kb: number;
  peak_js_heap_mb: number;
}

/** Targets of issue 6, for a 2-core machine. */
export const TARGETS = {
  loadMs: 1000,
  loadVsBare: 3,
  /** Answer p95 at TARGET_HISTORY: one frame. */
  gradeP95Ms: 16,
  exportVsFloorRead: 2,
  importVsFloorPut: 2,
  replayVsFloor: 1.5,
  statsMs: { 100_000: 300, 1_000_000: 2000 } as Record<number, number>,
  rendererJsGzipKb: 250,
  /** JS heap at HEAP_HISTORY. */
  heapMb: 150,
} as const;
export const TARGET_HISTORY = 100_000;
export const HEAP_HISTORY = 1_000_000;

type Verdict = 'ok' | 'MISS' | '' | string;
const verdict = (pass: boolean): Verdict => (pass ? 'ok' : 'MISS');
const ms = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} ms`);
const ratio = (value: number | null, base: number) => (value === null || base <= 0 ? '' : `${(value / base).toFixed(2)}x`);

export interface Row {
  measure: string;
  result: string;
  comparedTo: string;
  ratio: string;
  target: string;
  verdict: Verdict;
}

export function historyRows(h: HistoryResult, bareMs: number, floor: Pick<BenchResults, 'grade_floor_p50_ms' | 'grade_floor_p95_ms'>): Row[] {
  const atTarget = h.reviews === TARGET_HISTORY;
  const judged = (pass: boolean) => (atTarget ? verdict(pass) : '');
  const floorReplay = h.floor_read_ms + h.floor_fsrs_ms;
  const statsTarget = TARGETS.statsMs[h.reviews];
  return [
    {
      measure: 'load to interactive',
      result: ms(h.load_ms),
      comparedTo: `bare page ${ms(bareMs)} (loaded alongside)`,
      ratio: ratio(h.load_ms, bareMs),
      target: `≤ ${TARGETS.loadMs} ms and ≤ ${TARGETS.loadVsBare}x`,
      verdict: verdict(h.load_ms <= TARGETS.loadMs && h.load_ms <= TARGETS.loadVsBare * bareMs),
    },
    {
      measure: 'answer p50',
      result: ms(h.grade_p50_ms),
      comparedTo: `floor page ${ms(floor.grade_floor_p50_ms)}`,
      ratio: ratio(h.grade_p50_ms, floor.grade_floor_p50_ms),
      target: '',
      verdict: '',
    },
    {
      measure: 'answer p95',
      result: ms(h.grade_p95_ms),
      comparedTo: `floor page ${ms(floor.grade_floor_p95_ms)}`,
      ratio: ratio(h.grade_p95_ms, floor.grade_floor_p95_ms),
      target: atTarget ? `≤ ${TARGETS.gradeP95Ms} ms` : '',
      verdict: judged(h.grade_p95_ms <= TARGETS.gradeP95Ms),
    },
    {
      measure: 'statistics',
      result: ms(h.stats_ms),
      // Not a floor: what scanning the log instead would cost before anything is counted.
      comparedTo: `log read ${ms(h.floor_read_ms)}`,
      ratio: h.stats_ms === null ? '' : ratio(h.stats_ms, h.floor_read_ms),
      target: statsTarget === undefined ? '' : `≤ ${statsTarget} ms`,
      verdict: h.stats_ms === null ? (statsTarget === undefined ? '' : 'not built') : statsTarget === undefined ? '' : verdict(h.stats_ms <= statsTarget),
    },
    {
      measure: 'export to JSON',
      result: ms(h.export_ms),
      comparedTo: `floor read ${ms(h.floor_read_ms)}`,
      ratio: ratio(h.export_ms, h.floor_read_ms),
      target: atTarget ? `≤ ${TARGETS.exportVsFloorRead}x floor` : '',
      verdict: judged(h.export_ms <= TARGETS.exportVsFloorRead * h.floor_read_ms),
    },
    {
      measure: 'import of that file',
      result: ms(h.import_ms),
      comparedTo: `floor put ${ms(h.floor_put_ms)}`,
      ratio: ratio(h.import_ms, h.floor_put_ms),
      target: atTarget ? `≤ ${TARGETS.importVsFloorPut}x floor` : '',
      verdict: h.import_ms === null ? (atTarget ? 'not built' : '') : judged(h.import_ms <= TARGETS.importVsFloorPut * h.floor_put_ms),
    },
    {
      measure: 'full replay',
      result: ms(h.replay_ms),
      comparedTo: `floor read + ts-fsrs ${ms(floorReplay)}`,
      ratio: ratio(h.replay_ms, floorReplay),
      target: atTarget ? `≤ ${TARGETS.replayVsFloor}x floor` : '',
      verdict: judged(h.replay_ms <= TARGETS.replayVsFloor * floorReplay),
    },
    {
      measure: 'floor: put / read / ts-fsrs',
      result: `${h.floor_put_ms.toFixed(1)} / ${h.floor_read_ms.toFixed(1)} / ${h.floor_fsrs_ms.toFixed(1)} ms`,
      comparedTo: 'raw Dexie bulkPut, toArray; raw ts-fsrs next',
      ratio: '',
      target: '',
      verdict: '',
    },
  ];
}

export function globalRows(r: BenchResults): Row[] {
  const heapMeasured = r.histories.some((h) => h.reviews >= HEAP_HISTORY);
  return [
    { measure: 'bare static page', result: ms(r.bare_page_ms), comparedTo: '', ratio: '', target: '', verdict: '' },
    {
      measure: 'answer floor p50 / p95',
      result: `${ms(r.grade_floor_p50_ms)} / ${ms(r.grade_floor_p95_ms)}`,
      comparedTo: 'the same keys on a page that swaps a line of text',
      ratio: '',
      target: '',
      verdict: '',
    },
    {
      measure: 'renderer JS (gzip)',
      result: `${r.renderer_js_gzip_kb.toFixed(1)} KB`,
      comparedTo: '',
      ratio: '',
      target: `≤ ${TARGETS.rendererJsGzipKb} KB`,
      verdict: verdict(r.renderer_js_gzip_kb <= TARGETS.rendererJsGzipKb),
    },
    {
      measure: 'peak JS heap (app)',
      result: `${r.peak_js_heap_mb.toFixed(1)} MB`,
      comparedTo: '',
      ratio: '',
      target: `≤ ${TARGETS.heapMb} MB at ${HEAP_HISTORY.toLocaleString('en')}`,
      verdict: heapMeasured ? verdict(r.peak_js_heap_mb <= TARGETS.heapMb) : 'not run at 1M',
    },
  ];
}

export function formatTable(rows: readonly Row[]): string {
  const headers: Row = { measure: 'measure', result: 'result', comparedTo: 'compared to', ratio: 'ratio', target: 'target', verdict: '' };
  const keys = Object.keys(headers) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(...[headers, ...rows].map((row) => row[k].length)));
  const line = (row: Row) => keys.map((k, i) => row[k].padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
