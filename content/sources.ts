// Reads every card source of the repository, for the compiler and the deck tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardSource } from './compile-deck';
import { LOCALES } from './schema';

export const CONTENT_DIR = dirname(fileURLToPath(import.meta.url));

export function readCardSources(contentDir = CONTENT_DIR): CardSource[] {
  const sources: CardSource[] = [];
  for (const locale of LOCALES) {
    const root = join(contentDir, locale);
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const full = join(entry.parentPath, entry.name);
      sources.push({ locale, path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
    }
  }
  return sources;
}
