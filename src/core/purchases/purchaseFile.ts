/**
 * A file of purchases (a till's, a shop system's or a marketplace's export, as CSV or XLSX) laid
 * onto the Purchases sheet: its columns recognised by header as the Purchases sheet's are (the six
 * languages and tills' own headers, historySheets.ts), and every other column kept, in a column
 * of the Purchases sheet with the same header (added after the last one when there is none).
 *
 * Each row is imported once, keyed by what it holds and how many identical rows came before it in
 * the file: importing the same file again adds nothing, and a later export that repeats last
 * week's rows (a till exports "all orders") adds only the new ones, while two identical sales in
 * one file stay two purchases.
 */
import { parsePlainNumber } from '../cleaning/amounts';
import { parseCalendarDateText } from '../cleaning/dates';
import { columnLetter } from '../columnLetters';
import type { CellValue } from '../customerRecord';
import { isBlankCell, isBlankRow } from '../customerIds';
import { normaliseHeader, recogniseColumns } from '../headerRoles';
import { readDate } from '../segments/cellReading';
import { sha256Hex } from '../sha256';
import { recognisePurchaseColumns, type HistoryColumns, type PurchaseField } from './historySheets';

/** The hidden ledger of rows already imported (backed up with the Purchases sheet, so a restore imports none twice). */
export const PURCHASE_IMPORT_LEDGER_SHEET = 'Clientele purchases imported';
export const PURCHASE_IMPORT_LEDGER_HEADERS = ['Imported at', 'Row key', 'Purchases row'];

export interface FileColumn {
  /** 0-based column of the file. */
  index: number;
  header: string;
  /** The purchase field it holds; null: another column, kept as it is. */
  field: PurchaseField | null;
  /** 0-based Purchases column of its field, or null. */
  target: number | null;
  /** 0-based Purchases column that keeps it as the file has it (another column, or a copy Clientele will not write over), or null. */
  kept: number | null;
}

export interface PurchaseFileLayout {
  columns: FileColumn[];
  /**
   * The file's columns (0-based) that together say who the customer is, in the Customer cell:
   * its Customer column (else its customer ID) and its name, phone and email columns, as the
   * customer sheet's headers are recognised ("Phone", "Телефон", "手机"…).
   */
  customer: number[];
  /** 0-based Purchases column of the Customer cell, or null. */
  customerTarget: number | null;
  /** Headers to add after the Purchases sheet's last column, for the file's columns it has no place for. */
  added: string[];
  /** The Purchases sheet's width once they are added. */
  width: number;
}

export interface LayoutLabels {
  /** The header of a kept column with none in the file: "Column F of the file". */
  unnamed: (letter: string) => string;
  /** The header of a copy of a column Clientele writes in (the file's Customer ID or Counted): "Customer no (from the file)". */
  fromFile: (header: string) => string;
}

function text(value: CellValue | undefined): string {
  if (value === undefined || value === null) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * Where each of the file's columns goes on the Purchases sheet (`purchaseHeaders` and
 * `purchaseColumns`, as they are or will be). A column with no header and no value is left out.
 * Nothing of the file is dropped: Clientele writes its Customer ID and Counted cells (an ID that
 * links to no customer is cleared, as a typed one is), so the file's own columns of those go to
 * a column of their own too (a Customer ID alone goes to the Customer cell instead, where an
 * unknown one stays with its note). The file's name, phone and email columns are kept as they
 * are, and also written together into the Customer cell, where the linker finds the customer.
 */
export function purchaseFileLayout(
  file: readonly (readonly CellValue[])[],
  purchaseHeaders: readonly CellValue[],
  purchaseColumns: HistoryColumns<PurchaseField>,
  labels: LayoutLabels,
): PurchaseFileLayout {
  const headers = file[0] ?? [];
  const width = Math.max(0, ...file.map((row) => row.length));
  const fileFields = recognisePurchaseColumns(headers);
  const fieldAt = new Map<number, PurchaseField>((Object.entries(fileFields) as [PurchaseField, number][]).map(([field, index]) => [index, field]));
  const fieldColumns = new Set(Object.values(purchaseColumns));
  const { roles } = recogniseColumns(headers);
  const first = fileFields.customer ?? fileFields.customerId;
  const customer = [...new Set([first, roles.name, roles.firstName, roles.lastName, roles.phone, roles.email])]
    .filter((index): index is number => index !== undefined && (index === first || !fieldAt.has(index)));
  // Purchases columns that hold no field, by header: where a file's other column goes when its header is already there.
  const others = new Map<string, number>();
  purchaseHeaders.forEach((header, index) => {
    const key = normaliseHeader(text(header).trim());
    if (key !== '' && !fieldColumns.has(index) && !others.has(key)) others.set(key, index);
  });
  const added: string[] = [];
  const keep = (header: string): number => {
    const key = normaliseHeader(header);
    const existing = key === '' ? undefined : others.get(key);
    if (existing !== undefined) {
      others.delete(key);
      return existing;
    }
    added.push(header);
    return purchaseHeaders.length + added.length - 1;
  };
  const columns: FileColumn[] = [];
  for (let index = 0; index < width; index++) {
    const header = text(headers[index]).trim();
    if (header === '' && file.every((row, r) => r === 0 || isBlankCell(row[index]))) continue;
    const field = fieldAt.get(index) ?? null;
    const target = field === null || field === 'counted' ? null : (purchaseColumns[field] ?? null);
    let kept: number | null = null;
    if (field === 'customerId' && customer.includes(index) && purchaseColumns.customer !== undefined) kept = null;
    else if (field === 'customerId' || field === 'counted') kept = keep(labels.fromFile(header));
    else if (target === null) kept = keep(header === '' ? labels.unnamed(columnLetter(index)) : header);
    columns.push({ index, header, field, target, kept });
  }
  return { columns, customer, customerTarget: purchaseColumns.customer ?? null, added, width: purchaseHeaders.length + added.length };
}

/** The fields an import writes as the value they read as, when they read for sure. */
const TYPED_FIELDS: ReadonlySet<PurchaseField> = new Set(['date', 'amount', 'quantity']);

/**
 * A Date, Amount or Quantity cell of a file as an import writes it: text that Clientele's reader
 * reads for sure becomes the value it reads (what Sheets makes of such a cell typed by hand, so
 * that =SUM adds it and the date sorts), anything else stays exactly as the file has it:
 * - a date, read by the spreadsheet's locale and time zone, becomes that Date, except a Solar
 *   Hijri one (1405/09/01), which Sheets has no format for and would show as Gregorian, and one
 *   with a fraction of a second, which a cell may not keep to the millisecond;
 * - an amount or quantity that is a plain number (digits in any script, the cleaners'
 *   separators, a minus) becomes that number; one written with its currency ("12 000 тг",
 *   "$15") keeps it in the cell, where it is read from; a negative quantity, which the reader
 *   refuses, stays as written so that its note quotes it.
 * Numbers and Dates (an XLSX file's) and blank cells are written as they are.
 */
export function importedCell(field: PurchaseField | null, value: CellValue, reading: { locale: string; timeZone: string }): CellValue {
  if (field === null || !TYPED_FIELDS.has(field) || typeof value !== 'string' || isBlankCell(value)) return value;
  if (field === 'date') {
    const date = readDate(value, reading.locale, reading.timeZone);
    if (date.kind !== 'value' || date.value.getTime() % 1000 !== 0) return value;
    const day = parseCalendarDateText(value, reading.locale);
    return typeof day !== 'string' && day.calendar === 'gregorian' ? date.value : value;
  }
  const number = parsePlainNumber(value);
  if (number === null || (field === 'quantity' && number < 0)) return value;
  return number;
}

/**
 * One file row as a Purchases row: every cell as the file has it, the rest blank. With `reading`
 * (the import and its preview), its Date, Amount and Quantity cells as importedCell writes them.
 */
export function purchaseCellsOf(layout: PurchaseFileLayout, row: readonly CellValue[], reading?: { locale: string; timeZone: string }): CellValue[] {
  const cells: CellValue[] = Array.from({ length: layout.width }, () => '');
  for (const column of layout.columns) {
    const value = row[column.index];
    if (value === undefined || value === null) continue;
    if (column.target !== null) cells[column.target] = reading ? importedCell(column.field, value, reading) : value;
    if (column.kept !== null) cells[column.kept] = value;
  }
  if (layout.customerTarget !== null && layout.customer.length > 0) {
    // "Ivan Petrov, +7 916 123-45-67": how a person writes a customer in the Customer cell, which the linker reads.
    const parts = layout.customer.map((index) => text(row[index]).trim()).filter((part) => part !== '');
    cells[layout.customerTarget] = parts.length === 1 && layout.customer.length === 1 ? (row[layout.customer[0]!] ?? '') : parts.join(', ');
  }
  return cells;
}

export interface FileRow {
  /** 1-based row of the file (its header is row 1). */
  row: number;
  key: string;
}

/**
 * The file's rows that hold something, from `from` (1-based) for at most `limit` rows of the file,
 * each with its import key: what the row holds, and how many rows holding the same came before it.
 */
export function fileRowKeys(file: readonly (readonly CellValue[])[], from = 2, limit = Infinity): FileRow[] {
  const seen = new Map<string, number>();
  const rows: FileRow[] = [];
  const end = Math.min(file.length, from - 1 + limit);
  for (let r = 1; r < end; r++) {
    const row = file[r] ?? [];
    if (isBlankRow(row)) continue;
    const cells = row.map((value) => text(value).trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    const content = JSON.stringify(cells);
    const occurrence = seen.get(content) ?? 0;
    seen.set(content, occurrence + 1);
    if (r >= from - 1) rows.push({ row: r + 1, key: `${sha256Hex(content).slice(0, 32)}#${occurrence}` });
  }
  return rows;
}
