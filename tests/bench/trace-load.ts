// Where one load's time goes, the app's beside the stack page's, on a profile seeded once and kept
// (seeding 1,000,000 answers takes minutes): the renderer's main-thread tasks from navigation start
// to the deck table's paint, the scripts' compiles on background threads, and the page's
// performance marks. The Chromium trace and the CPU profile are written beside, for DevTools
// (Performance panel, "Load profile"). Not part of `npm run bench`.
//   npx tsx tests/bench/trace-load.ts dist/web --profile /tmp/trace-100k --reviews 100000
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadUntilReady, serveSite } from './harness';
import { seedOnce, traced, type TraceEvent } from './trace';
import './page/api';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    profile: { type: 'string' },
    reviews: { type: 'string', default: '100000' },
    out: { type: 'string', default: join(tmpdir(), 'mlops-trace') },
    pages: { type: 'string', default: 'app,stack' },
  },
});
if (!values.profile) throw new Error('usage: tsx tests/bench/trace-load.ts <web build> --profile <dir kept between runs> [--reviews N] [--pages app,stack]');
const profile = resolve(values.profile);
const out = resolve(values.out!);
mkdirSync(out, { recursive: true });

const TOP_TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', 'loading', 'IndexedDB', 'toplevel'];
const ms = (us: number) => (us / 1000).toFixed(1).padStart(6);

const site = await serveSite(resolve(positionals[0] ?? 'dist/web'), profile);
const { origin, context } = site;
try {
  await seedOnce(site, profile, Number(values.reviews));
  for (const name of values.pages!.split(',')) {
    const url = name === 'stack' ? `${origin}/stack/` : `${origin}/`;
    // Untimed loads first, as the benchmark does: an installed app starts with its code cached.
    for (let i = 0; i < 2; i += 1) {
      const warm = await context.newPage();
      await loadUntilReady(warm, url);
      await warm.close();
    }
    const page = await context.newPage();
    const { value: readyAt, events } = await traced(context, page, { categories: CATEGORIES, samplingUs: 200, out, name }, async () => {
      await loadUntilReady(page, url);
      return page.evaluate(() => window.__benchProbe.readyAt!);
    });
    await page.close();

    // The page's renderer main thread: the one that marked this navigation's start.
    const nav = events.filter((e) => e.name === 'navigationStart' && String(e.args?.data?.['documentLoaderURL'] ?? '').startsWith('http')).pop();
    if (!nav) throw new Error(`no navigationStart in the trace of ${url}`);
    const end = nav.ts + readyAt * 1000;
    const inLoad = (e: TraceEvent) => e.pid === nav.pid && e.ts >= nav.ts && e.ts <= end;
    console.log(`\n== ${name}: deck table painted at ${readyAt.toFixed(1)} ms`);
    console.log('-- marks');
    for (const mark of events.filter((e) => inLoad(e) && e.cat.includes('blink.user_timing') && e.tid === nav.tid).sort((a, b) => a.ts - b.ts)) {
      console.log(ms(mark.ts - nav.ts), mark.name);
    }
    console.log('-- main-thread tasks over 0.5 ms (start, length, what they held)');
    const main = events.filter((e) => inLoad(e) && e.tid === nav.tid && e.ph === 'X');
    let busy = 0;
    // Each task appears under both names; one is enough.
    for (const task of main.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts)) {
      const dur = task.dur ?? 0;
      busy += dur;
      if (dur < 500) continue;
      const inner = main
        .filter((e) => !TOP_TASKS.has(e.name) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + dur && (e.dur ?? 0) > 300)
        .slice(0, 5)
        .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
      console.log(ms(task.ts - nav.ts), `+${ms(dur)}`, inner.join(' | '));
    }
    console.log(`main thread busy ${ms(busy)} ms`);
    console.log('-- scripts compiled off the main thread (start, length)');
    for (const parse of events.filter((e) => inLoad(e) && e.name === 'v8.parseOnBackground').sort((a, b) => a.ts - b.ts)) {
      console.log(ms(parse.ts - nav.ts), `+${ms(parse.dur ?? 0)}`, String(parse.args?.data?.['url'] ?? '').replace(/^.*\//, ''));
    }
  }
  console.log(`\ntraces and CPU profiles in ${out}`);
} finally {
  await site.close();
}
