// How interface text is written and filled, for every surface that speaks to the learner: the
// page (renderer/i18n) and the desktop menu and dialogs (electron/menu-messages.ts). Each
// message is a [pt-BR, en] pair, so a string cannot ship in one language only; its `{name}`
// parameters are checked at compile time, and plurals are chosen by Intl.PluralRules.
import type { Locale } from '../../content/schema';

/**
 * A text that depends on a number, the `{count}` parameter: one form per plural category of
 * Intl.PluralRules (Portuguese and English use `one` and `other`; Portuguese says `many` from a
 * million up, which falls back to `other`). `zero`, like ICU's `=0`, is an exact match: CLDR
 * files 0 under `one` in Portuguese, but Brazilians write "0 respostas".
 */
export interface Plural {
  zero?: string;
  one: string;
  many?: string;
  other: string;
}

export type Message = readonly [string | Plural, string | Plural];
export type MessageTable = Readonly<Record<string, Message>>;

type TextOf<M> = M extends string ? M : M extends Plural ? M[keyof M] : never;
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
/** The `{name}` parameters a message's texts use, in either language. */
export type ParamsOf<T extends MessageTable, K extends keyof T> = Placeholders<TextOf<T[K][0]> | TextOf<T[K][1]>>;
export type ParamArgs<T extends MessageTable, K extends keyof T> = [ParamsOf<T, K>] extends [never]
  ? []
  : [params: Record<ParamsOf<T, K>, string | number>];

const THOUSANDS_SEPARATOR: Record<Locale, string> = { 'pt-BR': '.', en: ',' };

export function formatNumber(value: number, locale: Locale): string {
  // Whole numbers (counts) are grouped here: a page's first Intl formatter costs tens of
  // milliseconds while ICU loads its locale data, and the deck list's count would pay it on the way
  // to the first screen. Same output as Intl (tests/unit/i18n/i18n.test.ts).
  if (Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, THOUSANDS_SEPARATOR[locale]);
  return new Intl.NumberFormat(locale).format(value);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The plural category of a count. Whole counts, what the messages almost always carry, follow
 * CLDR's integer rules for the two languages here, as Intl would: its first PluralRules loads
 * ICU's locale data, a cost the deck list's answer count paid on the way to the first screen.
 * Fractions go to Intl. Same answers as Intl (tests/unit/core/messages.test.ts).
 */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  if (Number.isSafeInteger(count) && count >= 0) {
    if (locale === 'en') return count === 1 ? 'one' : 'other';
    return count <= 1 ? 'one' : count % 1_000_000 === 0 ? 'many' : 'other';
  }
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

function pluralForm(text: Plural, count: number, locale: Locale): string {
  if (count === 0 && text.zero !== undefined) return text.zero;
  const category = pluralCategory(count, locale);
  return (category === 'one' || category === 'many' ? text[category] : undefined) ?? text.other;
}

/** A message in one language, its `{name}` parameters filled (numbers grouped as the language does). */
export function formatMessage(message: Message, locale: Locale, params: Readonly<Record<string, string | number>> = {}): string {
  const text = message[locale === 'pt-BR' ? 0 : 1];
  const template = typeof text === 'string' ? text : pluralForm(text, Number(params.count), locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    // A missing value stays visible rather than turning into "undefined".
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

export type Translate<T extends MessageTable> = <K extends keyof T & string>(key: K, ...args: ParamArgs<T, K>) => string;

/** `t(key, params)` over one table, in whatever language `locale()` says at each call. */
export function translator<T extends MessageTable>(table: T, locale: () => Locale): Translate<T> {
  return (key, ...args) => {
    const message = table[key];
    // A screen's texts come with its code (i18n/index.svelte.ts): a key asked for early is a bug.
    if (message === undefined) throw new Error(`no text for ${key} yet`);
    return formatMessage(message, locale(), args[0]);
  };
}
