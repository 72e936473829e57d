import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseProgressFile, chooseSavePath, openTextFile, writeFileAtomic } from '../../../electron/files';
import { testTempDir } from '../../fixtures/temp-dir';

describe('files', () => {
  it('writes atomically, replacing an older file and leaving no temp file', async () => {
    const dir = await testTempDir('flashcards-');
    const path = join(dir, 'progress.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['progress.json']);
  });

  it('asks where to save, offering each kind of file under its own extension, and nothing when it is cancelled', async () => {
    const dir = await testTempDir('flashcards-');
    const offered: { defaultPath: string; extensions: string[] }[] = [];
    const choose = (suggestedName: string, answer: string | undefined) =>
      chooseSavePath(suggestedName, async (o) => {
        offered.push({ defaultPath: o.defaultPath, extensions: o.filters.flatMap((f) => f.extensions) });
        return answer === undefined ? { canceled: true } : { canceled: false, filePath: answer };
      }, dir);
    expect(await choose('p.json', join(dir, 'chosen.json'))).toBe(join(dir, 'chosen.json'));
    expect(await choose('r.md', join(dir, 'r.md'))).toBe(join(dir, 'r.md'));
    expect(await choose('q1.webm', undefined)).toBeUndefined();
    expect(offered).toEqual([
      { defaultPath: join(dir, 'p.json'), extensions: ['json'] },
      { defaultPath: join(dir, 'r.md'), extensions: ['md'] },
      { defaultPath: join(dir, 'q1.webm'), extensions: ['webm'] },
    ]);
    // Choosing writes nothing: the page's chunks do, through file-streams.ts.
    expect(await readdir(dir)).toEqual([]);
  });

  it('asks which progress file to open, offering JSON only', async () => {
    const dir = await testTempDir('flashcards-');
    const filters: string[][] = [];
    const choose = (path: string | undefined) => async (o: { filters: { extensions: string[] }[] }) => {
      filters.push(o.filters.flatMap((f) => f.extensions));
      return { canceled: path === undefined, filePaths: path ? [path] : [] };
    };
    expect(await chooseProgressFile(choose(join(dir, 'progress.json')), dir)).toBe(join(dir, 'progress.json'));
    expect(await chooseProgressFile(choose(undefined), dir)).toBeUndefined();
    expect(filters).toEqual([['json'], ['json']]);
  });

  it('opens a card file as its bytes, offering and accepting only the given types, and refuses one too large unread', async () => {
    const dir = await testTempDir('flashcards-');
    const csv = join(dir, 'cards.csv');
    // Windows-1252 "é" (0xE9): the bytes arrive as they are, for the page to decode.
    await writeFile(csv, Buffer.from([0x66, 0x72, 0x6f, 0x6e, 0x74, 0xe9, 0x2c, 0x62]));
    const big = join(dir, 'big.md');
    await writeFile(big, '');
    await truncate(big, 2048);
    const other = join(dir, 'notes.exe');
    await writeFile(other, 'x');
    const offered: { name: string; extensions: string[] }[][] = [];
    const choose = (path: string | undefined) => async (options: { filters: { name: string; extensions: string[] }[] }) => {
      offered.push(options.filters);
      return { canceled: path === undefined, filePaths: path ? [path] : [] };
    };

    const opened = await openTextFile(choose(csv), ['csv', 'tsv'], dir, 1024);
    expect(opened.status === 'opened' && [opened.name, [...opened.bytes]]).toEqual(['cards.csv', [0x66, 0x72, 0x6f, 0x6e, 0x74, 0xe9, 0x2c, 0x62]]);
    expect(offered[0]).toEqual([{ name: 'CSV, TSV', extensions: ['csv', 'tsv'] }]);
    expect(await openTextFile(choose(big), ['md'], dir, 1024)).toEqual({ status: 'too-large', bytes: 2048 });
    expect(await openTextFile(choose(other), ['csv'], dir, 1024)).toEqual({ status: 'cancelled' });
    expect(await openTextFile(choose(undefined), ['csv'], dir, 1024)).toEqual({ status: 'cancelled' });
  });
});
