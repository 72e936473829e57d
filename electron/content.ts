// Finds the compiled deck in the app's resources and serves it, validated and cached.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { DeckFileSchema, type DeckFile, type Locale } from '../content/schema';

export function resolveDeckDir(app: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  // Packaged: electron-builder copies content/dist/decks to <resources>/decks (extraResources).
  return app.isPackaged ? join(app.resourcesPath, 'decks') : join(app.appPath, 'content', 'dist', 'decks');
}

export function createDeckSource(deckDir: string) {
  const cache = new Map<Locale, Promise<DeckFile>>();
  const load = async (locale: Locale): Promise<DeckFile> => {
    const text = await readFile(join(deckDir, `${locale}.json`), 'utf8');
    const deck = v.parse(DeckFileSchema, JSON.parse(text));
    if (deck.locale !== locale) throw new Error(`deck file for ${locale} holds ${deck.locale}`);
    return deck;
  };
  return {
    getDeck(locale: Locale): Promise<DeckFile> {
      let pending = cache.get(locale);
      if (!pending) {
        pending = load(locale);
        cache.set(locale, pending);
        pending.catch(() => cache.delete(locale));
      }
      return pending;
    },
  };
}
