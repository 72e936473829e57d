// The answer's clock: time left shown as m:ss, time past the limit as +m:ss, and the one moment a
// screen reader is told about it. The countdown never stops the learner: past zero it keeps
// counting up, and the answer ends only when the learner ends it.

/** A screen reader hears the clock once, when this much time is left. */
export const ANNOUNCE_AT_MS = 30_000;

/** Milliseconds left of the question's time at `now`; negative once it has run over. */
export function remainingMs(startedAt: number, secondsPerQuestion: number, now: number): number {
  return startedAt + secondsPerQuestion * 1000 - now;
}

/**
 * "2:00", "0:05" while time is left (rounded up: "0:01" until the very end, as a kitchen timer
 * shows it), "+0:00" at zero and "+1:05" past it (rounded down: a second over shows once it has
 * fully passed).
 */
export function formatCountdown(remaining: number): string {
  if (remaining > 0) return minutesSeconds(Math.ceil(remaining / 1000));
  return `+${minutesSeconds(Math.floor(-remaining / 1000))}`;
}

function minutesSeconds(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * Whether the clock's step from `before` to `after` (both ms left) crosses the 30-second mark,
 * the only moment the live region speaks. A question that starts with 30 s or less never
 * announces: the learner just saw the whole time.
 */
export function crossesAnnouncement(before: number, after: number): boolean {
  return before > ANNOUNCE_AT_MS && after <= ANNOUNCE_AT_MS;
}
