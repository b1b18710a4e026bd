/** The NPS answers of the open spreadsheet with their customers: the customer sheet and the Responses sheet, one read each. */
import type { CellValue } from '../../core/customerRecord';
import type { RecognisedColumns } from '../../core/headerRoles';
import { answerRecords, type AnswerRecords } from '../../core/dashboard/answerRecords';
import type { ActionContext } from '../actionContext';
import { findCustomerTable } from '../customerSheet';
import { readResponsesSheet } from './responsesSheet';

/** What the answers are read from, when the caller has read it already (the digest reads both sheets for more than answers). */
export interface AnswerSheets {
  customers: { values: CellValue[][]; columns: RecognisedColumns } | null;
  responses: CellValue[][] | null;
}

export function readAnswerRecords(context: ActionContext, read?: AnswerSheets): AnswerRecords | null {
  const table = read ? read.customers : findCustomerTable(context.spreadsheet, context.settings);
  if (!table || table.values.length === 0) return null;
  const { spreadsheet } = context;
  return answerRecords({
    customers: table.values,
    roles: table.columns.roles,
    responses: read ? read.responses : (readResponsesSheet(spreadsheet)?.values ?? null),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    locale: spreadsheet.getSpreadsheetLocale(),
  });
}

/** A sheet Clientele writes, found by its name in any of the six languages (the user may have switched). */
export function sheetNamedInAnyLanguage(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, names: readonly string[]): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const name of new Set(names)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}
