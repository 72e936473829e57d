// The shape of an interface string, shared by the message tables and t().

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

/** A [pt-BR, en] pair: a string cannot ship in one language only. */
export type Message = readonly [string | Plural, string | Plural];
