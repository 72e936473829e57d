import { describe, expect, it } from 'vitest';
import { browseCommandFor, rowIndexAfter, rowsPerScreen } from '../../../../renderer/screens/browse/browse-keys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const list = { cardOpen: false, typing: false, searchHasText: false };

describe('list moves', () => {
  it('move one row, a page, or to either end, without leaving the list', () => {
    expect(rowIndexAfter('ArrowDown', 3, 10)).toBe(4);
    expect(rowIndexAfter('ArrowDown', 9, 10)).toBe(9);
    expect(rowIndexAfter('ArrowUp', 0, 10)).toBe(0);
    expect(rowIndexAfter('ArrowUp', 5, 10)).toBe(4);
    expect(rowIndexAfter('PageDown', 5, 100, 20)).toBe(25);
    expect(rowIndexAfter('PageDown', 95, 100, 20)).toBe(99);
    expect(rowIndexAfter('PageUp', 5, 100, 20)).toBe(0);
    expect(rowIndexAfter('Home', 50, 100)).toBe(0);
    expect(rowIndexAfter('End', 0, 100)).toBe(99);
  });

  it('move a page by about a screen of rows, at least one', () => {
    expect(rowsPerScreen(900)).toBe(17);
    expect(rowsPerScreen(96)).toBe(1);
    expect(rowsPerScreen(0)).toBe(1);
  });

  it('ignore other keys and an empty list', () => {
    expect(rowIndexAfter('Enter', 3, 10)).toBeUndefined();
    expect(rowIndexAfter('a', 3, 10)).toBeUndefined();
    expect(rowIndexAfter('ArrowDown', 0, 0)).toBeUndefined();
  });
});

describe('browse commands', () => {
  it('Escape closes the open card, else clears the search text, else goes back', () => {
    expect(browseCommandFor(key('Escape'), { ...list, cardOpen: true })).toEqual({ type: 'close-card' });
    expect(browseCommandFor(key('Escape'), { ...list, typing: true, searchHasText: true })).toEqual({ type: 'clear-search' });
    expect(browseCommandFor(key('Escape'), { ...list, typing: true })).toEqual({ type: 'back' });
    expect(browseCommandFor(key('Escape'), list)).toEqual({ type: 'back' });
    expect(browseCommandFor(key('Escape', { ctrlKey: true }), list)).toBeUndefined();
  });

  it('/ and Ctrl+F go to the search field, but / can be typed into a field', () => {
    expect(browseCommandFor(key('/'), list)).toEqual({ type: 'focus-search' });
    expect(browseCommandFor(key('/'), { ...list, typing: true })).toBeUndefined();
    expect(browseCommandFor(key('f', { ctrlKey: true }), { ...list, typing: true })).toEqual({ type: 'focus-search' });
    expect(browseCommandFor(key('F', { metaKey: true }), list)).toEqual({ type: 'focus-search' });
    expect(browseCommandFor(key('f'), list)).toBeUndefined();
  });

  it('leaves keys alone while a card is open, apart from Escape', () => {
    expect(browseCommandFor(key('/'), { ...list, cardOpen: true })).toBeUndefined();
    expect(browseCommandFor(key('f', { ctrlKey: true }), { ...list, cardOpen: true })).toBeUndefined();
    expect(browseCommandFor(key('Escape', { altKey: true }), { ...list, cardOpen: true })).toBeUndefined();
  });
});
