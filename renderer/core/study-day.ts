// A study day rolls over at a set local hour (4 am by default, like Anki), so a late-night
// session still counts as "today". Dates are built from local calendar fields, so a day that
// is 23 or 25 hours long across a daylight-saving change still ends at the set hour.
export const DEFAULT_DAY_START_HOUR = 4;

/** Epoch ms at which the study day containing `now` started. */
export function startOfStudyDay(now: number, dayStartHour = DEFAULT_DAY_START_HOUR): number {
  const date = new Date(now);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate(), dayStartHour, 0, 0, 0);
  if (start.getTime() > now) start.setDate(start.getDate() - 1);
  return start.getTime();
}

/** Epoch ms at which the study day containing `now` ends. */
export function endOfStudyDay(now: number, dayStartHour = DEFAULT_DAY_START_HOUR): number {
  const start = new Date(startOfStudyDay(now, dayStartHour));
  start.setDate(start.getDate() + 1);
  return start.getTime();
}

/** Epoch ms at which the study day after the one starting at `dayStart` starts. */
export function nextDayStart(dayStart: number, dayStartHour = DEFAULT_DAY_START_HOUR): number {
  // 36 hours on lands inside the next day whatever a daylight-saving change does to this one.
  return startOfStudyDay(dayStart + 36 * 3_600_000, dayStartHour);
}

/**
 * Whole study days from the one containing `from` to the one containing `to` (negative when `to`
 * is earlier). Counted on the local calendar dates the days start on, so a 23- or 25-hour day
 * across a daylight-saving change still counts as one.
 */
export function studyDaysBetween(from: number, to: number, dayStartHour = DEFAULT_DAY_START_HOUR): number {
  const calendarDay = (time: number): number => {
    const start = new Date(startOfStudyDay(time, dayStartHour));
    return Date.UTC(start.getFullYear(), start.getMonth(), start.getDate());
  };
  return Math.round((calendarDay(to) - calendarDay(from)) / 86_400_000);
}
