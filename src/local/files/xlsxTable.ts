import { Workbook, ValueType, type Cell, type CellValue as ExcelValue, type Worksheet } from 'exceljs';
import { instantOf, wallClockOf } from '../services/spreadsheet/zonedTime';

/** A cell as `Range.getValues()` returns it: empty cells are ''. */
export type CellValue = string | number | boolean | Date | '';

export interface XlsxSheet {
  name: string;
  rows: CellValue[][];
}

export interface XlsxSheetToWrite {
  name: string;
  rows: readonly (readonly CellValue[])[];
  /** 0-based columns formatted as text ('@'), so that Excel keeps leading zeros and `+` as typed. */
  textColumns?: readonly number[];
}

export interface XlsxOptions {
  /**
   * The zone of the dates. An XLSX date is a calendar date and time with no zone, while a Date is an
   * instant: a sheet in Asia/Almaty holds 15 March as 2024-03-14T19:00Z, which must be written as 15 March.
   * Default 'UTC'.
   */
  timeZone?: string;
}

/** Excel's rules for sheet names (Google Sheets allows more). */
const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[*?:/\\[\]]/g;

/** Sheets allows 50,000 characters in a cell; Excel refuses a file with more than this. */
const MAX_EXCEL_CELL_TEXT = 32767;

const DAY_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const TEXT_FORMAT = '@';

/** exceljs reads and writes dates as if the workbook's wall clock were UTC. */
function instantFromWorkbook(date: Date, timeZone: string): Date {
  if (timeZone === 'UTC') return date;
  const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(),
    minute: date.getUTCMinutes(), second: date.getUTCSeconds() };
  return new Date(instantOf(wall, timeZone).getTime() + date.getUTCMilliseconds());
}

function dateForWorkbook(date: Date, timeZone: string): Date {
  if (timeZone === 'UTC') return date;
  const wall = wallClockOf(date, timeZone);
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, date.getUTCMilliseconds()));
}

function plainText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && 'richText' in text && Array.isArray(text.richText)) {
    return text.richText.map((run: { text?: string }) => run.text ?? '').join('');
  }
  return '';
}

/** A cached formula result or a plain cell value, as one of our cell values. */
function simpleValue(value: ExcelValue, timeZone: string): CellValue | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return instantFromWorkbook(value, timeZone);
  if ('error' in value) return value.error; // Sheets' getValues() shows an error cell as its text, e.g. '#N/A'.
  if ('richText' in value) return plainText(value);
  if ('hyperlink' in value) return plainText(value.text);
  return undefined;
}

function readCell(cell: Cell, timeZone: string): CellValue {
  // Only the top-left cell of a merged range holds the value, as in Sheets.
  if (cell.type === ValueType.Merge) return '';
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = value.result;
    if (result !== undefined && result !== null) return simpleValue(result, timeZone) ?? '';
    return `=${cell.formula}`; // never calculated (written by a script): keep what it says
  }
  return simpleValue(value, timeZone) ?? plainText(cell.text);
}

function readSheet(sheet: Worksheet, timeZone: string): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(readCell(row.getCell(c), timeZone));
    rows.push(values);
  }
  // The data range, as Sheets' getDataRange(): up to the last row and column that hold a value.
  const lastFilled = (cells: readonly CellValue[]) => cells.reduce<number>((last, cell, index) => (cell === '' ? last : index), -1);
  while (rows.length > 0 && lastFilled(rows[rows.length - 1] ?? []) < 0) rows.pop();
  const width = rows.reduce((widest, row) => Math.max(widest, lastFilled(row) + 1), 0);
  return rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
}

/** Every sheet of an XLSX file, in tab order, with its values as `getValues()` would return them. */
export async function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Promise<XlsxSheet[]> {
  const workbook = new Workbook();
  try {
    // exceljs declares a global `Buffer extends ArrayBuffer` that no real Buffer matches; it reads a Node Buffer.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    // JSZip's "Can't find end of central directory" tells a user nothing.
    throw new Error(
      'The file is not an XLSX workbook (it may be an old .xls file or a renamed CSV). ' +
        'Open it in Excel or Google Sheets, save or download it as .xlsx, and import that file.',
    );
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: readSheet(sheet, options.timeZone ?? 'UTC') }));
}

/** The longest start of `text` that fits in `units` UTF-16 units without cutting a character in half. */
function fitted(text: string, units: number): string {
  let result = '';
  for (const char of text) {
    if (result.length + char.length > units) break;
    result += char;
  }
  return result;
}

/**
 * A name Excel accepts: forbidden characters as '_', no quote at either end, at most 31 characters,
 * unique regardless of case. "Клиенты 2024/25" is written as "Клиенты 2024_25".
 */
function excelSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(FORBIDDEN_IN_SHEET_NAME, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  for (let copy = 1; ; copy++) {
    const suffix = copy === 1 ? '' : ` (${copy})`;
    const candidate = fitted(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (candidate !== 'History' && !taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

function writeCell(cell: Cell, value: CellValue, timeZone: string): void {
  if (value === '') return;
  if (typeof value === 'string' && value.length > MAX_EXCEL_CELL_TEXT) {
    throw new Error(
      `Sheet "${cell.worksheet.name}", cell ${cell.address}: ${value.length} characters, but Excel holds at most ` +
        `${MAX_EXCEL_CELL_TEXT} in a cell. Shorten it or export this sheet as CSV.`,
    );
  }
  if (value instanceof Date) {
    const date = dateForWorkbook(value, timeZone);
    const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
    cell.value = date;
    cell.numFmt = midnight ? DAY_FORMAT : DATE_TIME_FORMAT;
    return;
  }
  // A string is always stored as a string, so "=HYPERLINK(...)" from a form stays text: exceljs writes
  // a formula only when given a { formula } object, which this module never builds.
  cell.value = value;
}

/**
 * An XLSX file with one worksheet per sheet: the first row bold and frozen as the header,
 * `textColumns` in text format, dates with an ISO date format.
 */
export async function writeXlsx(sheets: readonly XlsxSheetToWrite[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const timeZone = options.timeZone ?? 'UTC';
  const workbook = new Workbook();
  const taken = new Set<string>();
  for (const { name, rows, textColumns = [] } of sheets) {
    const sheet = workbook.addWorksheet(excelSheetName(name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    // Before the values: new cells take their column's format.
    for (const column of textColumns) sheet.getColumn(column + 1).numFmt = TEXT_FORMAT;
    rows.forEach((row, r) => row.forEach((value, c) => writeCell(sheet.getCell(r + 1, c + 1), value, timeZone)));
    if (rows.length > 0) sheet.getRow(1).font = { bold: true };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
