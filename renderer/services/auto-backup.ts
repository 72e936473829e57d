// Automatic backups while studying: after an answer, at most once every 30 minutes. The quit
// backup and the retention live in the main process (electron/quit-backup.ts, backups.ts).
import type { BackupHost } from '../host/host';

export const AUTO_BACKUP_INTERVAL_MS = 30 * 60 * 1000;

export function isAutoBackupDue(lastBackupAt: number | undefined, now: number): boolean {
  return lastBackupAt === undefined || now - lastBackupAt >= AUTO_BACKUP_INTERVAL_MS;
}

export interface AutoBackup {
  /** Backs up if the last backup is 30 minutes old; resolves to whether it wrote one. */
  afterAnswer(): Promise<boolean>;
}

export function createAutoBackup(options: {
  backups: BackupHost;
  /** The export to keep, or null when there is nothing to keep. */
  contents: () => Promise<Blob | null>;
  now?: () => number;
}): AutoBackup {
  const now = options.now ?? Date.now;
  let lastAt: number | undefined;
  let known = false;
  let running = false;
  return {
    async afterAnswer() {
      if (running) return false;
      running = true;
      try {
        // The newest backup on disk counts, so restarting the app does not restart the clock.
        if (!known) {
          lastAt = (await options.backups.list())[0]?.createdAt;
          known = true;
        }
        if (!isAutoBackupDue(lastAt, now())) return false;
        const contents = await options.contents();
        if (contents === null) return false;
        lastAt = (await options.backups.write(contents, 'auto')).createdAt;
        return true;
      } finally {
        running = false;
      }
    },
  };
}
