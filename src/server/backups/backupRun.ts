/**
 * Making a backup, in steps that fit an execution: each step copies blocks of rows into part
 * files until its time budget is spent, reads each part back and checks it against the sheet
 * (rows and SHA-256), and records where it got to. The last step writes the manifest, records
 * the backup as good only if every part checked, then rotates old backups.
 */
import { backupChecksum, makePart, rowsPerPart, serialisePart, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupManifest, type ManifestPart } from '../../core/backups/backupFormat';
import { sheetsToBackUp } from '../../core/backups/managedSheets';
import { backupsToDelete, DEFAULT_RETENTION, type RetentionPolicy } from '../../core/backups/retention';
import type { CellValue } from '../../core/customerRecord';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Messages } from '../../core/i18n/messages';
import type { Settings } from '../../core/settings';
import type { ActionContext } from '../actionContext';
import { findCustomerSheet } from '../customerSheet';
import { stepBudget, type StepBudget } from '../../core/stepBudget';
import { utf8ByteLength } from '../../core/utf8';
import { backupFolder, filesNamed, readManifest, readPart, sha256Hex, trashFiles, writeJsonFile } from './backupDrive';
import { BackupStore, type BackupJob, type BackupReason, type BackupRecord } from './backupStore';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface BackupLimits {
  /** About how many cells one part file holds. */
  cellsPerPart: number;
  /** Milliseconds of work per step (see STEP_BUDGET_MS). */
  stepBudgetMs: number;
  /** At most this many parts per step, or sheets per step of a restore preview (tests use it to force several steps). */
  partsPerStep: number;
}

/**
 * A step of a backup or a restore stops before 90 seconds on Apps Script's clock. Apps Script
 * ends an execution at 6 minutes; the cost model's high estimate of the same work is up to four
 * times its typical one (src/local/executionCost.ts), so a step of 90 seconds typical stays under
 * 6 minutes even at the slow end. On Google the clock is real time, so a slower server makes a
 * step copy fewer parts, not run longer. The step's parts are timed and the next one starts
 * only if it is expected to end within the budget (core/stepBudget.ts).
 */
export const STEP_BUDGET_MS = 90_000;

export const DEFAULT_LIMITS: BackupLimits = { cellsPerPart: 100_000, stepBudgetMs: STEP_BUDGET_MS, partsPerStep: Number.POSITIVE_INFINITY };

/**
 * A part's file stays under this many bytes of UTF-8, whatever its cells hold (a cell may hold
 * 50,000 characters, and a Chinese one is 3 bytes): well below the 50 MB one Apps Script request
 * may carry up or down (the host's MAX_MEDIA_BYTES, with its sources), and quick to read back.
 */
const MAX_PART_BYTES = 8 * 1024 * 1024;

/** A job older than this was abandoned (its executions kept failing): it is recorded as failed. */
const ABANDONED_AFTER_MS = 24 * 60 * 60_000;

export interface BackupProgress {
  done: boolean;
  record: BackupRecord | null;
  rowsDone: number;
  rowsTotal: number;
}

export function retentionOf(settings: Settings): RetentionPolicy {
  return settings.backupRetention ?? DEFAULT_RETENTION;
}

function startJob(spreadsheet: Spreadsheet, store: BackupStore, settings: Settings, reason: BackupReason, now: Date): BackupJob {
  const customer = findCustomerSheet(spreadsheet, settings);
  const sheets = spreadsheet.getSheets();
  const names = sheetsToBackUp(sheets.map((s) => s.getName()), customer ? customer.getName() : null);
  const byName = new Map(sheets.map((s) => [s.getName(), s]));
  const folderId = backupFolder(store);
  const job: BackupJob = {
    id: Utilities.formatDate(now, spreadsheet.getSpreadsheetTimeZone(), 'yyyyMMdd-HHmmss') + '-' + Utilities.getUuid().slice(0, 4),
    at: now.toISOString(),
    day: Utilities.formatDate(now, spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
    reason,
    folderId,
    sheets: names.map((name) => {
      const sheet = byName.get(name)!;
      return { name, rows: sheet.getLastRow(), columns: sheet.getLastColumn() };
    }),
    sheetIndex: 0,
    nextRow: 1,
    partCount: 0,
    bytes: 0,
  };
  store.saveJob(job);
  return job;
}

function fileName(job: BackupJob, suffix: string): string {
  return `Clientele backup ${job.id} ${suffix}.json`;
}

/** Copies one block of rows into a part file and checks it; throws when the check fails. */
function copyPart(context: ActionContext, store: BackupStore, job: BackupJob, limits: BackupLimits): void {
  const target = job.sheets[job.sheetIndex]!;
  const sheet = context.spreadsheet.getSheetByName(target.name);
  if (!sheet) throw new Error(formatMessage(context.text.errorBackupSheetDeleted, { sheet: target.name }));
  let rows = Math.min(rowsPerPart(target.columns, limits.cellsPerPart), target.rows - job.nextRow + 1);
  let text: string;
  for (;;) {
    const range = sheet.getRange(job.nextRow, 1, rows, target.columns);
    text = serialisePart(makePart(target.name, job.nextRow, range.getValues() as CellValue[][], range.getFormulas(), range.getNumberFormats()));
    // Long texts: read fewer rows again rather than write a file too large to read back.
    if (utf8ByteLength(text) <= MAX_PART_BYTES || rows === 1) break;
    rows = Math.ceil(rows / 2);
  }
  const checksum = sha256Hex(text);
  const written = writeJsonFile(job.folderId, fileName(job, `part ${job.partCount + 1}`), text);
  const readBack = readPart(written.id);
  if (readBack.part.cells.length !== rows || readBack.checksum !== checksum) {
    const part = { part: job.partCount + 1, sheet: target.name, first: job.nextRow, last: job.nextRow + rows - 1 };
    throw new Error(formatMessage(context.text.errorBackupPartMismatch, part));
  }
  const manifestPart: ManifestPart = { fileId: written.id, sheet: target.name, firstRow: job.nextRow, rows, checksum };
  store.saveJobPart(job.partCount, manifestPart);
  job.partCount += 1;
  job.bytes += written.bytes;
  job.nextRow += rows;
}

/**
 * An execution stopped after writing a file and before recording it (Apps Script ends it at 6
 * minutes) leaves that file in the folder, unrecorded: the step that goes on trashes it first.
 */
function trashLeftover(job: BackupJob): void {
  const next = job.sheetIndex < job.sheets.length ? `part ${job.partCount + 1}` : 'manifest';
  trashFiles(filesNamed(job.folderId, fileName(job, next)));
}

function moveToNextSheetWithRows(job: BackupJob): void {
  while (job.sheetIndex < job.sheets.length) {
    const current = job.sheets[job.sheetIndex]!;
    if (current.columns > 0 && job.nextRow <= current.rows) return;
    job.sheetIndex += 1;
    job.nextRow = 1;
  }
}

function rowsOf(job: BackupJob): { done: number; total: number } {
  const total = job.sheets.reduce((sum, s) => sum + s.rows, 0);
  const done = job.sheets.slice(0, job.sheetIndex).reduce((sum, s) => sum + s.rows, 0) + (job.sheetIndex < job.sheets.length ? job.nextRow - 1 : 0);
  return { done, total };
}

/** Writes the manifest, reads it back, and checks it names every part and every row of every sheet. */
function finishJob(text: Messages, store: BackupStore, job: BackupJob): BackupRecord {
  const parts = store.jobParts(job);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    kind: 'manifest',
    id: job.id,
    createdAt: job.at,
    sheets: job.sheets,
    parts,
    checksum: backupChecksum(parts.map((p) => p.checksum), sha256Hex),
  };
  const written = writeJsonFile(job.folderId, fileName(job, 'manifest'), JSON.stringify(manifest));
  const record = baseRecord(job, parts.map((p) => p.fileId).concat(written.id), job.bytes + written.bytes);
  record.manifestId = written.id;
  record.checksum = manifest.checksum;
  const readBack = readManifest(written.id);
  const rowsRead = new Map<string, number>();
  for (const part of readBack.parts) rowsRead.set(part.sheet, (rowsRead.get(part.sheet) ?? 0) + part.rows);
  const complete = job.sheets.every((s) => (rowsRead.get(s.name) ?? 0) === (s.columns > 0 ? s.rows : 0));
  const sameChecksum = backupChecksum(readBack.parts.map((p) => p.checksum), sha256Hex) === manifest.checksum;
  record.status = complete && sameChecksum ? 'good' : 'unverified';
  record.message = record.status === 'good' ? '' : text.errorBackupManifestMismatch;
  return record;
}

function baseRecord(job: BackupJob, fileIds: string[], bytes: number): BackupRecord {
  return {
    id: job.id,
    at: job.at,
    day: job.day,
    reason: job.reason,
    status: 'failed',
    message: '',
    manifestId: null,
    fileIds,
    bytes,
    rows: Object.fromEntries(job.sheets.map((s) => [s.name, s.rows])),
    checksum: '',
  };
}

/** Deletes the backups rotation no longer keeps: files to the trash, records removed. */
export function rotate(store: BackupStore, current: BackupRecord, policy: RetentionPolicy): string[] {
  const records = store.records();
  const dated = records.map((r) => ({ id: r.id, day: r.day, at: Date.parse(r.at), status: r.status }));
  const doomed = backupsToDelete(dated, { id: current.id, day: current.day, at: Date.parse(current.at), status: current.status }, policy);
  for (const id of doomed) {
    const record = records.find((r) => r.id === id)!;
    trashFiles(record.fileIds);
    store.deleteRecord(id);
  }
  return doomed;
}

/**
 * One step of the backup in progress (or of a new one): copies parts while the next one is
 * expected to end within the budget (the step's own, or the one a restore's step shares with it), then, when everything is copied and there is time left,
 * finishes, records and rotates. A failure records a failed backup, trashes its partial files
 * and deletes nothing else.
 */
export function backupStep(context: ActionContext, store: BackupStore, reason: BackupReason, now: Date, limits: BackupLimits = DEFAULT_LIMITS, budget: StepBudget = stepBudget(limits.stepBudgetMs, () => Date.now())): BackupProgress {
  const { spreadsheet, settings, text } = context;
  let job = store.job();
  if (job && now.getTime() - Date.parse(job.at) > ABANDONED_AFTER_MS) {
    fail(store, job, text.errorBackupAbandoned);
    job = null;
  }
  const resumed = job !== null;
  job = job ?? startJob(spreadsheet, store, settings, reason, now);
  try {
    if (resumed) trashLeftover(job);
    // An empty backup must never count as good: rotation would then delete real ones.
    if (job.sheets.every((s) => s.rows === 0)) throw new Error(text.errorBackupNothing);
    let parts = 0;
    moveToNextSheetWithRows(job);
    while (job.sheetIndex < job.sheets.length && parts < limits.partsPerStep && budget.roomForAnother()) {
      copyPart(context, store, job, limits);
      budget.unitDone();
      parts += 1;
      moveToNextSheetWithRows(job);
    }
    // Writing and checking the manifest, then rotating, take about as long as a part.
    if (job.sheetIndex < job.sheets.length || !budget.roomForAnother()) {
      store.saveJob(job);
      const rows = rowsOf(job);
      return { done: false, record: null, rowsDone: rows.done, rowsTotal: rows.total };
    }
    const record = finishJob(text, store, job);
    store.saveRecord(record);
    store.clearJob();
    // The copy taken before a restore must not rotate away the backup being restored.
    if (record.status === 'good' && reason !== 'beforeRestore') rotate(store, record, retentionOf(settings));
    const rows = rowsOf(job);
    return { done: true, record, rowsDone: rows.total, rowsTotal: rows.total };
  } catch (error) {
    const record = fail(store, job, error instanceof Error ? error.message : String(error));
    const rows = rowsOf(job);
    return { done: true, record, rowsDone: rows.done, rowsTotal: rows.total };
  }
}

function fail(store: BackupStore, job: BackupJob, message: string): BackupRecord {
  const partIds = store.jobParts(job).map((p) => p.fileId);
  trashFiles(partIds);
  const record = { ...baseRecord(job, [], 0), status: 'failed' as const, message };
  store.saveRecord(record);
  store.clearJob();
  return record;
}
