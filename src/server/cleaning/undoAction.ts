/**
 * Undo the last action Clientele took on the customer sheet (a cleaning, a merge), from the
 * undo log: number formats first, then every cell's previous value in one block, then the
 * rows the action appended elsewhere (the Merged sheet) are cleared. Works in any later
 * execution: the log is in the document.
 */
import { cellsAudit } from '../../core/audit/actionAudit';
import { blockForEdits, editsBetween } from '../../core/cellBlock';
import { resolveColumns } from '../../core/customerColumns';
import type { CellValue } from '../../core/customerRecord';
import { tableBeforeMerge } from '../../core/merge/mergePlan';
import { lastOperation, type RowChanges } from '../../core/undoLog';
import { appendAudit } from '../audit/auditLog';
import { readContents, writeBlock } from '../sheetContents';
import { readUndoLog, removeUndoRows } from './undoSheet';
import { restoreOtherSheetCells } from '../purchases/historyMoves';
import { withDocumentLock } from '../documentLock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface UndoneAction {
  action: string;
  cells: number;
}

/** `only`: undo only if the last action is of this kind (a panel's Undo never undoes another panel's action). */
export function undoLastAction(spreadsheet: Spreadsheet, only?: string): UndoneAction | null {
  return withDocumentLock(30_000, () => {
    const last = lastOperation(readUndoLog(spreadsheet));
    if (!last || (only !== undefined && last.action !== only)) return null;
    const sheet = spreadsheet.getSheetByName(last.sheet);
    if (!sheet) throw new Error(`The sheet “${last.sheet}” that was changed no longer exists.`);
    for (const column of last.formats) {
      sheet.getRange(2, column.column, column.formats.length, 1).setNumberFormats(column.formats.map((format) => [format]));
    }
    const contents = readContents(sheet);
    const restored = last.rows ? tableBefore(contents.values, last.rows) : null;
    const edits = restored ? editsBetween(contents.values, restored) : last.cells;
    const block = blockForEdits(edits, contents);
    writeBlock(sheet, block);
    const table = restored ?? contents.values;
    appendAudit(spreadsheet, [cellsAudit('undo', table, resolveColumns(table[0] ?? []), edits, `undo ${last.action}`)]);
    for (const rows of last.appended) {
      spreadsheet.getSheetByName(rows.sheet)?.getRange(rows.firstRow, 1, rows.count, rows.width).clearContent();
    }
    restoreOtherSheetCells(spreadsheet, last.elsewhere);
    removeUndoRows(spreadsheet, last.firstLogRow, last.logRowCount);
    return { action: last.action, cells: edits.length };
  });
}

function tableBefore(current: readonly (readonly CellValue[])[], rows: RowChanges): CellValue[][] {
  return tableBeforeMerge(current, {
    merged: rows.removed,
    survivors: rows.before.map((row) => ({ sheetRow: row.sheetRow, before: row.values })),
    addedOtherContacts: rows.addedColumn !== null,
    otherContactsColumn: (rows.addedColumn ?? 0) - 1,
  });
}
