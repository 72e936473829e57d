import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard } from '../../../electron/quit-backup';

function setup() {
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const request = vi.fn();
  const guard = createCloseGuard({
    request,
    timeoutMs: 5000,
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => void ((timer as { cleared: boolean }).cleared = true),
  });
  return { guard, request, timers };
}

describe('close guard', () => {
  it('holds the close until the page has sent its backup, then lets it through once', () => {
    const { guard, request, timers } = setup();
    const proceed = vi.fn();
    expect(guard.onClose(proceed)).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    // A second close while waiting (an impatient click) changes nothing.
    expect(guard.onClose(proceed)).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    guard.answered();
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(timers[0]!.cleared).toBe(true);
    // The close that `proceed` triggers goes through.
    expect(guard.onClose(proceed)).toBe(false);
    guard.answered();
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('closes anyway when the page does not answer in time', () => {
    const { guard, timers } = setup();
    const proceed = vi.fn();
    guard.onClose(proceed);
    expect(timers[0]!.ms).toBe(5000);
    timers[0]!.run();
    expect(proceed).toHaveBeenCalledTimes(1);
    guard.answered();
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('lets the close through at once when the request cannot be sent', () => {
    const proceed = vi.fn();
    const cleared: unknown[] = [];
    const guard = createCloseGuard({
      request: () => {
        throw new Error('renderer gone');
      },
      setTimer: () => 'timer',
      clearTimer: (timer) => void cleared.push(timer),
    });
    expect(guard.onClose(proceed)).toBe(false);
    expect(cleared).toEqual(['timer']);
    // Nothing is held, so there is nothing to resume: a late answer changes nothing.
    guard.answered();
    expect(proceed).not.toHaveBeenCalled();
    expect(guard.onClose(proceed)).toBe(false);
  });
});
