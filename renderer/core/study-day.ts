// A study day rolls over at a set local hour (4 am, like Anki), so a late-night session still
// counts as "today". Local time comes from the Date object the caller's time zone gives.
export const DEFAULT_DAY_START_HOUR = 4;

/** Epoch ms at which the study day containing `now` ends. */
export function endOfStudyDay(now: number, dayStartHour = DEFAULT_DAY_START_HOUR): number {
  const date = new Date(now);
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate(), dayStartHour, 0, 0, 0);
  if (end.getTime() <= now) end.setDate(end.getDate() + 1);
  return end.getTime();
}
