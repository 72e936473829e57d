// A/B of load to interactive for two web builds, on the same origin and the same data, loads
// alternating so both see the same machine. On a shared machine the spread of single loads hides a
// 10% change; 50 alternating pairs show it. Not part of `npm run bench`.
//   cp -r dist/web /tmp/before   # then change something and `npm run build:web`
//   npx tsx tests/bench/ab.ts /tmp/before dist/web --reviews 10000 --loads 50
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadUntilReady, percentile, serveSite } from './harness';
import './page/api';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reviews: { type: 'string', default: '10000' }, loads: { type: 'string', default: '50' } },
});
const [dirA, dirB] = positionals.map((dir) => resolve(dir));
if (!dirA || !dirB) throw new Error('usage: tsx tests/bench/ab.ts <web build A> <web build B> [--reviews N] [--loads N]');

const profile = mkdtempSync(join(tmpdir(), 'mlops-ab-profile-'));
const site = await serveSite(dirA, profile, { a: dirA, b: dirB });
const { origin, context } = site;
try {
  await site.seed(Number(values.reviews));
  const urls = { A: `${origin}/a/`, B: `${origin}/b/`, stack: `${origin}/stack/`, bare: `${origin}/bench/bare.html` };
  const times: Record<keyof typeof urls, number[]> = { A: [], B: [], stack: [], bare: [] };
  for (let i = 0; i < Number(values.loads); i += 1) {
    for (const variant of i % 2 ? (['A', 'B', 'stack', 'bare'] as const) : (['B', 'A', 'stack', 'bare'] as const)) {
      const page = await context.newPage();
      await loadUntilReady(page, urls[variant]);
      times[variant].push(await page.evaluate(() => window.__benchProbe.readyAt!));
      await page.close();
    }
  }
  for (const [variant, ms] of Object.entries(times)) {
    console.log(`${variant.padEnd(5)} p25 ${percentile(ms, 25).toFixed(0)}  median ${percentile(ms, 50).toFixed(0)}  p75 ${percentile(ms, 75).toFixed(0)} ms`);
  }
} finally {
  await site.close();
  rmSync(profile, { recursive: true, force: true });
}
