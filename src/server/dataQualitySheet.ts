import { dataQuality, dataQualityRows, DATA_QUALITY_HEADERS, DATA_QUALITY_SHEET, type DataQualityReport } from '../core/cleaning/dataQuality';
import { valueToWrite } from '../core/sheetWriting';
import type { ActionContext } from './actionContext';
import { cleaningOptions } from './cleaning';
import { findCustomerTable } from './customerSheet';

export function dataQualityReport(context: ActionContext): { sheet: string; report: DataQualityReport } | null {
  const table = findCustomerTable(context.spreadsheet, context.settings);
  if (!table || table.values.length === 0) return null;
  const options = cleaningOptions(context.spreadsheet, context.settings, context.language);
  return { sheet: table.sheet.getName(), report: dataQuality(table.values, table.columns, options) };
}

/** Appends this audit to the Data quality sheet (made on first use), one write. */
export function appendDataQuality(context: ActionContext, sheetName: string, report: DataQualityReport): string {
  const rows = dataQualityRows(report, sheetName, new Date()).map((row) => row.map((value) => valueToWrite(value, '')));
  let sheet = context.spreadsheet.getSheetByName(DATA_QUALITY_SHEET);
  if (!sheet) {
    // insertSheet makes the new sheet the active one: the user stays on the sheet they were on.
    const active = context.spreadsheet.getActiveSheet();
    sheet = context.spreadsheet.insertSheet(DATA_QUALITY_SHEET, context.spreadsheet.getNumSheets());
    sheet.getRange(1, 1, 1, DATA_QUALITY_HEADERS.length).setValues([DATA_QUALITY_HEADERS]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.getRange(2, 6, sheet.getMaxRows() - 1, 2).setNumberFormat('0%');
    context.spreadsheet.setActiveSheet(active);
  }
  const first = sheet.getLastRow() + 1;
  const needed = first + rows.length - 1;
  const maxRows = sheet.getMaxRows();
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  sheet.getRange(first, 1, rows.length, DATA_QUALITY_HEADERS.length).setValues(rows);
  return sheet.getName();
}
