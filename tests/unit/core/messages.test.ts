import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../content/schema';
import { pluralCategory } from '../../../renderer/core/messages';

describe('pluralCategory', () => {
  it('gives whole counts the category Intl.PluralRules gives, in both languages', () => {
    const counts = [
      ...Array.from({ length: 2_500 }, (_, i) => i),
      ...Array.from({ length: 40 }, (_, i) => (i + 1) * 1_000_000),
      ...Array.from({ length: 40 }, (_, i) => (i + 1) * 1_000_000 + 1),
      ...Array.from({ length: 40 }, (_, i) => (i + 1) * 100_000),
      1_000_000_000,
      1_234_567_890,
      Number.MAX_SAFE_INTEGER,
    ];
    for (const locale of LOCALES) {
      const intl = new Intl.PluralRules(locale);
      for (const count of counts) expect(pluralCategory(count, locale), `${locale} ${count}`).toBe(intl.select(count));
    }
  });

  it('leaves fractions and negative numbers to Intl', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.PluralRules(locale);
      for (const count of [0.5, 1.5, 2.25, -1, -2, -1_000_000]) expect(pluralCategory(count, locale), `${locale} ${count}`).toBe(intl.select(count));
    }
  });
});
