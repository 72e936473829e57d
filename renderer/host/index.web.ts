import * as v from 'valibot';
import { DeckFileSchema, type Locale } from '../../content/schema';
import type { Host } from './host';

export const host: Host = {
  kind: 'web',
  async loadDeck(locale: Locale) {
    // Served by the same origin as the app; no request ever leaves the machine.
    const response = await fetch(`./decks/${locale}.json`);
    if (!response.ok) throw new Error(`deck ${locale}: HTTP ${response.status}`);
    return v.parse(DeckFileSchema, await response.json());
  },
  async saveFile(suggestedName, contents, mimeType) {
    const url = URL.createObjectURL(new Blob([contents], { type: mimeType }));
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
  // A browser tab has no native menu to speak the language or send commands.
  setUiLocale() {},
  onMenuCommand: () => () => {},
};
