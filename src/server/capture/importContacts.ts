/**
 * Import contacts: rows of another sheet of this spreadsheet, or of a CSV the sidebar read
 * (parsed in the browser, sent as rows), captured through the same path as a form submission.
 * The preview plans without writing; the import writes in chunks, each within the time one
 * call may take, and says where to continue.
 */
import { AUDIT_SHEET } from '../../core/audit/auditRecords';
import { sheetNamesOf } from '../../core/i18n/sheetNames';
import type { ImportOutcome } from '../../core/i18n/codeLabels';
import type { CaptureOutcome } from '../../core/capture/captureInput';
import { importInputs, importRowOf } from '../../core/capture/importRows';
import type { CellValue } from '../../core/customerRecord';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { ActionContext } from '../actionContext';
import { captureSubmissions, planFrom, readCaptureSheets } from './capture';
import { findCustomerTable } from '../customerSheet';
import { LANGUAGES } from '../../core/i18n/languages';
import { messagesFor } from '../../core/i18n/messages';
import { RESPONSES_SHEET_NAMES } from '../../core/responses/responseColumns';

/** Rows per call: 2,000 rows plan and write in well under Apps Script's 6 minutes, with room for a large sheet. */
export const IMPORT_CHUNK_ROWS = 2_000;

export type ImportSource = { kind: 'sheet'; sheet: string } | { kind: 'rows'; name: string; rows: string[][] };

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  duplicates: number;
}

export interface ImportPreviewLine {
  row: number;
  outcome: ImportOutcome;
  customerId: string;
  reason: string;
}

export interface ImportPreview {
  rows: number;
  counts: ImportCounts;
  message: string;
  first: ImportPreviewLine[];
}

export interface ImportResult {
  counts: ImportCounts;
  /** The next row to import (call again from it), or null when done. */
  nextRow: number | null;
  message: string;
  lines: ImportPreviewLine[];
}

const PREVIEW_LINES = 20;

function table(context: ActionContext, source: ImportSource): { name: string; rows: CellValue[][] } {
  if (source.kind === 'rows') return { name: source.name, rows: source.rows };
  const sheet = context.spreadsheet.getSheetByName(source.sheet);
  if (!sheet || sheet.getLastRow() === 0) return { name: source.sheet, rows: [] };
  return { name: source.sheet, rows: sheet.getDataRange().getValues() as CellValue[][] };
}

function line(row: number, outcome: CaptureOutcome | { kind: 'quarantined'; reason: string }): ImportPreviewLine {
  switch (outcome.kind) {
    case 'created':
      return { row, outcome: 'created', customerId: outcome.customerId, reason: '' };
    case 'updated':
      return { row, outcome: outcome.changedFields.length === 0 ? 'unchanged' : 'updated', customerId: outcome.customerId, reason: '' };
    case 'duplicate-delivery':
      return { row, outcome: 'duplicate', customerId: outcome.customerId, reason: '' };
    case 'quarantined':
      return { row, outcome: 'quarantined', customerId: '', reason: outcome.reason };
    case 'suppressed':
      return { row, outcome: 'suppressed', customerId: '', reason: '' };
    default:
      return { row, outcome: 'blank', customerId: '', reason: '' };
  }
}

function countsOf(lines: readonly ImportPreviewLine[]): ImportCounts {
  const count = (kind: ImportPreviewLine['outcome']) => lines.filter((l) => l.outcome === kind).length;
  return { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), quarantined: count('quarantined'), duplicates: count('duplicate') };
}

/** What an import would do, nothing written. */
export function previewImport(context: ActionContext, source: ImportSource): ImportPreview {
  const { name, rows } = table(context, source);
  const inputs = importInputs(name, rows, new Date());
  const plan = planFrom(context, readCaptureSheets(context), inputs);
  const lines = plan.outcomes.map((outcome, i) => line(importRowOf(inputs[i]!.submissionId), outcome));
  const counts = countsOf(lines);
  return {
    rows: inputs.length,
    counts,
    message: inputs.length === 0 ? context.text.importNoRows : formatMessage(context.text.importPreviewSummary, { ...counts }),
    first: lines.slice(0, PREVIEW_LINES),
  };
}

/** Imports up to IMPORT_CHUNK_ROWS rows from `fromRow`; call again from `nextRow` until it is null. */
export function importContacts(context: ActionContext, source: ImportSource, fromRow = 2): ImportResult {
  const { name, rows } = table(context, source);
  const inputs = importInputs(name, rows, new Date(), fromRow, IMPORT_CHUNK_ROWS);
  const outcomes = inputs.length > 0 ? captureSubmissions(context, inputs) : [];
  const lines = outcomes.map((outcome, i) => line(importRowOf(inputs[i]!.submissionId), outcome));
  const counts = countsOf(lines);
  const last = inputs.length > 0 ? importRowOf(inputs[inputs.length - 1]!.submissionId) : rows.length;
  const nextRow = last < rows.length && importInputs(name, rows, new Date(), last + 1, 1).length > 0 ? last + 1 : null;
  const message = inputs.length === 0
    ? context.text.importNoRows
    : nextRow === null
      ? formatMessage(context.text.importDone, { ...counts })
      : formatMessage(context.text.importMore, { row: last });
  return { counts, nextRow, message, lines };
}

/** The sheets worth importing from: every visible sheet but the customer sheet, Responses, Quarantine and the Audit log. */
export function importSheetNames(context: ActionContext): string[] {
  const customerSheet = findCustomerTable(context.spreadsheet, context.settings)?.sheet.getName();
  const own = new Set([customerSheet, ...sheetNamesOf(AUDIT_SHEET), ...LANGUAGES.flatMap((language) => [RESPONSES_SHEET_NAMES[language], messagesFor(language).captureQuarantineSheet])]);
  return context.spreadsheet.getSheets().filter((sheet) => !sheet.isSheetHidden() && !own.has(sheet.getName())).map((sheet) => sheet.getName());
}
