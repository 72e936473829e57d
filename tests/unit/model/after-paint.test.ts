import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaintOrSoon, paintNow } from '../../../renderer/model/after-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterPaintOrSoon', () => {
  it('waits for a paint, or for paintNow when the page is going away, in the order of the calls', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0); // a frame that never comes (a hidden page)
    const order: number[] = [];
    const first = afterPaintOrSoon(10_000).then(() => order.push(1));
    const second = afterPaintOrSoon(10_000).then(() => order.push(2));
    await vi.advanceTimersByTimeAsync(50);
    expect(order).toEqual([]);
    paintNow();
    await Promise.all([first, second]);
    expect(order).toEqual([1, 2]);
  });

  it('still ends on its own after the longest wait', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let done = false;
    const waiting = afterPaintOrSoon(100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });

  it('after the paint, goes after more urgent work: a background task where the browser has them', async () => {
    const frames: (() => void)[] = [];
    const tasks: { task: () => void; priority: string }[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('scheduler', { postTask: (task: () => void, options: { priority: string }) => (tasks.push({ task, ...options }), Promise.resolve()) });
    let done = false;
    const waiting = afterPaintOrSoon(10_000).then(() => (done = true));
    expect(tasks).toEqual([]);
    frames.forEach((frame) => frame());
    expect(tasks.map((t) => t.priority)).toEqual(['background']);
    await Promise.resolve();
    expect(done).toBe(false);
    tasks.forEach((t) => t.task());
    await waiting;
    expect(done).toBe(true);
  });
});
