// Message files are merged into one table, where a key defined twice would silently take the
// later file's text: every key must belong to exactly one file, in both languages.
import { describe, expect, it } from 'vitest';

const files = import.meta.glob<{ default: Record<string, readonly string[]> }>('../../../renderer/lib/i18n/messages/*.ts', { eager: true });

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
        if (pair.length !== 2 || !pt?.trim() || !en?.trim()) problems.push(`${key}: not two texts`);
        else if (placeholders(pt) !== placeholders(en)) problems.push(`${key}: placeholders differ`);
      }
    }
    expect(problems).toEqual([]);
  });
});

function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
}
