import { describe, expect, it } from 'vitest';
import { LongTask, longTasks } from '../../../renderer/ui/long-task.svelte';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('LongTask', () => {
  it('holds the app from the work\'s first report to its end, not while it waits for the learner', async () => {
    const task = new LongTask();
    const picked = gate();
    const finish = gate();
    const run = task.run(async ({ onProgress }) => {
      await picked.opened; // a file dialog
      onProgress({ phase: 'reading', done: 0, total: 0 });
      await finish.opened;
      return 'done';
    });
    await Promise.resolve();
    expect([task.busy, task.running, longTasks.running]).toEqual([true, false, 0]);
    picked.open();
    await new Promise((resolve) => setTimeout(resolve));
    expect([task.running, longTasks.running, task.progress?.phase]).toEqual([true, 1, 'reading']);
    finish.open();
    expect(await run).toBe('done');
    expect([task.busy, task.running, longTasks.running, task.progress]).toEqual([false, false, 0, undefined]);
  });

  it('lets go when the work fails, and refuses a second run while one is under way', async () => {
    const task = new LongTask();
    const finish = gate();
    const first = task.run(async ({ onProgress }) => {
      onProgress({ phase: 'writing', done: 0, total: 10 });
      await finish.opened;
      throw new Error('disk full');
    });
    await expect(task.run(async () => 'again')).rejects.toThrow('already running');
    finish.open();
    await expect(first).rejects.toThrow('disk full');
    expect([task.running, longTasks.running]).toEqual([false, 0]);
  });

  it('cancels through the signal it gave the work, once', async () => {
    const task = new LongTask();
    const run = task.run(
      ({ signal, onProgress }) =>
        new Promise<string>((resolve) => {
          onProgress({ phase: 'replaying', done: 1, total: 10 });
          signal.addEventListener('abort', () => resolve(`aborted: ${(signal.reason as Error).name}`));
        }),
    );
    task.cancel();
    expect(task.cancelling).toBe(true);
    task.cancel();
    expect(await run).toBe('aborted: AbortError');
    task.cancel(); // nothing runs: nothing to do
    expect(task.busy).toBe(false);
  });
});
