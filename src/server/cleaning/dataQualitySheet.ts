import { dataQuality, dataQualityRows, DATA_QUALITY_HEADERS, DATA_QUALITY_SHEET, type DataQualityReport } from '../../core/cleaning/dataQuality';
import type { ActionContext } from '../actionContext';
import { cleaningOptions } from './cleaning';
import { findCustomerTable } from '../customerSheet';
import { appendRows, recordSheet } from '../recordSheets';

export function dataQualityReport(context: ActionContext): { sheet: string; report: DataQualityReport } | null {
  const table = findCustomerTable(context.spreadsheet, context.settings);
  if (!table || table.values.length === 0) return null;
  const options = cleaningOptions(context.spreadsheet, context.settings, context.language);
  return { sheet: table.sheet.getName(), report: dataQuality(table.values, table.columns, options) };
}

/** Appends this audit to the Data quality sheet (made on first use), one write. */
export function appendDataQuality(context: ActionContext, sheetName: string, report: DataQualityReport): string {
  const sheet = recordSheet(context.spreadsheet, DATA_QUALITY_SHEET, context.text.dataQualityHeaders.split('|'), {
    language: context.language,
    format: (created) => created.getRange(2, 6, created.getMaxRows() - 1, 2).setNumberFormat('0%'),
  });
  appendRows(sheet, dataQualityRows(report, sheetName, new Date()), DATA_QUALITY_HEADERS.length);
  return sheet.getName();
}
