import { describe, expect, it } from 'vitest';
import { formatTable, globalRows, historyRows, resultRows, type BenchResults, type HistoryResult, type Row } from '../../bench/results';

/** A history that meets every target with room to spare. */
function history(overrides: Partial<HistoryResult> = {}): HistoryResult {
  return {
    reviews: 100_000,
    load_ms: 300,
    stack_floor_ms: 250,
    grade_p50_ms: 10,
    grade_p95_ms: 20,
    grade_floor_p50_ms: 8,
    grade_floor_p95_ms: 18,
    stats_ms: 200,
    plan_readiness_ms: 20,
    mock_history_ms: 40,
    mock_report_ms: 30,
    export_ms: 3000,
    import_ms: 20_000,
    replay_ms: 5000,
    floor_put_ms: 15_000,
    floor_read_ms: 2000,
    floor_fsrs_ms: 2000,
    peak_js_heap_mb: 40,
    ...overrides,
  };
}

function verdictOf(rows: Row[], figure: string): string {
  const row = rows.find((r) => r.figure === figure);
  if (!row) throw new Error(`no row ${figure}`);
  return row.verdict;
}

describe('bench verdicts', () => {
  it('judges every figure at 100,000 and at 1,000,000 answers, and none at 0 or 10,000', () => {
    for (const reviews of [100_000, 1_000_000]) {
      const rows = historyRows(history({ reviews }));
      expect(rows.length).toBeGreaterThanOrEqual(7);
      expect(rows.map((r) => r.verdict)).toEqual(rows.map(() => 'ok'));
    }
    for (const reviews of [0, 10_000]) {
      expect(historyRows(history({ reviews, load_ms: 5000, peak_js_heap_mb: 900 })).map((r) => r.verdict)).toEqual(
        historyRows(history()).map(() => ''),
      );
    }
  });

  it('passes a load up to 1.3x its stack floor and up to 1 s, and misses either line', () => {
    expect(verdictOf(historyRows(history({ load_ms: 325, stack_floor_ms: 250 })), 'load to interactive')).toBe('ok');
    expect(verdictOf(historyRows(history({ load_ms: 326, stack_floor_ms: 250 })), 'load to interactive')).toBe('MISS');
    expect(verdictOf(historyRows(history({ load_ms: 1001, stack_floor_ms: 900 })), 'load to interactive')).toBe('MISS');
    const row = historyRows(history({ load_ms: 300, stack_floor_ms: 250 }))[0]!;
    expect(row).toMatchObject({ floor: 'stack page 250.0 ms', ratio: '1.20x', target: '≤ 1.3x and ≤ 1 s' });
  });

  it("judges the answer p95 against the floor page's, timed beside it, plus 4 ms", () => {
    expect(verdictOf(historyRows(history({ grade_p95_ms: 22 })), 'answer p95')).toBe('ok');
    expect(verdictOf(historyRows(history({ grade_p95_ms: 22, grade_floor_p95_ms: 17.9 })), 'answer p95')).toBe('MISS');
    expect(verdictOf(historyRows(history({ grade_p95_ms: 22.1 })), 'answer p95')).toBe('MISS');
    expect(historyRows(history({ grade_p95_ms: 21.5 })).find((r) => r.figure === 'answer p95')!.ratio).toBe('+3.5 ms');
    expect(historyRows(history({ grade_p95_ms: 17 })).find((r) => r.figure === 'answer p95')!.ratio).toBe('−1.0 ms');
  });

  it('gives the statistics 300 ms at 100,000 answers and 2 s at 1,000,000', () => {
    expect(verdictOf(historyRows(history({ stats_ms: 301 })), 'statistics drawn')).toBe('MISS');
    expect(verdictOf(historyRows(history({ reviews: 1_000_000, stats_ms: 1900 })), 'statistics drawn')).toBe('ok');
    expect(verdictOf(historyRows(history({ reviews: 1_000_000, stats_ms: 2001 })), 'statistics drawn')).toBe('MISS');
  });

  it('judges export, import and replay against their floors, and a refused import as a miss', () => {
    const at = (overrides: Partial<HistoryResult>, figure: string) => verdictOf(historyRows(history(overrides)), figure);
    expect(at({ export_ms: 4000, floor_read_ms: 2000 }, 'export')).toBe('ok');
    expect(at({ export_ms: 4001, floor_read_ms: 2000 }, 'export')).toBe('MISS');
    expect(at({ import_ms: 30_001, floor_put_ms: 15_000 }, 'import of that file')).toBe('MISS');
    expect(at({ reviews: 1_000_000, import_ms: null }, 'import of that file')).toBe('MISS');
    expect(at({ replay_ms: 6000, floor_read_ms: 2000, floor_fsrs_ms: 2000 }, 'full replay')).toBe('ok');
    expect(at({ replay_ms: 6001, floor_read_ms: 2000, floor_fsrs_ms: 2000 }, 'full replay')).toBe('MISS');
  });

  it('misses a heap over 150 MB at its peak', () => {
    expect(verdictOf(historyRows(history({ reviews: 1_000_000, peak_js_heap_mb: 150 })), 'peak JS heap (open, export, import)')).toBe('ok');
    expect(verdictOf(historyRows(history({ reviews: 1_000_000, peak_js_heap_mb: 752 })), 'peak JS heap (open, export, import)')).toBe('MISS');
  });

  it('judges the renderer JS and the search in every run', () => {
    expect(globalRows({ renderer_js_gzip_kb: 250, search_ms_per_query: 8, own_search_ms_per_query: 8 }).map((r) => r.verdict)).toEqual(['ok', 'ok', 'ok']);
    expect(globalRows({ renderer_js_gzip_kb: 250.1, search_ms_per_query: 8.01, own_search_ms_per_query: 8.01 }).map((r) => r.verdict)).toEqual(['MISS', 'MISS', 'MISS']);
  });
});

describe('bench table', () => {
  it('prints one Markdown table: the histories in order, then the global figures, in aligned columns', () => {
    const run: BenchResults = {
      histories: [history({ reviews: 100_000 }), history({ reviews: 1_000_000, export_ms: 12_345 })],
      stack_floor_ms: 250,
      bare_page_ms: 80,
      grade_floor_p50_ms: 8,
      grade_floor_p95_ms: 18,
      renderer_js_gzip_kb: 177,
      peak_js_heap_mb: 40,
      search_ms_per_query: 1.4,
      own_search_ms_per_query: 3,
    };
    const rows = resultRows(run);
    expect(rows.map((r) => r.answers)).toEqual([...Array<string>(10).fill('100,000'), ...Array<string>(10).fill('1,000,000'), '', '', '']);
    const lines = formatTable(rows).split('\n');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[0]).toMatch(/^\| figure +\| answers +\| result +\| floor +\| ratio +\| target +\| verdict +\|$/);
    expect(lines[1]).toMatch(/^\|( -+ \|){7}$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines.find((line) => line.includes('1,000,000') && line.includes('| export '))).toContain('12.35 s');
  });
});
