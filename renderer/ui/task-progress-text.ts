// The words of the progress bar: what is happening ("Gravando…") and how far it has got
// ("12.000 de 30.000 respostas", or "45%" where the steps are not answers).
import { countsAnswers, type TaskProgress } from '../core/task-progress';
import { formatPercent, t } from '../i18n/index.svelte';

export function taskLabel(progress: TaskProgress): string {
  return t(`task.${progress.phase}`);
}

/** Empty while the amount of work is not known (the bar is indeterminate). */
export function taskCounts(progress: TaskProgress): string {
  if (progress.total <= 0) return '';
  if (countsAnswers(progress.phase)) return t('task.answers', { count: progress.total, done: progress.done });
  // Rounded down: "100%" only once the work is done.
  return formatPercent(Math.floor((100 * Math.min(progress.done, progress.total)) / progress.total) / 100);
}
