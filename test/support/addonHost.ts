/**
 * A local host running the add-on from its TypeScript sources: the services installed as
 * globals (as Apps Script provides them), the entry points of src/server/main.ts bound by name.
 */
import * as entryPoints from '../../src/server/main';
import { LocalHost, type LocalHostOptions } from '../../src/local/localHost';
import type { CellValue } from '../../src/core/customerRecord';

export const TEST_NOW = new Date('2026-11-23T09:30:00Z');

export function addonHost(options: LocalHostOptions = {}): LocalHost {
  const host = new LocalHost({ now: TEST_NOW, ...options });
  host.installGlobals(globalThis);
  host.bindEntryPoints(entryPoints);
  host.createSpreadsheet('Studio customers');
  return host;
}

/**
 * Puts a table on a sheet of the open spreadsheet, outside any execution, so that the sheet
 * holds exactly these values: strings go in with a leading apostrophe, as a person keeps
 * "+7 701…" or "007" as text.
 */
export function putTable(host: LocalHost, sheetName: string, rows: CellValue[][]): void {
  const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!;
  const sheet = spreadsheet.getSheetByName(sheetName) ?? spreadsheet.insertSheet(sheetName);
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  const literal = rows.map((row) => row.map((value) => (typeof value === 'string' && value !== '' ? `'${value}` : value)));
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(literal);
}

export function sheetValues(host: LocalHost, sheetName: string): CellValue[][] {
  const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return sheet.getDataRange().getValues() as CellValue[][];
}
