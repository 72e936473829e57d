// A/B of load to interactive for two web builds, on the same origin and the same data, loads
// alternating so both see the same machine. On a shared machine the spread of single loads hides a
// 10% change; 50 alternating pairs show it. Not part of `npm run bench`.
//   cp -r dist/web /tmp/before   # then change something and `npm run build:web`
//   npx tsx tests/bench/ab.ts /tmp/before dist/web --reviews 10000 --loads 50
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { buildBenchSite, defaultOptions, launchBenchContext, loadUntilReady, percentile, VITE_CONFIG } from './harness';
import './page/api';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reviews: { type: 'string', default: '10000' }, loads: { type: 'string', default: '50' } },
});
const [dirA, dirB] = positionals.map((dir) => resolve(dir));
if (!dirA || !dirB) throw new Error('usage: tsx tests/bench/ab.ts <web build A> <web build B> [--reviews N] [--loads N]');

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
  await context.close();
  await server.close();
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
