// A mock interview's report as a Markdown file, in the learner's language: what the screen shows,
// to keep or to send a coach. Deck text and the learner's outline go in as text: Markdown
// characters in them are escaped, and the outline sits in a fence no line of it can close.
import type { Locale } from '../../../content/schema';
import { formatMessage, type ParamArgs } from '../messages';
import { RATINGS, type Rating } from '../types';
import messages from '../../i18n/messages/mock-report';
import { clockText, overrunText, type MockReport, type QuestionReport } from './report';

type Key = keyof typeof messages & string;

export interface MarkdownLabels {
  /** A section's name in `locale` (deck sections from the messages, own sections their own name). */
  sectionName: (section: string) => string;
  ratingName: (rating: Rating) => string;
}

/** "mock-interview-2026-12-06-1430.md": the interview's local date and time, so names sort by date. */
export function reportFileName(startedAt: number, extension: 'md' | 'pdf'): string {
  const d = new Date(startedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mock-interview-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}.${extension}`;
}

export function reportMarkdown(report: MockReport, locale: Locale, labels: MarkdownLabels, now: number): string {
  const t = <K extends Key>(key: K, ...args: ParamArgs<typeof messages, K>) => formatMessage(messages[key], locale, args[0]);
  const dateTime = (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(ms);
  const percent = (share: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

  const lines: string[] = [];
  lines.push(`# ${t('mockReport.title')}`, '');
  lines.push(t('mockReport.heldOn', { date: dateTime(report.startedAt), language: t(`mockReport.language.${report.locale}`) }), '');

  lines.push(`## ${t('mockReport.score')}`, '');
  lines.push(
    `- ${
      report.share === undefined
        ? t('mockReport.noPoints')
        : t('mockReport.scoreValue', { count: report.covered, total: report.total, share: percent(report.share) })
    }`,
  );
  const ratingParts = RATINGS.map((r) => `${labels.ratingName(r)} ${report.ratings[r]}`);
  if (report.unrated > 0) ratingParts.push(t('mockReport.unrated', { count: report.unrated }));
  lines.push(`- ${t('mockReport.ratings')}: ${ratingParts.join(', ')}`, '');

  lines.push(`## ${t('mockReport.weakest')}`, '');
  if (report.weakest.length === 0) lines.push(t('mockReport.noWeakest'));
  for (const s of report.weakest) {
    lines.push(`- ${escapeMarkdown(labels.sectionName(s.section))}: ${t('mockReport.pointsOf', { covered: s.covered, total: s.total })} (${percent(s.share)})`);
  }
  lines.push('');

  lines.push(`## ${t('mockReport.studyNext')}`, '');
  lines.push(report.studyNext.length === 0 ? t('mockReport.noStudyNext') : t('mockReport.studyNextIntro', { count: report.studyNext.length }));
  for (const id of report.studyNext) lines.push(`- \`${id}\``);
  lines.push('');

  // In the screen's order: the summary first, then each question.
  for (const q of report.questions) lines.push(...questionLines(q, t, labels), '');
  lines.push('---', '', t('mockReport.generated', { date: dateTime(now) }), '');
  return lines.join('\n');

  function questionLines(q: QuestionReport, tr: typeof t, { ratingName }: MarkdownLabels): string[] {
    const out = [`## ${tr('mockReport.question', { number: q.index + 1 })}`, ''];
    out.push(q.card ? `**${escapeMarkdown(q.card.prompt)}**` : `*${tr('mockReport.cardGone')}*`, '');
    const point = (i: number) => escapeMarkdown(q.card?.keyPoints[i] ?? tr('mockReport.pointNumber', { number: i + 1 }));
    out.push(`${tr('mockReport.covered')} (${tr('mockReport.pointsOf', { covered: q.covered.length, total: q.total })}):`, '');
    if (q.covered.length === 0) out.push(`- ${tr('mockReport.noneCovered')}`);
    for (const i of q.covered) out.push(`- [x] ${point(i)}`);
    out.push('', `${tr('mockReport.missed')}:`, '');
    if (q.missed.length === 0) out.push(`- ${tr('mockReport.noneMissed')}`);
    for (const i of q.missed) out.push(`- [ ] ${point(i)}`);
    out.push('');
    const time =
      q.elapsedMs === undefined
        ? tr('mockReport.unanswered')
        : `${tr('mockReport.timeValue', { elapsed: clockText(q.elapsedMs), limit: clockText(q.limitMs) })}, ${
            q.overrunMs > 0 ? tr('mockReport.overrun', { overrun: overrunText(q.overrunMs) }) : tr('mockReport.inTime')
          }`;
    out.push(`- ${tr('mockReport.time')}: ${time}`);
    out.push(`- ${tr('mockReport.rating')}: ${q.rating === 0 ? tr('mockReport.notRated') : ratingName(q.rating)}`, '');
    out.push(`${tr('mockReport.outline')}:`, '');
    out.push(...(q.outline.trim() === '' ? [`*${tr('mockReport.noOutline')}*`] : fenced(q.outline)));
    return out;
  }
}

/**
 * Backslash-escapes what Markdown would read as markup or HTML inside a line, so deck text shows as
 * written (every such line starts with our own marker, so line-start syntax cannot arise).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

/** A fenced block longer than any run of backticks in the text: nothing inside can end it. */
function fenced(text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...text.replace(/\r\n?/g, '\n').split('\n'), fence];
}
