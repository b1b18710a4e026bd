/**
 * Writes for many scattered cell edits: rectangles that cover them, filled with what the other
 * cells already hold (their formulas kept), one setValues each.
 */
import type { CellValue } from './customerRecord';
import { contentToWrite, valueToWrite } from './sheetWriting';

/** Two cell values are the same: Dates by their instant, everything else strictly. */
export function sameCell(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

/** The first and last index where a column's cells change (0-based), null when none does: the one span to write. */
export function changedSpan(before: readonly CellValue[], after: readonly CellValue[]): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < after.length; i++) {
    if (sameCell(before[i] ?? '', after[i]!)) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : { first, last };
}

/** Sheet coordinates, 1-based. */
export interface CellEdit {
  row: number;
  column: number;
  value: CellValue;
}

export interface WriteBlock {
  row: number;
  column: number;
  values: CellValue[][];
}

/** The sheet as read: values, formulas and number formats of its data range from A1. */
export interface SheetContents {
  values: readonly (readonly CellValue[])[];
  formulas: readonly (readonly string[])[];
  formats: readonly (readonly string[])[];
}

export function blockForEdits(edits: readonly CellEdit[], sheet: SheetContents): WriteBlock | null {
  if (edits.length === 0) return null;
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  for (const edit of edits) {
    top = Math.min(top, edit.row);
    bottom = Math.max(bottom, edit.row);
    left = Math.min(left, edit.column);
    right = Math.max(right, edit.column);
  }
  const format = (r: number, c: number) => sheet.formats[r - 1]?.[c - 1] ?? '';
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r += 1) {
    const row: CellValue[] = [];
    for (let c = left; c <= right; c += 1) {
      row.push(contentToWrite(sheet.values[r - 1]?.[c - 1] ?? '', sheet.formulas[r - 1]?.[c - 1] ?? '', format(r, c)));
    }
    values.push(row);
  }
  for (const edit of edits) values[edit.row - top]![edit.column - left] = valueToWrite(edit.value, format(edit.row, edit.column));
  return { row: top, column: left, values };
}

/**
 * What one more setValues costs, in cells written: a write commit is ≈250 ms typical and 800 ms
 * high, a cell written ≈60 µs and 150 µs (the published measurements src/local/executionCost.ts
 * cites), so one call is worth ≈4,000–5,300 cells. Rewriting more unchanged cells than this to
 * bridge a gap between edits costs more than a second call.
 */
export const CELLS_WORTH_ONE_WRITE = 4_000;

/**
 * At most this many setValues for one action's edits (≈12 s typical, 40 s high): an action on
 * 100,000 rows keeps a bounded number of calls, whatever the spread of its edits.
 */
export const MAX_WRITE_BLOCKS = 50;

/**
 * Edits grouped into blocks, each written with one setValues: the rows between two edits are
 * bridged (rewritten as they are) when that is cheaper than a second call; when that would make
 * more than MAX_WRITE_BLOCKS blocks, only the widest gaps split. Never more cells than one
 * covering block. A merge of 20 groups spread over 100,000 rows writes 20 small blocks rather
 * than most of the sheet.
 */
export function blocksForEdits(edits: readonly CellEdit[], sheet: SheetContents): WriteBlock[] {
  if (edits.length === 0) return [];
  let left = Infinity;
  let right = 0;
  for (const edit of edits) {
    left = Math.min(left, edit.column);
    right = Math.max(right, edit.column);
  }
  const width = right - left + 1;
  const byRow = [...edits].sort((a, b) => a.row - b.row);
  // Where a new block starts: after a gap worth more than a call, the widest ones first.
  const gaps: { at: number; rows: number }[] = [];
  for (let i = 1; i < byRow.length; i += 1) {
    const rows = byRow[i]!.row - byRow[i - 1]!.row - 1;
    if (rows * width > CELLS_WORTH_ONE_WRITE) gaps.push({ at: i, rows });
  }
  const splits = gaps.sort((a, b) => b.rows - a.rows || a.at - b.at).slice(0, MAX_WRITE_BLOCKS - 1).map((gap) => gap.at).sort((a, b) => a - b);
  const bounds = [0, ...splits, byRow.length];
  return bounds.slice(1).map((end, i) => blockForEdits(byRow.slice(bounds[i], end), sheet)!);
}

/** The cells that differ between two tables (from A1), as edits that turn `from` into `to`. */
export function editsBetween(from: readonly (readonly CellValue[])[], to: readonly (readonly CellValue[])[]): CellEdit[] {
  const edits: CellEdit[] = [];
  const rows = Math.max(from.length, to.length);
  for (let r = 0; r < rows; r += 1) {
    const width = Math.max(from[r]?.length ?? 0, to[r]?.length ?? 0);
    for (let c = 0; c < width; c += 1) {
      const after = to[r]?.[c] ?? '';
      if (!sameCell(from[r]?.[c] ?? '', after)) edits.push({ row: r + 1, column: c + 1, value: after });
    }
  }
  return edits;
}
