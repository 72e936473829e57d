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
