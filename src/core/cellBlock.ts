/**
 * One write for many scattered cell edits: the smallest rectangle that covers them, filled
 * with what the other cells already hold (their formulas kept), as one setValues block.
 */
import type { CellValue } from './customerRecord';
import { contentToWrite, valueToWrite } from './sheetWriting';

/** Two cell values are the same: Dates by their instant, everything else strictly. */
export function sameCell(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
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
