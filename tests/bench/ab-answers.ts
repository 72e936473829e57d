// A/B of the answer's time (grade key to the next card painted) for two web builds, on the same
// origin and the same data, beside the floor page: blocks of answers alternate between the three
// pages, so all see the same machine. Not part of `npm run bench`.
//   cp -r dist/web /tmp/before   # then change something and `npm run build:web`
//   npx tsx tests/bench/ab-answers.ts /tmp/before dist/web --reviews 100000 --answers 400
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStudy, percentile, serveSite } from './harness';
import './page/api';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reviews: { type: 'string', default: '100000' }, answers: { type: 'string', default: '400' } },
});
const [dirA, dirB] = positionals.map((dir) => resolve(dir));
if (!dirA || !dirB) throw new Error('usage: tsx tests/bench/ab-answers.ts <web build A> <web build B> [--reviews N] [--answers N]');

const BLOCK = 25;
const profile = mkdtempSync(join(tmpdir(), 'mlops-ab-profile-'));
const site = await serveSite(dirA, profile, { a: dirA, b: dirB });
const { origin, context } = site;
try {
  await site.seed(Number(values.reviews));
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
  await site.close();
  rmSync(profile, { recursive: true, force: true });
}
