// The main window's size and position, remembered between runs: read back validated, and put
// on a display that is still there (a laptop undocked from its monitor must not open off-screen).
import * as v from 'valibot';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placement {
  /** Absent: let Electron centre the window on the primary display. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1100, height: 780 } as const;
export const MIN_SIZE = { width: 420, height: 480 } as const;

const coordinate = v.pipe(v.number(), v.integer(), v.minValue(-1_000_000), v.maxValue(1_000_000));
const length = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000));

export const WindowStateSchema = v.object({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  maximized: v.boolean(),
});
export type WindowState = v.InferOutput<typeof WindowStateSchema>;

export function parseWindowState(value: unknown): WindowState | undefined {
  const parsed = v.safeParse(WindowStateSchema, value);
  return parsed.success ? parsed.output : undefined;
}

/** What to remember of a window: its normal (not maximized) bounds, and whether it was maximized. */
export function captureWindowState(window: { getNormalBounds(): Rect; isMaximized(): boolean }): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized: window.isMaximized() };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function fitSize(size: { width: number; height: number }, area: Rect | undefined) {
  const width = Math.max(size.width, MIN_SIZE.width);
  const height = Math.max(size.height, MIN_SIZE.height);
  return area ? { width: Math.min(width, area.width), height: Math.min(height, area.height) } : { width, height };
}

/**
 * Where the window opens. `workAreas` are the displays' work areas, the primary display first.
 * The saved bounds go to the display they overlap most, shrunk to fit it and moved fully onto it;
 * bounds that overlap no display any more open centred on the primary one.
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Rect[]): Placement {
  const primary = workAreas[0];
  if (!saved) return { ...fitSize(DEFAULT_SIZE, primary), maximized: false };

  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(saved, area);
    if (shared > bestOverlap) [best, bestOverlap] = [area, shared];
  }
  if (!best) return { ...fitSize(saved, primary), maximized: saved.maximized };

  const { width, height } = fitSize(saved, best);
  return {
    x: clamp(saved.x, best.x, best.x + best.width - width),
    y: clamp(saved.y, best.y, best.y + best.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}
