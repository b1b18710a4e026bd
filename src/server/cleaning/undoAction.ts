/**
 * Undo the last action Clientele took on the customer sheet (a cleaning, a merge), from the
 * undo log, after proving each cell is still as the action left it (core/undoPlan.ts): number
 * formats first, then the restored cells in one block, then the added column goes, the removed
 * rows go back (one insert per run of rows), and the rows the action appended to the Merged
 * sheet are cleared if they are still as appended. Works in any later execution: the log is in
 * the document.
 */
import { cellsAudit } from '../../core/audit/actionAudit';
import { auditActionLabel } from '../../core/i18n/codeLabels';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Messages } from '../../core/i18n/messages';
import { blocksForEdits } from '../../core/cellBlock';
import { resolveColumns } from '../../core/customerColumns';
import type { CellValue } from '../../core/customerRecord';
import { valueToWrite } from '../../core/sheetWriting';
import { continuesEarlierStep, lastOperation, rowPrint, type AppendedRows } from '../../core/undoLog';
import { planUndo, type ChangedSince, type RowRef } from '../../core/undoPlan';
import { appendAudit } from '../audit/auditLog';
import { readContents, writeBlocks } from '../sheetContents';
import { readUndoLog, removeUndoRows } from './undoSheet';
import { restoreOtherSheetCells, type HistoryKept } from '../purchases/historyMoves';
import { withDocumentLock } from '../documentLock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface UndoneAction {
  action: string;
  /** The operation undone was a later step of the one logged before it (a cleaning in steps): undo that one too. */
  continued: boolean;
  cells: number;
  /** Left as they are: changed since the action. */
  changedSince: ChangedSince[];
  missingRows: RowRef[];
  alreadyThere: RowRef[];
  notPutBack: RowRef[];
  historyKept: HistoryKept;
}

/** `text`: the user's language, for the Audit log. `only`: undo only if the last action is of this kind (a panel's Undo never undoes another panel's action). */
export function undoLastAction(spreadsheet: Spreadsheet, text: Messages, only?: string): UndoneAction | null {
  return withDocumentLock(30_000, () => {
    const last = lastOperation(readUndoLog(spreadsheet));
    if (!last || (only !== undefined && last.action !== only)) return null;
    const sheet = spreadsheet.getSheetByName(last.sheet);
    if (!sheet) throw new Error(formatMessage(text.errorUndoSheetGone, { sheet: last.sheet }));
    const contents = readContents(sheet);
    const plan = planUndo(contents.values, contents.formats, last.record);

    const formats = contents.formats.map((row) => [...row]);
    for (const column of plan.formats) {
      if (column.formats.length === 0) continue;
      sheet.getRange(2, column.column, column.formats.length, 1).setNumberFormats(column.formats.map((format) => [format]));
      column.formats.forEach((format, index) => (formats[index + 1]![column.column - 1] = format));
    }
    writeBlocks(sheet, blocksForEdits(plan.edits, { ...contents, formats }));
    if (plan.deleteColumn !== null) sheet.deleteColumn(plan.deleteColumn);
    let putBack = 0;
    const reinserted = new Set<number>();
    for (const run of plan.insert) {
      insertRows(sheet, run.at, run.rows);
      putBack += run.rows.reduce((sum, row) => sum + row.filter((value) => value !== '').length, 0);
      for (const index of run.removedIndexes) reinserted.add(index);
    }
    for (const rows of last.record.appended) clearAppended(spreadsheet, rows, reinserted);

    const table = contents.values;
    if (plan.edits.length + putBack > 0) {
      const audit = cellsAudit('undo', table, resolveColumns(table[0] ?? []), plan.edits, formatMessage(text.auditDetailUndo, { action: auditActionLabel(text, last.action) }));
      audit.customerIds.push(...plan.insert.flatMap((run) => run.ids));
      audit.cells += putBack;
      appendAudit(spreadsheet, [audit]);
    }
    const historyKept = restoreOtherSheetCells(spreadsheet, last.record.elsewhere);
    removeUndoRows(spreadsheet, last.firstLogRow, last.logRowCount);
    return { action: last.action, continued: continuesEarlierStep(last.operation), cells: plan.edits.length + putBack, changedSince: plan.changedSince, missingRows: plan.missingRows, alreadyThere: plan.alreadyThere, notPutBack: plan.notPutBack, historyKept };
  });
}

/** A run of rows put back before row `at`, written as text where the new rows' formats would parse it. */
function insertRows(sheet: Sheet, at: number, rows: readonly (readonly CellValue[])[]): void {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1);
  sheet.insertRowsAfter(at - 1, rows.length);
  const range = sheet.getRange(at, 1, rows.length, width);
  const formats = range.getNumberFormats();
  range.setValues(rows.map((row, r) => Array.from({ length: width }, (_, c) => valueToWrite(row[c] ?? '', formats[r]?.[c] ?? ''))));
}

/** Clears the appended rows of the removed rows put back, where they still are as appended (found by fingerprint). */
function clearAppended(spreadsheet: Spreadsheet, rows: AppendedRows, reinserted: ReadonlySet<number>): void {
  const sheet = spreadsheet.getSheetByName(rows.sheet);
  if (!sheet || sheet.getLastRow() < 2) return;
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const wanted = new Map<string, number>();
  rows.prints.forEach((print, index) => {
    if (reinserted.has(index)) wanted.set(print, (wanted.get(print) ?? 0) + 1);
  });
  const matched: number[] = [];
  for (let index = 1; index < values.length; index += 1) {
    const print = rowPrint(values[index], rows.width);
    const count = wanted.get(print) ?? 0;
    if (count === 0) continue;
    wanted.set(print, count - 1);
    matched.push(index + 1);
  }
  for (const [first, count] of runsOf(matched)) sheet.getRange(first, 1, count, rows.width).clearContent();
}

/** Ascending row numbers as [first, count] runs of consecutive rows. */
export function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1] += 1;
    else runs.push([row, 1]);
  }
  return runs;
}
