/**
 * What erasing one person does, sheet by sheet, from their rows (personData.ts): runs of rows
 * to remove (bottom first, so the rows above keep their numbers), cells to blank, or the whole
 * log to empty. Counts only: the plan names rows and columns, never values.
 */
import type { CellValue } from '../customerRecord';
import { recogniseResponseColumns } from '../responses/responseColumns';
import { recognisePurchaseColumns } from '../purchases/historySheets';
import type { PersonRows } from './personData';

export interface RowRun {
  /** 1-based sheet row. */
  first: number;
  count: number;
}

export interface SheetErasure {
  sheet: string;
  /** Rows removed, bottom run first. */
  remove: RowRun[];
  /** Cells blanked, 1-based. */
  blank: { row: number; column: number }[];
  /** The number of rows affected (removed or anonymised). */
  rows: number;
}

/** Contiguous runs of 1-based rows, the lowest run last. */
export function rowRuns(sheetRows: readonly number[]): RowRun[] {
  const sorted = [...new Set(sheetRows)].sort((a, b) => a - b);
  const runs: RowRun[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === row) last.count += 1;
    else runs.push({ first: row, count: 1 });
  }
  return runs.reverse();
}

/** `lastRows`: each sheet's number of rows with content (for the undo log, emptied whole). */
export function planErasure(found: readonly PersonRows[], lastRows: ReadonlyMap<string, number>): SheetErasure[] {
  const plan: SheetErasure[] = [];
  for (const entry of found) {
    const sheetRows = entry.rows.map((index) => index + 1);
    if (entry.rule === 'removeRows' && sheetRows.length > 0) {
      plan.push({ sheet: entry.sheet, remove: rowRuns(sheetRows), blank: [], rows: sheetRows.length });
    } else if ((entry.rule === 'anonymiseRows' || entry.rule === 'keepSales') && sheetRows.length > 0) {
      const columns = entry.rule === 'keepSales' ? buyerColumns(entry.header) : anonymisedColumns(entry.header);
      plan.push({ sheet: entry.sheet, remove: [], blank: sheetRows.flatMap((row) => columns.map((column) => ({ row, column }))), rows: sheetRows.length });
    } else if (entry.rule === 'blankRows' && sheetRows.length > 0) {
      const width = Math.max(entry.header.length, 1);
      plan.push({ sheet: entry.sheet, remove: [], blank: sheetRows.flatMap((row) => Array.from({ length: width }, (_, c) => ({ row, column: c + 1 }))), rows: sheetRows.length });
    } else if (entry.rule === 'clearLog') {
      const last = lastRows.get(entry.sheet) ?? 0;
      if (last > 1) plan.push({ sheet: entry.sheet, remove: [{ first: 2, count: last - 1 }], blank: [], rows: last - 1 });
    }
  }
  return plan;
}

/** Purchases keep what was sold; who bought it, what it counted and the note go. 1-based. */
function buyerColumns(header: readonly CellValue[]): number[] {
  const columns = recognisePurchaseColumns(header);
  return [columns.customer, columns.customerId, columns.counted, columns.note].filter((c): c is number => c !== undefined).map((c) => c + 1);
}

/** Responses keep date, score and source (the NPS history); who answered and what they wrote go. 1-based. */
function anonymisedColumns(header: readonly CellValue[]): number[] {
  const columns = recogniseResponseColumns(header);
  return [columns.customerId, columns.comment, columns.responseId].filter((c): c is number => c !== undefined).map((c) => c + 1);
}
