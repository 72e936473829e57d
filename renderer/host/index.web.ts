import { DECK_FORMAT, DECK_VERSION, type DeckFile, type Locale } from '../../content/schema';
import { isProgressFileTooLarge } from '../core/progress-file-name';
import { IMPORT_MAX_BYTES as MAX_TEXT_FILE_BYTES } from '../core/own-cards/draft';
import type { Host, OpenTextFileResult, PickedFile } from './host';

export const host: Host = {
  kind: 'web',
  async loadDeck(locale: Locale) {
    // Served by the same origin as the app; no request ever leaves the machine.
    const response = await fetch(`./decks/${locale}.json`);
    if (!response.ok) throw new Error(`deck ${locale}: HTTP ${response.status}`);
    const deck = (await response.json()) as Partial<DeckFile> | null;
    // The deck is this build's own file, compiled and validated with it (content/compile.ts, and
    // the bundled-deck test); the header check catches a file left from another version, without
    // validating every card again on the way to the first screen.
    if (deck?.format !== DECK_FORMAT || deck.version !== DECK_VERSION || deck.locale !== locale || !Array.isArray(deck.cards)) {
      throw new Error(`deck ${locale}: not this version's deck file`);
    }
    return deck as DeckFile;
  },
  async saveFile(suggestedName, contents, mimeType) {
    const url = URL.createObjectURL(typeof contents === 'string' ? new Blob([contents], { type: mimeType }) : contents);
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Give the browser time to start the download before the URL is revoked.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { status: 'saved' };
  },
  async savePdf() {
    // The print stylesheet leaves the report alone on the page; the dialog offers "Save as PDF".
    window.print();
    return { status: 'print-dialog' };
  },
  // A browser tab has no native menu to speak the language or send commands.
  setUiLocale() {},
  onMenuCommand: () => () => {},
  // The browser asks the learner for the microphone itself.
  allowMicrophone: async () => {},
  openProgressFile() {
    return new Promise<PickedFile>((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) return resolve({ status: 'cancelled' });
        // Refused from its size alone: reading 200 MB to say it is too big would freeze the page.
        if (isProgressFileTooLarge(file.size)) return resolve({ status: 'too-large', bytes: file.size });
        resolve({ status: 'opened', name: file.name, contents: file });
      });
      input.click();
    });
  },
  openTextFile(types) {
    return new Promise<OpenTextFileResult>((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = types.map((type) => `.${type}`).join(',');
      input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) return resolve({ status: 'cancelled' });
        if (file.size > MAX_TEXT_FILE_BYTES) return resolve({ status: 'too-large', bytes: file.size });
        file.arrayBuffer().then((buffer) => resolve({ status: 'opened', name: file.name, bytes: new Uint8Array(buffer) }), reject);
      });
      input.click();
    });
  },
  // A browser page cannot write files on its own; the app reminds the learner to export instead.
  backups: undefined,
};
