/**
 * Restoring a backup, in steps that each fit an execution (100,000 customers are millions of
 * cells to write, far more than one execution's 6 minutes allow). Replacing backs up the current
 * data first; then every part to restore is read and checked against its checksum, so that a
 * damaged backup is never restored, not even in part; then the parts are written, one after
 * another while the step's budget lasts. Where it got to is kept in the document properties:
 * the sidebar calls again until done, and a restore left half done goes on at the document
 * scheduler's next firing, a step an hour, like a long backup.
 */
import { AUDIT_SHEET } from '../../core/audit/auditRecords';
import { isNameOf } from '../../core/i18n/sheetNames';
import type { BackupManifest, ManifestPart } from '../../core/backups/backupFormat';
import { freeSheetName } from '../../core/customerSheetSetup';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Messages } from '../../core/i18n/messages';
import { stepBudget, type StepBudget } from '../../core/stepBudget';
import type { ActionContext } from '../actionContext';
import { appendAudit, type AuditEntry } from '../audit/auditLog';
import type { ScheduledJob } from '../scheduler/scheduledJobs';
import { readManifest } from './backupDrive';
import { cellsInUse, loadManifest, NEW_SHEET_CELLS, prepareSheet, readCheckedPart, SPREADSHEET_CELL_LIMIT, writePart, DamagedBackupError } from './backupRestore';
import { backupStep, DEFAULT_LIMITS, type BackupLimits } from './backupRun';
import { BackupStore, type BackupRecord, type RestoreJob, type RestoreTarget } from './backupStore';
import { markDocumentChanged } from '../documentVersion';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type RestoreMode = RestoreJob['mode'];

/** What a step got to: `message` is the progress line while not done, else how it ended. */
export interface RestoreProgress {
  done: boolean;
  message: string;
}

/**
 * The sheets a restore writes: every backed-up sheet into new tabs; when replacing, every one
 * but the Audit log, which is append-only: a restore must not take back the entries written
 * since (the restore itself is one of them).
 */
function targetsOf(manifest: BackupManifest, mode: RestoreMode): RestoreTarget[] {
  return manifest.sheets
    .filter((sheet) => mode === 'newTabs' || !isNameOf(AUDIT_SHEET, sheet.name))
    .map((sheet) => ({ sheet: sheet.name, tab: '', rows: sheet.rows, columns: sheet.columns }));
}

function progressLine(context: ActionContext, job: RestoreJob): string {
  const text = job.phase === 'check' ? context.text.restoreChecking : job.phase === 'write' ? context.text.restoreProgress : context.text.restoreBackingUp;
  return formatMessage(text, { done: job.rowsDone, total: job.rowsTotal });
}

/**
 * The target sheets, made ready at once: new tabs named after the backup's day (after the
 * current sheets, the active sheet kept), or the current sheets emptied.
 */
function prepareTargets(spreadsheet: Spreadsheet, job: RestoreJob, day: string): void {
  const active = spreadsheet.getActiveSheet();
  const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
  for (const target of job.targets) {
    if (job.mode === 'newTabs') {
      target.tab = freeSheetName(`${target.sheet} (${day})`, names);
      names.push(target.tab);
      prepareSheet(spreadsheet.insertSheet(target.tab, spreadsheet.getNumSheets()), target.rows, target.columns, true);
    } else {
      target.tab = target.sheet;
      prepareSheet(spreadsheet.getSheetByName(target.sheet) ?? spreadsheet.insertSheet(target.sheet, spreadsheet.getNumSheets()), target.rows, target.columns, false);
    }
  }
  spreadsheet.setActiveSheet(active);
}

function writeTarget(context: ActionContext, target: RestoreTarget, expected: ManifestPart, index: number): void {
  const sheet = context.spreadsheet.getSheetByName(target.tab);
  if (!sheet) throw new Error(formatMessage(context.text.errorRestoreSheetDeleted, { sheet: target.tab }));
  writePart(sheet, readCheckedPart(context.text, expected, index));
}

/** A restore concerns every customer of the backup: the log says which backup, how, and how many cells, not who. */
function restoreAudit(text: Messages, job: RestoreJob, day: string): AuditEntry {
  const sheets = job.targets.filter((target) => !isNameOf(AUDIT_SHEET, target.sheet));
  return {
    action: 'restore',
    customerIds: [],
    cells: sheets.reduce((sum, sheet) => sum + sheet.rows * sheet.columns, 0),
    detail: formatMessage(job.mode === 'newTabs' ? text.auditDetailRestoredNewTabs : text.auditDetailRestoredReplaced, { day, count: sheets.length }),
  };
}

function finish(context: ActionContext, store: BackupStore, job: RestoreJob, day: string): RestoreProgress {
  appendAudit(context.spreadsheet, [restoreAudit(context.text, job, day)]);
  store.clearRestoreJob();
  const message = job.mode === 'newTabs'
    ? formatMessage(context.text.backupRestoredNewTabs, { sheets: job.targets.map((t) => t.tab).join(', ') })
    : formatMessage(context.text.backupRestoredReplace, { count: job.targets.length });
  return { done: true, message };
}

/** Replacing: the current data is backed up first, a step at a time; nothing is replaced unless that backup is good. */
function backUpFirst(context: ActionContext, store: BackupStore, job: RestoreJob, limits: BackupLimits, budget: StepBudget): RestoreProgress {
  const before = backupStep(context, store, 'beforeRestore', new Date(), limits, budget);
  if (!before.done) return { done: false, message: formatMessage(context.text.restoreBackingUp, { done: before.rowsDone, total: before.rowsTotal }) };
  if (before.record?.status !== 'good') {
    store.clearRestoreJob();
    return { done: true, message: formatMessage(context.text.backupFailed, { message: before.record?.message ?? '' }) };
  }
  job.phase = 'check';
  store.saveRestoreJob(job);
  return { done: false, message: progressLine(context, job) };
}

/**
 * Checks, then writes, parts while the next is expected to end within the step's budget; the
 * job is saved after each, so that a step cut short goes on where it was (writing a part twice
 * writes the same cells).
 */
function checkAndWrite(context: ActionContext, store: BackupStore, job: RestoreJob, record: BackupRecord, limits: BackupLimits, budget: StepBudget): RestoreProgress {
  const manifest = readManifest(record.manifestId!);
  const byName = new Map(job.targets.map((target) => [target.sheet, target]));
  let units = 0;
  for (;;) {
    if (job.phase === 'check' && job.partIndex >= manifest.parts.length) {
      job.phase = 'write';
      job.partIndex = 0;
      job.rowsDone = 0;
    }
    if (job.phase === 'write' && job.partIndex >= manifest.parts.length) return finish(context, store, job, record.day);
    if (units >= limits.partsPerStep || !budget.roomForAnother()) break;
    if (job.phase === 'write' && !job.prepared) {
      prepareTargets(context.spreadsheet, job, record.day);
      job.prepared = true;
    } else {
      const part = manifest.parts[job.partIndex]!;
      const target = byName.get(part.sheet);
      if (target && job.phase === 'check') readCheckedPart(context.text, part, job.partIndex);
      else if (target) writeTarget(context, target, part, job.partIndex);
      job.partIndex += 1;
      if (!target) continue;
      job.rowsDone += part.rows;
    }
    store.saveRestoreJob(job);
    budget.unitDone();
    units += 1;
  }
  store.saveRestoreJob(job);
  return { done: false, message: progressLine(context, job) };
}

/**
 * Whether new tabs for `targets` fit Google's 10,000,000 cells beside the sheets there are
 * (null), or the cells they need and those in use. Checked before any tab is made: a tab that
 * cannot be made would leave the ones before it half restored.
 */
function roomForNewTabs(spreadsheet: Spreadsheet, targets: readonly RestoreTarget[]): { needed: number; used: number } | null {
  const needed = targets.reduce((sum, target) => sum + Math.max(target.rows, 1) * Math.max(target.columns, 1), 0);
  const used = cellsInUse(spreadsheet);
  // The last tab is made at Google's 1,000 × 26 before it is cut to size.
  if (used + needed + NEW_SHEET_CELLS <= SPREADSHEET_CELL_LIMIT) return null;
  return { needed, used };
}

function start(context: ActionContext, store: BackupStore, id: string, mode: RestoreMode): RestoreJob | RestoreProgress {
  const record = store.record(id);
  if (!record) throw new Error(formatMessage(context.text.errorBackupNotFound, { id }));
  if (store.job()) return { done: true, message: context.text.restoreWaitsForBackup };
  try {
    const manifest = loadManifest(context.text, record);
    const targets = targetsOf(manifest, mode);
    const restored = new Set(targets.map((target) => target.sheet));
    const rowsTotal = manifest.parts.reduce((sum, part) => sum + (restored.has(part.sheet) ? part.rows : 0), 0);
    if (mode === 'newTabs') {
      const room = roomForNewTabs(context.spreadsheet, targets);
      if (room) return { done: true, message: formatMessage(context.text.restoreNoRoom, room) };
    }
    const job: RestoreJob = { backupId: id, mode, phase: mode === 'replace' ? 'backup' : 'check', targets, prepared: false, partIndex: 0, rowsDone: 0, rowsTotal };
    store.saveRestoreJob(job);
    return job;
  } catch (error) {
    if (error instanceof DamagedBackupError) return { done: true, message: formatMessage(context.text.backupCorrupted, { message: error.message }) };
    throw error;
  }
}

function step(context: ActionContext, store: BackupStore, request: { id: string; mode: RestoreMode } | null, limits: BackupLimits): RestoreProgress {
  const waiting = store.restoreJob();
  if (!waiting && !request) return { done: true, message: '' };
  const job = waiting ?? start(context, store, request!.id, request!.mode);
  if ('done' in job) return job;
  const record = store.record(job.backupId);
  try {
    if (!record?.manifestId) throw new Error(formatMessage(context.text.errorBackupNotFound, { id: job.backupId }));
    // One budget for the whole step: a small restore backs up, checks and writes in one go.
    const budget = stepBudget(limits.stepBudgetMs, () => Date.now());
    if (job.phase === 'backup') {
      const backedUp = backUpFirst(context, store, job, limits, budget);
      if (job.phase === 'backup' || backedUp.done) return backedUp;
    }
    return checkAndWrite(context, store, job, record, limits, budget);
  } catch (error) {
    store.clearRestoreJob();
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof DamagedBackupError && !job.prepared) return { done: true, message: formatMessage(context.text.backupCorrupted, { message }) };
    return { done: true, message: formatMessage(context.text.restoreFailed, { message }) };
  }
}

/**
 * One step of the restore in progress, or of a new one of backup `id` (a restore asked for while
 * another is in progress goes on with that one). Under the user's lock, as backup steps are, so
 * that the sidebar and the scheduler never write the same part at once.
 */
export function restoreStep(context: ActionContext, request: { id: string; mode: RestoreMode } | null, limits: BackupLimits = DEFAULT_LIMITS): RestoreProgress {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(1000)) {
    const running = BackupStore.open().restoreJob();
    // Another step holds the lock: this restore's, or a backup's.
    return running ? { done: false, message: progressLine(context, running) } : { done: true, message: context.text.restoreWaitsForBackup };
  }
  try {
    const progress = step(context, BackupStore.open(), request, limits);
    markDocumentChanged();
    return progress;
  } finally {
    lock.releaseLock();
  }
}

export const restoreJob: ScheduledJob = {
  id: 'restore',
  schedule: () => null,
  stepWaiting: (properties) => BackupStore.restoreWaitingIn(properties),
  run: (context) => void restoreStep(context, null),
};
