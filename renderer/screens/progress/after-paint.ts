/**
 * Resolves once the browser has painted what changed, so a busy message is on screen before
 * synchronous work (parsing, replaying 100,000 answers) holds the main thread.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
