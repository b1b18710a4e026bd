/**
 * The hidden "Clientele undo" sheet that holds the undo log (see core/undoLog.ts). Read in one
 * call, appended to in one call; an undone operation's rows are cleared, which keeps the
 * log's last rows the last operation.
 */
import type { CellValue } from '../core/customerRecord';
import { valueToWrite } from '../core/sheetWriting';
import { UNDO_HEADERS, UNDO_SHEET, undoRows, type UndoEntry, type UndoRecord } from '../core/undoLog';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readUndoLog(spreadsheet: Spreadsheet): CellValue[][] {
  const sheet = spreadsheet.getSheetByName(UNDO_SHEET);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues() as CellValue[][];
}

function undoSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = spreadsheet.getSheetByName(UNDO_SHEET);
  if (existing) return existing;
  // insertSheet makes the new sheet the active one: the user stays on the sheet they were on.
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(UNDO_SHEET, spreadsheet.getNumSheets());
  sheet.getRange(1, 1, 1, UNDO_HEADERS.length).setValues([UNDO_HEADERS]);
  sheet.setFrozenRows(1);
  sheet.hideSheet();
  spreadsheet.setActiveSheet(active);
  return sheet;
}

export function appendUndoLog(spreadsheet: Spreadsheet, entry: UndoEntry, record: UndoRecord): void {
  const rows = undoRows(entry, record).map((row) => row.map((value) => valueToWrite(value, '')));
  if (rows.length === 0) return;
  const sheet = undoSheet(spreadsheet);
  const first = Math.max(sheet.getLastRow(), 1) + 1;
  const needed = first + rows.length - 1;
  const maxRows = sheet.getMaxRows();
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  sheet.getRange(first, 1, rows.length, UNDO_HEADERS.length).setValues(rows);
}

export function removeUndoRows(spreadsheet: Spreadsheet, firstRow: number, count: number): void {
  spreadsheet.getSheetByName(UNDO_SHEET)?.getRange(firstRow, 1, count, UNDO_HEADERS.length).clearContent();
}
