/**
 * The capture pipeline on the sheet: under the document lock, each sheet it needs is read once
 * (customers, Responses, Capture log), core plans every upsert, and each sheet is written
 * once (the customer rows by their identity, found in this read, never by "the last row").
 * Used by the form-submit trigger (one submission), the import (many) and the quarantine re-run.
 */
import { largest, smallest } from '../../core/extent';
import { blockForEdits, editsBetween, type CellEdit, type SheetContents } from '../../core/cellBlock';
import type { CaptureInput, CaptureOutcome } from '../../core/capture/captureInput';
import { planCapture, type CapturePlan } from '../../core/capture/capturePlan';
import { CAPTURE_LOG_HEADERS, CAPTURE_LOG_SHEET, fingerprintOf, LOG_WIDTH, readLedger } from '../../core/capture/captureRecords';
import { isBlankInput } from '../../core/capture/preparedSubmission';
import { resolveColumns } from '../../core/customerColumns';
import type { CellValue } from '../../core/customerRecord';
import { recogniseResponseColumns, RESPONSE_FIELDS, RESPONSE_HEADERS, RESPONSES_SHEET_NAMES, isResponsesSheetName } from '../../core/responses/responseColumns';
import type { ActionContext } from '../actionContext';
import { cleaningOptions } from '../cleaning/cleaning';
import { findCustomerTable, setUpCustomerSheet } from '../customerSheet';
import { auditCaptured } from '../audit/auditActions';
import { quarantinedSubmissionIds, writeQuarantine } from './quarantine';
import { appendRows, findRecordSheet, recordSheet } from '../recordSheets';
import { DocumentStore } from '../settingsStore';
import { noteDuplicatesOfCaptured } from '../dedupe/entryDuplicates';
import { logSuppressed } from '../privacy/suppressionAudit';
import { readSuppressionList, suppressionCheck } from '../privacy/suppressionList';
import { withDocumentLock } from '../documentLock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a submission waits for another capture to finish before giving up (Apps Script allows 6 minutes). */
const LOCK_WAIT_MS = 60_000;
/** More separate blocks than this and the rows between them are written too, as one block. */
const MAX_BLOCKS = 10;

export interface CaptureOptions {
  /** Quarantine rows being re-run, one per input: their status and reason are updated instead of new rows added. */
  rerunRows?: readonly number[];
  /**
   * Earlier submissions an execution may have missed (it gave up waiting for the lock): each is
   * captured too, before the inputs, unless the ledger or the Quarantine sheet already knows its ID.
   * Their outcomes are not returned. Not combined with rerunRows.
   */
  catchUp?: readonly CaptureInput[];
}

export function captureSubmissions(context: ActionContext, inputs: CaptureInput[], options: CaptureOptions = {}): CaptureOutcome[] {
  return withDocumentLock(LOCK_WAIT_MS, () => {
    const ledgerValues = readLedgerValues(context);
    const missed = options.catchUp?.length && !options.rerunRows ? missedSubmissions(context, ledgerValues, options.catchUp) : [];
    if (missed.length > 0) return captureLocked(context, ledgerValues, [...missed, ...inputs], options).slice(missed.length);
    return captureLocked(context, ledgerValues, inputs, options);
  });
}

function captureLocked(context: ActionContext, ledgerValues: CellValue[][], inputs: CaptureInput[], options: CaptureOptions): CaptureOutcome[] {
  // A re-delivery or a blank event is known from the ledger alone: the customer sheet is not read.
  const known = knownOutcomes(ledgerValues, inputs);
  if (known) return known;
  const sheets = readCaptureSheets(context, ledgerValues);
  const plan = planFrom(context, sheets, inputs);
  writeChanges(sheets.customers, sheets.customerValues, plan.customers, plan.changedRows);
  noteDuplicatesOfCaptured(context, sheets.store.loadSettings().settings, sheets.customers, plan.customers, plan.changedRows.filter((row) => row >= sheets.customerValues.length));
  writeResponses(context, sheets.responses, plan);
  if (plan.logRows.length > 0) appendRows(captureLogSheet(context.spreadsheet), plan.logRows, LOG_WIDTH);
  if (plan.lastIdNumber > sheets.store.lastCustomerNumber()) sheets.store.saveLastCustomerNumber(plan.lastIdNumber);
  const outcomes = writeQuarantine(context, plan, options.rerunRows);
  auditCaptured(context, inputs, outcomes, options.rerunRows !== undefined);
  logSuppressed(context, inputs, outcomes);
  // Apps Script buffers writes: they must reach the sheet before the next execution reads it.
  SpreadsheetApp.flush();
  return outcomes;
}

/** The catch-up submissions neither captured (ledger) nor waiting or settled in quarantine. */
function missedSubmissions(context: ActionContext, ledgerValues: CellValue[][], candidates: readonly CaptureInput[]): CaptureInput[] {
  const ledger = readLedger(ledgerValues);
  const quarantined = quarantinedSubmissionIds(context);
  return candidates.filter((input) => !ledger.has(input.submissionId) && !quarantined.has(input.submissionId));
}

function knownOutcomes(ledgerValues: CellValue[][], inputs: readonly CaptureInput[]): CaptureOutcome[] | null {
  const ledger = readLedger(ledgerValues);
  const outcomes: CaptureOutcome[] = [];
  for (const input of inputs) {
    const entry = ledger.get(input.submissionId);
    if (entry && entry.fingerprint === fingerprintOf(input)) outcomes.push({ kind: 'duplicate-delivery', customerId: entry.customerId });
    else if (isBlankInput(input)) outcomes.push({ kind: 'ignored-blank' });
    else return null;
  }
  return outcomes;
}

interface CaptureSheets {
  store: DocumentStore;
  customers: Sheet;
  customerValues: CellValue[][];
  responses: { sheet: Sheet | null; values: CellValue[][] };
  ledgerValues: CellValue[][];
}

/** The sheets a capture reads, each once; a spreadsheet without a customer sheet gets one first. */
/** The capture ledger's rows (header first), read in one call; none before the first capture. */
function readLedgerValues(context: ActionContext): CellValue[][] {
  const logSheet = findRecordSheet(context.spreadsheet, CAPTURE_LOG_SHEET);
  return logSheet ? valuesOf(logSheet) : [];
}

/** The sheets a capture reads, each once (the ledger too, unless the caller already read it); a spreadsheet without a customer sheet gets one first. */
export function readCaptureSheets(context: ActionContext, ledgerValues: CellValue[][] = readLedgerValues(context)): CaptureSheets {
  // Opened again under the lock: the customer number another execution just issued must be seen.
  let store = DocumentStore.open();
  let settings = store.loadSettings().settings;
  let table = findCustomerTable(context.spreadsheet, settings);
  if (!table || table.values.length === 0) {
    setUpCustomerSheet(context.spreadsheet, store, context.language);
    store = DocumentStore.open();
    settings = store.loadSettings().settings;
    table = findCustomerTable(context.spreadsheet, settings)!;
  }
  const responsesSheet = context.spreadsheet.getSheets().find((sheet) => isResponsesSheetName(sheet.getName())) ?? null;
  return {
    store,
    customers: table.sheet,
    customerValues: table.values,
    responses: { sheet: responsesSheet, values: responsesSheet ? valuesOf(responsesSheet) : [] },
    ledgerValues,
  };
}

function valuesOf(sheet: Sheet): CellValue[][] {
  return sheet.getLastRow() === 0 ? [] : (sheet.getDataRange().getValues() as CellValue[][]);
}

/** The plan for these inputs against the sheets as read (also the import's preview, which writes nothing). */
export function planFrom(context: ActionContext, sheets: CaptureSheets, inputs: readonly CaptureInput[]): CapturePlan {
  const { spreadsheet, language, text } = context;
  const settings = sheets.store.loadSettings().settings;
  const customers = sheets.customerValues;
  const responseHeader = sheets.responses.values[0] ?? RESPONSE_FIELDS.map((field) => RESPONSE_HEADERS[language][field]);
  const responses = sheets.responses.values.length > 0 ? sheets.responses.values : [responseHeader];
  const cleaning = cleaningOptions(spreadsheet, settings, language);
  return planCapture({
    customers,
    columns: resolveColumns(customers[0] ?? [], settings.columns),
    ledger: readLedger(sheets.ledgerValues),
    responses,
    responseColumns: recogniseResponseColumns(responseHeader),
    inputs,
    cleaning,
    reading: { defaultCountry: cleaning.defaultCountry, timeZone: cleaning.timeZone, locale: cleaning.locale },
    now: new Date(),
    lastIdNumber: sheets.store.lastCustomerNumber(),
    language,
    text,
    isSuppressed: suppressionCheck(readSuppressionList(spreadsheet), cleaning.defaultCountry),
  });
}

/**
 * The changed cells, written in one block per run of neighbouring rows (one block for one
 * submission); beyond MAX_BLOCKS runs, one block covers them all.
 */
function writeChanges(sheet: Sheet, before: readonly (readonly CellValue[])[], after: readonly (readonly CellValue[])[], rows: readonly number[]): void {
  const edits: CellEdit[] = [];
  for (const r of rows) {
    for (const edit of editsBetween([before[r] ?? []], [after[r] ?? []])) edits.push({ ...edit, row: r + 1 });
  }
  if (edits.length === 0) return;
  const runs: CellEdit[][] = [];
  for (const edit of edits) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && edit.row - last.row <= 1) run.push(edit);
    else runs.push([edit]);
  }
  const groups = runs.length > MAX_BLOCKS ? [edits] : runs;
  const right = largest(edits.map((edit) => edit.column));
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const bottom = largest(edits.map((edit) => edit.row));
  if (bottom > maxRows) sheet.insertRowsAfter(maxRows, bottom - maxRows);
  if (right > maxColumns) sheet.insertColumnsAfter(maxColumns, right - maxColumns);
  const contents = contentsAround(sheet, before, groups, right);
  const blocks = groups.map((group) => blockForEdits(group, contents)!);
  for (const block of blocks) sheet.getRange(block.row, block.column, block.values.length, block.values[0]!.length).setValues(block.values);
}

/**
 * The formulas and number formats of the rows about to be written (two reads per block, not of
 * the whole sheet): a formula beside a changed cell is kept, and a cell formatted as plain text
 * ('@', as Clientele formats the phone column) gets its text without the apostrophe.
 */
function contentsAround(sheet: Sheet, values: readonly (readonly CellValue[])[], groups: readonly CellEdit[][], width: number): SheetContents {
  const formulas: string[][] = [];
  const formats: string[][] = [];
  for (const group of groups) {
    const top = smallest(group.map((edit) => edit.row));
    const bottom = largest(group.map((edit) => edit.row));
    const range = sheet.getRange(top, 1, bottom - top + 1, width);
    range.getFormulas().forEach((row, i) => (formulas[top - 1 + i] = row));
    range.getNumberFormats().forEach((row, i) => (formats[top - 1 + i] = row));
  }
  return { values, formulas, formats };
}

function writeResponses(context: ActionContext, responses: CaptureSheets['responses'], plan: CapturePlan): void {
  if (plan.changedResponseRows.length === 0) return;
  const sheet = responses.sheet ?? recordSheet(context.spreadsheet, RESPONSES_SHEET_NAMES[context.language], plan.responses[0]!);
  writeChanges(sheet, responses.sheet ? responses.values : [plan.responses[0]!], plan.responses, plan.changedResponseRows);
}

/** The hidden ledger of captured submissions: one name in every language, so a change of language never loses it. */
function captureLogSheet(spreadsheet: Spreadsheet): Sheet {
  return recordSheet(spreadsheet, CAPTURE_LOG_SHEET, CAPTURE_LOG_HEADERS, { hidden: true });
}
