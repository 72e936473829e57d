// `npm run content`: validate every card source and write one deck per locale to content/dist/.
// Exits non-zero on any validation error, so a broken deck never reaches a build.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDecks, countDeck, type CardSource } from './compile-deck';
import { LOCALES } from './schema';
import { SECTIONS } from './syllabus';

const contentDir = dirname(fileURLToPath(import.meta.url));
export const DECKS_OUT_DIR = join(contentDir, 'dist', 'decks');

function readSources(): CardSource[] {
  const sources: CardSource[] = [];
  for (const locale of LOCALES) {
    const root = join(contentDir, locale);
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const full = join(entry.parentPath, entry.name);
      const path = relative(root, full).split('\\').join('/');
      sources.push({ locale, path, text: readFileSync(full, 'utf8') });
    }
  }
  return sources;
}

const { decks, errors } = compileDecks(readSources());
if (errors.length > 0) {
  console.error(`Deck validation failed with ${errors.length} error(s):`);
  for (const error of errors) console.error(`  ${error}`);
  process.exit(1);
}
mkdirSync(DECKS_OUT_DIR, { recursive: true });
for (const deck of decks) {
  writeFileSync(join(DECKS_OUT_DIR, `${deck.locale}.json`), JSON.stringify(deck));
  const counts = countDeck(deck);
  const rows = SECTIONS.map((s) => `${s} ${counts.bySection[s].question}q+${counts.bySection[s].fact}f`);
  const facts = SECTIONS.reduce((sum, s) => sum + counts.bySection[s].fact, 0);
  console.log(`${deck.locale}: ${counts.total} cards (${counts.total - facts} questions, ${facts} facts) | ${rows.join(' | ')}`);
}
