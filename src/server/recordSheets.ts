/**
 * The sheets Clientele keeps beside the customers (undo log, Merged, Data quality, rejections):
 * made on first use at the end of the spreadsheet, with a frozen bold header, and appended to
 * in one write that grows the sheet when needed.
 */
import type { CellValue } from '../core/customerRecord';
import { valueToWrite } from '../core/sheetWriting';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RecordSheetOptions {
  hidden?: boolean;
  /** Extra formatting for a new sheet (number formats of its columns). */
  format?: (sheet: Sheet) => void;
}

export function recordSheet(spreadsheet: Spreadsheet, name: string, headers: readonly CellValue[], options: RecordSheetOptions = {}): Sheet {
  const existing = spreadsheet.getSheetByName(name);
  if (existing) return existing;
  // insertSheet makes the new sheet the active one: the user stays on the sheet they were on.
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.getRange(1, 1, 1, headers.length).setValues([headers.map((header) => valueToWrite(header, ''))]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  options.format?.(sheet);
  if (options.hidden) sheet.hideSheet();
  spreadsheet.setActiveSheet(active);
  return sheet;
}

/**
 * Appends rows under the last one (strings kept as text), in one write; returns the first row
 * written. `formats`: the columns' number formats, where some are plain text (no apostrophe there).
 */
export function appendRows(sheet: Sheet, rows: readonly (readonly CellValue[])[], width: number, formats: readonly string[] = []): number {
  const first = Math.max(sheet.getLastRow(), 1) + 1;
  if (rows.length === 0) return first;
  const needed = first + rows.length - 1;
  const maxRows = sheet.getMaxRows();
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const values = rows.map((row) => Array.from({ length: width }, (_, c) => valueToWrite(row[c] ?? '', formats[c] ?? '')));
  sheet.getRange(first, 1, values.length, width).setValues(values);
  return first;
}
