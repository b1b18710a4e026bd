/**
 * A merge moves the merged customers' purchases and interactions to the survivor: their Customer
 * ID cells (and what each purchase counted) get the survivor's ID, and the totals of the
 * customers involved are made again from the Counted column. The previous cells go to the undo
 * log with the merge, so Undo last merge moves them back. Each sheet costs one read and one write
 * per column, whatever its size.
 */
import { changedSpan } from '../../core/cellBlock';
import { headerRow } from '../sheetColumns';
import type { CellValue } from '../../core/customerRecord';
import { restoreValue, storeValue, valuePrint, type OtherSheetCell, type OtherSheetCells } from '../../core/undoLog';
import { emptyTotals, totalsByCustomer, type Totals } from '../../core/purchases/customerTotals';
import { INTERACTIONS, PURCHASES, type HistoryKind } from '../../core/purchases/historySheets';
import { contributionsOf, decodeContribution, encodeContribution } from '../../core/purchases/purchaseRecords';
import { actionContext } from '../actionContext';
import { findHistorySheet } from './historySheet';
import { purchaseSetting, type PurchaseSetting } from './purchaseContext';
import { writeTotals } from './totalsColumns';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface ColumnWrite {
  sheet: Sheet;
  /** 1-based. */
  column: number;
  top: number;
  values: CellValue[];
}

export interface HistoryMoves {
  writes: ColumnWrite[];
  /** The cells as they were, for the undo log. */
  undo: OtherSheetCells[];
  /**
   * Customer IDs whose totals change: those a moved Counted cell names. An interaction, or a
   * purchase row that counts nothing, changes no totals: a customer whose totals nothing counted
   * keeps the ones typed by hand.
   */
  customers: Set<string>;
}

function columnValues(sheet: Sheet, column: number): CellValue[] {
  const last = sheet.getLastRow();
  return last < 2 ? [] : sheet.getRange(2, column + 1, last - 1, 1).getValues().map((row) => row[0] as CellValue);
}

/** The one write of a column's changed span (rows between changes keep what was read). */
function spanWrite(sheet: Sheet, column: number, before: readonly CellValue[], after: readonly CellValue[]): ColumnWrite | null {
  const span = changedSpan(before, after);
  return span && { sheet, column: column + 1, top: span.first + 2, values: after.slice(span.first, span.last + 1) };
}

function movesOn<F extends string>(spreadsheet: Spreadsheet, kind: HistoryKind<F>, moves: ReadonlyMap<string, string>, idField: F, countedField: F | null, result: HistoryMoves): void {
  const sheet = findHistorySheet(spreadsheet, kind);
  if (!sheet) return;
  const columns = kind.recognise(headerRow(sheet));
  const idColumn = columns[idField];
  if (idColumn === undefined) return;
  const cells: OtherSheetCells = { sheet: sheet.getName(), cells: [] };
  const ids = columnValues(sheet, idColumn);
  const movedIds = ids.map((id, i) => {
    const to = moves.get(String(id).trim());
    if (to === undefined) return id;
    cells.cells.push({ row: i + 2, column: idColumn + 1, value: storeValue(id), afterPrint: valuePrint(to) });
    return to;
  });
  const idWrite = spanWrite(sheet, idColumn, ids, movedIds);
  if (idWrite) result.writes.push(idWrite);
  const countedColumn = countedField === null ? undefined : columns[countedField];
  if (countedColumn !== undefined) {
    const counted = columnValues(sheet, countedColumn);
    const movedCounted = counted.map((cell, i) => {
      const contribution = decodeContribution(cell);
      const to = contribution ? moves.get(contribution.customerId) : undefined;
      if (!contribution || to === undefined) return cell;
      const moved = encodeContribution({ ...contribution, customerId: to });
      result.customers.add(contribution.customerId).add(to);
      cells.cells.push({ row: i + 2, column: countedColumn + 1, value: storeValue(cell), afterPrint: valuePrint(moved) });
      return moved;
    });
    const countedWrite = spanWrite(sheet, countedColumn, counted, movedCounted);
    if (countedWrite) result.writes.push(countedWrite);
  }
  if (cells.cells.length > 0) result.undo.push(cells);
}

/** What moving the history of merged customers (merged ID -> survivor ID) would write; nothing is written yet. */
export function planHistoryMoves(spreadsheet: Spreadsheet, moves: ReadonlyMap<string, string>): HistoryMoves {
  const result: HistoryMoves = { writes: [], undo: [], customers: new Set() };
  if (moves.size === 0) return result;
  movesOn(spreadsheet, PURCHASES, moves, 'customerId', 'counted', result);
  movesOn(spreadsheet, INTERACTIONS, moves, 'customerId', null, result);
  return result;
}

export function applyHistoryMoves(moves: HistoryMoves): void {
  for (const write of moves.writes) write.sheet.getRange(write.top, write.column, write.values.length, 1).setValues(write.values.map((value) => [value]));
}

/** The totals of these customers made again from every purchase's Counted cell (`setting`: the customer sheet as already read). */
export function recountCustomers(ids: ReadonlySet<string>, setting: PurchaseSetting | null = null): void {
  if (ids.size === 0) return;
  const context = actionContext();
  const sheet = findHistorySheet(context.spreadsheet, PURCHASES);
  const customers = sheet ? (setting ?? purchaseSetting(context)) : null;
  if (!sheet || !customers) return;
  const countedColumn = PURCHASES.recognise(sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0]!).counted;
  if (countedColumn === undefined) return;
  const byId = totalsByCustomer(contributionsOf(columnValues(sheet, countedColumn)), customers.rules, ids);
  const updates = new Map<number, Totals>();
  for (const id of ids) {
    const index = customers.linker.rowOfId(id);
    if (index !== undefined) updates.set(index, byId.get(id) ?? emptyTotals());
  }
  writeTotals(customers.customers, customers.totalsColumns, updates, customers.rules);
}

/** Purchases and interactions an undo left with the customer they were merged into: the one they came from is not on the customer sheet again. */
export interface HistoryKept {
  /** Rows of the Purchases and Interactions sheets. */
  rows: number;
  /** The IDs they came from. */
  ids: string[];
}

function customerOf(cell: CellValue | undefined): string {
  return decodeContribution(cell)?.customerId ?? String(cell ?? '').trim();
}

/**
 * Undo: puts cells back on the other sheets (one read and one write per column) where they still
 * hold what the merge wrote (a purchase moved to another customer by hand since stays as it is)
 * and the customer they go back to is on the customer sheet again (a merged-away row the undo
 * could not put back keeps nothing: its purchases stay with the survivor, and the answer says
 * so), then makes the totals of every customer those purchases named, before and after, again.
 */
export function restoreOtherSheetCells(spreadsheet: Spreadsheet, elsewhere: readonly OtherSheetCells[]): HistoryKept {
  const kept = { rows: new Set<string>(), ids: new Set<string>() };
  if (elsewhere.length === 0) return { rows: 0, ids: [] };
  // Read after the undo put rows back: the customers that exist now.
  const setting = purchaseSetting(actionContext());
  const touched = new Set<string>();
  for (const other of elsewhere) {
    const sheet = spreadsheet.getSheetByName(other.sheet);
    if (!sheet) continue;
    const byColumn = new Map<number, Map<number, OtherSheetCell>>();
    for (const cell of other.cells) {
      const back = customerOf(restoreValue(cell.value));
      if (back !== '' && setting?.linker.rowOfId(back) === undefined) {
        kept.rows.add(`${other.sheet}\n${cell.row}`);
        kept.ids.add(back);
        continue;
      }
      const rows = byColumn.get(cell.column) ?? new Map<number, OtherSheetCell>();
      rows.set(cell.row, cell);
      byColumn.set(cell.column, rows);
    }
    for (const [column, cells] of byColumn) {
      const current = columnValues(sheet, column - 1);
      const rows = new Map([...cells].filter(([row, cell]) => valuePrint(current[row - 2]) === cell.afterPrint).map(([row, cell]) => [row, restoreValue(cell.value)] as const));
      const restored = current.map((value, i) => (rows.has(i + 2) ? rows.get(i + 2)! : value));
      for (const [i, value] of current.entries()) {
        if (!rows.has(i + 2)) continue;
        // Only a Counted cell changes totals (see HistoryMoves.customers).
        for (const cell of [value, restored[i]!]) {
          const id = decodeContribution(cell)?.customerId;
          if (id) touched.add(id);
        }
      }
      const write = spanWrite(sheet, column - 1, current, restored);
      if (write) applyHistoryMoves({ writes: [write], undo: [], customers: new Set() });
    }
  }
  recountCustomers(touched, setting);
  return { rows: kept.rows.size, ids: [...kept.ids] };
}
