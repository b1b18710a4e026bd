/**
 * The Quarantine sheet: submissions that could not be captured safely, each with the reason
 * (naming the field), a status and the submission as editable JSON. The user corrects the JSON
 * in the sheet (or a customer the reason names) and re-runs; a re-run updates the row's status
 * and reason instead of adding a row.
 */
import { largest, smallest } from '../../core/extent';
import type { CaptureInput, CaptureOutcome } from '../../core/capture/captureInput';
import type { CapturePlan } from '../../core/capture/capturePlan';
import { inputFromQuarantine, QUARANTINE_COLUMNS, QUARANTINE_WIDTH, quarantineValues, waitingKey, waitingQuarantineRows } from '../../core/capture/captureRecords';
import type { CellValue } from '../../core/customerRecord';
import { formatMessage } from '../../core/i18n/formatMessage';
import { LANGUAGES } from '../../core/i18n/languages';
import { messagesFor } from '../../core/i18n/messages';
import { valueToWrite } from '../../core/sheetWriting';
import type { ActionContext } from '../actionContext';
import { captureSubmissions } from './capture';
import { appendAudit } from '../audit/auditLog';
import { withDocumentLock } from '../documentLock';
import { appendRows, recordSheet } from '../recordSheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const QUARANTINE_SHEET_NAMES: readonly string[] = LANGUAGES.map((language) => messagesFor(language).captureQuarantineSheet);

function findQuarantineSheet(context: ActionContext): Sheet | null {
  return context.spreadsheet.getSheets().find((sheet) => QUARANTINE_SHEET_NAMES.includes(sheet.getName())) ?? null;
}

function quarantineSheet(context: ActionContext): Sheet {
  return findQuarantineSheet(context) ?? recordSheet(context.spreadsheet, context.text.captureQuarantineSheet, context.text.captureQuarantineHeaders.split('|'));
}

function doneStatus(context: ActionContext, customerId: string): string {
  return formatMessage(context.text.captureStatusDone, { id: customerId });
}

/**
 * Appends the plan's new quarantine rows (one write) and, on a re-run, updates the re-run rows'
 * reason and status (one write); returns the outcomes with their quarantine rows.
 */
export function writeQuarantine(context: ActionContext, plan: CapturePlan, rerunRows: readonly number[] | undefined): CaptureOutcome[] {
  const appended: { entry: CapturePlan['quarantine'][number]; index: number }[] = [];
  const rerunUpdates = new Map<number, { reason: string; status: string }>();
  const quarantinedAt = new Map<number, number>();
  plan.outcomes.forEach((outcome, i) => {
    const rerunRow = rerunRows?.[i];
    if (rerunRow === undefined) return;
    if (outcome.kind === 'quarantined') rerunUpdates.set(rerunRow, { reason: outcome.reason, status: '' });
    else if (outcome.kind !== 'ignored-blank' && outcome.kind !== 'suppressed') rerunUpdates.set(rerunRow, { reason: '', status: doneStatus(context, outcome.customerId) });
  });
  const waiting = plan.quarantine.length > 0 ? waitingRows(context) : new Map<string, number>();
  plan.quarantine.forEach((entry, index) => {
    const outcomeIndex = plan.outcomes.findIndex((outcome) => outcome.kind === 'quarantined' && 'quarantineIndex' in outcome && outcome.quarantineIndex === index);
    const rerunRow = outcomeIndex >= 0 ? rerunRows?.[outcomeIndex] : undefined;
    const key = waitingKey(entry.input.submissionId, quarantineValues(entry.input));
    const waitingRow = waiting.get(key);
    if (rerunRow !== undefined) quarantinedAt.set(index, rerunRow);
    else if (waitingRow !== undefined) quarantinedAt.set(index, waitingRow);
    else {
      appended.push({ entry, index });
      // Twice in one call (a re-delivery in the same batch) is still one row.
      waiting.set(key, -1 - index);
    }
  });
  let first = 0;
  if (appended.length > 0) {
    const rows: CellValue[][] = appended.map(({ entry }) => [
      new Date(),
      entry.input.source,
      entry.input.submissionId,
      entry.reason,
      entry.customerId ? doneStatus(context, entry.customerId) : '',
      ...quarantineValues(entry.input),
    ]);
    const width = Math.max(QUARANTINE_WIDTH, ...rows.map((row) => row.length));
    first = appendRows(quarantineSheet(context), rows, width);
    appended.forEach(({ index }, i) => quarantinedAt.set(index, first + i));
  }
  // A re-delivery within this call points at the row its first delivery was appended to.
  for (const [index, row] of quarantinedAt) if (row < 0) quarantinedAt.set(index, quarantinedAt.get(-1 - row)!);
  if (rerunUpdates.size > 0) writeRerunStatus(quarantineSheet(context), rerunUpdates);
  return plan.outcomes.map((outcome) =>
    outcome.kind === 'quarantined' && 'quarantineIndex' in outcome
      ? { kind: 'quarantined', reason: outcome.reason, quarantineRow: quarantinedAt.get(outcome.quarantineIndex)! }
      : (outcome as CaptureOutcome),
  );
}

/** Every submission ID the Quarantine sheet holds, waiting or settled, read in one call. */
export function quarantinedSubmissionIds(context: ActionContext): Set<string> {
  const sheet = findQuarantineSheet(context);
  if (!sheet || sheet.getLastRow() < 2) return new Set();
  const ids = sheet.getRange(2, QUARANTINE_COLUMNS.submissionId + 1, sheet.getLastRow() - 1, 1).getValues();
  return new Set(ids.map(([id]) => String(id ?? '')).filter((id) => id !== ''));
}

/** The quarantine rows still waiting, read in one call (none when there is no Quarantine sheet yet). */
function waitingRows(context: ActionContext): Map<string, number> {
  const sheet = findQuarantineSheet(context);
  if (!sheet || sheet.getLastRow() < 2) return new Map();
  return waitingQuarantineRows(sheet.getDataRange().getValues() as CellValue[][]);
}

/** Reason and status of the re-run rows, in one write over the rows they span. */
function writeRerunStatus(sheet: Sheet, updates: Map<number, { reason: string; status: string }>): void {
  const rows = [...updates.keys()];
  const top = smallest(rows);
  const bottom = largest(rows);
  const range = sheet.getRange(top, QUARANTINE_COLUMNS.reason + 1, bottom - top + 1, 2);
  const values = range.getValues() as CellValue[][];
  for (const [row, update] of updates) {
    const cells = values[row - top]!;
    if (update.reason) cells[0] = update.reason;
    cells[1] = update.status;
  }
  range.setValues(values.map((cells) => cells.map((value) => valueToWrite(value, ''))));
}

export interface QuarantineRow {
  row: number;
  time: string;
  source: string;
  submissionId: string;
  reason: string;
}

export interface QuarantinePanel {
  sheet: string | null;
  count: number;
  /** The first rows still waiting, oldest first. */
  rows: QuarantineRow[];
}

/** The sidebar lists this many; the CLI asks for every row (its own screen scrolls). */
const PANEL_ROWS = 50;

function pendingRows(sheet: Sheet): { row: number; values: CellValue[] }[] {
  if (sheet.getLastRow() < 2) return [];
  const values = sheet.getDataRange().getValues() as CellValue[][];
  return values
    .map((cells, i) => ({ row: i + 1, values: cells }))
    .slice(1)
    .filter(({ values: cells }) => String(cells[QUARANTINE_COLUMNS.status] ?? '') === '' && String(cells[QUARANTINE_COLUMNS.submissionId] ?? '') !== '');
}

/** What the quarantine panel shows: how many submissions wait, and the first `limit` of them with their reasons. */
export function quarantinePanel(context: ActionContext, limit = PANEL_ROWS): QuarantinePanel {
  const sheet = findQuarantineSheet(context);
  if (!sheet) return { sheet: null, count: 0, rows: [] };
  const pending = pendingRows(sheet);
  return {
    sheet: sheet.getName(),
    count: pending.length,
    rows: pending.slice(0, limit).map(({ row, values }) => ({
      row,
      time: values[QUARANTINE_COLUMNS.time] instanceof Date ? (values[QUARANTINE_COLUMNS.time] as Date).toISOString() : String(values[QUARANTINE_COLUMNS.time] ?? ''),
      source: String(values[QUARANTINE_COLUMNS.source] ?? ''),
      submissionId: String(values[QUARANTINE_COLUMNS.submissionId] ?? ''),
      reason: String(values[QUARANTINE_COLUMNS.reason] ?? ''),
    })),
  };
}

export interface RerunResult {
  done: number;
  left: number;
  message: string;
}

/** Re-runs the waiting quarantine rows (all, or the rows given) as they now are in the sheet. */
export function rerunQuarantine(context: ActionContext, only?: readonly number[]): RerunResult {
  const sheet = findQuarantineSheet(context);
  const pending = sheet ? pendingRows(sheet).filter(({ row }) => !only || only.length === 0 || only.includes(row)) : [];
  const inputs: CaptureInput[] = [];
  const rows: number[] = [];
  const unreadable = new Map<number, { reason: string; status: string }>();
  for (const { row, values } of pending) {
    const read = inputFromQuarantine(values);
    if (read.ok) {
      inputs.push(read.input);
      rows.push(row);
    } else {
      unreadable.set(row, { reason: formatMessage(context.text.captureReasonUnreadable, { detail: read.detail }), status: '' });
    }
  }
  if (unreadable.size > 0) writeRerunStatus(sheet!, unreadable);
  const outcomes = inputs.length > 0 ? captureSubmissions(context, inputs, { rerunRows: rows }) : [];
  const done = outcomes.filter((outcome) => outcome.kind !== 'quarantined').length;
  const left = pending.length - done;
  return { done, left, message: formatMessage(context.text.quarantineRerunDone, { done, left }) };
}

export type DiscardResult = { discarded: number; message: string } | { error: 'notWaiting'; rows: number[]; message: string };

/**
 * Settles waiting quarantine rows the user decided not to capture (a test entry, spam): their
 * status says so and they stop waiting, but the row and its values stay in the sheet, so nothing
 * is lost and the decision can be read later; one Audit log line records which rows. Rows that
 * are not waiting (the header, past the end, already done or discarded) refuse the whole call,
 * so a mistyped row number never settles a submission the user did not mean.
 */
export function discardQuarantine(context: ActionContext, rows: readonly number[]): DiscardResult {
  return withDocumentLock(30_000, () => {
    const sheet = findQuarantineSheet(context);
    const waiting = new Set(sheet ? pendingRows(sheet).map(({ row }) => row) : []);
    const wanted = [...new Set(rows)].sort((a, b) => a - b);
    const notWaiting = wanted.filter((row) => !waiting.has(row));
    if (wanted.length === 0) return { discarded: 0, message: formatMessage(context.text.quarantineDiscarded, { count: 0 }) };
    if (notWaiting.length > 0) {
      return { error: 'notWaiting', rows: notWaiting, message: formatMessage(context.text.quarantineNotWaiting, { rows: notWaiting.join(', '), count: notWaiting.length }) };
    }
    const status = context.text.quarantineStatusDiscarded;
    writeRerunStatus(sheet!, new Map(wanted.map((row) => [row, { reason: '', status }])));
    appendAudit(context.spreadsheet, [{ action: 'discard', customerIds: [], rows: wanted, cells: wanted.length, detail: formatMessage(context.text.auditDetailDiscarded, { count: wanted.length }) }]);
    return { discarded: wanted.length, message: formatMessage(context.text.quarantineDiscarded, { count: wanted.length }) };
  });
}
