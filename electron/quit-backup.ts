// A last backup when the window closes. The main process cannot read IndexedDB, so it holds
// the close, asks the page for its export and lets the window go once the page has answered,
// or after a short wait if the page hangs: quitting must never get stuck on a backup.
export const QUIT_BACKUP_TIMEOUT_MS = 5_000;

export interface CloseGuard {
  /**
   * From the window's 'close' event. Returns true when the close must wait (the caller then
   * calls event.preventDefault()); `proceed` runs once, when the page answered or time ran out.
   * Returns false when the close may go through now: a backup was already waited for, or the
   * request cannot reach the page.
   */
  onClose(proceed: () => void): boolean;
  /** The page answered `backup-requested` (its backup is written, or it had nothing to keep). */
  answered(): void;
}

export function createCloseGuard(options: {
  request: () => void;
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}): CloseGuard {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let phase: 'open' | 'waiting' | 'closing' = 'open';
  let finish: (() => void) | undefined;
  return {
    onClose(proceed) {
      if (phase === 'closing') return false;
      if (phase === 'waiting') return true;
      phase = 'waiting';
      const timer = setTimer(() => finish?.(), options.timeoutMs ?? QUIT_BACKUP_TIMEOUT_MS);
      finish = () => {
        if (phase !== 'waiting') return;
        clearTimer(timer);
        phase = 'closing';
        proceed();
      };
      try {
        options.request();
      } catch {
        // Nobody can answer (the page is gone): nothing to wait for, this close goes through.
        clearTimer(timer);
        phase = 'closing';
        return false;
      }
      return true;
    },
    answered() {
      finish?.();
    },
  };
}
