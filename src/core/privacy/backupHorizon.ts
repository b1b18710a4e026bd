/**
 * How long a backup made today may be kept by rotation (core/backups/retention.ts): the oldest
 * kept is a monthly one `monthly` months back, else a weekly one, else a daily one. An erasure
 * says so plainly: older backups keep the person's data until they rotate out.
 */
import { DEFAULT_RETENTION, type RetentionPolicy } from '../backups/retention';

export interface BackupHorizon {
  unit: 'months' | 'weeks' | 'days';
  count: number;
}

export function backupHorizon(policy: Partial<RetentionPolicy> | undefined): BackupHorizon {
  const { daily, weekly, monthly } = { ...DEFAULT_RETENTION, ...policy };
  if (monthly > 0) return { unit: 'months', count: monthly };
  if (weekly > 0) return { unit: 'weeks', count: weekly };
  return { unit: 'days', count: Math.max(daily, 1) };
}
