// Automatic backups in the app's data folder: exports the page sends (on quit, every 30
// minutes of study, before a restore), in chunks through file-streams.ts, which puts each in place
// whole and durably; only then are the old ones pruned by backupsToKeep. The main process
// cannot read IndexedDB; it keeps what the page gives it, after checking it is one of our
// progress files.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from '../renderer/core/progress-file';
import { backupsToKeep, BACKUP_RETENTION, type RetentionPolicy } from './backup-retention';
import type { EndsCheck, WriteTarget } from './file-streams';
import { sweepTempFiles } from './files';
import { BACKUP_NAME_PATTERN, type BackupInfo, type BackupReason } from '../renderer/core/contract/ipc';

export function backupName(createdAt: number, reason: BackupReason): string {
  // ISO 8601 in UTC with the colons and dot made file-name safe: names sort by time.
  return `mlops-flashcards-backup-${new Date(createdAt).toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

export function parseBackupName(name: string): { createdAt: number; reason: BackupReason } | undefined {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, ms, reason] = match;
  const createdAt = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms));
  return Number.isNaN(createdAt) ? undefined : { createdAt, reason: reason as BackupReason };
}

export interface BackupStore {
  readonly dir: string;
  /**
   * Where a new backup goes (named for now and `reason`), for file-streams.ts to write: refused on
   * commit unless it is one of our progress files; once in place, the old backups are pruned.
   */
  target(reason: BackupReason): Promise<WriteTarget<BackupInfo>>;
  /** Newest first. */
  list(): Promise<BackupInfo[]>;
  /** The path of one of our backups, for reading; nothing else can be named. */
  pathOf(name: string): string;
  /** Removes the temp files of backups a crash interrupted; run at start. */
  sweep(): Promise<string[]>;
}

export function createBackupStore(
  dir: string,
  options: { now?: () => number; policy?: RetentionPolicy } = {},
): BackupStore {
  const now = options.now ?? Date.now;
  const policy = options.policy ?? BACKUP_RETENTION;

  async function list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const parsed = parseBackupName(name);
      if (!parsed) continue; // Not ours: never listed, never deleted.
      const { size } = await stat(join(dir, name));
      infos.push({ name, bytes: size, ...parsed });
    }
    return infos.sort((a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : -1));
  }

  /** Pruning waits for the new backup to be on disk: a crash in between must never leave fewer good backups than before. */
  async function prune(written: string): Promise<void> {
    const all = await list();
    const keep = backupsToKeep(all, policy);
    // The backup just written always stays, whatever the clock says about its period.
    keep.add(written);
    await Promise.all(all.filter((b) => !keep.has(b.name)).map((b) => rm(join(dir, b.name), { force: true })));
  }

  return {
    dir,
    list,
    async target(reason) {
      await mkdir(dir, { recursive: true });
      const createdAt = now();
      const name = backupName(createdAt, reason);
      return {
        path: join(dir, name),
        check: PROGRESS_FILE_ENDS,
        async finish(bytes) {
          await prune(name);
          return { name, createdAt, bytes, reason };
        },
      };
    },
    pathOf(name) {
      if (!parseBackupName(name)) throw new Error('not a backup name');
      return join(dir, name);
    },
    sweep: () => sweepTempFiles(dir, (target) => parseBackupName(target) !== undefined),
  };
}

// serializeProgressFile writes `format` and `version` first (tests/unit/electron/backups.test.ts
// checks it on a real export), so the header sits in the first bytes of every file we keep.
const PROGRESS_HEADER = new RegExp(`^\\{\\s*"format"\\s*:\\s*${JSON.stringify(PROGRESS_FORMAT)}\\s*,\\s*"version"\\s*:\\s*([1-9]\\d{0,8})\\s*,`);

/**
 * A backup nobody can restore is worse than none, so anything but our progress format is refused.
 * Parsing the whole file to check it would freeze the main process, and with it every window
 * (1.4 s for the 182 MB of a million answers), and would need the whole file at once; the page
 * built it with the app's own serializer, and a restore validates it whole. So only the header
 * (format, and a version this app reads) and the closing brace (not cut short) are checked, from
 * the first and last bytes that went by, before the file is put in place.
 */
export const PROGRESS_FILE_ENDS: EndsCheck = {
  headBytes: 256,
  tailBytes: 64,
  run(head, tail) {
    const version = PROGRESS_HEADER.exec(head.toString('utf8'))?.[1];
    if (version === undefined || Number(version) > PROGRESS_VERSION) throw new Error('backup refused: not a progress file');
    if (!/\}\s*$/.test(tail.toString('utf8'))) throw new Error('backup refused: cut short');
  },
};
