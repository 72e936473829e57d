// A coarse reactive clock so due counts refresh while the app stays open across hours.
export const clock = $state({ now: Date.now() });

let timer: ReturnType<typeof setInterval> | undefined;
export function startClock(intervalMs = 30_000): void {
  timer ??= setInterval(() => (clock.now = Date.now()), intervalMs);
}
