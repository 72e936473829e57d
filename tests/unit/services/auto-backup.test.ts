import { describe, expect, it, vi } from 'vitest';
import type { BackupHost, BackupInfo } from '../../../renderer/host/host';
import { AUTO_BACKUP_INTERVAL_MS, createAutoBackup, isAutoBackupDue } from '../../../renderer/services/auto-backup';

function fakeBackups(existing: BackupInfo[] = []) {
  const written: { contents: string; reason: string }[] = [];
  let clock = 0;
  const host: BackupHost = {
    list: vi.fn(async () => existing),
    write: vi.fn(async (contents, reason) => {
      written.push({ contents: await contents.text(), reason });
      return { name: `b${written.length}`, createdAt: clock, bytes: contents.size, reason };
    }),
    read: async () => new Blob([]),
    onQuit: () => undefined,
  };
  return { host, written, setClock: (t: number) => (clock = t) };
}

describe('automatic backups while studying', () => {
  it('is due every 30 minutes', () => {
    expect(isAutoBackupDue(undefined, 0)).toBe(true);
    expect(isAutoBackupDue(0, AUTO_BACKUP_INTERVAL_MS - 1)).toBe(false);
    expect(isAutoBackupDue(0, AUTO_BACKUP_INTERVAL_MS)).toBe(true);
  });

  it('backs up after an answer at most once every 30 minutes, counting the backups on disk', async () => {
    const start = Date.UTC(2026, 10, 25, 9);
    const { host, written, setClock } = fakeBackups([{ name: 'quit', createdAt: start - 10 * 60_000, bytes: 1, reason: 'quit' }]);
    let now = start;
    const auto = createAutoBackup({ backups: host, contents: async () => new Blob(['export']), now: () => now });
    expect(await auto.afterAnswer()).toBe(false); // the quit backup is 10 minutes old
    now = start + 20 * 60_000;
    setClock(now);
    expect(await auto.afterAnswer()).toBe(true);
    now += 29 * 60_000;
    expect(await auto.afterAnswer()).toBe(false);
    now += 60_000;
    setClock(now);
    expect(await auto.afterAnswer()).toBe(true);
    expect(written).toEqual([{ contents: 'export', reason: 'auto' }, { contents: 'export', reason: 'auto' }]);
    expect(host.list).toHaveBeenCalledTimes(1);
  });

  it('writes nothing when there is nothing to keep', async () => {
    const { host, written } = fakeBackups();
    const auto = createAutoBackup({ backups: host, contents: async () => null });
    expect(await auto.afterAnswer()).toBe(false);
    expect(written).toEqual([]);
  });
});
