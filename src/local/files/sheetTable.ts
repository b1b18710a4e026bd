import type { LocalHost } from '../localHost';
import type { CellValue } from './xlsxTable';

/**
 * Puts a table into a sheet of a local spreadsheet so that the sheet holds exactly these
 * values, as a file import should: strings go in as literal text (with the leading
 * apostrophe a person would type), so "+7 701…", "007" or "=1+1" from a file stay text,
 * while numbers, booleans and Dates keep their type. The sheet grows to fit.
 * It goes through the sheet model's counted methods: reset the host's call counter after it.
 * `formulas` are the file's own (an XLSX cell's formula beside the value it showed).
 */
export function putTable(
  host: LocalHost,
  spreadsheetId: string,
  sheetName: string,
  rows: readonly (readonly CellValue[])[],
  formulas: ReadonlyMap<string, string> = new Map(),
): void {
  const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId);
  if (!spreadsheet) throw new Error(`No spreadsheet ${spreadsheetId}`);
  const sheet = spreadsheet.getSheetByName(sheetName) ?? spreadsheet.insertSheet(sheetName);
  if (rows.length === 0) return;
  // A loop, not Math.max(...rows): spreading half a million rows overflows the call stack.
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const literal = rows.map((row) =>
    Array.from({ length: width }, (_, index) => {
      const value = row[index] ?? '';
      return typeof value === 'string' && value !== '' ? `'${value}` : value;
    }),
  );
  sheet.getRange(1, 1, rows.length, width).setValues(literal);
  // A file's formulas, by `row:column` (0-based): the cell keeps the value the file showed and its formula, as Sheets would.
  for (const [key, formula] of formulas) {
    const [row, column] = key.split(':').map(Number) as [number, number];
    if (row < rows.length && column < width) sheet.layers.formulas.set(row, column, formula);
  }
}

/** The sheet's data range as values (empty cells ''), for export. */
export function takeTable(host: LocalHost, spreadsheetId: string, sheetName: string): CellValue[][] {
  const sheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId)?.getSheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet named ${sheetName}`);
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues() as CellValue[][];
}
