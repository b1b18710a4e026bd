/**
 * The sheets Clientele keeps beside the customers (undo log, Merged, Data quality, rejections):
 * made on first use at the end of the spreadsheet, with a frozen bold header, and appended to
 * in one write that grows the sheet when needed.
 */
import type { CellValue } from '../core/customerRecord';
import type { Language } from '../core/i18n/languages';
import { isManagedSheetName, sheetNameIn, sheetNamesOf } from '../core/i18n/sheetNames';
import { valueToWrite } from '../core/sheetWriting';
import { DocumentStore } from './settingsStore';
import { userLanguage } from './userLanguage';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RecordSheetOptions {
  hidden?: boolean;
  /** Extra formatting for a new sheet (number formats of its columns). */
  format?: (sheet: Sheet) => void;
  /** The language a new managed sheet is named in; by default the user's, read only when the sheet is made. */
  language?: Language;
}

/**
 * The sheet called `name`; for a sheet Clientele manages, under its name in any of the six
 * languages, so a sheet made before the user changed language is still the one (see sheetNames.ts).
 */
export function findRecordSheet(spreadsheet: Spreadsheet, name: string): Sheet | null {
  for (const candidate of sheetNamesOf(name)) {
    const sheet = spreadsheet.getSheetByName(candidate);
    if (sheet) return sheet;
  }
  return null;
}

/** The record sheet `name`, found by any of its names; made on first use, named (and headed, when `headers` is a function) in the user's language. */
export function recordSheet(
  spreadsheet: Spreadsheet,
  name: string,
  headers: readonly CellValue[] | ((language: Language) => readonly CellValue[]),
  options: RecordSheetOptions = {},
): Sheet {
  const existing = findRecordSheet(spreadsheet, name);
  if (existing) return existing;
  const language = isManagedSheetName(name) ? (options.language ?? userLanguage(DocumentStore.open().loadSettings().settings)) : 'en';
  // insertSheet makes the new sheet the active one: the user stays on the sheet they were on.
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(sheetNameIn(name, language), spreadsheet.getNumSheets());
  const row = typeof headers === 'function' ? headers(language) : headers;
  sheet.getRange(1, 1, 1, row.length).setValues([row.map((header) => valueToWrite(header, ''))]).setFontWeight('bold');
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
