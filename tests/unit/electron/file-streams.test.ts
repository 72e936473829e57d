import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStreams, type StreamLimits, type WriteTarget } from '../../../electron/file-streams';
import { testTempDir } from '../../fixtures/temp-dir';

const PAGE = 7;
const OTHER_PAGE = 8;
const TEMP = /^(.+)\.tmp-[0-9a-f]{12}$/;
const tempDir = () => testTempDir('flashcards-streams-');
const bytes = (text: string) => new TextEncoder().encode(text);

function setup(limits: Partial<StreamLimits> = {}) {
  const finished: number[] = [];
  const streams = new FileStreams<{ path: string; bytes: number }>({ maxBytes: 1000, maxChunkBytes: 16, maxOpenPerOwner: 4, ...limits });
  const target = (path: string, extra: Partial<WriteTarget<{ path: string; bytes: number }>> = {}): WriteTarget<{ path: string; bytes: number }> => ({
    path,
    async finish(written) {
      finished.push(written);
      return { path, bytes: written };
    },
    ...extra,
  });
  return { streams, target, finished };
}

describe('chunked writes', () => {
  it('writes chunks to a temp file beside the target and renames it over the target on commit', async () => {
    const dir = await tempDir();
    const path = join(dir, 'progress.json');
    await writeFile(path, 'the old file');
    const { streams, target, finished } = setup({ maxChunkBytes: 32 });

    const handle = await streams.beginWrite(PAGE, target(path));
    for (const chunk of ['{"format":', '"mlops-flashcards', '-progress"}']) await streams.append(PAGE, handle, bytes(chunk));
    // Until the commit, the learner's file is the old one; the new bytes sit beside it.
    expect(await readFile(path, 'utf8')).toBe('the old file');
    const [temp] = (await readdir(dir)).filter((name) => TEMP.test(name));
    expect(TEMP.exec(temp!)![1]).toBe('progress.json');

    expect(await streams.commit(PAGE, handle)).toEqual({ path, bytes: 38 });
    expect(await readFile(path, 'utf8')).toBe('{"format":"mlops-flashcards-progress"}');
    expect(finished).toEqual([38]);
    expect(await readdir(dir)).toEqual(['progress.json']);
    // Finished: the handle is gone.
    await expect(streams.append(PAGE, handle, bytes('x'))).rejects.toThrow('unknown file handle');
    await expect(streams.commit(PAGE, handle)).rejects.toThrow('unknown file handle');
    expect(streams.openCount).toBe(0);
  });

  it('writes bytes as they are, and an empty file', async () => {
    const dir = await tempDir();
    const { streams, target } = setup();
    const audio = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x00, 0xff]);
    const recording = await streams.beginWrite(PAGE, target(join(dir, 'q1.webm')));
    await streams.append(PAGE, recording, audio);
    await streams.commit(PAGE, recording);
    expect([...(await readFile(join(dir, 'q1.webm')))]).toEqual([...audio]);

    const empty = await streams.beginWrite(PAGE, target(join(dir, 'empty.md')));
    await streams.commit(PAGE, empty);
    expect(await readFile(join(dir, 'empty.md'), 'utf8')).toBe('');
  });

  it('drops the temp file on abort, leaving the target as it was', async () => {
    const dir = await tempDir();
    const path = join(dir, 'progress.json');
    await writeFile(path, 'the old file');
    const { streams, target, finished } = setup();
    const handle = await streams.beginWrite(PAGE, target(path));
    await streams.append(PAGE, handle, bytes('half a fi'));
    await streams.abort(PAGE, handle);
    expect(await readdir(dir)).toEqual(['progress.json']);
    expect(await readFile(path, 'utf8')).toBe('the old file');
    expect(finished).toEqual([]);
    await expect(streams.commit(PAGE, handle)).rejects.toThrow('unknown file handle');
  });

  it("drops a closed page's writes and reads, and no other page's", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'backup.json'), '{}');
    const { streams, target } = setup();
    const closing = await streams.beginWrite(PAGE, target(join(dir, 'a.json')));
    await streams.append(PAGE, closing, bytes('{"half":'));
    const reading = await streams.openRead(PAGE, join(dir, 'backup.json'));
    const other = await streams.beginWrite(OTHER_PAGE, target(join(dir, 'b.json')));
    await streams.append(OTHER_PAGE, other, bytes('{"b":1}'));

    await streams.closeOwner(PAGE);
    expect(streams.openCount).toBe(1);
    await expect(streams.append(PAGE, closing, bytes('1}'))).rejects.toThrow('unknown file handle');
    await expect(streams.readSlice(PAGE, (reading as { handle: number }).handle, 0, 2)).rejects.toThrow('unknown file handle');
    // Only the other page's temp file is left, and it still commits.
    expect((await readdir(dir)).filter((name) => TEMP.test(name)).map((name) => TEMP.exec(name)![1])).toEqual(['b.json']);
    await streams.commit(OTHER_PAGE, other);
    expect((await readdir(dir)).sort()).toEqual(['b.json', 'backup.json']);
  });

  it('refuses a chunk over the chunk limit and drops the write', async () => {
    const dir = await tempDir();
    const { streams, target } = setup({ maxChunkBytes: 16 });
    const handle = await streams.beginWrite(PAGE, target(join(dir, 'a.json')));
    await streams.append(PAGE, handle, new Uint8Array(16));
    await expect(streams.append(PAGE, handle, new Uint8Array(17))).rejects.toThrow('chunk too large');
    expect(await readdir(dir)).toEqual([]);
    await expect(streams.commit(PAGE, handle)).rejects.toThrow('unknown file handle');
  });

  it('refuses the chunk that takes a file over the size limit, and drops the write', async () => {
    const dir = await tempDir();
    const { streams, target } = setup({ maxBytes: 40, maxChunkBytes: 16 });
    const handle = await streams.beginWrite(PAGE, target(join(dir, 'a.json')));
    await streams.append(PAGE, handle, new Uint8Array(16));
    await streams.append(PAGE, handle, new Uint8Array(16));
    await streams.append(PAGE, handle, new Uint8Array(8)); // 40: exactly the limit
    await expect(streams.append(PAGE, handle, new Uint8Array(1))).rejects.toThrow('file too large');
    expect(await readdir(dir)).toEqual([]);
    expect(streams.openCount).toBe(0);
  });

  it("answers for a handle it never gave, or gave to another page, as unknown, and leaves the owner's write alone", async () => {
    const dir = await tempDir();
    const { streams, target } = setup();
    await expect(streams.append(PAGE, 99, bytes('x'))).rejects.toThrow('unknown file handle');
    await expect(streams.commit(PAGE, 99)).rejects.toThrow('unknown file handle');
    await expect(streams.abort(PAGE, 99)).rejects.toThrow('unknown file handle');
    await expect(streams.readSlice(PAGE, 99, 0, 1)).rejects.toThrow('unknown file handle');

    const handle = await streams.beginWrite(PAGE, target(join(dir, 'mine.json')));
    await streams.append(PAGE, handle, bytes('mine'));
    await expect(streams.append(OTHER_PAGE, handle, bytes('theirs'))).rejects.toThrow('unknown file handle');
    await expect(streams.abort(OTHER_PAGE, handle)).rejects.toThrow('unknown file handle');
    await expect(streams.commit(OTHER_PAGE, handle)).rejects.toThrow('unknown file handle');
    // A write handle is not a read handle.
    await expect(streams.readSlice(PAGE, handle, 0, 4)).rejects.toThrow('unknown file handle');
    await streams.commit(PAGE, handle);
    expect(await readFile(join(dir, 'mine.json'), 'utf8')).toBe('mine');
  });

  it('refuses on commit a file its check refuses, removing the temp file and leaving the target', async () => {
    const dir = await tempDir();
    const path = join(dir, 'backup.json');
    await writeFile(path, 'a good backup');
    const { streams, target, finished } = setup();
    const seen: string[] = [];
    const check = {
      headBytes: 4,
      tailBytes: 3,
      run(head: Buffer, tail: Buffer) {
        seen.push(`${head.toString()}|${tail.toString()}`);
        if (!tail.toString().endsWith('}')) throw new Error('cut short');
      },
    };
    const handle = await streams.beginWrite(PAGE, target(path, { check }));
    for (const chunk of ['{"a"', ':1,"b":', '[1,2']) await streams.append(PAGE, handle, bytes(chunk));
    await expect(streams.commit(PAGE, handle)).rejects.toThrow('cut short');
    // The check saw the first and last bytes across the chunks.
    expect(seen).toEqual(['{"a"|1,2']);
    expect(await readdir(dir)).toEqual(['backup.json']);
    expect(await readFile(path, 'utf8')).toBe('a good backup');
    expect(finished).toEqual([]);
  });

  it('refuses an append while the last one is still being written, without losing the file', async () => {
    const dir = await tempDir();
    const { streams, target } = setup();
    const handle = await streams.beginWrite(PAGE, target(join(dir, 'a.json')));
    const first = streams.append(PAGE, handle, bytes('first '));
    await expect(streams.append(PAGE, handle, bytes('second'))).rejects.toThrow('busy');
    await first;
    await streams.append(PAGE, handle, bytes('third'));
    await streams.commit(PAGE, handle);
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('first third');
  });

  it('lets one page hold only so many files open at once', async () => {
    const dir = await tempDir();
    const { streams, target } = setup({ maxOpenPerOwner: 2 });
    const a = await streams.beginWrite(PAGE, target(join(dir, 'a.json')));
    await streams.beginWrite(PAGE, target(join(dir, 'b.json')));
    await expect(streams.beginWrite(PAGE, target(join(dir, 'c.json')))).rejects.toThrow('too many open files');
    await expect(streams.openRead(PAGE, join(dir, 'x.json'))).rejects.toThrow('too many open files');
    await streams.beginWrite(OTHER_PAGE, target(join(dir, 'd.json')));
    await streams.abort(PAGE, a);
    await streams.beginWrite(PAGE, target(join(dir, 'c.json')));

    // Files still being opened count too: requests sent together cannot slip past the limit.
    const together = await Promise.allSettled([1, 2, 3].map((n) => streams.beginWrite(OTHER_PAGE + 1, target(join(dir, `t${n}.json`)))));
    expect(together.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
  });

  it('leaves no temp file for a write whose page went away while it was being opened', async () => {
    const dir = await tempDir();
    const { streams, target } = setup();
    const begun = streams.beginWrite(PAGE, target(join(dir, 'a.json')));
    await streams.closeOwner(PAGE);
    await expect(begun).rejects.toThrow('the page went away');
    expect(await readdir(dir)).toEqual([]);
    expect(streams.openCount).toBe(0);
  });
});

describe('chunked reads', () => {
  it('reads slices up to the size measured when opened, and nothing past the end', async () => {
    const dir = await tempDir();
    const path = join(dir, 'progress.json');
    await writeFile(path, '0123456789');
    const { streams } = setup({ maxChunkBytes: 4 });
    const opened = await streams.openRead(PAGE, path);
    expect(opened).toEqual({ status: 'opened', handle: expect.any(Number), bytes: 10 });
    const { handle } = opened as { handle: number };
    const text = async (offset: number, length: number) => new TextDecoder().decode(await streams.readSlice(PAGE, handle, offset, length));
    expect(await text(0, 4)).toBe('0123');
    expect(await text(8, 4)).toBe('89');
    expect(await text(10, 4)).toBe('');
    expect(await text(50, 4)).toBe('');
    await expect(streams.readSlice(PAGE, handle, 0, 5)).rejects.toThrow('chunk too large');
    await expect(streams.readSlice(OTHER_PAGE, handle, 0, 4)).rejects.toThrow('unknown file handle');

    // A file that grows after it was opened is still read only as far as its size then.
    await writeFile(path, '0123456789abcdef');
    expect(await text(8, 4)).toBe('89');

    await streams.closeRead(PAGE, handle);
    await expect(streams.readSlice(PAGE, handle, 0, 4)).rejects.toThrow('unknown file handle');
    expect(streams.openCount).toBe(0);
  });

  it('refuses a file over the size limit from its size alone, leaving nothing open', async () => {
    const dir = await tempDir();
    const big = join(dir, 'big.json');
    await writeFile(big, '');
    await truncate(big, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    const { streams } = setup({ maxBytes: 64 * 1024 * 1024 });
    expect(await streams.openRead(PAGE, big)).toEqual({ status: 'too-large', bytes: 200 * 1024 * 1024 });
    expect(streams.openCount).toBe(0);
  });
});
