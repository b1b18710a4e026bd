/** The backup actions behind the menu and the sidebar's Backups panel; the scheduler runs backupSchedule.ts. */
import { AUDIT_SHEET } from '../../core/audit/auditRecords';
import { isNameOf } from '../../core/i18n/sheetNames';
import { appendAudit, type AuditEntry } from '../audit/auditLog';
import type { SheetDiff } from '../../core/backups/restoreDiff';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { ActionContext } from '../actionContext';
import { withRefusal } from '../documentTriggers';
import { updateScheduler } from '../scheduler/scheduler';
import { backupStep, DEFAULT_LIMITS, type BackupLimits, type BackupProgress } from './backupRun';
import { backupStepNow, type BackupSchedule } from './backupSchedule';
import { loadBackup, restoreIntoNewTabs, restorePreview, restoreReplacing, verifyBackup, DamagedBackupError, type LoadedBackup } from './backupRestore';
import { BACKUP_FOLDER_NAME, BackupStore, type BackupRecord } from './backupStore';

export interface BackupsPanel {
  backups: BackupRecord[];
  schedule: BackupSchedule | null;
  /** The newest failed scheduled backup after the newest good one, for the panel to show. */
  lastFailure: BackupRecord | null;
  folder: string;
  timeZone: string;
}

export function backupsPanel(context: ActionContext): BackupsPanel {
  const backups = BackupStore.open().records();
  const newestGood = backups.find((b) => b.status === 'good');
  const lastFailure = backups.find((b) => b.status !== 'good' && b.reason === 'scheduled' && (!newestGood || b.at > newestGood.at)) ?? null;
  return { backups, schedule: context.settings.backupSchedule ?? null, lastFailure, folder: BACKUP_FOLDER_NAME, timeZone: context.spreadsheet.getSpreadsheetTimeZone() };
}

/**
 * Back up now (or go on with the backup in progress): one step; the sidebar calls again until
 * done. A backup left half done (started from the menu, or the sidebar closed) is finished by
 * the scheduler, one step an hour: it is installed while the backup waits, and goes after.
 */
export function backUpNow(context: ActionContext, limits: BackupLimits = DEFAULT_LIMITS): BackupProgress {
  const progress = backupStepNow(context, 'manual', limits);
  // In a test deployment no trigger can be made: the sidebar still finishes the backup while it is open.
  updateScheduler(context);
  return progress;
}

export function progressMessage(context: ActionContext, progress: BackupProgress): string {
  const { text } = context;
  if (!progress.done) return formatMessage(text.backupInProgress, { done: progress.rowsDone, total: progress.rowsTotal });
  const record = progress.record!;
  return record.status === 'good' ? formatMessage(text.backupDone, { rows: progress.rowsTotal }) : formatMessage(text.backupFailed, { message: record.message });
}

/** Daily or weekly at an hour, or none: saved only once the scheduler is there to run it. */
export function saveSchedule(context: ActionContext, schedule: BackupSchedule | null): string {
  const settings = { ...context.settings };
  if (schedule) settings.backupSchedule = schedule;
  else delete settings.backupSchedule;
  const scheduler = updateScheduler({ ...context, settings }, 'backup');
  if (!scheduler.installed) return withRefusal(context.text, '', scheduler, 'deployScheduleRefused');
  context.store.saveSettings(settings);
  return context.text.backupScheduleSaved;
}

function recordOrThrow(store: BackupStore, id: string): BackupRecord {
  const record = store.record(id);
  if (!record) throw new Error(`No backup with id ${id}.`);
  return record;
}

export function verify(context: ActionContext, id: string): string {
  const store = BackupStore.open();
  const result = verifyBackup(store, recordOrThrow(store, id));
  return result.ok ? context.text.backupVerified : formatMessage(context.text.backupCorrupted, { message: result.message });
}

export function previewRestore(context: ActionContext, id: string): SheetDiff[] | { error: string } {
  const store = BackupStore.open();
  try {
    return restorePreview(context.spreadsheet, loadBackup(recordOrThrow(store, id)));
  } catch (error) {
    if (error instanceof DamagedBackupError) return { error: formatMessage(context.text.backupCorrupted, { message: error.message }) };
    throw error;
  }
}

/**
 * Restores into new tabs, or over the current sheets after backing them up (refused when that
 * backup is not good: the current data is never overwritten without a copy).
 */
export function restore(context: ActionContext, id: string, mode: 'newTabs' | 'replace', limits: BackupLimits = DEFAULT_LIMITS): string {
  const store = BackupStore.open();
  const record = recordOrThrow(store, id);
  let backup;
  try {
    backup = loadBackup(record);
  } catch (error) {
    if (error instanceof DamagedBackupError) return formatMessage(context.text.backupCorrupted, { message: error.message });
    throw error;
  }
  if (mode === 'newTabs') {
    const sheets = restoreIntoNewTabs(context.spreadsheet, backup, record.day);
    appendAudit(context.spreadsheet, [restoreAudit(backup, record.day, 'new tabs')]);
    return formatMessage(context.text.backupRestoredNewTabs, { sheets: sheets.join(', ') });
  }
  const before = backupStep(context.spreadsheet, BackupStore.open(), context.settings, 'beforeRestore', new Date(), { ...limits, partsPerStep: Number.POSITIVE_INFINITY });
  if (!before.done || before.record?.status !== 'good') {
    return formatMessage(context.text.backupFailed, { message: before.record?.message ?? 'The current data could not be backed up in one go.' });
  }
  const count = restoreReplacing(context.spreadsheet, backup);
  appendAudit(context.spreadsheet, [restoreAudit(backup, record.day, 'replaced')]);
  return formatMessage(context.text.backupRestoredReplace, { count });
}

/** A restore concerns every customer of the backup: the log says which backup, how, and how many cells, not who. */
function restoreAudit(backup: LoadedBackup, day: string, how: string): AuditEntry {
  const sheets = backup.manifest.sheets.filter((sheet) => !isNameOf(AUDIT_SHEET, sheet.name));
  return {
    action: 'restore',
    customerIds: [],
    cells: sheets.reduce((sum, sheet) => sum + sheet.rows * sheet.columns, 0),
    detail: `backup of ${day}, ${sheets.length} sheets, ${how}`,
  };
}
