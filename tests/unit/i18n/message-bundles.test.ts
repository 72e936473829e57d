// The first screen parses only the texts it shows (i18n/index.svelte.ts imports those files); the
// others reach the page with the code that shows them. So a module that names a key of such a
// file must import the file and hand it to useMessages (or read it itself), or the key could be
// asked for before its text is there. Keys are found as the literal strings the code holds (a key
// in a table, or the start of a template such as `mockReport.language.${locale}`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(__dirname, '../../../renderer');
const MESSAGES = join(RENDERER, 'i18n/messages');
const bundles = import.meta.glob<{ default: Record<string, unknown> }>('../../../renderer/i18n/messages/*.ts', { eager: true });
const keysOf = new Map(Object.entries(bundles).map(([path, module]) => [basename(path, '.ts'), Object.keys(module.default)]));

const index = readFileSync(join(RENDERER, 'i18n/index.svelte.ts'), 'utf8');
/** The files the first screen has: imported as values by the i18n module. */
const startBundles = new Set([...index.matchAll(/^import (\w+) from '\.\/messages\/([\w-]+)';$/gm)].map((m) => m[2]!));
const laterBundles = [...keysOf.keys()].filter((name) => !startBundles.has(name));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === MESSAGES ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

/** The bundles whose keys a source text names. */
function bundlesNamed(text: string): Set<string> {
  const named = new Set<string>();
  const exact = [...text.matchAll(/(['"`])([a-z][A-Za-z]*\.[\w.-]+)\1/g)].map((m) => m[2]!);
  const prefixes = [...text.matchAll(/`([a-z][A-Za-z]*\.[\w.-]*)\$\{/g)].map((m) => m[1]!);
  for (const [bundle, keys] of keysOf) {
    if (keys.some((key) => exact.includes(key) || prefixes.some((prefix) => key.startsWith(prefix)))) named.add(bundle);
  }
  return named;
}

describe('message bundles', () => {
  it('has some files from the start and leaves some for later', () => {
    expect(startBundles.size).toBeGreaterThan(0);
    expect(laterBundles.length).toBeGreaterThan(0);
  });

  it('has every module that names a later bundle’s key bring that bundle with it', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(RENDERER)) {
      const text = readFileSync(file, 'utf8');
      for (const bundle of bundlesNamed(text)) {
        if (startBundles.has(bundle)) continue;
        const imported = new RegExp(`import (\\w+) from '[./]*(?:i18n/)?messages/${bundle}';`).exec(text);
        // Handed to useMessages, or read by the module itself (a report in a language of its own).
        const used = imported && new RegExp(`useMessages\\([^)]*\\b${imported[1]}\\b|\\b${imported[1]}\\[`).test(text);
        if (!used) missing.push(`${relative(RENDERER, file)}: ${bundle}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
