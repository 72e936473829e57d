// Injected into every page before its own scripts run (Playwright addInitScript). It measures
// inside the page, with performance.now(), so the harness's round trips never count:
// - readyAt: navigation start to the first paint after the deck table has its counts;
// - grades: a grade key's keydown to the first paint after the next prompt is on screen;
// - peakHeap: the largest used JS heap seen (sampled every 250 ms and after each measurement).
// Plain JavaScript in a string: a function serialized by Playwright would carry the TypeScript
// loader's helpers with it.
export interface ProbeState {
  readyAt: number | null;
  grades: number[];
  done: boolean;
  peakHeap: number;
}

/**
 * Logged to the console when readyAt is set. The harness waits for it instead of evaluating in the
 * page: a first page.evaluate injects Playwright's utility script (script and a garbage
 * collection) onto the main thread while the app is still loading.
 */
export const READY_MESSAGE = '__bench:ready';

export type ProbeCondition = 'ready' | 'answer' | 'prompt' | 'grade';

declare global {
  interface Window {
    __benchProbe: ProbeState;
    /** Resolves when the condition holds (for 'grade': more than n answers timed). */
    __benchWait(kind: ProbeCondition, n?: number, timeoutMs?: number): Promise<void>;
  }
}

export const PROBE_SCRIPT = `(() => {
  const probe = { readyAt: null, grades: [], done: false, peakHeap: 0 };
  let readyPending = false;
  let gradedAt = null;
  window.__benchProbe = probe;
  // Reading performance.memory costs the main thread time: sample rarely, and right after each
  // measurement (never inside one).
  const sampleHeap = () => {
    const used = performance.memory ? performance.memory.usedJSHeapSize : 0;
    if (used > probe.peakHeap) probe.peakHeap = used;
  };
  setInterval(sampleHeap, 250);
  // Waiters are woken by what they wait for, never by polling: polling every frame (as
  // Playwright's waitFor does) would add main-thread work to the frames being timed.
  const waiters = new Set();
  const wake = () => { for (const waiter of [...waiters]) waiter(); };
  const conditions = {
    ready: () => probe.readyAt !== null,
    answer: () => document.querySelector('[data-testid="answer"]') !== null,
    prompt: () => document.querySelector('h1.prompt') !== null,
    grade: (n) => probe.grades.length > n || probe.done,
  };
  window.__benchWait = (kind, n, timeoutMs = 60000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => { waiters.delete(check); reject(new Error('timed out waiting for ' + kind)); }, timeoutMs);
      const check = () => {
        if (!conditions[kind](n)) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      waiters.add(check);
      check();
    });
  // requestAnimationFrame runs just before a paint; a message posted from it is handled after.
  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  new MutationObserver(() => {
    if (probe.readyAt === null && !readyPending && document.querySelector('table.sections tbody td.num')) {
      readyPending = true;
      afterPaint((now) => { probe.readyAt = now; sampleHeap(); wake(); console.debug('__bench:ready'); });
    }
    if (gradedAt !== null && !document.querySelector('[data-testid="answer"]')) {
      if (document.querySelector('h1.prompt')) {
        const since = gradedAt;
        gradedAt = null;
        afterPaint((now) => { probe.grades.push(now - since); sampleHeap(); wake(); });
      } else if (document.querySelector('.card.done')) {
        gradedAt = null;
        probe.done = true;
      }
    }
    wake();
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener('keydown', (event) => {
    if (!['1', '2', '3', '4'].includes(event.key) || event.repeat) return;
    if (!document.querySelector('[data-testid="answer"]')) return;
    // The event's own time stamp counts input queueing too; fall back if it is not on our clock.
    const now = performance.now();
    gradedAt = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
  }, true);
})();`;
