/**
 * The undo log: what an action changed, kept in a hidden sheet of the document (it survives
 * the run and the sidebar, travels with the spreadsheet, and has room that document
 * properties do not). One operation is one JSON record holding only the cells the action
 * changed, split over as many rows as it needs (a cell holds 50,000 characters), so cleaning
 * 100,000 rows takes a few hundred cells of the log, not a row per changed cell.
 *
 * A record knows each changed row by its customer ID (or, on a sheet without IDs, by a
 * fingerprint of the whole row as the action left it) and each changed cell by its column's
 * header and a fingerprint of the value the action wrote, so that undo can prove a cell is
 * still as the action left it before it writes (see undoPlan.ts).
 */
import type { CellValue } from './customerRecord';

export const UNDO_SHEET = 'Clientele undo';
export const UNDO_HEADERS = ['Operation', 'Action', 'Time', 'Sheet', 'Part', 'Record'];
/** 0-based column of the record's text. */
export const UNDO_RECORD_COLUMN = 5;

/** Sheets holds at most 50,000 characters in a cell; a part stays under it with room to spare. */
const PART_LENGTH = 45_000;

/** A cell value in JSON: Dates tagged, everything else as it is. */
export type StoredValue = string | number | boolean | { d: string };

export function storeValue(value: CellValue): StoredValue {
  return value instanceof Date ? { d: value.toISOString() } : value;
}

export function restoreValue(stored: StoredValue): CellValue {
  return typeof stored === 'object' ? new Date(stored.d) : stored;
}

/**
 * A short fingerprint of a cell value (53-bit cyrb53 hash in base 36): the same for equal
 * values of the same type, Dates by their instant. Enough to tell a hand edit from the value
 * an action wrote; not a secret.
 */
export function valuePrint(value: CellValue | undefined): string {
  const text = value === undefined || value === '' ? 's' : value instanceof Date ? `d${value.getTime()}` : `${typeof value === 'string' ? 's' : typeof value === 'number' ? 'n' : 'b'}${String(value)}`;
  return textPrint(text);
}

/** The fingerprint of a whole row (its first `width` cells). */
export function rowPrint(row: readonly CellValue[] | undefined, width: number): string {
  let text = '';
  for (let c = 0; c < width; c += 1) text += `${valuePrint(row?.[c])}|`;
  return textPrint(text);
}

export function textPrint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Formats of a whole column, run-length encoded so that 100,000 rows take a few characters. */
export function encodeFormats(formats: readonly string[]): [string, number][] {
  const runs: [string, number][] = [];
  for (const format of formats) {
    const last = runs[runs.length - 1];
    if (last && last[0] === format) last[1] += 1;
    else runs.push([format, 1]);
  }
  return runs;
}

export function decodeFormats(runs: readonly [string, number][]): string[] {
  return runs.flatMap(([format, count]) => Array<string>(count).fill(format));
}

/** One changed cell: its 1-based column as the action left the sheet, its value before, the fingerprint of its value after. */
export type ChangedCell = [column: number, before: StoredValue, afterPrint: string];

/** A changed row: where it was, its key (see rowKey), its changed cells. */
export type ChangedRow = [sheetRow: number, key: string, cells: ChangedCell[]];

/** A row the action removed (a merged duplicate): where it was, the key of the kept row above it, its values. */
export type RemovedRow = [sheetRow: number, anchor: string | null, values: StoredValue[]];

/** Rows the action appended to another sheet (the Merged sheet): undo clears those still as appended. */
export interface AppendedRows {
  sheet: string;
  firstRow: number;
  width: number;
  prints: string[];
}

/** A cell an action changed on another sheet (a merge moving purchases to the survivor): its value before, the fingerprint of what the action wrote. */
export interface OtherSheetCell {
  row: number;
  /** 1-based. */
  column: number;
  value: StoredValue;
  afterPrint: string;
}

/** The cells an action changed on one other sheet: undo puts back those still as it wrote them. */
export interface OtherSheetCells {
  sheet: string;
  cells: OtherSheetCell[];
}

export interface UndoRecord {
  /** The sheet's headers as the action left them (index 0 = column A): undo finds moved columns by header. */
  headers: string[];
  /** 1-based column of the customer IDs, or null. */
  idColumn: number | null;
  /** Fingerprint of every row's key in order, as the action left the sheet: equal means no row moved. */
  layout: string;
  rows: ChangedRow[];
  /** Previous number formats of whole columns, from row 2 down. */
  formats: { column: number; runs: [string, number][] }[];
  removed: RemovedRow[];
  appended: AppendedRows[];
  /** 1-based column the action added (Other contacts), or null. */
  addedColumn: number | null;
  /** Cells changed on other sheets (a merge's purchases and interactions). */
  elsewhere: OtherSheetCells[];
}

export interface UndoEntry {
  operation: string;
  action: string;
  time: Date;
  sheet: string;
}

/** The log rows of one operation: the record's JSON in parts of at most PART_LENGTH characters. */
export function undoRows(entry: UndoEntry, record: UndoRecord): CellValue[][] {
  const text = JSON.stringify(record);
  const rows: CellValue[][] = [];
  for (let start = 0, part = 1; start < text.length; part += 1) {
    let end = Math.min(text.length, start + PART_LENGTH);
    // Never cut a character in two: a lone surrogate half is not text a cell keeps.
    if (end < text.length && /[\ud800-\udbff]/u.test(text.charAt(end - 1))) end -= 1;
    rows.push([entry.operation, entry.action, entry.time, entry.sheet, part, text.slice(start, end)]);
    start = end;
  }
  return rows;
}

export interface LastOperation extends UndoEntry {
  /** Where its rows are in the undo sheet (1-based, header is row 1). */
  firstLogRow: number;
  logRowCount: number;
  record: UndoRecord;
  /** Cells the record holds. */
  cells: number;
}

/** The log's rows grouped by operation, in log order: the record text of each. */
export function loggedOperations(log: readonly (readonly CellValue[])[]): { firstIndex: number; rows: (readonly CellValue[])[]; text: string }[] {
  const operations: { firstIndex: number; rows: (readonly CellValue[])[]; text: string }[] = [];
  for (let index = 1; index < log.length; index += 1) {
    const row = log[index]!;
    const last = operations[operations.length - 1];
    if (last && String(last.rows[0]![0]) === String(row[0])) {
      last.rows.push(row);
      last.text += String(row[UNDO_RECORD_COLUMN] ?? '');
    } else if (String(row[0]) !== '') {
      operations.push({ firstIndex: index, rows: [row], text: String(row[UNDO_RECORD_COLUMN] ?? '') });
    }
  }
  return operations;
}

/** Every string a record's JSON holds (old values, keys, headers), for a privacy search; a record that is not JSON is one text. */
export function recordTexts(text: string): string[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value.startsWith('id:') ? value.slice(3) : value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  try {
    collect(JSON.parse(text));
  } catch {
    return [text];
  }
  return texts;
}

/**
 * A cleaning too large for one execution runs in steps, each logged as an operation of its own;
 * every step after the first carries this mark, so that Undo takes the whole run back, not only
 * its last step.
 */
const CONTINUED_STEP_MARK = '+continued';

/** The undo log's operation id of an action started at `time` (ms since the epoch). */
export function operationId(action: string, time: number, continuesEarlierStep: boolean): string {
  return `${action}-${time}${continuesEarlierStep ? CONTINUED_STEP_MARK : ''}`;
}

/** Whether the operation is a later step of the operation logged before it. */
export function continuesEarlierStep(operation: string): boolean {
  return operation.endsWith(CONTINUED_STEP_MARK);
}

function recordCells(record: UndoRecord): number {
  return record.rows.reduce((sum, row) => sum + row[2].length, 0) + record.removed.reduce((sum, row) => sum + row[2].filter((value) => value !== '').length, 0);
}

/** The cells the last action's records hold, all of its steps together (0 when the log is empty or unreadable). */
export function lastActionCells(log: readonly (readonly CellValue[])[]): number {
  if (log.length < 2 || String(log[0]![UNDO_RECORD_COLUMN]) !== UNDO_HEADERS[UNDO_RECORD_COLUMN]) return 0;
  const operations = loggedOperations(log);
  let cells = 0;
  for (let index = operations.length - 1; index >= 0; index -= 1) {
    const operation = operations[index]!;
    try {
      cells += recordCells(JSON.parse(operation.text) as UndoRecord);
    } catch {
      return cells;
    }
    if (!continuesEarlierStep(String(operation.rows[0]![0]))) break;
  }
  return cells;
}

/** The most recent operation in the log (its rows are the last ones), or null when the log is empty or not one this version wrote. */
export function lastOperation(log: readonly (readonly CellValue[])[]): LastOperation | null {
  if (log.length < 2 || String(log[0]![UNDO_RECORD_COLUMN]) !== UNDO_HEADERS[UNDO_RECORD_COLUMN]) return null;
  const last = loggedOperations(log).pop();
  if (!last) return null;
  const [operation, action, time, sheet] = last.rows[0]!;
  let record: UndoRecord;
  try {
    record = JSON.parse(last.text) as UndoRecord;
  } catch {
    return null;
  }
  return {
    operation: String(operation),
    action: String(action),
    time: time instanceof Date ? time : new Date(String(time)),
    sheet: String(sheet),
    firstLogRow: last.firstIndex + 1,
    logRowCount: last.rows.length,
    record,
    cells: recordCells(record),
  };
}
