import { mkdtemp, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgressFile, openTextFile, saveExportFile, writeFileAtomic } from '../../../electron/files';

describe('files', () => {
  it('writes atomically, replacing an older file and leaving no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flashcards-'));
    const path = join(dir, 'progress.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['progress.json']);
  });

  it('writes where the save dialog says, and nothing when it is cancelled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flashcards-'));
    const target = join(dir, 'chosen.json');
    const offered: string[] = [];
    const saved = await saveExportFile({ suggestedName: 'p.json', contents: '{"a":1}' }, async (o) => {
      offered.push(o.defaultPath);
      return { canceled: false, filePath: target };
    }, dir);
    expect(saved).toEqual({ status: 'saved', path: target });
    expect(offered).toEqual([join(dir, 'p.json')]);
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');

    const cancelled = await saveExportFile({ suggestedName: 'q.json', contents: 'x' }, async () => ({ canceled: true }), dir);
    expect(cancelled).toEqual({ status: 'cancelled' });
    expect((await readdir(dir)).sort()).toEqual(['chosen.json']);
  });

  it('offers each kind of file under its own extension and writes bytes as they are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flashcards-'));
    const filters: string[][] = [];
    const save = (suggestedName: string, contents: string | Uint8Array<ArrayBuffer>, target: string) =>
      saveExportFile({ suggestedName, contents }, async (o) => {
        filters.push(o.filters.flatMap((f) => f.extensions));
        return { canceled: false, filePath: join(dir, target) };
      }, dir);
    const audio = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x00, 0xff]);
    await save('r.md', '# Relatório: ç', 'r.md');
    await save('q1.webm', audio, 'q1.webm');
    await save('q2.ogg', audio, 'q2.ogg');
    expect(filters).toEqual([['md'], ['webm'], ['ogg']]);
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toBe('# Relatório: ç');
    expect([...(await readFile(join(dir, 'q1.webm')))]).toEqual([...audio]);
  });

  it('opens the chosen file, and refuses one over the limit without reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flashcards-'));
    const small = join(dir, 'progress.json');
    await writeFile(small, '{"format":"x"}');
    const big = join(dir, 'big.json');
    await writeFile(big, '');
    await truncate(big, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    const choose = (path: string | undefined) => async () => ({ canceled: path === undefined, filePaths: path ? [path] : [] });

    expect(await openProgressFile(choose(small), dir, 1024)).toEqual({ status: 'opened', name: 'progress.json', text: '{"format":"x"}' });
    expect(await openProgressFile(choose(big), dir, 64 * 1024 * 1024)).toEqual({ status: 'too-large', bytes: 200 * 1024 * 1024 });
    expect(await openProgressFile(choose(undefined), dir, 1024)).toEqual({ status: 'cancelled' });
  });

  it('opens a card file as its bytes, offering and accepting only the given types, and refuses one too large unread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flashcards-'));
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
