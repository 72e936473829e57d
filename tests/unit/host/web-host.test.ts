// The browser host's deck loading: its own build's deck passes, a deck from another version or in
// the wrong language is refused (the full card schema is checked when the deck is compiled).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DECK_FORMAT, DECK_VERSION } from '../../../content/schema';
import { host } from '../../../renderer/host/index.web';

const deck = { format: DECK_FORMAT, version: DECK_VERSION, locale: 'en', cards: [] };

function serve(body: unknown, status = 200) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('web host loadDeck', () => {
  it('loads the deck file of the language from the app’s own origin', async () => {
    const fetch = serve(deck);
    await expect(host.loadDeck('en')).resolves.toEqual(deck);
    expect(fetch).toHaveBeenCalledWith('./decks/en.json');
  });

  it.each([
    ['another format', { ...deck, format: 'anki' }],
    ['a newer version', { ...deck, version: DECK_VERSION + 1 }],
    ['another language', { ...deck, locale: 'pt-BR' }],
    ['no cards', { ...deck, cards: undefined }],
    ['not an object', null],
  ])('refuses %s', async (_name, body) => {
    serve(body);
    await expect(host.loadDeck('en')).rejects.toThrow('not this version');
  });

  it('reports a missing file', async () => {
    serve({}, 404);
    await expect(host.loadDeck('en')).rejects.toThrow('HTTP 404');
  });
});

describe('web host savePdf', () => {
  it('hands the page to the browser’s print dialog, whose "Save as PDF" makes the file', async () => {
    const print = vi.fn();
    vi.stubGlobal('window', { print });
    await expect(host.savePdf('mock-interview-2026-12-06-1405.pdf')).resolves.toEqual({ status: 'print-dialog' });
    expect(print).toHaveBeenCalledTimes(1);
  });
});
