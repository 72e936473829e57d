// Which automatic backups to keep: the newest of each of the last 12 days, 10 weeks and 9
// months that have one (the rule of restic's and borg's `--keep-daily/weekly/monthly`). Days,
// weeks and months are local calendar ones: "yesterday's backup" means what the learner means.
// A backup taken before a restore is the learner's way back from it, so it is kept for a month
// whatever backups come after it the same day.

export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  /** Days a `before-restore` backup is kept, counted back from the newest backup. */
  beforeRestoreDays: number;
}

export const BACKUP_RETENTION: RetentionPolicy = { daily: 12, weekly: 10, monthly: 9, beforeRestoreDays: 30 };

export interface DatedBackup {
  name: string;
  /** Epoch ms. */
  createdAt: number;
  reason?: string;
}

/** Names of the backups to keep; every other one may be deleted. */
export function backupsToKeep(backups: readonly DatedBackup[], policy: RetentionPolicy = BACKUP_RETENTION): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  const periods: [number, (time: number) => string][] = [
    [policy.daily, dayOf],
    [policy.weekly, weekOf],
    [policy.monthly, monthOf],
  ];
  for (const [count, periodOf] of periods) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (seen.size >= count) break;
      const period = periodOf(backup.createdAt);
      if (seen.has(period)) continue;
      seen.add(period);
      keep.add(backup.name);
    }
  }
  const newest = newestFirst[0]?.createdAt ?? 0;
  for (const backup of newestFirst) {
    if (backup.reason === 'before-restore' && newest - backup.createdAt <= policy.beforeRestoreDays * 86_400_000) keep.add(backup.name);
  }
  return keep;
}

function dayOf(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

function monthOf(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${d.getMonth() + 1}`;
}

/** ISO 8601 week (Monday first; week 1 holds the year's first Thursday), as `YYYY-Www`. */
export function weekOf(time: number): string {
  const d = new Date(time);
  const local = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = local.getUTCDay() || 7;
  local.setUTCDate(local.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(local.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((local.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${local.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
