// A/B of the answer's time (grade key to the next card painted) for two web builds, on the same
// origin and the same data, beside the floor page: blocks of answers alternate between the three
// pages, so all see the same machine. Not part of `npm run bench`.
//   cp -r dist/web /tmp/before   # then change something and `npm run build:web`
//   npx tsx tests/bench/ab-answers.ts /tmp/before dist/web --reviews 100000 --answers 400
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { buildBenchSite, defaultOptions, launchBenchContext, openStudy, percentile, VITE_CONFIG } from './harness';
import './page/api';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reviews: { type: 'string', default: '100000' }, answers: { type: 'string', default: '400' } },
});
const [dirA, dirB] = positionals.map((dir) => resolve(dir));
if (!dirA || !dirB) throw new Error('usage: tsx tests/bench/ab-answers.ts <web build A> <web build B> [--reviews N] [--answers N]');

const BLOCK = 25;
const options = defaultOptions();
const siteDir = mkdtempSync(join(tmpdir(), 'mlops-ab-site-'));
const profile = mkdtempSync(join(tmpdir(), 'mlops-ab-profile-'));
await buildBenchSite({ siteDir, webDir: dirA });
cpSync(dirA, join(siteDir, 'a'), { recursive: true });
cpSync(dirB, join(siteDir, 'b'), { recursive: true });
const server = await preview({
  configFile: VITE_CONFIG,
  mode: 'web',
  logLevel: 'warn',
  build: { outDir: siteDir },
  preview: { host: '127.0.0.1', port: options.port, strictPort: true },
});
const origin = `http://127.0.0.1:${options.port}`;
const context = await launchBenchContext(profile, options.chromiumPath);
try {
  const bench = await context.newPage();
  await bench.goto(`${origin}/bench/bench.html`);
  await bench.waitForFunction(() => document.body.dataset.ready === 'true');
  await bench.evaluate((n) => window.bench.seed(n), Number(values.reviews));
  await bench.close();
  const pages = { floor: await openStudy(context, `${origin}/bench/frame.html`), A: await openStudy(context, `${origin}/a/`), B: await openStudy(context, `${origin}/b/`) };
  const order = [['floor', 'A', 'B'], ['B', 'floor', 'A'], ['A', 'B', 'floor']] as const;
  for (let done = 0, round = 0; done < Number(values.answers); done += BLOCK, round++) {
    for (const name of order[round % order.length]!) await pages[name].answer(BLOCK);
  }
  for (const [name, page] of Object.entries(pages)) {
    const { grades } = await page.close();
    console.log(`${name.padEnd(5)} p50 ${percentile(grades, 50).toFixed(1)}  p90 ${percentile(grades, 90).toFixed(1)}  p95 ${percentile(grades, 95).toFixed(1)} ms (${grades.length} answers)`);
  }
} finally {
  await context.close();
  await server.close();
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
