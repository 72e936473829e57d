// The browser build has no automatic backups, so it reminds the learner to export: when the
// last export is over a week old and there are answers it does not hold.
export const EXPORT_REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface ExportHistory {
  /** Epoch ms of the last export, undefined if never. */
  lastExportAt: number | undefined;
  firstReviewAt: number | undefined;
  lastReviewAt: number | undefined;
}

export function isExportReminderDue(history: ExportHistory, now: number): boolean {
  const { lastExportAt, firstReviewAt, lastReviewAt } = history;
  if (firstReviewAt === undefined || lastReviewAt === undefined) return false;
  // Everything answered is already in an export: nothing to lose.
  if (lastExportAt !== undefined && lastReviewAt <= lastExportAt) return false;
  // Never exported: the clock starts at the first answer, so a new learner is not nagged on day one.
  return now - (lastExportAt ?? firstReviewAt) >= EXPORT_REMINDER_AFTER_MS;
}

/** The history once an answer given at `at` has joined the log. */
export function withAnswerAt(history: ExportHistory, at: number): ExportHistory {
  return {
    lastExportAt: history.lastExportAt,
    firstReviewAt: Math.min(history.firstReviewAt ?? at, at),
    lastReviewAt: Math.max(history.lastReviewAt ?? at, at),
  };
}
