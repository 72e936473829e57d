import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJsonStore } from '../../../electron/json-store';
import { captureWindowState, DEFAULT_SIZE, MIN_SIZE, parseWindowState, placeWindow, type Rect } from '../../../electron/window-state';
import { testTempDir } from '../../fixtures/temp-dir';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 870 };
const monitorOnTheRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window placement', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
    // A small screen gets a window that fits it.
    expect(placeWindow(undefined, [{ x: 0, y: 0, width: 1024, height: 600 }])).toEqual({ width: 1024, height: 600, maximized: false });
  });

  it('reopens where it was when that place is still on screen', () => {
    const saved = { x: 100, y: 50, width: 900, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual(saved);
    const onMonitor = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(placeWindow(onMonitor, [laptop, monitorOnTheRight])).toEqual(onMonitor);
  });

  it('moves a window that hangs off the edge fully onto its display', () => {
    expect(placeWindow({ x: 1200, y: 700, width: 900, height: 700, maximized: false }, [laptop])).toEqual({
      x: 1440 - 900,
      y: 870 - 700,
      width: 900,
      height: 700,
      maximized: false,
    });
    expect(placeWindow({ x: -300, y: -40, width: 800, height: 600, maximized: false }, [laptop])).toMatchObject({ x: 0, y: 0 });
  });

  it('shrinks a window saved on a bigger monitor to the display it lands on', () => {
    const placed = placeWindow({ x: 1500, y: 0, width: 2400, height: 1300, maximized: false }, [laptop, monitorOnTheRight]);
    expect(placed).toEqual({ x: 1500, y: 0, width: 2400, height: 1300, maximized: false });
    // The monitor is unplugged: the window comes back centred on the laptop, at a size that fits.
    expect(placeWindow({ x: 1500, y: 0, width: 2400, height: 1300, maximized: true }, [laptop])).toEqual({
      width: 1440,
      height: 870,
      maximized: true,
    });
  });

  it('picks the display the window overlaps most', () => {
    const straddling = { x: 1300, y: 100, width: 800, height: 600, maximized: false };
    expect(placeWindow(straddling, [laptop, monitorOnTheRight])).toMatchObject({ x: 1440, y: 100 });
  });

  it('never opens smaller than the minimum size', () => {
    expect(placeWindow({ x: 10, y: 10, width: 100, height: 80, maximized: false }, [laptop])).toMatchObject(MIN_SIZE);
  });

  it('remembers the normal bounds and whether the window was maximized', () => {
    const window = { getNormalBounds: () => ({ x: 10.4, y: 20, width: 900.6, height: 700 }), isMaximized: () => true };
    expect(captureWindowState(window)).toEqual({ x: 10, y: 20, width: 901, height: 700, maximized: true });
  });
});

describe('window state file', () => {
  it('accepts only a well-formed state', () => {
    const good = { x: -1200, y: 0, width: 900, height: 700, maximized: false };
    expect(parseWindowState(good)).toEqual(good);
    expect(parseWindowState({ ...good, width: 0 })).toBeUndefined();
    expect(parseWindowState({ ...good, x: 1.5 })).toBeUndefined();
    expect(parseWindowState({ ...good, height: '700' })).toBeUndefined();
    expect(parseWindowState({ ...good, x: Number.NaN })).toBeUndefined();
    expect(parseWindowState({ x: 1, y: 2 })).toBeUndefined();
    expect(parseWindowState(null)).toBeUndefined();
  });

  it('round-trips through userData atomically, and reads a missing or corrupt file as nothing saved', async () => {
    const dir = await testTempDir('window-state-');
    const path = join(dir, 'nested', 'window-state.json');
    const store = createJsonStore(path, parseWindowState);
    expect(await store.load()).toBeUndefined();
    const state = { x: 5, y: 6, width: 800, height: 600, maximized: false };
    await store.save(state);
    expect(await store.load()).toEqual(state);
    expect(await readdir(join(dir, 'nested'))).toEqual(['window-state.json']);

    await writeFile(path, '{"x": 5, "y"');
    expect(await store.load()).toBeUndefined();
    await writeFile(path, JSON.stringify({ ...state, width: -5 }));
    expect(await store.load()).toBeUndefined();
  });

  it('reads a file far bigger than any it writes as nothing saved', async () => {
    const dir = await testTempDir('window-state-');
    const path = join(dir, 'window-state.json');
    const state = { x: 5, y: 6, width: 800, height: 600, maximized: false };
    await writeFile(path, JSON.stringify({ ...state, padding: 'x'.repeat(100_000) }));
    expect(await createJsonStore(path, parseWindowState).load()).toBeUndefined();
    await writeFile(path, JSON.stringify(state));
    expect(await createJsonStore(path, parseWindowState).load()).toEqual(state);
  });

  it('keeps the last of several quick saves, whole', async () => {
    const dir = await testTempDir('window-state-');
    const path = join(dir, 'window-state.json');
    const store = createJsonStore(path, parseWindowState);
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.save({ x: n, y: n, width: 500 + n, height: 600, maximized: false })));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ x: 5, y: 5, width: 505, height: 600, maximized: false });
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });
});
