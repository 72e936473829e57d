// Injected into every page before its own scripts run (Playwright addInitScript). It measures
// inside the page, with performance.now(), so the harness's round trips never count:
// - readyAt: navigation start to the first paint after the deck table has its counts;
// - grades: a grade key's keydown to the first paint after the next prompt is on screen;
// - peakHeap: the largest used JS heap seen (sampled every 20 ms and at each measurement).
// Plain JavaScript in a string: a function serialized by Playwright would carry the TypeScript
// loader's helpers with it.
export interface ProbeState {
  readyAt: number | null;
  grades: number[];
  done: boolean;
  peakHeap: number;
}

declare global {
  interface Window {
    __benchProbe: ProbeState;
  }
}

export const PROBE_SCRIPT = `(() => {
  const probe = { readyAt: null, grades: [], done: false, peakHeap: 0 };
  let readyPending = false;
  let gradedAt = null;
  window.__benchProbe = probe;
  const sampleHeap = () => {
    const used = performance.memory ? performance.memory.usedJSHeapSize : 0;
    if (used > probe.peakHeap) probe.peakHeap = used;
  };
  setInterval(sampleHeap, 20);
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
      afterPaint((now) => { probe.readyAt = now; sampleHeap(); });
    }
    if (gradedAt !== null && !document.querySelector('[data-testid="answer"]')) {
      if (document.querySelector('h1.prompt')) {
        const since = gradedAt;
        gradedAt = null;
        afterPaint((now) => { probe.grades.push(now - since); sampleHeap(); });
      } else if (document.querySelector('.card.done')) {
        gradedAt = null;
        probe.done = true;
      }
    }
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener('keydown', (event) => {
    if (!['1', '2', '3', '4'].includes(event.key) || event.repeat) return;
    if (!document.querySelector('[data-testid="answer"]')) return;
    // The event's own time stamp counts input queueing too; fall back if it is not on our clock.
    const now = performance.now();
    gradedAt = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
  }, true);
})();`;
