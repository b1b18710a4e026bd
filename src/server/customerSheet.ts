import { columnMapOf, resolveColumns } from '../core/customerColumns';
import type { CellValue } from '../core/customerRecord';
import {
  chooseCustomerSheet,
  freeSheetName,
  newCustomerSheetLayout,
  planAdoption,
  type SheetCandidate,
} from '../core/customerSheetSetup';
import type { RecognisedColumns } from '../core/headerRoles';
import type { Language } from '../core/i18n/languages';
import { formatMessage } from '../core/i18n/formatMessage';
import { messagesFor } from '../core/i18n/messages';

import type { Settings } from '../core/settings';
import type { DocumentStore } from './settingsStore';
import { withDocumentLock } from './documentLock';
import { readContents } from './sheetContents';
import { headerRow, readColumns } from './sheetColumns';
import type { SheetContents } from '../core/cellBlock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Marks the protections Clientele adds, so a second set-up replaces them instead of stacking more. */
const PROTECTION_MARK = 'Clientele';

export interface CustomerTable {
  sheet: Sheet;
  values: CellValue[][];
  columns: RecognisedColumns;
}

/** The whole table in one read. An empty sheet reads as no rows (its data range is A1 holding ''). */
function readValues(sheet: Sheet): CellValue[][] {
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues() as CellValue[][];
}

/**
 * Finds the customer sheet (the configured one, or the one that looks like a customer list) and
 * reads it: whole, or (`columnsNeeded`, chosen from its header) only those columns, every other
 * cell of the rows '' (at 100,000 rows each column is about a second of Apps Script's time).
 */
export function findCustomerTable(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  columnsNeeded?: (headers: readonly CellValue[], columns: RecognisedColumns) => Iterable<number>,
): CustomerTable | null {
  const configured = settings.customerSheet ? spreadsheet.getSheetByName(settings.customerSheet) : null;
  const sheet = configured ?? guessCustomerSheet(spreadsheet, settings);
  if (!sheet) return null;
  if (!columnsNeeded) {
    const values = readValues(sheet);
    return { sheet, values, columns: resolveColumns(values[0] ?? [], settings.columns) };
  }
  const lastRow = sheet.getLastRow();
  if (lastRow === 0) return { sheet, values: [], columns: resolveColumns([], settings.columns) };
  const headers = headerRow(sheet);
  const columns = resolveColumns(headers, settings.columns);
  return { sheet, values: [headers, ...readColumns(sheet, columnsNeeded(headers, columns), lastRow, headers.length)], columns };
}

/**
 * The customer sheet with its values, formulas and number formats, for actions that write it
 * back: the columns are recognised from the values read, so the table is read three times, not
 * four (at 100,000 rows a read of the values alone is about 12 s on Apps Script).
 */
export function findCustomerContents(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): { sheet: Sheet; contents: SheetContents; columns: RecognisedColumns } | null {
  const sheet = findCustomerSheet(spreadsheet, settings);
  if (!sheet) return null;
  const contents: SheetContents = sheet.getLastRow() === 0 ? { values: [], formulas: [], formats: [] } : readContents(sheet);
  return { sheet, contents, columns: resolveColumns(contents.values[0] ?? [], settings.columns) };
}

/** The customer sheet without reading its rows: for actions (backups) that read it in blocks. */
export function findCustomerSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): Sheet | null {
  const configured = settings.customerSheet ? spreadsheet.getSheetByName(settings.customerSheet) : null;
  return configured ?? guessCustomerSheet(spreadsheet, settings);
}

/** The sheet that looks like a customer list, when none is configured (or the configured one is gone). */
export function guessCustomerSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): Sheet | null {
  const sheets = spreadsheet.getSheets();
  const candidates: SheetCandidate[] = sheets.map((sheet) => {
    const headers = headerRow(sheet);
    return { name: sheet.getName(), headers, columns: resolveColumns(headers, settings.columns) };
  });
  const chosen = chooseCustomerSheet(candidates, settings.customerSheet);
  return chosen ? sheets[candidates.indexOf(chosen)] ?? null : null;
}

export interface SetUpResult {
  kind: 'created' | 'adopted';
  sheetName: string;
  /** The header row as it is after set-up. */
  headers: CellValue[];
  recognisedCount: number;
  idsAdded: number;
}

/**
 * Menu "Set up customer sheet": adopts the sheet the user already keeps (adds a missing ID
 * column and IDs, never reorders or drops a column) or creates a formatted Customers sheet.
 */
export function setUpCustomerSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  store: DocumentStore,
  language: Language,
): SetUpResult {
  const { settings } = store.loadSettings();
  return withDocumentLock(30_000, () => {
    const table = findCustomerTable(spreadsheet, settings);
    const result = table && table.values.length > 0
      ? adoptSheet(table, store, language)
      : createSheet(spreadsheet, table?.sheet ?? null, language);
    const columns = columnMapOf(result.headers, resolveColumns(result.headers, settings.columns));
    store.saveSettings({ ...settings, customerSheet: result.sheetName, columns });
    return result;
  });
}

function adoptSheet(table: CustomerTable, store: DocumentStore, language: Language): SetUpResult {
  const { sheet, values, columns } = table;
  const plan = planAdoption(values, columns, store.lastCustomerNumber(), language);
  const idColumn = plan.idColumn + 1;
  if (idColumn > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), idColumn - sheet.getMaxColumns());
  if (plan.addsIdColumn) sheet.getRange(1, idColumn, sheet.getMaxRows(), 1).setNumberFormat('@');
  if (plan.addsIdColumn || plan.idsAdded > 0) {
    sheet.getRange(1, idColumn, plan.idColumnValues.length, 1).setValues(plan.idColumnValues);
  }
  if (plan.idsAdded > 0) store.saveLastCustomerNumber(plan.lastIdNumber);
  const maxRows = sheet.getMaxRows();
  const phone = columns.roles.phone;
  if (phone !== undefined) columnBelowHeader(sheet, phone, maxRows).setNumberFormat('@');
  validateEntries(sheet, columns.roles.email, columns.roles.nps, maxRows, language);
  sheet.setFrozenRows(1);
  protectSystemColumns(sheet, [idColumn], maxRows, language);
  const headers = [...(values[0] ?? [])];
  headers[plan.idColumn] = plan.idColumnValues[0]?.[0] ?? '';
  return {
    kind: 'adopted',
    sheetName: sheet.getName(),
    headers,
    recognisedCount: Object.keys(columns.roles).length + (plan.addsIdColumn ? 1 : 0),
    idsAdded: plan.idsAdded,
  };
}

function createSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, emptySheet: Sheet | null, language: Language): SetUpResult {
  const text = messagesFor(language);
  const layout = newCustomerSheetLayout(language);
  const taken = spreadsheet.getSheets().map((s) => s.getName());
  const sheet = emptySheet ?? spreadsheet.insertSheet(freeSheetName(text.defaultSheetName, taken));
  const width = layout.headers.length;
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const maxRows = sheet.getMaxRows();

  sheet.getRange(1, 1, 1, width).setValues([layout.headers]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  for (const index of layout.textColumns) columnBelowHeader(sheet, index, maxRows).setNumberFormat('@');
  validateEntries(sheet, layout.emailColumn, layout.npsColumn, maxRows, language);
  protectSystemColumns(sheet, layout.systemColumns.map((index) => index + 1), maxRows, language);
  sheet.activate();
  return { kind: 'created', sheetName: sheet.getName(), headers: layout.headers, recognisedCount: width, idsAdded: 0 };
}

/** Rows 2 to the end of the grid of one column (0-based index). */
function columnBelowHeader(sheet: Sheet, index: number, maxRows: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(2, index + 1, maxRows - 1, 1);
}

/**
 * What people type later is checked: an email that does not look like one gets Sheets'
 * warning (never blocked), an NPS outside 0–10 is refused.
 * Values already in the sheet are not touched.
 */
function validateEntries(sheet: Sheet, emailColumn: number | undefined, npsColumn: number | undefined, maxRows: number, language: Language): void {
  const text = messagesFor(language);
  if (emailColumn !== undefined) {
    columnBelowHeader(sheet, emailColumn, maxRows).setDataValidation(
      SpreadsheetApp.newDataValidation().requireTextIsEmail().setAllowInvalid(true).setHelpText(text.validationEmailHelp).build(),
    );
  }
  if (npsColumn !== undefined) {
    columnBelowHeader(sheet, npsColumn, maxRows).setDataValidation(
      SpreadsheetApp.newDataValidation().requireNumberBetween(0, 10).setAllowInvalid(false).setHelpText(text.validationNpsHelp).build(),
    );
  }
}

/** Warning-only protection: people may still edit, but Sheets asks them to confirm first. */
function protectSystemColumns(sheet: Sheet, columns: number[], maxRows: number, language: Language): void {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (protection.getDescription().startsWith(PROTECTION_MARK)) protection.remove();
  }
  const description = `${PROTECTION_MARK}: ${messagesFor(language).protectionSystemColumns}`;
  for (const column of columns) {
    sheet.getRange(1, column, maxRows, 1).protect().setDescription(description).setWarningOnly(true);
  }
}

/** The one-line result the user sees in a toast and in the sidebar. */
export function describeSetUp(result: SetUpResult, language: Language): string {
  const text = messagesFor(language);
  return result.kind === 'created'
    ? formatMessage(text.setUpCreated, { sheet: result.sheetName, columns: result.headers.length })
    : formatMessage(text.setUpAdopted, { sheet: result.sheetName, recognised: result.recognisedCount, ids: result.idsAdded });
}
