// A/B (/C…) of load to interactive for two or more web builds, on the same origin and the same data, loads
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
const builds = positionals.map((dir) => resolve(dir));
if (builds.length < 2) throw new Error('usage: tsx tests/bench/ab.ts <web build A> <web build B> [more builds…] [--reviews N] [--loads N]');
const names = builds.map((_, i) => String.fromCharCode(65 + i)); // A, B, C…

const profile = mkdtempSync(join(tmpdir(), 'mlops-ab-profile-'));
const site = await serveSite(builds[0]!, profile, Object.fromEntries(names.map((name, i) => [name.toLowerCase(), builds[i]!])));
const { origin, context } = site;
try {
  await site.seed(Number(values.reviews));
  const urls: Record<string, string> = { ...Object.fromEntries(names.map((name) => [name, `${origin}/${name.toLowerCase()}/`])), stack: `${origin}/stack/`, bare: `${origin}/bench/bare.html` };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  for (let i = 0; i < Number(values.loads); i += 1) {
    // The builds' order turns each round, so none always loads right after the stack page.
    const turned = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
    for (const variant of [...turned, 'stack', 'bare']) {
      const page = await context.newPage();
      await loadUntilReady(page, urls[variant]!);
      times[variant]!.push(await page.evaluate(() => window.__benchProbe.readyAt!));
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
