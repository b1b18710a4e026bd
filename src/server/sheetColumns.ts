/**
 * Some columns of a sheet's data rows, read without the others: adjacent columns in one range,
 * each run of them in one getValues. At 100,000 rows every column costs about a second of cell
 * reads on Apps Script (executionCost.ts), so an action that needs three columns of twenty reads
 * three.
 */
import type { CellValue } from '../core/customerRecord';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The header row (row 1) as far as the sheet's last column; [] for an empty sheet. */
export function headerRow(sheet: Sheet): CellValue[] {
  const width = sheet.getLastColumn();
  return width === 0 ? [] : (sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[]);
}

/** Runs of adjacent 0-based column indexes, in order: [2, 3, 7] → [[2, 2], [7, 1]] (start, width). */
export function columnRuns(columns: Iterable<number>): [start: number, width: number][] {
  const sorted = [...new Set(columns)].filter((column) => column >= 0).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === column) last[1]++;
    else runs.push([column, 1]);
  }
  return runs;
}

/**
 * Rows 2..`lastRow` with only `columns` filled (by their 0-based index; every other cell ''),
 * `width` cells long, so code written for the whole table reads them where it always did.
 * Given the rows an earlier call returned (`into`), fills these columns into them instead of
 * making a second table: at 100,000 rows each table is a million cells for the garbage collector.
 */
export function readColumns(sheet: Sheet, columns: Iterable<number>, lastRow: number, width: number, into?: CellValue[][]): CellValue[][] {
  const count = Math.max(0, lastRow - 1);
  const rows: CellValue[][] = into ?? Array.from({ length: count }, () => new Array<CellValue>(width).fill(''));
  if (count === 0) return rows;
  for (const [start, runWidth] of columnRuns(columns)) {
    if (start >= width) continue;
    const span = Math.min(runWidth, width - start);
    const block = sheet.getRange(2, start + 1, count, span).getValues() as CellValue[][];
    for (let r = 0; r < count; r++) {
      const from = block[r]!;
      const to = rows[r]!;
      for (let c = 0; c < span; c++) to[start + c] = from[c]!;
    }
  }
  return rows;
}
