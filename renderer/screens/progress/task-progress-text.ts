// The words of the progress bar: what is happening ("Gravando…") and how far it has got
// ("12.000 de 30.000 respostas", or "45%" where the steps are not answers).
import { countsAnswers, type TaskProgress } from '../../core/task-progress';
import { i18n, t } from '../../lib/i18n/index.svelte';
import { plural } from './progress-text';

export function taskLabel(progress: TaskProgress): string {
  return t(`task.${progress.phase}`);
}

/** Empty while the amount of work is unknown (the bar is indeterminate). */
export function taskCounts(progress: TaskProgress): string {
  if (progress.total <= 0) return '';
  if (countsAnswers(progress.phase)) return plural(progress.total, 'task.answers.one', 'task.answers.other', { done: progress.done });
  // Rounded down: "100%" only once the work is done.
  const ratio = Math.floor((100 * Math.min(progress.done, progress.total)) / progress.total) / 100;
  return new Intl.NumberFormat(i18n.locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
