import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../content/schema';
import { formatDays, formatDecimal, formatDuration, formatNumber, formatPercent, formatShortDay, formatStudyTime, i18n, t } from '../../../renderer/i18n/index.svelte';

afterEach(() => {
  i18n.locale = 'pt-BR';
});

describe('formatNumber', () => {
  it('groups whole numbers exactly as Intl does, in both languages', () => {
    const values = [0, 7, 42, 999, 1000, 1234, 12_345, 100_000, 999_999, 1_000_000, 1_234_567_890, -1, -1234, -1_000_000];
    for (const locale of LOCALES) {
      i18n.locale = locale;
      const intl = new Intl.NumberFormat(locale);
      for (const value of values) expect(formatNumber(value), `${locale} ${value}`).toBe(intl.format(value));
    }
  });

  it('leaves fractions to Intl', () => {
    i18n.locale = 'pt-BR';
    expect(formatNumber(1234.5)).toBe('1.234,5');
    i18n.locale = 'en';
    expect(formatNumber(0.25)).toBe('0.25');
  });
});

describe('t', () => {
  it('chooses the plural form by Intl.PluralRules, with an exact zero where Portuguese wants it', () => {
    i18n.locale = 'pt-BR';
    expect(t('deck.answers', { count: 0 })).toBe('0 respostas registradas');
    expect(t('deck.answers', { count: 1 })).toBe('1 resposta registrada');
    expect(t('deck.answers', { count: 2 })).toBe('2 respostas registradas');
    expect(t('deck.answers', { count: 1_000_000 })).toBe('1.000.000 respostas registradas');
    i18n.locale = 'en';
    expect(t('deck.answers', { count: 0 })).toBe('0 answers recorded');
    expect(t('deck.answers', { count: 1 })).toBe('1 answer recorded');
    expect(t('deck.answers', { count: 1234 })).toBe('1,234 answers recorded');
  });

  it('fills every parameter of a plain message', () => {
    i18n.locale = 'en';
    expect(t('study.practiceRemaining', { left: 3, total: 10 })).toBe('Free practice: 3 of 10 left');
  });
});

describe('formats', () => {
  it('writes numbers the way each language does', () => {
    expect(formatDecimal(5.26, 'pt-BR')).toBe('5,3');
    expect(formatDecimal(5.26, 'en')).toBe('5.3');
    expect(formatPercent(0.874, 'pt-BR')).toMatch(/^87\s?%$/);
    expect(formatPercent(0.874, 'en')).toBe('87%');
    expect(formatDays(12.54, 'pt-BR')).toBe('12,5 dias');
    expect(formatDays(1, 'en')).toBe('1 day');
  });

  it('writes answer times in seconds, then minutes and seconds', () => {
    expect(formatDuration(4_400, 'en')).toBe('4 sec');
    expect(formatDuration(65_000, 'en')).toBe('1 min 5 sec');
    expect(formatDuration(120_000, 'pt-BR')).toBe('2 min');
  });

  it('writes time studied in minutes, then hours with one decimal, in units of the language', () => {
    expect(formatStudyTime(25 * 60_000, 'pt-BR')).toBe('25 min');
    expect(formatStudyTime(90 * 60_000, 'pt-BR')).toMatch(/^1,5\s?h$/);
    expect(formatStudyTime(90 * 60_000, 'en')).toBe('1.5 hr');
  });

  it('writes a chart day as each language does', () => {
    const day = new Date(2026, 0, 3, 12).getTime();
    expect(formatShortDay(day, 'pt-BR')).toBe('03/01');
    expect(formatShortDay(day, 'en')).toBe('Jan 3');
  });
});
