import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupName, createBackupStore, parseBackupName } from '../../../electron/backups';
import { BACKUP_NAME_PATTERN } from '../../../renderer/core/contract/ipc';
import { readBackup, writeBackup } from './streamed';
import { buildProgressFile, serializeProgressFile } from '../../../renderer/core/progress-file';
import { testTempDir } from '../../fixtures/temp-dir';

const progress = (n: number) => JSON.stringify({ format: 'mlops-flashcards-progress', version: 1, n });
const tempDir = () => testTempDir('flashcards-backups-');

describe('backup store', () => {
  it('names backups by time and reason, and reads the names back', () => {
    const at = Date.UTC(2026, 10, 25, 12, 30, 5, 42);
    const name = backupName(at, 'before-restore');
    expect(name).toBe('mlops-flashcards-backup-2026-11-25T12-30-05-042Z-before-restore.json');
    expect(BACKUP_NAME_PATTERN.test(name)).toBe(true);
    expect(parseBackupName(name)).toEqual({ createdAt: at, reason: 'before-restore' });
    expect(parseBackupName('notes.txt')).toBeUndefined();
  });

  it('writes, lists newest first, reads back, and prunes to the retention policy', async () => {
    const dir = join(await tempDir(), 'backups');
    let now = new Date(2026, 0, 1, 10).getTime();
    const store = createBackupStore(dir, { now: () => now });
    // Two backups a day for 60 days.
    for (let i = 0; i < 120; i++) {
      await writeBackup(store, progress(i), i % 2 ? 'quit' : 'auto');
      now += 12 * 3_600_000;
    }
    const list = await store.list();
    expect(list.length).toBeLessThanOrEqual(31);
    expect(list.length).toBeGreaterThan(12);
    expect(list.map((b) => b.createdAt)).toEqual([...list.map((b) => b.createdAt)].sort((a, b) => b - a));
    expect(await readBackup(store, list[0]!.name)).toBe(progress(119));
    expect(list[0]).toMatchObject({ reason: 'quit', bytes: progress(119).length });
  });

  it('never lists or deletes files that are not its own', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'my-notes.json'), 'keep me');
    const store = createBackupStore(dir, { now: () => Date.now(), policy: { daily: 1, weekly: 0, monthly: 0, beforeRestoreDays: 30 } });
    await writeBackup(store, progress(1), 'manual');
    await writeBackup(store, progress(2), 'manual');
    expect((await readdir(dir)).sort()).toEqual([(await store.list())[0]!.name, 'my-notes.json'].sort());
    expect(await readFile(join(dir, 'my-notes.json'), 'utf8')).toBe('keep me');
  });

  it('refuses to keep anything but a progress file, and to read outside its folder', async () => {
    const dir = await tempDir();
    const store = createBackupStore(dir);
    await expect(writeBackup(store, 'not json', 'auto')).rejects.toThrow('not a progress file');
    await expect(writeBackup(store, '{"format":"other"}', 'auto')).rejects.toThrow('not a progress file');
    await expect(writeBackup(store, '{"format":"mlops-flashcards-progress","reviews":[]}', 'auto')).rejects.toThrow('not a progress file');
    await expect(writeBackup(store, progress(1).replace('"version":1', '"version":3'), 'auto')).rejects.toThrow('not a progress file');
    await expect(writeBackup(store, progress(1).slice(0, -1), 'auto')).rejects.toThrow('cut short');
    expect(() => store.pathOf('../secret.json')).toThrow('not a backup name');
    // Refused on commit: no backup, and no temp file left behind either.
    expect(await readdir(dir)).toEqual([]);
  });

  it("keeps the app's own export, checked from its header and end without parsing it", async () => {
    const file = await buildProgressFile({
      appVersion: '0.1.0',
      deviceId: 'device-a',
      now: Date.UTC(2026, 0, 1),
      reviews: [{ id: 'mifyq0w00-abcdefghijkl', cardId: 'basics/what-is-mlops', rating: 3, reviewedAt: Date.UTC(2026, 0, 1), durationMs: 5000, deviceId: 'device-a' }],
    });
    const text = serializeProgressFile(file);
    const store = createBackupStore(await tempDir());
    const parse = vi.spyOn(JSON, 'parse');
    const info = await writeBackup(store, text, 'manual');
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(await readBackup(store, info.name)).toBe(text);
  });

  it('counts a backup in bytes, as it weighs on disk', async () => {
    const text = progress(1).replace('}', ',"note":"implantação"}');
    const info = await writeBackup(createBackupStore(await tempDir()), text, 'manual');
    expect(info.bytes).toBe(Buffer.byteLength(text));
    expect(info.bytes).toBeGreaterThan(text.length);
  });

  it('lists nothing before the first backup', async () => {
    expect(await createBackupStore(join(await tempDir(), 'missing')).list()).toEqual([]);
  });
});

describe('the backup taken before a restore', () => {
  it('is still there after the quit backup of the same day', async () => {
    const dir = await tempDir();
    let now = Date.UTC(2026, 2, 10, 12);
    const store = createBackupStore(dir, { now: () => now, policy: { daily: 1, weekly: 0, monthly: 0, beforeRestoreDays: 30 } });
    await writeBackup(store, progress(5), 'before-restore');
    now += 3_600_000;
    await writeBackup(store, progress(6), 'quit');
    expect((await store.list()).map((b) => b.reason).sort()).toEqual(['before-restore', 'quit']);
  });
});
