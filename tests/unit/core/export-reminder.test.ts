import { describe, expect, it } from 'vitest';
import { isExportReminderDue, withAnswerAt } from '../../../renderer/core/export-reminder';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 25, 12);

describe('isExportReminderDue', () => {
  it('reminds when the last export is over a week old and answers came since', () => {
    expect(isExportReminderDue({ lastExportAt: now - 8 * DAY, firstReviewAt: now - 30 * DAY, lastReviewAt: now - DAY }, now)).toBe(true);
    expect(isExportReminderDue({ lastExportAt: now - 6 * DAY, firstReviewAt: now - 30 * DAY, lastReviewAt: now - DAY }, now)).toBe(false);
  });

  it('does not remind when everything is already exported, or there is nothing to export', () => {
    expect(isExportReminderDue({ lastExportAt: now - 20 * DAY, firstReviewAt: now - 30 * DAY, lastReviewAt: now - 21 * DAY }, now)).toBe(false);
    expect(isExportReminderDue({ lastExportAt: undefined, firstReviewAt: undefined, lastReviewAt: undefined }, now)).toBe(false);
  });

  it('counts a never-exported week from the first answer', () => {
    expect(isExportReminderDue({ lastExportAt: undefined, firstReviewAt: now - 2 * DAY, lastReviewAt: now }, now)).toBe(false);
    expect(isExportReminderDue({ lastExportAt: undefined, firstReviewAt: now - 7 * DAY, lastReviewAt: now }, now)).toBe(true);
  });
});

describe('withAnswerAt', () => {
  it('moves the log’s ends out to take in an answer, and leaves the last export alone', () => {
    const history = { lastExportAt: now - 8 * DAY, firstReviewAt: now - 30 * DAY, lastReviewAt: now - 9 * DAY };
    expect(withAnswerAt(history, now)).toEqual({ lastExportAt: now - 8 * DAY, firstReviewAt: now - 30 * DAY, lastReviewAt: now });
    // A clock set back: an answer older than the first.
    expect(withAnswerAt(history, now - 40 * DAY)).toEqual({ lastExportAt: now - 8 * DAY, firstReviewAt: now - 40 * DAY, lastReviewAt: now - 9 * DAY });
    expect(withAnswerAt({ lastExportAt: undefined, firstReviewAt: undefined, lastReviewAt: undefined }, now)).toEqual({ lastExportAt: undefined, firstReviewAt: now, lastReviewAt: now });
  });

  it('makes the reminder due when the first answer after an old export comes', () => {
    const exported = { lastExportAt: now - 8 * DAY, firstReviewAt: now - 30 * DAY, lastReviewAt: now - 9 * DAY };
    expect(isExportReminderDue(exported, now)).toBe(false);
    expect(isExportReminderDue(withAnswerAt(exported, now), now)).toBe(true);
  });
});
