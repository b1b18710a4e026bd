/**
 * Import purchases from a file (a till's, a shop system's or a marketplace's export, as CSV or
 * XLSX read in the browser and sent as rows) or from another sheet of this spreadsheet, onto the
 * Purchases sheet. The preview says what would happen and writes nothing; the import appends a
 * chunk of rows per call and runs them through the path a typed row takes (processPurchaseRows),
 * so linking, notes, Counted and the totals are exactly a typed row's. Its Date, Amount and
 * Quantity cells are written as the date or number they read as for sure, as Sheets makes a cell
 * typed by hand (=SUM adds them, dates sort), else as the file has them (importedCell in
 * purchaseFile.ts); the row keys are the file's cells. The file's other columns are kept as it
 * has them, as columns of the Purchases sheet. A hidden ledger keeps each imported row's key
 * (purchaseFile.ts), so importing the same file again adds nothing.
 *
 * Each call costs the same few service calls whatever the sizes: the ledger's key column read
 * once, the Purchases header read, at most one header write, one append, processPurchaseRows'
 * fixed calls, one ledger append.
 */
import { columnLetter } from '../../core/columnLetters';
import { headerRow } from '../sheetColumns';
import type { CellValue } from '../../core/customerRecord';
import { type CustomerLink } from '../../core/purchases/customerLinking';
import { headersWith, isInteractionsSheetName, isPurchasesSheetName, PURCHASE_HEADERS, PURCHASES, type HistoryColumns, type PurchaseField } from '../../core/purchases/historySheets';
import { fileRowKeys, PURCHASE_IMPORT_LEDGER_HEADERS, PURCHASE_IMPORT_LEDGER_SHEET, purchaseCellsOf, purchaseFileLayout, type FileRow, type LayoutLabels, type PurchaseFileLayout } from '../../core/purchases/purchaseFile';
import { linkNote, problemReason } from '../../core/purchases/purchaseNotes';
import { linkPurchaseRows } from '../../core/purchases/purchasePlan';
import type { PurchaseProblemReason } from '../../core/purchases/purchaseRecords';
import { formatMessage } from '../../core/i18n/formatMessage';
import { valueToWrite } from '../../core/sheetWriting';
import type { ActionContext } from '../actionContext';
import { textFormats } from '../card/cardActions';
import type { ImportSource } from '../capture/importContacts';
import { IMPORT_CHUNK_ROWS } from '../capture/importContacts';
import { withDocumentLock } from '../documentLock';
import { appendRows, findRecordSheet, recordSheet } from '../recordSheets';
import { ensureHistorySheet, findHistorySheet } from './historySheet';
import { purchaseSetting } from './purchaseContext';
import { processPurchaseRows } from './purchaseEdit';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PREVIEW_LINES = 20;

/** The fields without which rows are imported but not linked or not counted: the preview says so. */
const NEEDED: readonly PurchaseField[] = ['date', 'customer', 'amount'];

export interface PurchaseImportProblem {
  /** 1-based row of the file (its header is row 1). */
  row: number;
  /** The file's column letter and header. */
  column: string;
  header: string;
  value: string;
  reason: PurchaseProblemReason;
  /** The reason in the user's language, as the cell's note will say it. */
  explanation: string;
}

export interface PurchaseImportCustomerLine {
  row: number;
  customer: string;
  /** What the row's Customer cell will say (the note a typed row gets). */
  note: string;
}

export interface PurchaseImportPreview {
  /** Rows of the file that hold something. */
  rows: number;
  /** Of those, the rows an import would add (the others were imported before). */
  fresh: number;
  already: number;
  linked: number;
  /** Two possible customers, or a name alone: never linked, the row gets a note naming them. */
  ambiguous: number;
  /** No customer found (or none given). */
  unknown: number;
  /** The file's recognised columns and the Purchases column each fills. */
  columns: { header: string; label: string }[];
  /** The file's other columns, kept under these headers on the Purchases sheet. */
  kept: string[];
  /** Of Date, Customer and Amount, the ones the file has no column for. */
  missing: PurchaseField[];
  /** Cells that cannot be read, by row and column of the file: the first ones, and how many in all. */
  problems: PurchaseImportProblem[];
  problemCount: number;
  /** Rows whose customer is not found for sure: the first ones. */
  customers: PurchaseImportCustomerLine[];
}

export interface PurchaseImportResult {
  /** Rows added to the Purchases sheet by this call. */
  imported: number;
  linked: number;
  /** Rows of this chunk imported before, skipped. */
  already: number;
  /** The next file row to import (call again from it), or null when done. */
  nextRow: number | null;
}

export type PurchaseImportRefusal = { error: string };

function table(context: ActionContext, source: ImportSource): CellValue[][] | PurchaseImportRefusal {
  if (source.kind === 'rows') return Array.isArray(source.rows) ? source.rows : [];
  if (isPurchasesSheetName(source.sheet) || isInteractionsSheetName(source.sheet) || source.sheet === PURCHASE_IMPORT_LEDGER_SHEET) return { error: context.text.purchaseImportOwnSheet };
  const sheet = context.spreadsheet.getSheetByName(source.sheet);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues() as CellValue[][];
}

/** The keys of every row imported so far, in one read of the ledger's key column. */
function importedKeys(ledger: Sheet | null): Set<string> {
  if (!ledger || ledger.getLastRow() < 2) return new Set();
  return new Set(ledger.getRange(2, 2, ledger.getLastRow() - 1, 1).getValues().map((row) => String(row[0] ?? '')));
}

function labels(context: ActionContext): LayoutLabels {
  return {
    unnamed: (letter) => formatMessage(context.text.purchaseImportUnnamed, { letter }),
    fromFile: (header) => formatMessage(context.text.purchaseImportFromFile, { header }),
  };
}

/** The Purchases sheet's header and columns as an import would find or make them, nothing written. */
function purchasesAsTheyWouldBe(context: ActionContext): { headers: CellValue[]; columns: HistoryColumns<PurchaseField> } {
  const sheet = findHistorySheet(context.spreadsheet, PURCHASES);
  const existing = sheet ? headerRow(sheet) : [];
  const required = existing.length === 0 ? PURCHASES.fields : PURCHASES.required;
  const { headers } = headersWith(existing, PURCHASES.recognise(existing), required, PURCHASE_HEADERS[context.language]);
  return { headers, columns: PURCHASES.recognise(headers) };
}

function freshRows(file: readonly (readonly CellValue[])[], keys: Set<string>, from = 2, limit = Infinity): { fresh: FileRow[]; already: number } {
  const rows = fileRowKeys(file, from, limit);
  const fresh = rows.filter((row) => !keys.has(row.key));
  return { fresh, already: rows.length - fresh.length };
}

function isAmbiguous(link: CustomerLink): boolean {
  return link.kind === 'ambiguous' || (link.kind === 'nameOnly' && link.candidates.length > 0);
}

/** What importing the file would do: nothing is written. */
export function previewPurchaseImport(context: ActionContext, source: ImportSource): PurchaseImportPreview | PurchaseImportRefusal {
  const file = table(context, source);
  if (!Array.isArray(file)) return file;
  const setting = purchaseSetting(context, false);
  if (!setting) return { error: context.text.purchaseImportNoCustomerSheet };
  const { headers, columns } = purchasesAsTheyWouldBe(context);
  const layout = purchaseFileLayout(file, headers, columns, labels(context));
  const { fresh, already } = freshRows(file, importedKeys(findRecordSheet(context.spreadsheet, PURCHASE_IMPORT_LEDGER_SHEET)));
  const purchaseHeaders = [...headers, ...layout.added];
  const rows = fresh.map((row) => purchaseCellsOf(layout, file[row.row - 1]!, setting.reading));
  const linked = linkPurchaseRows({ headers: purchaseHeaders, columns, rows, top: 2, customerEdited: false, linker: setting.linker, reading: setting.reading });
  const fileColumnOf = new Map(layout.columns.flatMap((column) => [column.target, column.kept].flatMap((at) => (at === null ? [] : [[at, column] as const]))));
  const problems = linked.problems.flatMap((problem): PurchaseImportProblem[] => {
    const column = fileColumnOf.get(problem.index);
    const row = fresh[problem.row - 2];
    return column && row ? [{ row: row.row, column: columnLetter(column.index), header: column.header, value: problem.value, reason: problem.reason, explanation: problemReason(problem.reason, context.text) }] : [];
  });
  const idHeader = String(purchaseHeaders[columns.customerId!] ?? '');
  const customers: PurchaseImportCustomerLine[] = [];
  linked.links.forEach((link, i) => {
    if (link.kind === 'linked' || customers.length >= PREVIEW_LINES) return;
    const note = linkNote(link.kind === 'blank' ? { kind: 'unknown' } : link, idHeader, context.text) ?? '';
    const given = (field: PurchaseField) => (columns[field] === undefined ? '' : String(rows[i]![columns[field]!] ?? '').trim());
    customers.push({ row: fresh[i]!.row, customer: given('customer') || given('customerId'), note });
  });
  const recognised = layout.columns.filter((column) => column.target !== null);
  return {
    rows: fresh.length + already,
    fresh: fresh.length,
    already,
    linked: linked.links.filter((link) => link.kind === 'linked').length,
    ambiguous: linked.links.filter(isAmbiguous).length,
    unknown: linked.links.filter((link) => link.kind !== 'linked' && !isAmbiguous(link)).length,
    columns: recognised.map((column) => ({ header: column.header, label: PURCHASE_HEADERS[context.language][column.field!] })),
    kept: layout.columns.flatMap((column) => (column.kept === null || column.kept === columns.customer ? [] : [String(purchaseHeaders[column.kept] ?? '')])),
    missing: NEEDED.filter((field) => (field === 'customer' ? layout.customer.length === 0 : !layout.columns.some((column) => column.field === field))),
    problems: problems.slice(0, PREVIEW_LINES),
    problemCount: problems.length,
    customers,
  };
}

/** The file's columns the Purchases sheet has no place for, added after its last column, bold like its header. */
function addColumns(sheet: Sheet, layout: PurchaseFileLayout, first: number): void {
  if (layout.added.length === 0) return;
  if (layout.width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), layout.width - sheet.getMaxColumns());
  sheet.getRange(1, first + 1, 1, layout.added.length).setValues([layout.added.map((header) => valueToWrite(header, ''))]).setFontWeight('bold');
}

/** The columns any of the new rows filled, for the audit log. */
function writtenColumns(rows: readonly (readonly CellValue[])[], width: number): number[] {
  return Array.from({ length: width }, (_, column) => column).filter((column) => rows.some((row) => row[column] !== ''));
}

/** Imports the file's rows from `fromRow` (up to IMPORT_CHUNK_ROWS rows of the file); call again from `nextRow` until it is null. */
export function importPurchaseRows(context: ActionContext, source: ImportSource, fromRow = 2): PurchaseImportResult | PurchaseImportRefusal {
  const file = table(context, source);
  if (!Array.isArray(file)) return file;
  const from = Math.max(2, Math.floor(Number(fromRow) || 2));
  const end = from - 1 + IMPORT_CHUNK_ROWS;
  const nextRow = end < file.length ? end + 1 : null;
  return withDocumentLock(30_000, () => {
    // The customer sheet read once a call, under the lock, for the check and for linking the rows.
    const setting = purchaseSetting(context);
    if (!setting) return { error: context.text.purchaseImportNoCustomerSheet };
    const ledger = recordSheet(context.spreadsheet, PURCHASE_IMPORT_LEDGER_SHEET, PURCHASE_IMPORT_LEDGER_HEADERS, { hidden: true });
    const { fresh, already } = freshRows(file, importedKeys(ledger), from, IMPORT_CHUNK_ROWS);
    if (fresh.length === 0) return { imported: 0, linked: 0, already, nextRow };
    const { sheet, headers, columns } = ensureHistorySheet(context.spreadsheet, PURCHASES, context.language);
    const layout = purchaseFileLayout(file, headers, columns, labels(context));
    addColumns(sheet, layout, headers.length);
    const rows = fresh.map((row) => purchaseCellsOf(layout, file[row.row - 1]!, setting.reading));
    const top = appendRows(sheet, rows, layout.width, textFormats(PURCHASES, columns, layout.width));
    // The block is processed as if its Customer ID cells were typed: the customer is found from them when the file gives one, else from the Customer cell.
    const idColumn = columns.customerId! + 1;
    const { linked } = processPurchaseRows(context, sheet, { top, height: rows.length, left: idColumn, right: idColumn, written: writtenColumns(rows, layout.width) }, undefined, setting);
    const now = new Date();
    appendRows(ledger, fresh.map((row, i) => [now, row.key, top + i]), PURCHASE_IMPORT_LEDGER_HEADERS.length);
    return { imported: rows.length, linked, already, nextRow };
  });
}
