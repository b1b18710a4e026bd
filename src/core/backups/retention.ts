/**
 * Which backups to delete: grandfather-father-son rotation. Among the good backups, the newest
 * of each of the last `daily` days that have one is kept, the newest of each of the last
 * `weekly` ISO weeks (Monday to Sunday) and of each of the last `monthly` calendar months. The
 * newest good backup is always kept. A backup that is not good (failed, unverified) is never
 * counted as a backup: it is deleted once a good one exists after it. When the run that
 * triggered the rotation did not produce a good backup, nothing is deleted at all.
 */

export type BackupStatus = 'good' | 'failed' | 'unverified' | 'running';

export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface DatedBackup {
  id: string;
  /** The calendar day in the spreadsheet's time zone, YYYY-MM-DD. */
  day: string;
  /** When it was made, for ordering within a day. */
  at: number;
  status: BackupStatus;
}

/** ISO 8601 week of a YYYY-MM-DD day, as "YYYY-Www". */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const weekYear = date.getUTCFullYear();
  // The week holding the year's first Thursday is week 1; `date` is now that week's Thursday.
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** The newest backup of each of the `count` newest buckets. `newestFirst` is sorted newest first. */
function newestPerBucket(newestFirst: readonly DatedBackup[], bucket: (b: DatedBackup) => string, count: number): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const backup of newestFirst) {
    const key = bucket(backup);
    if (seen.has(key)) continue;
    if (seen.size >= count) break;
    seen.add(key);
    kept.push(backup.id);
  }
  return kept;
}

export function backupsToKeep(backups: readonly DatedBackup[], policy: RetentionPolicy): Set<string> {
  const good = backups.filter((b) => b.status === 'good').sort((a, b) => b.at - a.at);
  const keep = new Set<string>();
  if (good[0]) keep.add(good[0].id);
  for (const id of newestPerBucket(good, (b) => b.day, policy.daily)) keep.add(id);
  for (const id of newestPerBucket(good, (b) => isoWeek(b.day), policy.weekly)) keep.add(id);
  for (const id of newestPerBucket(good, (b) => b.day.slice(0, 7), policy.monthly)) keep.add(id);
  return keep;
}

/** The ids to delete after a run whose own backup is `current`. A running backup is never touched. */
export function backupsToDelete(backups: readonly DatedBackup[], current: DatedBackup, policy: RetentionPolicy): string[] {
  if (current.status !== 'good') return [];
  const keep = backupsToKeep(backups, policy);
  return backups.filter((b) => !keep.has(b.id) && b.status !== 'running').sort((a, b) => a.at - b.at).map((b) => b.id);
}
