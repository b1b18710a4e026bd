/** The Responses sheet (one row per NPS answer), found by its name in any of the six languages and read once. */
import type { CellValue } from '../../core/customerRecord';
import { isResponsesSheetName } from '../../core/responses/responseColumns';

export interface ResponsesTable {
  name: string;
  values: CellValue[][];
}

export function readResponsesSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ResponsesTable | null {
  const sheet = spreadsheet.getSheets().find((candidate) => isResponsesSheetName(candidate.getName()));
  if (!sheet) return null;
  const values = sheet.getLastRow() === 0 ? [] : (sheet.getDataRange().getValues() as CellValue[][]);
  return { name: sheet.getName(), values };
}
