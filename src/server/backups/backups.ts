/** The backup actions behind the menu, the sidebar's Backups panel and the scheduled trigger. */
import { AUDIT_SHEET } from '../../core/audit/auditRecords';
import { appendAudit, type AuditEntry } from '../audit/auditLog';
import type { SheetDiff } from '../../core/backups/restoreDiff';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { ActionContext } from '../actionContext';
import { backupStep, DEFAULT_LIMITS, type BackupLimits, type BackupProgress } from './backupRun';
import { installSchedule, deleteTrigger, scheduleResume, type BackupSchedule } from './backupSchedule';
import { loadBackup, restoreIntoNewTabs, restorePreview, restoreReplacing, verifyBackup, DamagedBackupError, type LoadedBackup } from './backupRestore';
import { BACKUP_FOLDER_NAME, BackupStore, type BackupReason, type BackupRecord } from './backupStore';

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
 * One step under the user's lock, so that the sidebar and the user's own trigger never copy
 * the same rows twice. (Not the document lock: a step may hold it for minutes, and cleaning
 * and merging wait for that lock only 30 seconds.) Null when another step is running.
 */
function lockedStep(context: ActionContext, store: BackupStore, reason: BackupReason, limits: BackupLimits): BackupProgress | null {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(1000)) return null;
  try {
    return backupStep(context.spreadsheet, store, context.settings, reason, new Date(), limits);
  } finally {
    lock.releaseLock();
  }
}

function busy(store: BackupStore): BackupProgress {
  const job = store.job();
  const total = job ? job.sheets.reduce((sum, s) => sum + s.rows, 0) : 0;
  return { done: false, record: null, rowsDone: 0, rowsTotal: total };
}

/**
 * One step of the resumable backup: the waiting resume trigger is taken down first, and set
 * again when the backup is not done, so a backup started from the menu, or from a sidebar
 * closed half way, still finishes.
 */
function stepWithResume(context: ActionContext, reason: BackupReason, limits: BackupLimits): BackupProgress {
  const store = BackupStore.open();
  const waiting = store.job()?.resumeTriggerId;
  if (waiting) deleteTrigger(waiting);
  const progress = lockedStep(context, store, reason, limits) ?? busy(store);
  const job = store.job();
  if (!progress.done && job) store.saveJob({ ...job, resumeTriggerId: scheduleResume() });
  return progress;
}

/** Back up now (or go on with the backup in progress): one step; the sidebar calls again until done. */
export function backUpNow(context: ActionContext, limits: BackupLimits = DEFAULT_LIMITS): BackupProgress {
  return stepWithResume(context, 'manual', limits);
}

export function progressMessage(context: ActionContext, progress: BackupProgress): string {
  const { text } = context;
  if (!progress.done) return formatMessage(text.backupInProgress, { done: progress.rowsDone, total: progress.rowsTotal });
  const record = progress.record!;
  return record.status === 'good' ? formatMessage(text.backupDone, { rows: progress.rowsTotal }) : formatMessage(text.backupFailed, { message: record.message });
}

/**
 * The time-driven trigger: one step of the scheduled backup; when it could not finish, a
 * one-off trigger resumes it. A failure mails the owner once, until a backup is good again.
 */
export function runScheduled(context: ActionContext, limits: BackupLimits = DEFAULT_LIMITS): BackupProgress {
  const progress = stepWithResume(context, 'scheduled', limits);
  if (!progress.done) return progress;
  const store = BackupStore.open();
  const record = progress.record!;
  if (record.status === 'good') store.saveFailureMailed(null);
  else if (store.failureMailed() === null) {
    mailFailure(context, record);
    store.saveFailureMailed(record.id);
  }
  return progress;
}

/** To the user whose trigger this is: triggers run as the user who set the schedule. */
function mailFailure(context: ActionContext, record: BackupRecord): void {
  const name = context.spreadsheet.getName();
  const date = Utilities.formatDate(new Date(record.at), context.spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
  MailApp.sendEmail(
    Session.getEffectiveUser().getEmail(),
    formatMessage(context.text.backupMailSubject, { name }),
    formatMessage(context.text.backupMailBody, { name, date, message: record.message }),
  );
}

export function saveSchedule(context: ActionContext, schedule: BackupSchedule | null): void {
  installSchedule(schedule);
  const settings = { ...context.settings };
  if (schedule) settings.backupSchedule = schedule;
  else delete settings.backupSchedule;
  context.store.saveSettings(settings);
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
  const sheets = backup.manifest.sheets.filter((sheet) => sheet.name !== AUDIT_SHEET);
  return {
    action: 'restore',
    customerIds: [],
    cells: sheets.reduce((sum, sheet) => sum + sheet.rows * sheet.columns, 0),
    detail: `backup of ${day}, ${sheets.length} sheets, ${how}`,
  };
}
