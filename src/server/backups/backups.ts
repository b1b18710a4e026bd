/** The backup actions behind the menu and the sidebar's Backups panel; the scheduler runs backupSchedule.ts. */
import type { SheetDiff } from '../../core/backups/restoreDiff';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Messages } from '../../core/i18n/messages';
import type { ActionContext } from '../actionContext';
import { withRefusal } from '../documentTriggers';
import { updateScheduler } from '../scheduler/scheduler';
import { DEFAULT_LIMITS, type BackupLimits, type BackupProgress } from './backupRun';
import { backupStepNow, type BackupSchedule } from './backupSchedule';
import { loadManifest, previewSheet, verifyBackup, DamagedBackupError } from './backupRestore';
import { stepBudget } from '../../core/stepBudget';
import { BACKUP_FOLDER_NAME, BackupStore, type BackupRecord, type RestoreJob } from './backupStore';
import { restoreStep, type RestoreMode, type RestoreProgress } from './restoreRun';

export interface BackupsPanel {
  backups: BackupRecord[];
  schedule: BackupSchedule | null;
  /** The newest failed scheduled backup after the newest good one, for the panel to show. */
  lastFailure: BackupRecord | null;
  folder: string;
  timeZone: string;
  /** The restore in progress, for the panel to offer to go on with it. */
  restoring: Pick<RestoreJob, 'backupId' | 'mode'> | null;
}

export function backupsPanel(context: ActionContext): BackupsPanel {
  const store = BackupStore.open();
  const backups = store.records();
  const newestGood = backups.find((b) => b.status === 'good');
  const lastFailure = backups.find((b) => b.status !== 'good' && b.reason === 'scheduled' && (!newestGood || b.at > newestGood.at)) ?? null;
  const restoreJob = store.restoreJob();
  const restoring = restoreJob ? { backupId: restoreJob.backupId, mode: restoreJob.mode } : null;
  return { backups, schedule: context.settings.backupSchedule ?? null, lastFailure, folder: BACKUP_FOLDER_NAME, timeZone: context.spreadsheet.getSpreadsheetTimeZone(), restoring };
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
  const record = progress.record;
  if (!record) return text.backupWaitsForRestore;
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

function recordOrThrow(text: Messages, store: BackupStore, id: string): BackupRecord {
  const record = store.record(id);
  if (!record) throw new Error(formatMessage(text.errorBackupNotFound, { id }));
  return record;
}

export function verify(context: ActionContext, id: string): string {
  const store = BackupStore.open();
  const result = verifyBackup(context.text, store, recordOrThrow(context.text, store, id));
  return result.ok ? context.text.backupVerified : formatMessage(context.text.backupCorrupted, { message: result.message });
}

/** What restoring would change, sheet by sheet, as far as one step got; `next` is the sheet to go on from (null: all compared). */
export interface RestorePreview {
  sheets: SheetDiff[];
  next: number | null;
  total: number;
}

/**
 * One step of the preview, from the backup's sheet `from` on: sheets are compared (their parts
 * read and checked, the current sheet read) while the next one is expected to end within the
 * step's budget; the sidebar calls again from `next`. At 100,000 customers the whole comparison
 * reads millions of cells, more than one execution should hold.
 */
export function previewRestore(context: ActionContext, id: string, from = 0, limits: BackupLimits = DEFAULT_LIMITS): RestorePreview | { error: string } {
  const store = BackupStore.open();
  try {
    const manifest = loadManifest(context.text, recordOrThrow(context.text, store, id));
    const budget = stepBudget(limits.stepBudgetMs, () => Date.now());
    const sheets: SheetDiff[] = [];
    let index = from;
    for (; index < manifest.sheets.length && sheets.length < limits.partsPerStep && budget.roomForAnother(); index += 1) {
      sheets.push(previewSheet(context.text, context.spreadsheet, manifest, manifest.sheets[index]!.name));
      budget.unitDone();
    }
    return { sheets, next: index < manifest.sheets.length ? index : null, total: manifest.sheets.length };
  } catch (error) {
    if (error instanceof DamagedBackupError) return { error: formatMessage(context.text.backupCorrupted, { message: error.message }) };
    throw error;
  }
}

/**
 * One step of a restore into new tabs, or over the current sheets after backing them up (nothing
 * is replaced when that backup is not good: the current data is never overwritten without a
 * copy). The sidebar calls again until done; a restore left half done is finished by the
 * scheduler, which is installed while it waits, as for a long backup.
 */
export function restore(context: ActionContext, id: string, mode: RestoreMode, limits: BackupLimits = DEFAULT_LIMITS): RestoreProgress {
  const progress = restoreStep(context, { id, mode }, limits);
  updateScheduler(context);
  return progress;
}
