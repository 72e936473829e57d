// A browser host over the sample deck, for tests that open a real AppModel: the deck loads at
// once, files are "saved", and there is no native menu or backup folder.
import { compileDecks } from '../../../content/compile-deck';
import type { Host } from '../../../renderer/host/host';
import { SAMPLE_SYLLABUS, validSources } from '../content/sample-deck';

export const sampleDeck = compileDecks(validSources(), SAMPLE_SYLLABUS).decks[0]!;

export const sampleHost: Host = {
  kind: 'web',
  loadDeck: async () => sampleDeck,
  saveFile: async () => ({ status: 'saved' }),
  savePdf: async () => ({ status: 'saved' }),
  setUiLocale: () => {},
  onMenuCommand: () => () => {},
  openProgressFile: async () => ({ status: 'cancelled' }),
  allowMicrophone: async () => {},
  openTextFile: async () => ({ status: 'cancelled' }),
  backups: undefined,
};
