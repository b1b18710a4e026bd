/**
 * Where backups are recorded: one document property per backup (a property holds at most
 * 9 KB, so a list of them all in one would not do), the backup in progress and its parts one
 * property each, the restore in progress, and the Drive folder's id. Read once per execution with getProperties().
 */
import type { ManifestPart, ManifestSheet } from '../../core/backups/backupFormat';
import type { BackupStatus } from '../../core/backups/retention';
import { compareCodeUnits } from '../../core/codeUnitOrder';

const RECORD_PREFIX = 'clientele.backup.';
const JOB_PROPERTY = 'clientele.backupJob';
const JOB_PART_PREFIX = 'clientele.backupJobPart.';
const RESTORE_JOB_PROPERTY = 'clientele.restoreJob';
const FOLDER_PROPERTY = 'clientele.backupFolder';
const FAILURE_MAILED_PROPERTY = 'clientele.backupFailureMailed';

export const BACKUP_FOLDER_NAME = 'Clientele backups';

export type BackupReason = 'manual' | 'scheduled' | 'beforeRestore';

export interface BackupRecord {
  id: string;
  /** ISO instant it was started. */
  at: string;
  /** Calendar day in the spreadsheet's time zone, for rotation. */
  day: string;
  reason: BackupReason;
  status: BackupStatus;
  /** Why it failed or is unverified; empty when good. */
  message: string;
  manifestId: string | null;
  fileIds: string[];
  bytes: number;
  rows: Record<string, number>;
  checksum: string;
}

export interface BackupJob {
  id: string;
  at: string;
  day: string;
  reason: BackupReason;
  folderId: string;
  sheets: ManifestSheet[];
  sheetIndex: number;
  /** Next sheet row to copy, 1-based. */
  nextRow: number;
  partCount: number;
  bytes: number;
}

/** A backed-up sheet a restore writes, and the tab it goes to (named when the tabs are made). */
export interface RestoreTarget {
  sheet: string;
  tab: string;
  rows: number;
  columns: number;
}

/**
 * A restore in progress: replacing first backs up the current data (phase `backup`), then every
 * part to restore is read and checked (`check`), then written (`write`), one part after another,
 * in as many steps as it takes.
 */
export interface RestoreJob {
  backupId: string;
  mode: 'newTabs' | 'replace';
  phase: 'backup' | 'check' | 'write';
  targets: RestoreTarget[];
  /** Whether the target sheets were made (new tabs) or emptied (replace). */
  prepared: boolean;
  /** The next part of the manifest to check or write. */
  partIndex: number;
  /** Rows checked or written so far in this phase, of `rowsTotal` (for the progress line). */
  rowsDone: number;
  rowsTotal: number;
}

export class BackupStore {
  private constructor(private readonly properties: GoogleAppsScript.Properties.Properties, private readonly stored: Record<string, string>) {}

  static open(): BackupStore {
    const properties = PropertiesService.getDocumentProperties();
    return new BackupStore(properties, properties.getProperties());
  }

  records(): BackupRecord[] {
    return Object.entries(this.stored)
      .filter(([key]) => key.startsWith(RECORD_PREFIX))
      .map(([, value]) => JSON.parse(value) as BackupRecord)
      .sort((a, b) => compareCodeUnits(b.at, a.at));
  }

  record(id: string): BackupRecord | null {
    const raw = this.stored[RECORD_PREFIX + id];
    return raw ? (JSON.parse(raw) as BackupRecord) : null;
  }

  saveRecord(record: BackupRecord): void {
    this.write(RECORD_PREFIX + record.id, JSON.stringify(record));
  }

  deleteRecord(id: string): void {
    this.remove(RECORD_PREFIX + id);
  }

  /**
   * Whether a backup is half done, in a getProperties() snapshot (the scheduler reads them all at
   * once). The backup a restore makes first is the restore's to go on with, not the backup job's.
   */
  static jobWaitingIn(properties: Readonly<Record<string, string>>): boolean {
    const raw = properties[JOB_PROPERTY];
    return raw !== undefined && (JSON.parse(raw) as BackupJob).reason !== 'beforeRestore';
  }

  static restoreWaitingIn(properties: Readonly<Record<string, string>>): boolean {
    return properties[RESTORE_JOB_PROPERTY] !== undefined;
  }

  restoreJob(): RestoreJob | null {
    const raw = this.stored[RESTORE_JOB_PROPERTY];
    return raw ? (JSON.parse(raw) as RestoreJob) : null;
  }

  saveRestoreJob(job: RestoreJob): void {
    this.write(RESTORE_JOB_PROPERTY, JSON.stringify(job));
  }

  clearRestoreJob(): void {
    if (this.stored[RESTORE_JOB_PROPERTY] !== undefined) this.remove(RESTORE_JOB_PROPERTY);
  }

  job(): BackupJob | null {
    const raw = this.stored[JOB_PROPERTY];
    return raw ? (JSON.parse(raw) as BackupJob) : null;
  }

  saveJob(job: BackupJob): void {
    this.write(JOB_PROPERTY, JSON.stringify(job));
  }

  jobParts(job: BackupJob): ManifestPart[] {
    return Array.from({ length: job.partCount }, (_, i) => JSON.parse(this.stored[JOB_PART_PREFIX + i]!) as ManifestPart);
  }

  saveJobPart(index: number, part: ManifestPart): void {
    this.write(JOB_PART_PREFIX + index, JSON.stringify(part));
  }

  clearJob(): void {
    const keys = Object.keys(this.stored).filter((key) => key === JOB_PROPERTY || key.startsWith(JOB_PART_PREFIX));
    for (const key of keys) this.remove(key);
  }

  folderId(): string | null {
    return this.stored[FOLDER_PROPERTY] ?? null;
  }

  saveFolderId(id: string): void {
    this.write(FOLDER_PROPERTY, id);
  }

  /** The failed backup the owner was last mailed about; cleared by the next good backup. */
  failureMailed(): string | null {
    return this.stored[FAILURE_MAILED_PROPERTY] ?? null;
  }

  saveFailureMailed(id: string | null): void {
    if (id === null) {
      if (this.stored[FAILURE_MAILED_PROPERTY] !== undefined) this.remove(FAILURE_MAILED_PROPERTY);
    } else this.write(FAILURE_MAILED_PROPERTY, id);
  }

  private write(key: string, value: string): void {
    this.properties.setProperty(key, value);
    this.stored[key] = value;
  }

  private remove(key: string): void {
    this.properties.deleteProperty(key);
    delete this.stored[key];
  }
}
