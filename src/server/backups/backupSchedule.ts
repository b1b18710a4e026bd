/**
 * Backups as a job of the document's scheduler (scheduler/scheduledJobs.ts): the scheduled
 * backup starts at the first firing in or after its hour, in the spreadsheet's time zone; a
 * backup too large for one execution, however it was started, goes on one step per hourly
 * firing until it is done. Each step runs under a lock, so that the sidebar and the trigger
 * never copy the same rows twice.
 */
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Settings } from '../../core/settings';
import type { ActionContext } from '../actionContext';
import type { ScheduledJob } from '../scheduler/scheduledJobs';
import { backupStep, DEFAULT_LIMITS, type BackupLimits, type BackupProgress } from './backupRun';
import { BackupStore, type BackupReason, type BackupRecord } from './backupStore';

export type BackupSchedule = NonNullable<Settings['backupSchedule']>;

/**
 * One step under the user's lock. (Not the document lock: a step may hold it for minutes, and
 * cleaning and merging wait for that lock only 30 seconds.) Null when another step is running.
 */
function lockedStep(context: ActionContext, store: BackupStore, reason: BackupReason, limits: BackupLimits): BackupProgress | null {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(1000)) return null;
  try {
    return backupStep(context, store, reason, new Date(), limits);
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
 * One step of the backup in progress, or of a new one for `reason`; what it got to. While a
 * restore is in progress there is none (done, with no record): a copy of half-restored sheets
 * would be no backup, and the restore's own first backup is the restore's to go on with.
 */
export function backupStepNow(context: ActionContext, reason: BackupReason, limits: BackupLimits): BackupProgress {
  const store = BackupStore.open();
  if (store.restoreJob()) return { done: true, record: null, rowsDone: 0, rowsTotal: 0 };
  return lockedStep(context, store, reason, limits) ?? busy(store);
}

/**
 * The scheduler's backup step: the waiting step, or the scheduled backup at its hour (skipped
 * while a restore is in progress). A failure mails the user whose trigger this is once, until a
 * backup is good again.
 */
export function runScheduledBackup(context: ActionContext, limits: BackupLimits = DEFAULT_LIMITS): BackupProgress {
  const progress = backupStepNow(context, 'scheduled', limits);
  if (!progress.done || !progress.record) return progress;
  const store = BackupStore.open();
  const record = progress.record;
  if (record.status === 'good') store.saveFailureMailed(null);
  else if (store.failureMailed() === null) {
    mailFailure(context, record);
    store.saveFailureMailed(record.id);
  }
  return progress;
}

/** To the user whose trigger this is: triggers run as the user who installed them. */
function mailFailure(context: ActionContext, record: BackupRecord): void {
  const name = context.spreadsheet.getName();
  const date = Utilities.formatDate(new Date(record.at), context.spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
  MailApp.sendEmail(
    Session.getEffectiveUser().getEmail(),
    formatMessage(context.text.backupMailSubject, { name }),
    formatMessage(context.text.backupMailBody, { name, date, message: record.message }),
  );
}

export const backupJob: ScheduledJob = {
  id: 'backup',
  schedule: (settings) => settings.backupSchedule ?? null,
  stepWaiting: (properties) => BackupStore.jobWaitingIn(properties),
  run: (context) => void runScheduledBackup(context),
};
