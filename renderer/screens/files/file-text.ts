// The sentences of the Progress screen, built from the i18n strings: the import preview
// ("1.204 respostas, 312 novas neste computador, de 03/01/2026 a 20/11/2026") and the problems.
import { MAX_PROGRESS_FILE_BYTES } from '../../core/progress-file-name';
import type { HeldSummary } from '../../db/held-reviews';
import type { ImportPreview, LearnerChanges } from '../../db/import-progress';
import { formatDay, i18n, t, useMessages } from '../../i18n/index.svelte';
import type { ProgressProblem } from '../../services/progress-files';
import progressMessages from '../../i18n/messages/progress';

useMessages(progressMessages);

export function answersText(count: number): string {
  return t('progress.answers', { count });
}

export function previewSummary(preview: ImportPreview): string {
  const parts = [answersText(preview.total), t('progress.newHere', { count: preview.newCount })];
  if (preview.firstAt !== undefined && preview.lastAt !== undefined) {
    parts.push(t('progress.range', { from: formatDay(preview.firstAt), to: formatDay(preview.lastAt) }));
  }
  return `${parts.join(', ')}.`;
}

/** The Progress screen's line on the answers held apart: how many, and the dates they carry. */
export function heldText(held: HeldSummary): string {
  const range = held.firstAt !== undefined && held.lastAt !== undefined ? t('progress.range', { from: formatDay(held.firstAt), to: formatDay(held.lastAt) }) : '';
  return t('progress.held', { count: held.count, range });
}

export function previewChangesNothing(preview: ImportPreview): boolean {
  const { ownCards, ownAnswers, mockInterviews, interviewDate } = preview.learnerChanges;
  return preview.newCount === 0 && preview.heldCount === 0 && preview.userCardDataChanges === 0 && preview.settingsAdded === 0 && ownCards + ownAnswers + mockInterviews === 0 && !interviewDate;
}

/** What else the file brings that the learner made (mock interviews, own cards and answers, the date); '' when nothing. */
export function learnerChangesText(changes: LearnerChanges): string {
  const parts: string[] = [];
  if (changes.mockInterviews > 0) parts.push(t('progress.learnerMocks', { count: changes.mockInterviews }));
  if (changes.ownCards > 0) parts.push(t('progress.learnerOwnCards', { count: changes.ownCards }));
  if (changes.ownAnswers > 0) parts.push(t('progress.learnerOwnAnswers', { count: changes.ownAnswers }));
  if (changes.interviewDate) parts.push(t('progress.learnerDate'));
  return parts.length === 0 ? '' : t('progress.previewLearner', { parts: new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(parts) });
}

export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, bytes / 1024), 'kilobyte'];
  return new Intl.NumberFormat(i18n.locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** "resposta nº 4, avaliação" reads better than "reviews[3].rating" for most learners. */
export function describeWhere(where: string | undefined): string {
  if (!where) return '?';
  // A version-2 file names its line: `line 12`, or `line 12: rating`.
  const line = /^line (\d+)(?:: (.+))?$/.exec(where);
  if (line) return line[2] ? `${t('progress.whereLine', { line: Number(line[1]) })} (${line[2]})` : t('progress.whereLine', { line: Number(line[1]) });
  // parseProgressFile says `reviews[3].rating`; valibot's paths say `userCardData.3.flag`.
  const match = /^(reviews|userCardData|settings)(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?$/.exec(where);
  if (!match) return where;
  const [, list, bracketIndex, dotIndex, field] = match;
  const index = bracketIndex ?? dotIndex;
  const pt = { reviews: 'resposta', userCardData: 'dados do cartão', settings: 'configuração' }[list as 'reviews'];
  const en = { reviews: 'answer', userCardData: 'card data', settings: 'setting' }[list as 'reviews'];
  const n = Number(index) + 1;
  const base = i18n.locale === 'pt-BR' ? `${pt} nº ${n}` : `${en} #${n}`;
  return field ? `${base} (${field})` : base;
}

export function problemText(problem: ProgressProblem): string {
  if (problem.code === 'too-large') {
    return t('progress.error.too-large', {
      size: formatBytes(problem.bytes ?? MAX_PROGRESS_FILE_BYTES + 1),
      limit: formatBytes(MAX_PROGRESS_FILE_BYTES),
    });
  }
  return t(`progress.error.${problem.code}`, { where: describeWhere(problem.where) });
}
