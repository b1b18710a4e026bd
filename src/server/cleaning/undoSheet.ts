/**
 * The hidden "Clientele undo" sheet that holds the undo log (see core/undoLog.ts). Read in one
 * call, appended to in one call; an undone operation's rows are cleared, which keeps the
 * log's last rows the last operation.
 */
import type { CellValue } from '../../core/customerRecord';
import { UNDO_HEADERS, UNDO_SHEET, undoRows, type UndoEntry, type UndoRecord } from '../../core/undoLog';
import { appendRows, findRecordSheet, recordSheet } from '../recordSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readUndoLog(spreadsheet: Spreadsheet): CellValue[][] {
  const sheet = findRecordSheet(spreadsheet, UNDO_SHEET);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues() as CellValue[][];
}

export function appendUndoLog(spreadsheet: Spreadsheet, entry: UndoEntry, record: UndoRecord): void {
  const rows = undoRows(entry, record);
  if (rows.length === 0) return;
  appendRows(recordSheet(spreadsheet, UNDO_SHEET, UNDO_HEADERS, { hidden: true }), rows, UNDO_HEADERS.length);
}

export function removeUndoRows(spreadsheet: Spreadsheet, firstRow: number, count: number): void {
  findRecordSheet(spreadsheet, UNDO_SHEET)?.getRange(firstRow, 1, count, UNDO_HEADERS.length).clearContent();
}
