import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeckSource, resolveDeckDir } from '../../../electron/content';
import { compileDecks } from '../../../content/compile-deck';
import { SAMPLE_SYLLABUS, validSources } from '../content/sample-deck';
import { testTempDir } from '../../fixtures/temp-dir';

describe('deck source', () => {
  it('finds decks in resources when packaged and in content/dist in development', () => {
    expect(resolveDeckDir({ isPackaged: true, resourcesPath: '/opt/app/resources', appPath: '/x' })).toBe(join('/opt/app/resources', 'decks'));
    expect(resolveDeckDir({ isPackaged: false, resourcesPath: '/r', appPath: '/src' })).toBe(join('/src', 'content', 'dist', 'decks'));
  });

  it('serves a validated deck and refuses a broken one', async () => {
    const dir = await testTempDir('decks-');
    const { decks } = compileDecks(validSources(), SAMPLE_SYLLABUS);
    await writeFile(join(dir, 'pt-BR.json'), JSON.stringify(decks[0]));
    await writeFile(join(dir, 'en.json'), JSON.stringify({ ...decks[1], cards: [{ id: 'x' }] }));
    const source = createDeckSource(dir);
    expect((await source.getDeck('pt-BR')).cards).toHaveLength(3);
    await expect(source.getDeck('en')).rejects.toThrow();
  });
});
