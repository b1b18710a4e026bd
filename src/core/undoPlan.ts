/**
 * What undo may write, proven against the sheet as it is now. The record (undoLog.ts) knows
 * each changed row by its key and each changed cell by its header and the fingerprint of the
 * value the action wrote. Undo restores a cell only when its row is found by key (never by
 * row number alone) and the cell still holds exactly what the action wrote; every other cell
 * is left as it is and named, so no customer's values can land in another customer's row and
 * no hand correction made since is reverted.
 */
import type { CellEdit } from './cellBlock';
import { isBlankCell } from './customerIds';
import type { CellValue } from './customerRecord';
import { decodeFormats, encodeFormats, restoreValue, rowPrint, storeValue, textPrint, valuePrint, type ChangedRow, type RemovedRow, type UndoRecord } from './undoLog';

type Table = readonly (readonly CellValue[])[];

/** A row's identity: its customer ID, or on a row without one the fingerprint of the whole row. */
export function rowKey(row: readonly CellValue[] | undefined, idColumn: number | null, width: number): string {
  const id = idColumn === null ? '' : row?.[idColumn - 1];
  if (id !== undefined && !isBlankCell(id)) return `id:${String(id).trim()}`;
  return `#${rowPrint(row, width)}`;
}

function keysOf(table: Table, idColumn: number | null, width: number): string[] {
  return table.map((row, index) => (index === 0 ? '' : rowKey(row, idColumn, width)));
}

const layoutOf = (keys: readonly string[]) => textPrint(keys.join('\n'));

export interface CellChange {
  /** Sheet coordinates in the table as the action left it. */
  row: number;
  column: number;
  before: CellValue;
  after: CellValue;
}

export interface RecordInput {
  /** The table as the action leaves it, header first. */
  after: Table;
  idColumn: number | null;
  changes: readonly CellChange[];
  formats?: readonly { column: number; formats: readonly string[] }[];
  /** For a merge: the rows it took out, as they were, by their row in the table before it. */
  removed?: readonly { sheetRow: number; values: readonly CellValue[] }[];
  addedColumn?: number | null;
}

/** The undo record of an action: only the cells it changed, the rows it removed, the formats it replaced. */
export function undoRecord(input: RecordInput): Omit<UndoRecord, 'appended' | 'elsewhere'> {
  const headers = (input.after[0] ?? []).map((header) => String(header));
  const width = headers.length;
  const keys = keysOf(input.after, input.idColumn, width);
  const byRow = new Map<number, ChangedRow>();
  for (const change of input.changes) {
    let row = byRow.get(change.row);
    if (!row) byRow.set(change.row, (row = [change.row, keys[change.row - 1] ?? '', []]));
    row[2].push([change.column, storeValue(change.before), valuePrint(change.after)]);
  }
  const removed = [...(input.removed ?? [])].sort((a, b) => a.sheetRow - b.sheetRow);
  const record: RemovedRow[] = removed.map((row, index) => {
    // Its place in the table as the action left it: the kept row above it is its anchor.
    const above = row.sheetRow - index - 1;
    return [row.sheetRow, above >= 2 ? keys[above - 1] ?? null : null, row.values.map(storeValue)];
  });
  return {
    headers,
    idColumn: input.idColumn,
    layout: layoutOf(keys),
    rows: [...byRow.values()].sort((a, b) => a[0] - b[0]),
    formats: (input.formats ?? []).map((column) => ({ column: column.column, runs: encodeFormats(column.formats) })),
    removed: record,
    addedColumn: input.addedColumn ?? null,
  };
}

export interface ChangedSince {
  row: number;
  column: number;
  header: string;
}

export interface ReinsertRun {
  /** Inserted before this row (current coordinates). */
  at: number;
  rows: CellValue[][];
  /** Their indexes in the record's removed rows, and their customer IDs (blank ones left out). */
  removedIndexes: number[];
  ids: string[];
}

export interface UndoPlan {
  /** Cell writes at the sheet's current coordinates. */
  edits: CellEdit[];
  /** Number formats to write, whole columns from row 2 (current coordinates). */
  formats: { column: number; formats: string[] }[];
  /** The column the action added, to delete once its cells are restored (null: none, or it holds something now). */
  deleteColumn: number | null;
  /** Rows to put back, each run inserted before `at` (current coordinates, highest first). */
  insert: ReinsertRun[];
  /** Cells left as they are because they changed since the action. */
  changedSince: ChangedSince[];
  /** Rows the action changed that are no longer on the sheet (by ID, or by their row then). */
  missingRows: RowRef[];
  /** Removed rows not put back because a row with their ID is on the sheet again. */
  alreadyThere: RowRef[];
  /** Removed rows not put back because one of their columns is no longer on the sheet. */
  notPutBack: RowRef[];
}

/** Where each header is now (1-based), for headers that are unique on the sheet. */
function columnFinder(then: readonly string[], now: readonly CellValue[]): (column: number) => number | null {
  const current = now.map((header) => String(header));
  return (column) => {
    const header = then[column - 1];
    if (header === undefined) return null;
    if (current[column - 1] === header) return column;
    const found = current.indexOf(header);
    return found >= 0 && current.lastIndexOf(header) === found ? found + 1 : null;
  };
}

/** A row undo could not restore: by its customer ID, else by its row then. */
export interface RowRef {
  id: string | null;
  row: number;
}

function describeRow(key: string, sheetRow: number): RowRef {
  return { id: key.startsWith('id:') ? key.slice(3) : null, row: sheetRow };
}

export function planUndo(current: Table, currentFormats: readonly (readonly string[])[], record: UndoRecord): UndoPlan {
  const width = record.headers.length;
  const columnNow = columnFinder(record.headers, current[0] ?? []);
  const idColumn = record.idColumn === null ? null : columnNow(record.idColumn);
  const keys = record.idColumn !== null && idColumn === null ? current.map(() => '') : keysOf(current, idColumn, width);
  const unmoved = layoutOf(keys) === record.layout;
  const rowsOfKey = new Map<string, number[]>();
  keys.forEach((key, index) => {
    if (index > 0) rowsOfKey.set(key, [...(rowsOfKey.get(key) ?? []), index + 1]);
  });
  const rowNow = (key: string, sheetRow: number): number | null => {
    const rows = rowsOfKey.get(key) ?? [];
    if (rows.length === 1) return rows[0]!;
    return rows.includes(sheetRow) ? sheetRow : null;
  };

  const plan: UndoPlan = { edits: [], formats: [], deleteColumn: null, insert: [], changedSince: [], missingRows: [], alreadyThere: [], notPutBack: [] };
  const formatEdits = new Map<number, Map<number, number>>(); // column now -> row now -> row then
  for (const [sheetRow, key, cells] of record.rows) {
    const row = rowNow(key, sheetRow);
    if (row === null) {
      plan.missingRows.push(describeRow(key, sheetRow));
      continue;
    }
    for (const [columnThen, before, afterPrint] of cells) {
      const column = columnNow(columnThen);
      if (column === null || valuePrint(current[row - 1]?.[column - 1]) !== afterPrint) {
        plan.changedSince.push({ row, column: column ?? columnThen, header: record.headers[columnThen - 1] ?? '' });
        continue;
      }
      plan.edits.push({ row, column, value: restoreValue(before) });
      const rows = formatEdits.get(column) ?? new Map<number, number>();
      formatEdits.set(column, rows.set(row, sheetRow));
    }
  }

  for (const { column: columnThen, runs } of record.formats) {
    const column = columnNow(columnThen);
    if (column === null) continue;
    const previous = decodeFormats(runs);
    // No row moved: the whole column as it was; else the restored cells' own formats.
    const formats = current.slice(1).map((_, index) => (unmoved ? previous[index] : undefined) ?? currentFormats[index + 1]?.[column - 1] ?? '');
    if (!unmoved) for (const [row, rowThen] of formatEdits.get(column) ?? []) formats[row - 2] = previous[rowThen - 2] ?? formats[row - 2]!;
    plan.formats.push({ column, formats });
  }

  if (record.addedColumn !== null) {
    const column = columnNow(record.addedColumn);
    const restored = new Set(plan.edits.filter((edit) => edit.column === column).map((edit) => edit.row));
    const empty = column !== null && current.every((row, index) => index === 0 || restored.has(index + 1) || isBlankCell(row[column - 1] ?? ''));
    if (empty) plan.deleteColumn = column;
  }
  planReinsert(plan, record, current, keys, unmoved, rowNow);
  return plan;
}

/** Where the removed rows go back: their old places if no row moved, else under the row that was above them. */
function planReinsert(plan: UndoPlan, record: UndoRecord, current: Table, keys: readonly string[], unmoved: boolean, rowNow: (key: string, sheetRow: number) => number | null): void {
  const headersNow = (current[0] ?? []).map((header) => String(header)).filter((_, c) => plan.deleteColumn === null || c !== plan.deleteColumn - 1);
  const headersThen = record.headers.filter((_, c) => record.addedColumn === null || c !== record.addedColumn - 1);
  const sameColumns = headersNow.length >= headersThen.length && headersThen.every((header, c) => headersNow[c] === header);
  const runs = new Map<number, ReinsertRun>();
  const idThen = record.idColumn === null ? null : record.idColumn - (record.addedColumn !== null && record.addedColumn < record.idColumn ? 1 : 0);
  record.removed.forEach(([sheetRow, anchor, stored], index) => {
    const values = stored.map(restoreValue);
    const id = idThen === null ? '' : values[idThen - 1] ?? '';
    if (!isBlankCell(id) && keys.includes(`id:${String(id).trim()}`)) {
      plan.alreadyThere.push({ id: String(id).trim(), row: sheetRow });
      return;
    }
    const row = sameColumns ? values : rowForHeaders(values, headersThen, headersNow);
    if (row === null) {
      plan.notPutBack.push(describeRow(isBlankCell(id) ? '' : `id:${String(id).trim()}`, sheetRow));
      return;
    }
    // Unmoved: its slot is its old row less the removed rows above it; else under its anchor.
    let at: number;
    if (unmoved) at = sheetRow - index;
    else if (anchor === null) at = 2;
    else at = (rowNow(anchor, 0) ?? current.length) + 1;
    const run = runs.get(at) ?? { at, rows: [], removedIndexes: [], ids: [] };
    run.rows.push(row);
    run.removedIndexes.push(index);
    if (!isBlankCell(id)) run.ids.push(String(id).trim());
    runs.set(at, run);
  });
  plan.insert = [...runs.values()].sort((a, b) => b.at - a.at);
}

/** A removed row laid out under the sheet's current headers, or null if one of its values has no column now. */
function rowForHeaders(values: readonly CellValue[], then: readonly string[], now: readonly string[]): CellValue[] | null {
  const row = now.map(() => '' as CellValue);
  for (let c = 0; c < values.length; c += 1) {
    if (isBlankCell(values[c] ?? '')) continue;
    const at = now.indexOf(then[c] ?? '');
    if (at < 0 || now.lastIndexOf(then[c] ?? '') !== at) return null;
    row[at] = values[c]!;
  }
  return row;
}
