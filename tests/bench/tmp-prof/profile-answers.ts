import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { buildBenchSite, defaultOptions, launchBenchContext, loadUntilReady, VITE_CONFIG } from '../harness';
import '../page/api';

const options = defaultOptions();
const siteDir = mkdtempSync(join(tmpdir(), 'prof-site-'));
const profile = mkdtempSync(join(tmpdir(), 'prof-profile-'));
await buildBenchSite({ siteDir, webDir: options.webDir });
const port = 4178;
const server = await preview({ configFile: VITE_CONFIG, mode: 'web', logLevel: 'warn', build: { outDir: siteDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
const origin = `http://127.0.0.1:${port}`;
const context = await launchBenchContext(profile, options.chromiumPath);
await context.addInitScript({ content: `window.__events = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'keydown') window.__events.push({ start: e.startTime, input: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart, after: e.startTime + e.duration - e.processingEnd, duration: e.duration }); }).observe({ type: 'event', durationThreshold: 16, buffered: true });` });
try {
  const bench = await context.newPage();
  await bench.goto(`${origin}/bench/bench.html`);
  await bench.waitForFunction(() => document.body.dataset.ready === 'true');
  await bench.evaluate((n) => window.bench.seed(n), Number(process.env.REVIEWS ?? 100000));
  await bench.close();
  const page = await context.newPage();
  await loadUntilReady(page, `${origin}/`);
  await page.locator('.actions button.primary').click();
  await page.evaluate(() => window.__benchWait('prompt'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const keys = ['3', '1', '3', '2', '4', '3', '1', '3'];
  const run = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('Space');
      await page.evaluate(() => window.__benchWait('answer'));
      await page.keyboard.press(keys[i % keys.length]!);
      const before = await page.evaluate(() => window.__benchProbe.grades.length);
      await page.evaluate((k) => window.__benchWait('grade', k), before - 1 + 1 - 1);
    }
  };
  await run(20);
  await cdp.send('Profiler.start');
  await run(Number(process.env.ANSWERS ?? 100));
  const { profile: prof } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/work/answers.cpuprofile', JSON.stringify(prof));
  const events = await page.evaluate(() => (window as unknown as { __events: { input: number; processing: number; after: number; duration: number }[] }).__events);
  console.log('slow keydowns', events.length);
  for (const e of events.slice(-40)) console.log(`dur ${e.duration.toFixed(0)} input ${e.input.toFixed(1)} processing ${e.processing.toFixed(1)} after ${e.after.toFixed(1)}`);
  const grades = await page.evaluate(() => window.__benchProbe.grades);
  const sorted = [...grades.slice(20)].sort((a, b) => a - b);
  console.log('grades p50', sorted[Math.floor(sorted.length / 2)], 'p95', sorted[Math.ceil(sorted.length * 0.95) - 1], 'max', sorted.at(-1));
  // self time per function
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const dts = prof.timeDeltas!;
  prof.samples!.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dts[i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const [id, us] of self) {
    const n = nodes.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
  }
  const total = [...byFn.values()].reduce((a, b) => a + b, 0);
  console.log('total ms', (total / 1000).toFixed(0));
  for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((us / 1000).toFixed(1).padStart(8), k);
} finally {
  await context.close();
  await server.close();
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
