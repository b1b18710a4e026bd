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

type Encoded = { s: string } | { n: number } | { b: boolean } | { d: string };

export function encodeCell(value: CellValue): string {
  const encoded: Encoded =
    value instanceof Date ? { d: value.toISOString() } : typeof value === 'number' ? { n: value } : typeof value === 'boolean' ? { b: value } : { s: value };
  return JSON.stringify(encoded);
}

export function decodeCell(text: string): CellValue {
  const encoded = JSON.parse(text) as Encoded;
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

export function undoRows(entry: UndoEntry, previous: readonly CellEdit[], formats: readonly ColumnFormats[], appended: readonly AppendedRows[] = []): CellValue[][] {
  const base = [entry.operation, entry.action, entry.time, entry.sheet];
  return [
    ...appended.map((rows) => [...base, APPENDED_ROWS, rows.firstRow, JSON.stringify({ sheet: rows.sheet, count: rows.count, width: rows.width })]),
    ...formats.map((column) => [...base, FORMATS_ROW, column.column, encodeFormats(column.formats)]),
    ...previous.map((edit) => [...base, edit.row, edit.column, encodeCell(edit.value)]),
  ];
}

export interface LastOperation extends UndoEntry {
  /** Where its rows are in the undo sheet (1-based, header is row 1). */
  firstLogRow: number;
  logRowCount: number;
  cells: CellEdit[];
  formats: ColumnFormats[];
  appended: AppendedRows[];
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
  for (const row of rows) {
    const [, , , , logRow, column, previous] = row;
    if (Number(logRow) === APPENDED_ROWS) appended.push({ firstRow: Number(column), ...(JSON.parse(String(previous)) as Omit<AppendedRows, 'firstRow'>) });
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
  };
}
