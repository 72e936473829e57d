// `npm run content`: validate every card source and write one deck per locale to content/dist/.
// Exits non-zero on any validation error, so a broken deck never reaches a build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDecks, countDeck } from './compile-deck';
import { FACT_ANSWER_TARGET, FACT_ANSWER_TARGET_SHARE } from './schema';
import { CONTENT_DIR, readCardSources } from './sources';
import { SECTIONS } from './syllabus';

const outDir = join(CONTENT_DIR, 'dist', 'decks');
const { decks, errors } = compileDecks(readCardSources());
if (errors.length > 0) {
  console.error(`Deck validation failed with ${errors.length} error(s):`);
  for (const error of errors) console.error(`  ${error}`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
for (const deck of decks) {
  writeFileSync(join(outDir, `${deck.locale}.json`), JSON.stringify(deck));
  const counts = countDeck(deck);
  const rows = SECTIONS.map((s) => `${s} ${counts.bySection[s].question}q+${counts.bySection[s].fact}f`);
  const facts = SECTIONS.reduce((sum, s) => sum + counts.bySection[s].fact, 0);
  console.log(`${deck.locale}: ${counts.total} cards (${counts.total - facts} questions, ${facts} facts) | ${rows.join(' | ')}`);
  const share = Math.round((1000 * counts.factsWithinTarget) / facts) / 10;
  const { id, words } = counts.longestModelAnswer;
  console.log(`  fact answers within ${FACT_ANSWER_TARGET} characters: ${share}% (target ${100 * FACT_ANSWER_TARGET_SHARE}%) | longest model answer: ${words} words (${id})`);
}
