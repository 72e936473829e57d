import { describe, expect, it } from 'vitest';
import { BROWSE_SORTS, type BrowseRow } from '../../../../renderer/core/browse-filter';
import { ariaSort, COLUMNS, isDueToday, limitAfterNextPage, limitShowing, PAGE_SIZE, tabStopIndex } from '../../../../renderer/screens/browse/card-table';

describe('columns', () => {
  it('are prompt, section, type, state and due, in that order', () => {
    expect(COLUMNS.map((c) => c.id)).toEqual(['prompt', 'section', 'kind', 'status', 'due']);
  });

  it('mark as ascending the one column each sort follows, and none in deck order', () => {
    const sortedColumns = (sort: (typeof BROWSE_SORTS)[number]) => COLUMNS.filter((c) => ariaSort(c, sort) === 'ascending').map((c) => c.id);
    expect(sortedColumns('deck')).toEqual([]);
    expect(sortedColumns('prompt')).toEqual(['prompt']);
    expect(sortedColumns('section')).toEqual(['section']);
    expect(sortedColumns('due')).toEqual(['due']);
    expect(COLUMNS.map((c) => ariaSort(c, 'deck'))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('due today', () => {
  const dayEnd = new Date(2026, 10, 26, 4, 0).getTime();

  it('covers the 24 hours before the study day ends', () => {
    expect(isDueToday(dayEnd - 1, dayEnd)).toBe(true);
    expect(isDueToday(dayEnd - 86_400_000, dayEnd)).toBe(true);
    expect(isDueToday(dayEnd, dayEnd)).toBe(false);
    expect(isDueToday(dayEnd - 86_400_001, dayEnd)).toBe(false);
  });
});

describe('paging', () => {
  it('renders whole pages up to the row that must be shown, never fewer rows than already are', () => {
    expect(PAGE_SIZE).toBe(100);
    expect(limitShowing(99, 100)).toBe(100);
    expect(limitShowing(100, 100)).toBe(200);
    expect(limitShowing(273, 100)).toBe(300);
    expect(limitShowing(5, 300)).toBe(300);
  });

  it('adds one page as the list scrolls, stopping at its end', () => {
    expect(limitAfterNextPage(100, 274)).toBe(200);
    expect(limitAfterNextPage(200, 274)).toBe(274);
  });

  it('lets Tab into the table at the row focused last when it is rendered, else at the first', () => {
    const rows = ['a', 'b', 'c'].map((id) => ({ card: { id } }) as BrowseRow);
    expect(tabStopIndex(rows, 'b', 100)).toBe(1);
    expect(tabStopIndex(rows, 'c', 2)).toBe(0);
    expect(tabStopIndex(rows, 'gone', 100)).toBe(0);
    expect(tabStopIndex(rows, undefined, 100)).toBe(0);
  });
});
