// Where an answer's time goes (the grade key's keydown to the paint of the next card): a trace and
// a CPU profile of some answers on a profile seeded once and kept, with, for the slowest fifth,
// what the renderer's main thread did meanwhile, and the mean per kind of work. The trace and the
// profile are written beside, for DevTools. Not part of `npm run bench`.
//   npx tsx tests/bench/trace-answers.ts dist/web --profile /tmp/answers-100k --reviews 100000
// A study session draws from the day's queue: a profile answered too often runs out of cards.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStudy, percentile, serveSite } from './harness';
import { seedOnce, traced } from './trace';
import './page/api';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    profile: { type: 'string' },
    reviews: { type: 'string', default: '100000' },
    answers: { type: 'string', default: '60' },
    out: { type: 'string', default: join(tmpdir(), 'mlops-trace') },
    // The floor page (bench/frame.html) can be traced the same way.
    page: { type: 'string', default: '/' },
  },
});
if (!values.profile) throw new Error('usage: tsx tests/bench/trace-answers.ts <web build> --profile <dir kept between runs> [--reviews N] [--answers N] [--page /bench/frame.html]');

const WARM_UP = 20;
const profile = resolve(values.profile);
const out = resolve(values.out!);
mkdirSync(out, { recursive: true });
const site = await serveSite(resolve(positionals[0] ?? 'dist/web'), profile);
try {
  await seedOnce(site, profile, Number(values.reviews));
  const study = await openStudy(site.context, `${site.origin}${values.page}`);
  await study.answer(WARM_UP);
  const page = site.context.pages().at(-1)!;
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'IndexedDB'];
  const { events } = await traced(site.context, page, { categories, samplingUs: 100, out, name: 'answers' }, () => study.answer(Number(values.answers)));
  const grades = (await study.close()).grades.slice(WARM_UP);

  // Each answer is Space (reveal) then a grade key: the grade is every second keydown.
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.['type'] === 'keydown').sort((a, b) => a.ts - b.ts);
  const { pid, tid } = keydowns[0]!;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && !/RunTask$/.test(e.name));
  const slow = percentile(grades, 80);
  const totals = new Map<string, number>();
  console.log(`answers p50 ${percentile(grades, 50).toFixed(1)} ms, p95 ${percentile(grades, 95).toFixed(1)} ms (${grades.length})`);
  console.log('-- the slowest fifth: main-thread work between the key and the stamp (ms)');
  keydowns
    .filter((_, i) => i % 2 === 1)
    .forEach((key, i) => {
      const ms = grades[i] ?? 0;
      const parts = new Map<string, number>();
      for (const e of main) if (e.ts >= key.ts && e.ts <= key.ts + ms * 1000) parts.set(e.name, (parts.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      for (const [name, part] of parts) totals.set(name, (totals.get(name) ?? 0) + part);
      if (ms > slow) console.log(`${ms.toFixed(1).padStart(5)}  ${[...parts].filter(([, part]) => part > 0.3).sort((a, b) => b[1] - a[1]).map(([name, part]) => `${name} ${part.toFixed(1)}`).join(' | ')}`);
    });
  console.log('-- mean per answer (ms; nested events count in each of their parents)');
  for (const [name, total] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(total / grades.length).toFixed(2).padStart(6)}  ${name}`);
  console.log(`\ntrace and CPU profile in ${out}`);
} finally {
  await site.close();
}
