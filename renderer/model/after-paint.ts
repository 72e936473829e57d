/**
 * Resolves once the browser has painted what changed, so a busy message is on screen before
 * synchronous work (parsing, replaying 100,000 answers) holds the main thread.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Like afterPaint, for work that must not wait long: a hidden window paints nothing, so this
 * resolves after `maxWaitMs` at the latest. Calls resolve in the order they were made. Where there
 * is no rendering at all (unit tests under Node), it resolves on the next task. After the paint it
 * resolves in a background task: what waits for it (an answer's write) is bookkeeping that the
 * learner does not see, and should not go before the next key or frame.
 */
export function afterPaintOrSoon(maxWaitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const done = () => {
      clearTimeout(timer);
      waiting.delete(done);
      resolve();
    };
    waiting.add(done);
    const timer = setTimeout(done, maxWaitMs);
    requestAnimationFrame(() => inBackground(done));
  });
}

interface BackgroundScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/** Runs `task` once the main thread has nothing more urgent queued (scheduler.postTask where there is one). */
function inBackground(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(task, { priority: 'background' });
  else setTimeout(task, 0);
}

/** The afterPaintOrSoon calls still waiting, in the order they were made. */
const waiting = new Set<() => void>();

/**
 * Ends every afterPaintOrSoon wait now: the page is going away (a reload, a closed window), and an
 * answer drawn but not yet written must start its write before it goes.
 */
export function paintNow(): void {
  for (const done of [...waiting]) done();
}
