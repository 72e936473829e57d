// What the trace tools beside the benchmark share (trace-load.ts, trace-answers.ts): a profile
// seeded once and kept, and a Chromium trace with a CPU profile of some work on one page.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { ServedSite } from './harness';

/** A trace event, as much of it as the tools read. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

/** Seeds `reviews` answers the first time a profile is used (1,000,000 take minutes), and marks it. */
export async function seedOnce(site: ServedSite, profile: string, reviews: number): Promise<void> {
  const seededMark = join(profile, 'seeded-reviews');
  if (existsSync(seededMark)) return;
  await site.seed(reviews);
  writeFileSync(seededMark, String(reviews));
}

/**
 * Runs `work` under a Chromium trace of `categories` and a CPU profile sampled every `samplingUs`,
 * and writes both to `out` as `<name>.trace.json` and `<name>.cpuprofile` (DevTools opens them).
 */
export async function traced<T>(
  context: BrowserContext,
  page: Page,
  options: { categories: readonly string[]; samplingUs: number; out: string; name: string },
  work: () => Promise<T>,
): Promise<{ value: T; events: TraceEvent[] }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value) events.push(event as unknown as TraceEvent);
  });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: options.categories.join(','), transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: options.samplingUs });
  await cdp.send('Profiler.start');
  const value = await work();
  const { profile: cpuProfile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await complete;
  writeFileSync(join(options.out, `${options.name}.trace.json`), JSON.stringify({ traceEvents: events }));
  writeFileSync(join(options.out, `${options.name}.cpuprofile`), JSON.stringify(cpuProfile));
  return { value, events };
}
