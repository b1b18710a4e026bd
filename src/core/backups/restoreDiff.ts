/**
 * What a restore would change on one sheet: rows the backup has and the sheet has not (added
 * back), rows the sheet has and the backup has not (removed), and rows in both that differ.
 * Rows are matched by customer ID when the header has an ID column, else by position.
 */
import { recogniseColumns } from '../headerRoles';
import { cellKey, type StoredCell } from './backupFormat';

export interface SheetDiff {
  sheet: string;
  added: number;
  removed: number;
  changed: number;
  /** How rows were matched. */
  matchedBy: 'id' | 'row';
}

type Row = readonly StoredCell[];

function rowText(row: Row, width: number): string {
  return Array.from({ length: width }, (_, c) => (row[c] === undefined ? '' : cellKey(row[c]!))).join('\u0000');
}

function idColumn(header: Row | undefined): number | null {
  if (!header) return null;
  const id = recogniseColumns(header.map((cell) => cellKey(cell))).roles.id;
  return id === undefined ? null : id;
}

function keyed(rows: readonly Row[], column: number | null): Map<string, Row> {
  const map = new Map<string, Row>();
  rows.forEach((row, index) => {
    const id = column === null ? '' : cellKey(row[column] ?? '');
    map.set(id === '' ? `#row${index}` : `id:${id}`, row);
  });
  return map;
}

/** Both tables include their header row (row 1); the header is compared as a row too. */
export function diffSheet(sheet: string, backup: readonly Row[], current: readonly Row[]): SheetDiff {
  const column = idColumn(backup[0]) ?? null;
  const currentColumn = idColumn(current[0]);
  const byId = column !== null && column === currentColumn;
  // A loop, not Math.max(...rows): spreading 100,000 rows as arguments overflows the call stack.
  let width = 0;
  for (const row of [backup, current].flat()) width = Math.max(width, row.length);
  const before = keyed(current.slice(1), byId ? column : null);
  const after = keyed(backup.slice(1), byId ? column : null);
  let added = 0;
  let changed = 0;
  for (const [key, row] of after) {
    const now = before.get(key);
    if (!now) added += 1;
    else if (rowText(now, width) !== rowText(row, width)) changed += 1;
  }
  const removed = [...before.keys()].filter((key) => !after.has(key)).length;
  const headerChanged = rowText(backup[0] ?? [], width) !== rowText(current[0] ?? [], width) ? 1 : 0;
  return { sheet, added, removed, changed: changed + headerChanged, matchedBy: byId ? 'id' : 'row' };
}
