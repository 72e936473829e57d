// Message files are merged into one table, where a key defined twice would silently take the
// later file's text: every key must belong to exactly one file, in both languages.
import { describe, expect, it } from 'vitest';

type Text = string | { zero?: string; one: string; many?: string; other: string };
const files = import.meta.glob<{ default: Record<string, readonly Text[]> }>('../../../renderer/i18n/messages/*.ts', { eager: true });

describe('interface strings', () => {
  it('has message files to check', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(4);
  });

  it('defines each key in one file only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [path, module] of Object.entries(files)) {
      for (const key of Object.keys(module.default)) {
        const other = owner.get(key);
        if (other) clashes.push(`${key}: ${other} and ${path}`);
        owner.set(key, path);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has a non-empty pt-BR and en text for every key, with the same placeholders', () => {
    const problems: string[] = [];
    for (const module of Object.values(files)) {
      for (const [key, pair] of Object.entries(module.default)) {
        const [pt, en] = pair;
        if (pair.length !== 2 || !filled(pt) || !filled(en)) problems.push(`${key}: not two texts`);
        else if (typeof pt !== typeof en) problems.push(`${key}: plural in one language only`);
        else if (placeholders(pt!) !== placeholders(en!)) problems.push(`${key}: placeholders differ`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('says the count in every plural form but an exact zero', () => {
    const problems: string[] = [];
    for (const module of Object.values(files)) {
      for (const [key, pair] of Object.entries(module.default)) {
        for (const text of pair) {
          if (typeof text === 'string') continue;
          for (const [form, value] of Object.entries(text)) {
            if (form !== 'zero' && !value.includes('{count}')) problems.push(`${key}.${form}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

function filled(text: Text | undefined): boolean {
  if (text === undefined) return false;
  return typeof text === 'string' ? text.trim() !== '' : text.one.trim() !== '' && text.other.trim() !== '';
}

/** The parameters a text (every form of a plural) uses, besides the count a plural may leave out. */
function placeholders(text: Text): string {
  const all = typeof text === 'string' ? text : Object.values(text).join(' ');
  return [...new Set([...all.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].filter((name) => typeof text === 'string' || name !== 'count').sort().join(',');
}
