// The browser's selects as data (what each one sets, its label, its options), so Filters.svelte
// draws all six with one block and a new filter or option is one entry here.
import { SECTIONS } from '../../../content/syllabus';
import { BROWSE_SORTS, type BrowseFilter, type BrowseSort } from '../../core/browse-filter';
import { FLAG_COLOURS } from '../../core/types';
import { useMessages, type MessageKey } from '../../i18n/index.svelte';
import browseMessages from '../../i18n/messages/browse';
import ownCardMessages from '../../i18n/messages/own-cards';

useMessages(browseMessages, ownCardMessages);

/** The browser's search, filters and sort, as the learner last left them. */
export interface BrowseView {
  filter: BrowseFilter;
  sort: BrowseSort;
}

/** What a select sets: one of the filters, or the sort order. */
export type BrowseChoices = Pick<BrowseFilter, 'section' | 'kind' | 'origin' | 'status' | 'flag' | 'suspended'> & { sort: BrowseSort };
export type ChoiceKey = keyof BrowseChoices;

/** One option: the value it sets and its label. */
export type SelectOption<K extends ChoiceKey> = readonly [value: BrowseChoices[K], label: MessageKey];

export interface SelectField<K extends ChoiceKey> {
  key: K;
  label: MessageKey;
  options: readonly SelectOption<K>[];
}
export type AnySelectField = { [K in ChoiceKey]: SelectField<K> }[ChoiceKey];

/**
 * In the order shown; each select's first option is where it starts (for a filter, where "clear"
 * returns it). Kept as literals (`as const`), so t() sees that no label takes parameters.
 */
export const SELECT_FIELDS = [
  // From the syllabus, so a section added to the deck appears here without a change.
  { key: 'section', label: 'browse.section', options: [['all', 'browse.allSections'], ...SECTIONS.map((s) => [s, `section.${s}`] as const)] },
  { key: 'origin', label: 'own.filter', options: [['all', 'own.filter.all'], ['own', 'own.filter.own'], ['deck', 'own.filter.deck']] },
  { key: 'kind', label: 'browse.kind', options: [['all', 'browse.allKinds'], ['question', 'browse.kind.question'], ['fact', 'browse.kind.fact']] },
  {
    key: 'status',
    label: 'browse.status',
    options: [['all', 'browse.allStatuses'], ['new', 'browse.statusFilter.new'], ['learning', 'browse.statusFilter.learning'], ['review', 'browse.statusFilter.review']],
  },
  {
    key: 'flag',
    label: 'browse.flag',
    options: [['all', 'browse.flagAll'], ['flagged', 'browse.flagged'], ['unflagged', 'browse.unflagged'], ...FLAG_COLOURS.map((f) => [f, `browse.flag.${f}`] as const)],
  },
  { key: 'suspended', label: 'browse.suspended', options: [['all', 'browse.suspendedAll'], ['only', 'browse.suspendedOnly'], ['hide', 'browse.suspendedHide']] },
  { key: 'sort', label: 'browse.sort', options: BROWSE_SORTS.map((sort) => [sort, `browse.sort.${sort}`] as const) },
] as const satisfies readonly AnySelectField[];

export function choiceOf<K extends ChoiceKey>(view: BrowseView, key: K): BrowseChoices[K] {
  return (key === 'sort' ? view.sort : view.filter[key as Exclude<K, 'sort'>]) as BrowseChoices[K];
}

export function setChoice<K extends ChoiceKey>(view: BrowseView, key: K, value: BrowseChoices[K]): void {
  if (key === 'sort') view.sort = value as BrowseSort;
  else Object.assign(view.filter, { [key]: value });
}
