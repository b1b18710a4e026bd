/**
 * Undo the last action Clientele took on the customer sheet (a cleaning, a merge), from the
 * undo log: number formats first, then every cell's previous value in one block, then the
 * rows the action appended elsewhere (the Merged sheet) are cleared. Works in any later
 * execution: the log is in the document.
 */
import { blockForEdits } from '../core/cellBlock';
import { lastOperation } from '../core/undoLog';
import { readContents } from './cleaning';
import { readUndoLog, removeUndoRows } from './undoSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface UndoneAction {
  action: string;
  cells: number;
}

export function undoLastAction(spreadsheet: Spreadsheet): UndoneAction | null {
  const lock = LockService.getDocumentLock();
  lock.waitLock(30_000);
  try {
    const last = lastOperation(readUndoLog(spreadsheet));
    if (!last) return null;
    const sheet = spreadsheet.getSheetByName(last.sheet);
    if (!sheet) throw new Error(`The sheet “${last.sheet}” that was changed no longer exists.`);
    for (const column of last.formats) {
      sheet.getRange(2, column.column, column.formats.length, 1).setNumberFormats(column.formats.map((format) => [format]));
    }
    const block = blockForEdits(last.cells, readContents(sheet));
    if (block) sheet.getRange(block.row, block.column, block.values.length, block.values[0]!.length).setValues(block.values);
    for (const rows of last.appended) {
      spreadsheet.getSheetByName(rows.sheet)?.getRange(rows.firstRow, 1, rows.count, rows.width).clearContent();
    }
    removeUndoRows(spreadsheet, last.firstLogRow, last.logRowCount);
    return { action: last.action, cells: last.cells.length };
  } finally {
    lock.releaseLock();
  }
}
