// Builders for small card sources, valid by default; each test breaks one thing.
import type { CardSource } from '../../../content/compile-deck';
import type { Locale } from '../../../content/schema';

export const SAMPLE_SYLLABUS = ['basics/what-is-mlops', 'cloud/serverless'];

export function question(id: string, overrides: Record<string, string> = {}, body = 'A **model** answer.'): string {
  const fields = {
    id,
    kind: 'question',
    prompt: '"What is it?"',
    context: '"Whether you know it."',
    keyPoints: '\n  - "one"\n  - "two"\n  - "three"',
    tags: '[basics]',
    ...overrides,
  };
  return frontMatter(fields) + body + '\n';
}

export function fact(id: string, parent: string, overrides: Record<string, string> = {}, body = 'One fact.'): string {
  return frontMatter({ id, kind: 'fact', prompt: '"Which fact?"', parent, tags: '[basics]', ...overrides }) + body + '\n';
}

function frontMatter(fields: Record<string, string>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A complete valid deck in both locales: two questions and one fact. */
export function validSources(): CardSource[] {
  const sources: CardSource[] = [];
  for (const locale of ['pt-BR', 'en'] as Locale[]) {
    sources.push(
      { locale, path: 'basics/what-is-mlops.md', text: question('basics/what-is-mlops') },
      { locale, path: 'cloud/serverless.md', text: question('cloud/serverless', { tags: '[cloud]' }) },
      {
        locale,
        path: 'basics/what-is-mlops--skills.md',
        text: fact('basics/what-is-mlops--skills', 'basics/what-is-mlops'),
      },
    );
  }
  return sources;
}

export function replaceSource(sources: CardSource[], locale: Locale, path: string, text: string | undefined): CardSource[] {
  const rest = sources.filter((s) => !(s.locale === locale && s.path === path));
  return text === undefined ? rest : [...rest, { locale, path, text }];
}
