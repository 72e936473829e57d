// What the card table shows beside its rows: its columns and which one the sort follows, the
// day a due date falls on, and how many rows are rendered (a page at a time, more as the list
// scrolls or the keyboard moves past the last one).
import type { BrowseRow, BrowseSort } from '../../core/browse-filter';

export interface Column {
  id: 'prompt' | 'section' | 'kind' | 'status' | 'due';
  /** The sort that orders the list by this column, if any. */
  sort?: BrowseSort;
}

export const COLUMNS: readonly Column[] = [{ id: 'prompt', sort: 'prompt' }, { id: 'section', sort: 'section' }, { id: 'kind' }, { id: 'status' }, { id: 'due', sort: 'due' }];

/** aria-sort of a column header: every sort is ascending; deck order marks no column. */
export function ariaSort(column: Column, sort: BrowseSort): 'ascending' | undefined {
  return column.sort === sort ? 'ascending' : undefined;
}

/** A due date within the current study day is shown as a time ("hoje, 14:05"), others as a date. */
export function isDueToday(due: number, dayEnd: number): boolean {
  return due >= dayEnd - 86_400_000 && due < dayEnd;
}

/**
 * Rows are rendered a page at a time, so a 1,000-card deck opens and filters as fast as a
 * 100-card one.
 */
export const PAGE_SIZE = 100;

/** How many rows to render so that the row at `index` is among them (whole pages). */
export function limitShowing(index: number, limit: number): number {
  return index < limit ? limit : (Math.floor(index / PAGE_SIZE) + 1) * PAGE_SIZE;
}

/** How many rows to render after one more page, never more than there are. */
export function limitAfterNextPage(limit: number, count: number): number {
  return Math.min(limit + PAGE_SIZE, count);
}

/** The row that takes Tab into the table: the last one focused when it is rendered, else the first. */
export function tabStopIndex(rows: readonly BrowseRow[], activeId: string | undefined, limit: number): number {
  const index = rows.findIndex((row) => row.card.id === activeId);
  return index >= 0 && index < limit ? index : 0;
}
