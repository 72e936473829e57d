// The date form's text fields (an <input type="date"> gives 'YYYY-MM-DD', type="time" 'HH:MM')
// to and from the stored interview moment.
import type { InterviewDate } from '../../core/plan/interview-date';
import { startOfStudyDay } from '../../core/study-day';
import type { DateChoice } from '../../model/interview-plan.svelte';

const pad = (n: number) => String(n).padStart(2, '0');

export function dateFieldsOf(date: InterviewDate | undefined, dayStartHour: number): { date: string; time: string } {
  if (!date || date.interviewAt <= 0) return { date: '', time: '' };
  // Without a time the moment is the end of the interview's study day: its date is the day's start's.
  const d = new Date(date.hasTime ? date.interviewAt : startOfStudyDay(date.interviewAt - 1, dayStartHour));
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: date.hasTime ? `${pad(d.getHours())}:${pad(d.getMinutes())}` : '',
  };
}

/** The choice the fields make; undefined when the date is missing or malformed. */
export function choiceOf(dateText: string, timeText: string): DateChoice | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateText.trim());
  if (!date) return undefined;
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const check = new Date(year, month - 1, day);
  if (check.getMonth() !== month - 1 || check.getDate() !== day) return undefined;
  if (timeText.trim() === '') return { date: { year, month, day }, time: null };
  const time = /^(\d{2}):(\d{2})/.exec(timeText.trim());
  if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) return undefined;
  return { date: { year, month, day }, time: { hour: Number(time[1]), minute: Number(time[2]) } };
}
