/**
 * The undo log: what an action changed, kept in a hidden sheet of the document (it survives
 * the run and the sidebar, travels with the spreadsheet, and has room that document
 * properties do not). One row per changed cell with its previous value, typed, so that
 * undo restores every cell exactly; plus, where an action changed number formats, one row
 * per column with its previous formats.
 */
import type { CellEdit } from './cellBlock';
import type { CellValue } from './customerRecord';

export const UNDO_SHEET = 'Clientele undo';
export const UNDO_HEADERS = ['Operation', 'Action', 'Time', 'Sheet', 'Row', 'Column', 'Previous'];

/** Row 0 marks a column's number formats rather than one cell's value. */
const FORMATS_ROW = 0;
/** Row -1 marks rows the action appended to another sheet (the Merged sheet): undo clears them. */
const APPENDED_ROWS = -1;
/** Row -2 marks a whole row as it was before the action (a merge's survivor); Column holds its sheet row. */
const ROW_BEFORE = -2;
/** Row -3 marks a row the action removed (a merged row); Column holds where it was. */
const ROW_REMOVED = -3;
/** Row -4 marks a column the action added (Other contacts); Column holds it (1-based). */
const COLUMN_ADDED = -4;
/** Row -5 marks a cell the action changed on another sheet (a merge moving purchases); Column holds {sheet, row, column}. */
const OTHER_SHEET_CELL = -5;

type Encoded = { s: string } | { n: number } | { b: boolean } | { d: string };

export function encodeCell(value: CellValue): string {
  const encoded: Encoded =
    value instanceof Date ? { d: value.toISOString() } : typeof value === 'number' ? { n: value } : typeof value === 'boolean' ? { b: value } : { s: value };
  return JSON.stringify(encoded);
}

export function decodeCell(text: string): CellValue {
  return decodeEncoded(JSON.parse(text) as Encoded);
}

function encodeRow(values: readonly CellValue[]): string {
  return `[${values.map(encodeCell).join(',')}]`;
}

function decodeRow(text: string): CellValue[] {
  return (JSON.parse(text) as Encoded[]).map(decodeEncoded);
}

function decodeEncoded(encoded: Encoded): CellValue {
  if ('d' in encoded) return new Date(encoded.d);
  if ('n' in encoded) return encoded.n;
  if ('b' in encoded) return encoded.b;
  return encoded.s;
}

/** Formats of a whole column, run-length encoded so that 100,000 rows fit in one cell. */
export function encodeFormats(formats: readonly string[]): string {
  const runs: [string, number][] = [];
  for (const format of formats) {
    const last = runs[runs.length - 1];
    if (last && last[0] === format) last[1] += 1;
    else runs.push([format, 1]);
  }
  return JSON.stringify(runs);
}

export function decodeFormats(text: string): string[] {
  return (JSON.parse(text) as [string, number][]).flatMap(([format, count]) => Array<string>(count).fill(format));
}

export interface UndoEntry {
  operation: string;
  action: string;
  time: Date;
  sheet: string;
}

export interface ColumnFormats {
  column: number;
  /** From row 2 down. */
  formats: string[];
}

export interface AppendedRows {
  sheet: string;
  firstRow: number;
  count: number;
  width: number;
}

/** What a change of whole rows needs for undo (a merge): rows before, rows removed, a column added. */
export interface RowChanges {
  before: { sheetRow: number; values: CellValue[] }[];
  removed: { sheetRow: number; values: CellValue[] }[];
  /** 1-based, or null. */
  addedColumn: number | null;
}

/** Cells an action changed on a sheet other than the one it acted on. */
export interface OtherSheetCells {
  sheet: string;
  cells: CellEdit[];
}

export interface UndoRecord {
  cells?: readonly CellEdit[];
  elsewhere?: readonly OtherSheetCells[];
  formats?: readonly ColumnFormats[];
  appended?: readonly AppendedRows[];
  rows?: RowChanges;
}

export function undoRows(entry: UndoEntry, record: UndoRecord): CellValue[][] {
  const base = [entry.operation, entry.action, entry.time, entry.sheet];
  const { cells: previous = [], formats = [], appended = [], rows, elsewhere = [] } = record;
  return [
    ...(rows?.addedColumn ? [[...base, COLUMN_ADDED, rows.addedColumn, '']] : []),
    ...(rows?.before ?? []).map((row) => [...base, ROW_BEFORE, row.sheetRow, encodeRow(row.values)]),
    ...(rows?.removed ?? []).map((row) => [...base, ROW_REMOVED, row.sheetRow, encodeRow(row.values)]),
    ...appended.map((rows) => [...base, APPENDED_ROWS, rows.firstRow, JSON.stringify({ sheet: rows.sheet, count: rows.count, width: rows.width })]),
    ...formats.map((column) => [...base, FORMATS_ROW, column.column, encodeFormats(column.formats)]),
    ...previous.map((edit) => [...base, edit.row, edit.column, encodeCell(edit.value)]),
    ...elsewhere.flatMap((other) => other.cells.map((edit) => [...base, OTHER_SHEET_CELL, JSON.stringify({ sheet: other.sheet, row: edit.row, column: edit.column }), encodeCell(edit.value)])),
  ];
}

export interface LastOperation extends UndoEntry {
  /** Where its rows are in the undo sheet (1-based, header is row 1). */
  firstLogRow: number;
  logRowCount: number;
  cells: CellEdit[];
  formats: ColumnFormats[];
  appended: AppendedRows[];
  rows: RowChanges | null;
  elsewhere: OtherSheetCells[];
}

/** The most recent operation in the log (its rows are the last ones), or null when the log is empty. */
export function lastOperation(log: readonly (readonly CellValue[])[]): LastOperation | null {
  if (log.length < 2) return null;
  const operation = String(log[log.length - 1]![0]);
  let first = log.length - 1;
  while (first > 1 && String(log[first - 1]![0]) === operation) first -= 1;
  const rows = log.slice(first);
  const [, action, time, sheet] = rows[0]!;
  const cells: CellEdit[] = [];
  const formats: ColumnFormats[] = [];
  const appended: AppendedRows[] = [];
  const rowChanges: RowChanges = { before: [], removed: [], addedColumn: null };
  const elsewhere = new Map<string, CellEdit[]>();
  for (const row of rows) {
    const [, , , , logRow, column, previous] = row;
    const kind = Number(logRow);
    if (kind === COLUMN_ADDED) rowChanges.addedColumn = Number(column);
    else if (kind === ROW_BEFORE) rowChanges.before.push({ sheetRow: Number(column), values: decodeRow(String(previous)) });
    else if (kind === OTHER_SHEET_CELL) {
      const at = JSON.parse(String(column)) as { sheet: string; row: number; column: number };
      const cells = elsewhere.get(at.sheet) ?? [];
      cells.push({ row: at.row, column: at.column, value: decodeCell(String(previous)) });
      elsewhere.set(at.sheet, cells);
    } else if (kind === ROW_REMOVED) rowChanges.removed.push({ sheetRow: Number(column), values: decodeRow(String(previous)) });
    else if (Number(logRow) === APPENDED_ROWS) appended.push({ firstRow: Number(column), ...(JSON.parse(String(previous)) as Omit<AppendedRows, 'firstRow'>) });
    else if (Number(logRow) === FORMATS_ROW) formats.push({ column: Number(column), formats: decodeFormats(String(previous)) });
    else cells.push({ row: Number(logRow), column: Number(column), value: decodeCell(String(previous)) });
  }
  return {
    operation,
    action: String(action),
    time: time instanceof Date ? time : new Date(String(time)),
    sheet: String(sheet),
    firstLogRow: first + 1,
    logRowCount: rows.length,
    cells,
    formats,
    appended,
    rows: rowChanges.before.length + rowChanges.removed.length > 0 || rowChanges.addedColumn !== null ? rowChanges : null,
    elsewhere: [...elsewhere].map(([sheet, cells]) => ({ sheet, cells })),
  };
}
