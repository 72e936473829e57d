// The browser's search, filters and sort live outside the component, so they are still there
// when the learner studies a card and comes back (until the app is closed).
import { NO_FILTER } from '../../core/browse-filter';
import type { BrowseView } from './filters';

export const browseView = $state<BrowseView>({ filter: { ...NO_FILTER }, sort: 'deck' });

export function resetBrowseFilter(): void {
  browseView.filter = { ...NO_FILTER };
}
