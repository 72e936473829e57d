// The one way strings reach the screen: t(key, params) in the current interface language, with
// its parameters checked against the message's placeholders and plurals chosen by Intl.PluralRules.
// Each feature keeps its strings in messages/<feature>.ts as [pt-BR, en] pairs.
import type { Locale } from '../../../content/schema';
import type { Message, Plural } from './message';
import app from './messages/app';
import browse from './messages/browse';
import deck from './messages/deck';
import progress from './messages/progress';
import settings from './messages/settings';
import stats from './messages/stats';
import storage from './messages/storage';
import study from './messages/study';

const messages = { ...app, ...deck, ...study, ...settings, ...browse, ...progress, ...storage, ...stats } satisfies Record<string, Message>;
export type MessageKey = keyof typeof messages;

type TextOf<M> = M extends string ? M : M extends Plural ? M[keyof M] : never;
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
/** The `{name}` parameters a message's texts use, in either language. */
export type ParamsOf<K extends MessageKey> = Placeholders<TextOf<(typeof messages)[K][0]> | TextOf<(typeof messages)[K][1]>>;
type ParamArgs<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: Record<ParamsOf<K>, string | number>];

export const i18n = $state<{ locale: Locale }>({ locale: 'pt-BR' });

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(text: Plural, count: number): string {
  if (count === 0 && text.zero !== undefined) return text.zero;
  let rules = pluralRules.get(i18n.locale);
  if (!rules) pluralRules.set(i18n.locale, (rules = new Intl.PluralRules(i18n.locale)));
  const category = rules.select(count);
  return (category === 'one' || category === 'many' ? text[category] : undefined) ?? text.other;
}

/** The message in the interface language, its `{name}` parameters filled (numbers grouped). */
export function t<K extends MessageKey>(key: K, ...args: ParamArgs<K>): string {
  const params: Record<string, string | number> = args[0] ?? {};
  const text: string | Plural = messages[key][i18n.locale === 'pt-BR' ? 0 : 1];
  const template = typeof text === 'string' ? text : pluralForm(text, Number(params.count));
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? `{${name}}` : typeof value === 'number' ? formatNumber(value) : value;
  });
}

const THOUSANDS_SEPARATOR: Record<Locale, string> = { 'pt-BR': '.', en: ',' };

export function formatNumber(value: number): string {
  // Whole numbers (counts) are grouped here: a page's first Intl formatter costs tens of
  // milliseconds while ICU loads its locale data, and the deck list's count would pay it on the way
  // to the first screen. Same output as Intl (tests/unit/lib/i18n.test.ts).
  if (Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, THOUSANDS_SEPARATOR[i18n.locale]);
  return new Intl.NumberFormat(i18n.locale).format(value);
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
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
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
