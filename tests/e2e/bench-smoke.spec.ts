// A smoke run of the benchmark harness (tests/bench) on tiny histories: it must build, seed, drive
// the app and report every figure. No speed is checked here; `npm run bench` measures.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { defaultOptions, runBench } from '../bench/harness';
import { formatTable, resultRows } from '../bench/results';

const HISTORY_KEYS = [
  'reviews',
  'load_ms',
  'stack_floor_ms',
  'grade_p50_ms',
  'grade_p95_ms',
  'grade_floor_p50_ms',
  'grade_floor_p95_ms',
  'stats_ms',
  'export_ms',
  'import_ms',
  'replay_ms',
  'floor_put_ms',
  'floor_read_ms',
  'floor_fsrs_ms',
  'peak_js_heap_mb',
  'plan_readiness_ms',
  'mock_history_ms',
  'mock_report_ms',
];

test('the benchmark harness runs on histories of 0 and 50 answers and reports every figure', async () => {
  test.setTimeout(240_000);
  const defaults = defaultOptions();
  const { results, details } = await runBench({
    ...defaults,
    histories: [0, 50],
    answers: 3,
    loads: 1,
    // A free port of the system's choosing: the end-to-end server already holds PORT.
    port: 0,
    siteDir: join(defaults.siteDir, '..', 'bench-smoke'),
    log: () => undefined,
  });

  expect(Object.keys(results).sort()).toEqual([
    'bare_page_ms',
    'grade_floor_p50_ms',
    'grade_floor_p95_ms',
    'histories',
    'own_search_ms_per_query',
    'peak_js_heap_mb',
    'renderer_js_gzip_kb',
    'search_ms_per_query',
    'stack_floor_ms',
  ]);
  expect(results.histories.map((h) => h.reviews)).toEqual([0, 50]);
  for (const history of results.histories) {
    expect(Object.keys(history).sort()).toEqual([...HISTORY_KEYS].sort());
    for (const key of ['load_ms', 'stack_floor_ms', 'grade_p50_ms', 'grade_p95_ms', 'stats_ms', 'peak_js_heap_mb'] as const) {
      expect(history[key]).toBeGreaterThan(0);
    }
    for (const key of ['export_ms', 'replay_ms', 'floor_put_ms', 'floor_read_ms', 'floor_fsrs_ms', 'plan_readiness_ms', 'mock_history_ms', 'mock_report_ms'] as const) {
      expect(Number.isFinite(history[key]) && history[key] >= 0).toBe(true);
    }
    expect(history.grade_p95_ms).toBeGreaterThanOrEqual(history.grade_p50_ms);
    expect(history.grade_floor_p95_ms).toBeGreaterThanOrEqual(history.grade_floor_p50_ms);
    expect(history.grade_floor_p50_ms).toBeGreaterThan(0);
    // Null when the app refuses to import its own export (too large): reported, not a failure.
    expect(history.import_ms === null || (Number.isFinite(history.import_ms) && history.import_ms >= 0)).toBe(true);
  }
  expect(results.grade_floor_p95_ms).toBeGreaterThanOrEqual(results.grade_floor_p50_ms);
  for (const value of [
    results.stack_floor_ms,
    results.bare_page_ms,
    results.grade_floor_p50_ms,
    results.renderer_js_gzip_kb,
    results.peak_js_heap_mb,
    results.search_ms_per_query,
    results.own_search_ms_per_query,
  ]) {
    expect(Number.isFinite(value) && value > 0).toBe(true);
  }
  // The stack page was loaded as often as the app, between its loads; the heap was read during
  // the export and the import too.
  for (const history of details.perHistory) {
    expect(history.stackLoadsMs).toHaveLength(history.loadsMs.length);
    expect(Object.values(history.heapMb).every((mb) => mb > 0)).toBe(true);
  }
  // Each load is printed beside its own stack floor.
  const table = formatTable(resultRows(results));
  for (const history of results.histories) expect(table).toContain(`stack page ${history.stack_floor_ms.toFixed(1)} ms`);
  // The seed went through the app's own scheduler: replaying the log gives the stored states.
  expect(details.perHistory.every((h) => h.replayConsistent)).toBe(true);
  // And the app's own count of the log gives the statistics' slots the seed stored.
  expect(details.perHistory.every((h) => h.statsBuildConsistent && h.statsBuildMs >= 0)).toBe(true);
  expect(details.search.cards).toBeGreaterThanOrEqual(1000);
  expect(details.search.matches).toBeGreaterThan(0);
  expect(details.search.msPerQuery).toBeGreaterThan(0);
  expect(details.perHistory[1]!.exportBytes).toBeGreaterThan(50 * 100);
});
