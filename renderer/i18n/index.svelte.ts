// The one way strings reach the screen: t(key, params) in the current interface language (the
// scheme is core/messages.ts). Each feature keeps its strings in messages/<feature>.ts.
import type { Locale } from '../../content/schema';
import { formatNumber as formatNumberIn, translator, type Message, type MessageTable } from '../core/messages';
import app from './messages/app';
import deck from './messages/deck';
import mock from './messages/mock';
import plan from './messages/plan';
import settings from './messages/settings';
import storage from './messages/storage';
import study from './messages/study';
import tasks from './messages/tasks';
import type browse from './messages/browse';
import type mockReport from './messages/mock-report';
import type ownAnswers from './messages/own-answers';
import type ownCards from './messages/own-cards';
import type progress from './messages/progress';
import type stats from './messages/stats';

type AllBundles = typeof app | typeof deck | typeof mock | typeof plan | typeof settings | typeof storage | typeof study | typeof tasks
  | typeof browse | typeof mockReport | typeof ownAnswers | typeof ownCards | typeof progress | typeof stats;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type Messages = UnionToIntersection<AllBundles>;
export type MessageKey = keyof Messages & string;

/**
 * The texts the app has so far: the first screen's (the shell, the deck list, the banners) from
 * the start; the other screens' reach the page with their code, which hands them over
 * (useMessages), so a start does not parse them. A key belongs to one file only
 * (tests/unit/i18n/i18n-messages.test.ts), and a module that names a key brings its file
 * (tests/unit/i18n/message-bundles.test.ts).
 */
const messages: Record<string, Message> = { ...app, ...deck, ...storage, ...plan, ...mock, ...settings, ...tasks, ...study };

/** Adds the texts of the files a module names keys of; called once, at the module's top level (a component's `<script module>`). */
export function useMessages(...bundles: MessageTable[]): void {
  for (const bundle of bundles) Object.assign(messages, bundle);
}

export const i18n = $state<{ locale: Locale }>({ locale: 'pt-BR' });

/** The message in the interface language, its `{name}` parameters filled (numbers grouped). */
export const t = translator(messages as unknown as Messages, () => i18n.locale);

export function formatNumber(value: number): string {
  return formatNumberIn(value, i18n.locale);
}

/** "10 min", "3 dias", "2 months": how long until a card is due again. */
export function formatInterval(ms: number, locale: Locale = i18n.locale): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const [value, unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 60 * 24
        ? [Math.round(minutes / 60), 'hour']
        : minutes < 60 * 24 * 30
          ? [Math.round(minutes / (60 * 24)), 'day']
          : minutes < 60 * 24 * 365
            ? [Math.round(minutes / (60 * 24 * 30)), 'month']
            : [Math.round((minutes / (60 * 24 * 365)) * 10) / 10, 'year'];
  return unitFormat(locale, unit).format(value);
}

/** Built once each: a reveal shows four intervals, and building a format costs more than using it. */
const unitFormats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: Locale, unit: string): Intl.NumberFormat {
  const key = `${locale} ${unit}`;
  let format = unitFormats.get(key);
  if (!format) unitFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' })));
  return format;
}

export function formatDateTime(epochMs: number): string {
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** A calendar day: "03/01/2026" in Portuguese, "2026-01-03" (unambiguous ISO 8601) in English. */
export function formatDay(epochMs: number): string {
  if (i18n.locale === 'en') {
    const d = new Date(epochMs);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  return new Intl.DateTimeFormat(i18n.locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(epochMs);
}

export function formatDecimal(value: number, locale: Locale = i18n.locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(value: number, locale: Locale = i18n.locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** "12,5 dias", "0.4 days": stability is a real number of days. */
export function formatDays(value: number, locale: Locale = i18n.locale): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
}

/** "1 min 5 s", "12 s": time spent answering. */
export function formatDuration(ms: number, locale: Locale = i18n.locale): string {
  const seconds = Math.round(ms / 1000);
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (seconds < 60) return unit(seconds, 'second');
  const rest = seconds % 60;
  return rest === 0 ? unit(Math.floor(seconds / 60), 'minute') : `${unit(Math.floor(seconds / 60), 'minute')} ${unit(rest, 'second')}`;
}

/** Time studied: "25 min" under an hour, "1,5 h" / "1.5 hr" (one decimal) above. */
export function formatStudyTime(ms: number, locale: Locale = i18n.locale): string {
  const [value, unit] = ms < 3_600_000 ? [Math.round(ms / 60_000), 'minute'] : [Math.round(ms / 360_000) / 10, 'hour'];
  return unitFormat(locale, unit).format(value);
}

/** A day on a chart's axis: "03/01" in Portuguese, "Jan 3" in English. */
export function formatShortDay(epochMs: number, locale: Locale = i18n.locale): string {
  const options: Intl.DateTimeFormatOptions = locale === 'pt-BR' ? { day: '2-digit', month: '2-digit' } : { month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, options).format(epochMs);
}
