// Keyboard map of the card browser, kept apart from the component so it is unit-tested.

/** Where focus goes in the card list for a key, or undefined when the key is not a list move. */
export function rowIndexAfter(key: string, current: number, count: number, pageSize = 10): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, last);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'PageDown':
      return Math.min(current + pageSize, last);
    case 'PageUp':
      return Math.max(current - pageSize, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

export type BrowseCommand = { type: 'focus-search' } | { type: 'close-card' } | { type: 'clear-search' } | { type: 'back' };

export interface BrowseKeyContext {
  /** A card is open over the list. */
  cardOpen: boolean;
  /** The key was typed into a form field. */
  typing: boolean;
  /** The key was typed into the search field, which holds some text. */
  searchHasText: boolean;
}

export function browseCommandFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  context: BrowseKeyContext,
): BrowseCommand | undefined {
  if (event.altKey) return undefined;
  const modified = event.ctrlKey || event.metaKey;
  if (event.key === 'Escape' && !modified && !event.shiftKey) {
    if (context.cardOpen) return { type: 'close-card' };
    if (context.searchHasText) return { type: 'clear-search' };
    return { type: 'back' };
  }
  if (context.cardOpen) return undefined;
  if (modified && !event.shiftKey && event.key.toLowerCase() === 'f') return { type: 'focus-search' };
  if (!modified && !context.typing && event.key === '/') return { type: 'focus-search' };
  return undefined;
}

/** Rows PageUp and PageDown move by: about a screen's worth (rows are about 48 px high). */
export function rowsPerScreen(viewportHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / 48) - 1);
}
