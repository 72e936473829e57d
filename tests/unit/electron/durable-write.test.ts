// The order in which a write reaches the disk, seen through an instrumented node:fs/promises: the
// real file system underneath, every call that matters logged, and a step that can be made to
// hang (the app dies there) or fail.
import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupName, createBackupStore } from '../../../electron/backups';
import { syncDirectory, sweepTempFiles, writeFileAtomic } from '../../../electron/files';
import { MAX_PROGRESS_FILE_BYTES } from '../../../renderer/core/progress-file-name';
import { backupStreams, PAGE, readBackup, writeBackup } from './streamed';
import { testTempDir } from '../../fixtures/temp-dir';

const fsSpy = vi.hoisted(() => ({
  log: [] as string[],
  /** Replaces the next rename: return a promise that never settles to stop the app right there. */
  rename: undefined as ((from: string, to: string) => Promise<void>) | undefined,
  /** Error code for fsync on a folder. */
  folderSyncError: undefined as string | undefined,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const { basename: name } = await import('node:path');
  const open: typeof real.open = async (path, flags, mode) => {
    const handle = await real.open(path, flags, mode);
    const file = name(String(path));
    const realSync = handle.sync.bind(handle);
    const realRead = handle.read.bind(handle) as (...args: unknown[]) => Promise<unknown>;
    const realWriteFile = handle.writeFile.bind(handle);
    handle.sync = async () => {
      fsSpy.log.push(`sync ${file}`);
      if (fsSpy.folderSyncError && (await handle.stat()).isDirectory()) {
        throw Object.assign(new Error(`fsync: ${fsSpy.folderSyncError}`), { code: fsSpy.folderSyncError });
      }
      return realSync();
    };
    handle.read = ((...args: unknown[]) => {
      fsSpy.log.push(`read ${file}`);
      return realRead(...args);
    }) as typeof handle.read;
    handle.writeFile = (async (...args: Parameters<typeof handle.writeFile>) => {
      fsSpy.log.push(`write ${file}`);
      return realWriteFile(...args);
    }) as typeof handle.writeFile;
    fsSpy.log.push(`open ${file} ${String(flags)}`);
    return handle;
  };
  return {
    ...real,
    open,
    rename: async (from: string, to: string) => {
      const replace = fsSpy.rename;
      fsSpy.rename = undefined;
      if (replace) return replace(from, to);
      fsSpy.log.push(`rename ${name(from).replace(/[0-9a-f]{12}$/, '*')} -> ${name(to)}`);
      return real.rename(from, to);
    },
    rm: async (path: string, options?: Parameters<typeof real.rm>[1]) => {
      fsSpy.log.push(`rm ${name(path).replace(/[0-9a-f]{12}$/, '*')}`);
      return real.rm(path, options);
    },
  };
});

const progress = (n: number) => JSON.stringify({ format: 'mlops-flashcards-progress', version: 1, n });
const tempDir = () => testTempDir('flashcards-durable-');
const TEMP = /^(.+)\.tmp-[0-9a-f]{12}$/;

beforeEach(() => {
  fsSpy.log.length = 0;
  fsSpy.rename = undefined;
  fsSpy.folderSyncError = undefined;
});

describe('durable atomic write', () => {
  it('flushes the temp file before renaming it over the target, then flushes the folder', async () => {
    const dir = await tempDir();
    const path = join(dir, 'shell-settings.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, '{"theme":"dark"}');

    expect(await readFile(path, 'utf8')).toBe('{"theme":"dark"}');
    expect(await readdir(dir)).toEqual(['shell-settings.json']);
    const temp = fsSpy.log[0]!.split(' ')[1]!;
    expect(temp).toMatch(TEMP);
    expect(TEMP.exec(temp)![1]).toBe('shell-settings.json');
    expect(fsSpy.log).toEqual([
      `open ${temp} wx`,
      `write ${temp}`,
      `sync ${temp}`,
      'rename shell-settings.json.tmp-* -> shell-settings.json',
      `open ${basename(dir)} r`,
      `sync ${basename(dir)}`,
    ]);
  });

  it('leaves the old file whole when the app dies between write and rename, and the next start sweeps the temp', async () => {
    const dir = await tempDir();
    const path = join(dir, 'window-state.json');
    await writeFile(path, '{"old":true}');
    let reachedRename!: () => void;
    const atRename = new Promise<void>((resolve) => (reachedRename = resolve));
    fsSpy.rename = () => {
      reachedRename();
      return new Promise<void>(() => {}); // the process is gone: nothing after this runs
    };
    void writeFileAtomic(path, '{"new":true}');
    await atRename;

    expect(await readFile(path, 'utf8')).toBe('{"old":true}');
    const [left] = (await readdir(dir)).filter((n) => TEMP.test(n));
    expect(await readFile(join(dir, left!), 'utf8')).toBe('{"new":true}');

    // The next start: only temp files of our own targets go.
    await writeFile(join(dir, 'notes.txt.tmp-0123456789ab'), 'not ours');
    expect(await sweepTempFiles(dir, (target) => target === 'window-state.json')).toEqual([left]);
    expect((await readdir(dir)).sort()).toEqual(['notes.txt.tmp-0123456789ab', 'window-state.json']);
    expect(await readFile(path, 'utf8')).toBe('{"old":true}');
  });

  it('removes its temp file when the write fails before the rename', async () => {
    const dir = await tempDir();
    const path = join(dir, 'window-state.json');
    fsSpy.rename = async () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    await expect(writeFileAtomic(path, '{}')).rejects.toThrow('no space');
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not flush folders on Windows, and lets a file system that cannot flush them pass', async () => {
    const dir = await tempDir();
    await syncDirectory(dir, 'win32');
    expect(fsSpy.log).toEqual([]);

    fsSpy.folderSyncError = 'EINVAL';
    await expect(syncDirectory(dir, 'linux')).resolves.toBeUndefined();
    fsSpy.folderSyncError = 'EIO';
    await expect(syncDirectory(dir, 'linux')).rejects.toThrow('EIO');
  });
});

describe('backups on disk', () => {
  it('prunes older backups only after the new one is renamed into place and its folder flushed', async () => {
    const dir = await tempDir();
    let now = Date.UTC(2026, 0, 1, 12);
    const store = createBackupStore(dir, { now: () => now, policy: { daily: 1, weekly: 0, monthly: 0, beforeRestoreDays: 30 } });
    await writeBackup(store, progress(1), 'auto');
    const first = backupName(now, 'auto');
    now += 60_000;
    fsSpy.log.length = 0;
    await writeBackup(store, progress(2), 'auto');
    const second = backupName(now, 'auto');

    const tempSynced = fsSpy.log.findIndex((entry) => entry.startsWith(`sync ${second}.tmp-`));
    const renamed = fsSpy.log.indexOf(`rename ${second}.tmp-* -> ${second}`);
    const folderSynced = fsSpy.log.indexOf(`sync ${basename(dir)}`);
    const pruned = fsSpy.log.indexOf(`rm ${first}`);
    expect(tempSynced).toBeGreaterThanOrEqual(0);
    expect(renamed).toBeGreaterThan(tempSynced);
    expect(folderSynced).toBeGreaterThan(renamed);
    expect(pruned).toBeGreaterThan(folderSynced);
    expect(await readdir(dir)).toEqual([second]);
  });

  it('prunes nothing when the new backup could not be made durable', async () => {
    const dir = await tempDir();
    let now = Date.UTC(2026, 0, 1, 12);
    const store = createBackupStore(dir, { now: () => now, policy: { daily: 1, weekly: 0, monthly: 0, beforeRestoreDays: 30 } });
    await writeBackup(store, progress(1), 'auto');
    now += 60_000;
    fsSpy.folderSyncError = 'EIO';
    await expect(writeBackup(store, progress(2), 'auto')).rejects.toThrow('EIO');
    expect(fsSpy.log.filter((entry) => entry.startsWith('rm '))).toEqual([]);
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('refuses a backup over the size limit from its size, without reading a byte of it', async () => {
    const dir = await tempDir();
    const name = backupName(Date.UTC(2026, 0, 1), 'auto');
    await writeFile(join(dir, name), '{}');
    await truncate(join(dir, name), MAX_PROGRESS_FILE_BYTES + 1); // sparse: nothing on disk
    const store = createBackupStore(dir);
    const streams = backupStreams();
    expect(await streams.openRead(PAGE, store.pathOf(name))).toEqual({ status: 'too-large', bytes: MAX_PROGRESS_FILE_BYTES + 1 });
    expect(fsSpy.log).toEqual([`open ${name} r`]);
    expect(streams.openCount).toBe(0);

    // The same backup within the limit is read.
    await writeFile(join(dir, name), progress(3));
    fsSpy.log.length = 0;
    expect(await readBackup(store, name)).toBe(progress(3));
    expect(fsSpy.log).toContain(`read ${name}`);
  });

  it('sweeps the temp files of interrupted backups at start, and nothing else', async () => {
    const root = await tempDir();
    const dir = join(root, 'backups');
    await mkdir(dir);
    const good = backupName(Date.UTC(2026, 0, 1), 'auto');
    const interrupted = `${backupName(Date.UTC(2026, 0, 2), 'quit')}.tmp-00112233aabb`;
    const foreign = ['my-notes.json.tmp-00112233aabb', `${good}.tmp-short`, `${good}.bak`];
    for (const name of [good, interrupted, ...foreign]) await writeFile(join(dir, name), '{}');
    await mkdir(join(dir, `${good}.tmp-abcdefabcdef`)); // a folder: never ours

    expect(await createBackupStore(dir).sweep()).toEqual([interrupted]);
    expect((await readdir(dir)).sort()).toEqual([good, `${good}.tmp-abcdefabcdef`, ...foreign].sort());
    expect(await createBackupStore(join(root, 'missing')).sweep()).toEqual([]);
  });
});
