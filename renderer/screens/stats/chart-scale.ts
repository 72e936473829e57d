// The value axis of a chart (Chart.svelte): round steps a reader counts in.

/** A round step for about `count` ticks up to `max`: 1, 2 or 5 times a power of ten, at least 1. */
export function niceStep(max: number, count = 4): number {
  const raw = Math.max(max, 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
}
