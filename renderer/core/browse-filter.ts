// The card browser's data: one row per card with what the list shows, then filters and sorting.
// Rows are built when the deck, the states or the user data change; sorting only when the sort
// or the rows change; filtering (each keystroke) is one pass over the already sorted rows.
import type { StudyCard } from './study-card';
import type { SectionId } from '../../content/syllabus';
import { matchesTerms, parseQuery, searchTextOf } from './search';
import { Flag, type CardState, type FlagColour, type UserCardData } from './types';

export type CardStatus = 'new' | 'learning' | 'review' | 'relearning';
const STATUS_BY_STATE: readonly CardStatus[] = ['new', 'learning', 'review', 'relearning'];

/** The part of the learner's per-card data the browser shows. */
export type CardMarks = Pick<UserCardData, 'flag' | 'suspended' | 'buriedUntil'>;

export interface BrowseRow {
  card: StudyCard;
  /** Position in the deck (syllabus order, each question followed by its facts). */
  order: number;
  status: CardStatus;
  /** Epoch ms; undefined for a card never answered. */
  due: number | undefined;
  flag: CardMarks['flag'];
  suspended: boolean;
  buried: boolean;
  /** Folded text the search runs over. */
  text: string;
}

export type StatusFilter = 'all' | 'new' | 'learning' | 'review';
export type FlagFilter = 'all' | 'flagged' | 'unflagged' | FlagColour;
export type SuspendedFilter = 'all' | 'only' | 'hide';
export type BrowseSort = 'deck' | 'prompt' | 'due' | 'section';
export const BROWSE_SORTS: readonly BrowseSort[] = ['deck', 'prompt', 'due', 'section'];

export interface BrowseFilter {
  query: string;
  section: SectionId | 'all';
  kind: StudyCard['kind'] | 'all';
  /** 'own': only the learner's own cards ("my cards"); 'deck': only the deck's. */
  origin: 'all' | 'deck' | 'own';
  /** 'learning' includes relearning: both are cards in short steps. */
  status: StatusFilter;
  flag: FlagFilter;
  suspended: SuspendedFilter;
  /** Only cards due before the current study day ends (overdue included). */
  dueToday: boolean;
}

export const NO_FILTER: Readonly<BrowseFilter> = {
  query: '',
  section: 'all',
  kind: 'all',
  origin: 'all',
  status: 'all',
  flag: 'all',
  suspended: 'all',
  dueToday: false,
};

export function isFiltered(filter: BrowseFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof BrowseFilter)[]).some((key) =>
    key === 'query' ? filter.query.trim() !== '' : filter[key] !== NO_FILTER[key],
  );
}

export function cardStatus(state: CardState | undefined): CardStatus {
  return STATUS_BY_STATE[state?.state ?? 0] ?? 'new';
}

/**
 * One row per card, in deck order. `searchText` lets the caller keep the folded text of a deck
 * across rebuilds (it only changes with the deck, not with every answer).
 */
export function buildRows(
  cards: readonly StudyCard[],
  states: ReadonlyMap<string, CardState>,
  marks: ReadonlyMap<string, CardMarks>,
  now: number,
  searchText: (card: StudyCard) => string = searchTextOf,
): BrowseRow[] {
  return cards.map((card, order) => {
    const state = states.get(card.id);
    const mark = marks.get(card.id);
    return {
      card,
      order,
      status: cardStatus(state),
      due: state?.due,
      flag: mark?.flag ?? Flag.None,
      suspended: mark?.suspended === 1,
      buried: (mark?.buriedUntil ?? 0) > now,
      text: searchText(card),
    };
  });
}

export interface SortOptions {
  /** Compares prompts in the interface language ("Ética" sorts with the E's). */
  collator: Intl.Collator;
  /** Name of a section as shown, so sorting by section follows what the learner reads. */
  sectionName: (card: StudyCard) => string;
}

/** A sorted copy; ties keep deck order, so a question stays just before its facts. */
export function sortRows(rows: readonly BrowseRow[], sort: BrowseSort, options: SortOptions): BrowseRow[] {
  const sorted = [...rows].sort((a, b) => a.order - b.order);
  if (sort === 'prompt') {
    const keyed = sorted.map((row) => ({ row, key: row.card.prompt }));
    keyed.sort((a, b) => options.collator.compare(a.key, b.key) || a.row.order - b.row.order);
    return keyed.map((k) => k.row);
  }
  if (sort === 'section') {
    const names = new Map<string, string>();
    const nameOf = (card: StudyCard) => names.get(card.section) ?? names.set(card.section, options.sectionName(card)).get(card.section)!;
    return sorted.sort((a, b) => options.collator.compare(nameOf(a.card), nameOf(b.card)));
  }
  if (sort === 'due') {
    // Earliest first; cards never answered last, in deck order.
    return sorted.sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || a.order - b.order);
  }
  return sorted;
}

export interface FilterContext {
  /** Epoch ms at which the current study day ends. */
  dayEnd: number;
}

export function filterRows(rows: readonly BrowseRow[], filter: BrowseFilter, context: FilterContext): BrowseRow[] {
  const terms = parseQuery(filter.query);
  return rows.filter((row) => {
    if (filter.section !== 'all' && row.card.section !== filter.section) return false;
    if (filter.kind !== 'all' && row.card.kind !== filter.kind) return false;
    if (filter.origin !== 'all' && (row.card.own !== undefined) !== (filter.origin === 'own')) return false;
    if (filter.status !== 'all') {
      const status = row.status === 'relearning' ? 'learning' : row.status;
      if (status !== filter.status) return false;
    }
    if (filter.flag === 'flagged' && row.flag === Flag.None) return false;
    if (filter.flag === 'unflagged' && row.flag !== Flag.None) return false;
    if (typeof filter.flag === 'number' && row.flag !== filter.flag) return false;
    if (filter.suspended === 'only' && !row.suspended) return false;
    if (filter.suspended === 'hide' && row.suspended) return false;
    if (filter.dueToday && (row.due === undefined || row.due >= context.dayEnd)) return false;
    return matchesTerms(row.text, terms);
  });
}
