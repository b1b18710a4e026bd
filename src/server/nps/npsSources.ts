/** The NPS answers of the open spreadsheet with their customers: the customer sheet and the Responses sheet, one read each. */
import type { CellValue } from '../../core/customerRecord';
import { answerRecords, type AnswerRecords } from '../../core/dashboard/answerRecords';
import { RESPONSES_SHEET_NAMES } from '../../core/responses/responseColumns';
import type { ActionContext } from '../actionContext';
import { findCustomerTable, type CustomerTable } from '../customerSheet';

/** The Responses sheet's values (header first), whatever language it was made in; null when there is none. */
function responsesValues(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): CellValue[][] | null {
  for (const name of new Set(Object.values(RESPONSES_SHEET_NAMES))) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet && sheet.getLastRow() > 0) return sheet.getDataRange().getValues() as CellValue[][];
  }
  return null;
}

/** `customers`: the customer table when the action has read it already (a second whole-table read is seconds on Apps Script at 100,000 rows). */
export function readAnswerRecords(context: ActionContext, customers?: CustomerTable | null): AnswerRecords | null {
  const table = customers === undefined ? findCustomerTable(context.spreadsheet, context.settings) : customers;
  if (!table || table.values.length === 0) return null;
  const { spreadsheet } = context;
  return answerRecords({
    customers: table.values,
    roles: table.columns.roles,
    responses: responsesValues(spreadsheet),
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
