import { Workbook, ValueType, type Cell, type CellValue as ExcelValue, type Worksheet } from 'exceljs';
import { instantOf, wallClockOf } from '../services/spreadsheet/zonedTime';
import { FileRefused } from './fileRefused';
import { checkZip, ZipRefused } from './zipGuard';
import { columnLetter } from '../../core/columnLetters';

/** A cell as `Range.getValues()` returns it: empty cells are ''. */
export type CellValue = string | number | boolean | Date | '';

/** What a cell holds besides its value, that a command writing the file back must keep: its formula, link target and comment. */
export interface CellExtras {
  formula?: string;
  hyperlink?: string;
  note?: string;
}

export interface XlsxSheet {
  name: string;
  rows: CellValue[][];
  /** By `row:column` (0-based), for the cells that have any. */
  extras: Map<string, CellExtras>;
}

export interface XlsxSheetToWrite {
  name: string;
  rows: readonly (readonly CellValue[])[];
  /** 0-based columns formatted as text ('@'), so that Excel keeps leading zeros and `+` as typed. */
  textColumns?: readonly number[];
  /** Formulas, link targets and comments to write back (see CellExtras); a formula only where it is given. */
  extras?: ReadonlyMap<string, CellExtras>;
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

/** A Google spreadsheet holds at most 10 million cells (support.google.com/drive/answer/37603). */
export const MAX_SPREADSHEET_CELLS = 10_000_000;

function noteText(note: Cell['note']): string | undefined {
  if (typeof note === 'string') return note;
  const texts = note?.texts?.map((run) => run.text ?? '').join('');
  return texts || undefined;
}

function extrasOf(cell: Cell): CellExtras | null {
  const extras: CellExtras = {};
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && cell.formula) extras.formula = `=${cell.formula}`;
  if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.hyperlink === 'string') extras.hyperlink = value.hyperlink;
  const note = noteText(cell.note);
  if (note !== undefined) extras.note = note;
  return Object.keys(extras).length > 0 ? extras : null;
}

/**
 * The filled cells only (a file may declare a cell at XFD1048576 and nothing else), and the grid
 * of its data range — the last row and column that hold a value, as Sheets' getDataRange() —
 * built only once its size is known to fit in a spreadsheet.
 */
function readSheet(sheet: Worksheet, timeZone: string, cellsSoFar: number): XlsxSheet {
  const filled: { row: number; column: number; value: CellValue }[] = [];
  const extras = new Map<string, CellExtras>();
  let height = 0;
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const value = readCell(cell, timeZone);
      const more = extrasOf(cell);
      if (more) extras.set(`${r - 1}:${c - 1}`, more);
      if (value === '') return;
      filled.push({ row: r - 1, column: c - 1, value });
      height = Math.max(height, r);
      width = Math.max(width, c);
    });
  });
  if (cellsSoFar + height * width > MAX_SPREADSHEET_CELLS) {
    const tall = height.toLocaleString('en-US');
    const values = { sheet: sheet.name, row: tall, letter: columnLetter(width - 1), rows: tall, columns: width.toLocaleString('en-US') };
    throw new FileRefused(cellsSoFar > 0 ? 'fileXlsxTooManyCellsWithBefore' : 'fileXlsxTooManyCells', values);
  }
  const rows = Array.from({ length: height }, () => Array.from<CellValue>({ length: width }).fill(''));
  for (const cell of filled) rows[cell.row]![cell.column] = cell.value;
  for (const key of [...extras.keys()]) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    if (r >= height || c >= width) extras.delete(key);
  }
  return { name: sheet.name, rows, extras };
}

/** Every sheet of an XLSX file, in tab order, with its values as `getValues()` would return them. */
export async function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Promise<XlsxSheet[]> {
  try {
    checkZip(bytes);
  } catch (error) {
    throw error instanceof ZipRefused ? new FileRefused('fileNotXlsx') : error;
  }
  const workbook = new Workbook();
  try {
    // exceljs declares a global `Buffer extends ArrayBuffer` that no real Buffer matches; it reads a Node Buffer.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    // JSZip's "Can't find end of central directory" tells a user nothing.
    throw new FileRefused('fileNotXlsx');
  }
  const sheets: XlsxSheet[] = [];
  let cells = 0;
  for (const sheet of workbook.worksheets) {
    const read = readSheet(sheet, options.timeZone ?? 'UTC', cells);
    cells += read.rows.length * (read.rows[0]?.length ?? 0);
    sheets.push(read);
  }
  return sheets;
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

function writeCell(cell: Cell, value: CellValue, timeZone: string, extras: CellExtras | undefined): void {
  if (extras?.note !== undefined) cell.note = extras.note;
  if (extras?.formula !== undefined) {
    // The file's own formula, read from it: written back with the value it showed.
    const result = value instanceof Date ? dateForWorkbook(value, timeZone) : value === '' ? undefined : value;
    cell.value = { formula: extras.formula.slice(1), result } as ExcelValue;
    return;
  }
  if (value === '') return;
  if (typeof value === 'string' && value.length > MAX_EXCEL_CELL_TEXT) {
    throw new FileRefused('fileExcelCellTooLong', { sheet: cell.worksheet.name, cell: cell.address, length: value.length.toLocaleString('en-US'), max: MAX_EXCEL_CELL_TEXT.toLocaleString('en-US') });
  }
  if (value instanceof Date) {
    const date = dateForWorkbook(value, timeZone);
    const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
    cell.value = date;
    cell.numFmt = midnight ? DAY_FORMAT : DATE_TIME_FORMAT;
    return;
  }
  // A string is always stored as a string, so "=HYPERLINK(...)" from a form stays text: exceljs writes
  // a formula only when given a { formula } object, which this module builds only from a formula the file itself held.
  cell.value = extras?.hyperlink !== undefined && typeof value === 'string' ? { text: value, hyperlink: extras.hyperlink } : value;
}

/**
 * An XLSX file with one worksheet per sheet: the first row bold and frozen as the header,
 * `textColumns` in text format, dates with an ISO date format.
 */
export async function writeXlsx(sheets: readonly XlsxSheetToWrite[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const timeZone = options.timeZone ?? 'UTC';
  const workbook = new Workbook();
  const taken = new Set<string>();
  for (const { name, rows, textColumns = [], extras } of sheets) {
    const sheet = workbook.addWorksheet(excelSheetName(name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    // Before the values: new cells take their column's format.
    for (const column of textColumns) sheet.getColumn(column + 1).numFmt = TEXT_FORMAT;
    rows.forEach((row, r) => row.forEach((value, c) => writeCell(sheet.getCell(r + 1, c + 1), value, timeZone, extras?.get(`${r}:${c}`))));
    if (rows.length > 0) sheet.getRow(1).font = { bold: true };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
