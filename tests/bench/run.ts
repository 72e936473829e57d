// `npm run bench`: builds the web build (the npm script does), then times it for each history
// size, prints one table of every figure beside its floor, ratio, target and verdict (Markdown,
// as the README carries it), and writes bench-results.json.
// Quick runs: `npm run bench -- --histories 0,10000 --answers 50` (or BENCH_HISTORIES=0,10000).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { defaultOptions, runBench } from './harness';
import { formatTable, resultRows } from './results';

const { values } = parseArgs({
  options: {
    histories: { type: 'string' },
    answers: { type: 'string' },
    loads: { type: 'string' },
    out: { type: 'string', default: 'bench-results.json' },
    // Where the served site is assembled: two runs at once need two (and two ports: PORT).
    site: { type: 'string' },
  },
});

const positiveInt = (text: string, what: string) => {
  const n = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${what}: not a whole number: ${text}`);
  return n;
};

const options = defaultOptions();
const histories = values.histories ?? process.env.BENCH_HISTORIES;
if (histories) options.histories = histories.split(',').map((h) => positiveInt(h.trim(), '--histories'));
if (values.answers) options.answers = Math.max(1, positiveInt(values.answers, '--answers'));
if (values.site) options.siteDir = values.site;
if (values.loads) options.loads = Math.max(1, positiveInt(values.loads, '--loads'));

const started = Date.now();
const loadBefore = loadavg();
const { results, details } = await runBench(options);
const loadAfter = loadavg();
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');

const cpu = cpus();
console.log(
  `\nMLOps Flashcards benchmark — ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ` +
    `Chromium ${details.chromium} (headless), Node ${process.version}; median of ${options.loads} loads, ${options.answers} answers per history.\n` +
    `Load average (1, 5, 15 min) before: ${load(loadBefore)}, after: ${load(loadAfter)}. Over ${cpu.length} means other work shared the CPUs: ` +
    'compare figures with their floors (measured alongside), not across runs.',
);
const mb = (value: number) => `${value.toFixed(1)} MB`;
const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(', ');
for (const history of results.histories) {
  const extra = details.perHistory.find((d) => d.reviews === history.reviews)!;
  console.log(
    `\n${history.reviews.toLocaleString('en')} answers in the log: seeded in ${(extra.seedMs / 1000).toFixed(1)} s; ` +
      `export file ${(extra.exportBytes / 2 ** 20).toFixed(1)} MB; JS heap open ${mb(extra.heapMb.idle)}, ` +
      `export ${mb(extra.heapMb.export)}, import ${mb(extra.heapMb.import)}; replay ${extra.replayConsistent ? 'matches' : 'DOES NOT MATCH'} the stored states;\n` +
      ` statistics counted from the whole log (once, on a database from before schema 4) in ${(extra.statsBuildMs / 1000).toFixed(1)} s, ` +
      `${extra.statsBuildConsistent ? 'equal to' : 'DIFFERENT FROM'} the seeded slots;\n` +
      ` loads ${list(extra.loadsMs)} ms; the stack page, loaded between them: ${list(extra.stackLoadsMs)} ms; the bare page: ${extra.bareMs.toFixed(1)} ms median; plan and readiness again the same day: ${extra.planWarmMs.toFixed(1)} ms;\n` +
      ` answer p50 ${history.grade_p50_ms.toFixed(1)} ms (floor page ${history.grade_floor_p50_ms.toFixed(1)} ms)` +
      `${extra.importRefused ? `; the app REFUSES to import its own export: ${extra.importRefused}` : ''}`,
  );
}
const { search } = details;
console.log(
  `\nCard browser search over ${search.cards.toLocaleString('en')} cards (the deck four times over): median of ${search.queries} queries, ` +
    `${search.matches.toLocaleString('en')} cards found. Start-up floors over the run: stack page ${results.stack_floor_ms.toFixed(1)} ms, ` +
    `bare page ${results.bare_page_ms.toFixed(1)} ms (context only).`,
);
console.log(`\n${formatTable(resultRows(results))}`);
writeFileSync(values.out!, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${values.out} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
