/**
 * The Purchases and Interactions sheets: found under their name in any of the six languages,
 * made on first use in the user's language, with the columns Clientele writes (Customer ID,
 * Counted) protected with a warning and the customer columns kept as text (a phone typed as
 * +77011234567 stays what was typed).
 */
import type { CellValue } from '../../core/customerRecord';
import type { Language } from '../../core/i18n/languages';
import { messagesFor } from '../../core/i18n/messages';
import { headersWith, type HistoryColumns, type HistoryKind } from '../../core/purchases/historySheets';
import { PLAIN_TEXT_FORMAT } from '../../core/sheetWriting';
import { headerRow } from '../sheetColumns';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface HistoryTable<F extends string> {
  sheet: Sheet;
  values: CellValue[][];
  columns: HistoryColumns<F>;
}

export function findHistorySheet<F extends string>(spreadsheet: Spreadsheet, kind: HistoryKind<F>): Sheet | null {
  for (const name of Object.values(kind.names)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** The whole sheet in one read (none: null). */
export function readHistory<F extends string>(spreadsheet: Spreadsheet, kind: HistoryKind<F>): HistoryTable<F> | null {
  const sheet = findHistorySheet(spreadsheet, kind);
  return sheet && readHistorySheet(sheet, kind);
}

/** A history sheet already found, in one read. */
export function readHistorySheet<F extends string>(sheet: Sheet, kind: HistoryKind<F>): HistoryTable<F> {
  const values = sheet.getLastRow() === 0 ? [] : (sheet.getDataRange().getValues() as CellValue[][]);
  return { sheet, values, columns: kind.recognise(values[0] ?? []) };
}

/** Warning-only protection of whole columns (1-based), marked as Clientele's so the protection setting applies to them too. */
export function protectColumns(sheet: Sheet, columns: readonly number[], language: Language): void {
  const description = `Clientele: ${messagesFor(language).protectionSystemColumns}`;
  for (const column of columns) sheet.getRange(1, column, sheet.getMaxRows(), 1).protect().setDescription(description).setWarningOnly(true);
}

/**
 * The sheet with every column Clientele needs: made when missing (at the end, the user stays
 * where they are), the missing columns added after the last one otherwise. Returns the header
 * row and the columns as they are now.
 */
export function ensureHistorySheet<F extends string>(spreadsheet: Spreadsheet, kind: HistoryKind<F>, language: Language): { sheet: Sheet; headers: CellValue[]; columns: HistoryColumns<F> } {
  let sheet = findHistorySheet(spreadsheet, kind);
  let existing: CellValue[] = [];
  if (sheet) existing = headerRow(sheet);
  else {
    const active = spreadsheet.getActiveSheet();
    sheet = spreadsheet.insertSheet(kind.names[language], spreadsheet.getNumSheets());
    sheet.setFrozenRows(1);
    if (language === 'fa') sheet.setRightToLeft(true);
    spreadsheet.setActiveSheet(active);
  }
  const found = kind.recognise(existing);
  const required = existing.length === 0 ? kind.fields : kind.required;
  const { headers, added } = headersWith(existing, found, required, kind.headers[language]);
  if (added.length === 0) return { sheet, headers: existing, columns: found };
  if (headers.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), headers.length - sheet.getMaxColumns());
  const first = headers.length - added.length;
  sheet.getRange(1, first + 1, 1, added.length).setValues([headers.slice(first)]).setFontWeight('bold');
  const columns = kind.recognise(headers);
  const addedIndexes = (fields: readonly F[]) => fields.filter((field) => added.includes(field)).map((field) => columns[field]! + 1);
  for (const column of addedIndexes(kind.text)) sheet.getRange(2, column, sheet.getMaxRows() - 1, 1).setNumberFormat(PLAIN_TEXT_FORMAT);
  protectColumns(sheet, addedIndexes(kind.system), language);
  return { sheet, headers, columns };
}
