/**
 * Runs the add-on on a file's tables, exactly as Google would run it on the spreadsheet the file
 * was imported into: a local host, one spreadsheet holding the tables (strings as text, numbers
 * and dates keeping their type), and the built add-on (dist/Code.js) loaded in a vm.
 */
import path from 'node:path';
import type { Language } from '../../core/i18n/languages';
import { loadBuiltAddon } from '../builtAddon';
import { putTable } from '../files/sheetTable';
import { LocalHost } from '../localHost';
import type { DeploymentMode } from '../services/deploymentTriggerRules';
import { CliError } from './cliErrors';
import type { InputFile } from './readInput';

const CLI_USER_EMAIL = 'you@localhost';

export interface AddonSession {
  host: LocalHost;
  spreadsheetId: string;
}

/**
 * A file becomes a sheet of its own width, as a Sheets import makes it: a new sheet's 26 columns
 * times a million rows would pass the 10 million cells a spreadsheet holds.
 */
function sizeSheetToTable(spreadsheet: ReturnType<LocalHost['spreadsheetApp']['getSpreadsheetModel']>, name: string, rows: readonly (readonly unknown[])[]): void {
  if (!spreadsheet) return;
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  const width = Math.max(1, rows.reduce((widest, row) => Math.max(widest, row.length), 0));
  if (sheet.getMaxColumns() > width) sheet.deleteColumns(width + 1, sheet.getMaxColumns() - width);
}

export function openInAddon(input: InputFile, language: Language, mode: DeploymentMode = 'bound'): AddonSession {
  const host = new LocalHost({ user: { email: CLI_USER_EMAIL, locale: language }, mode });
  const spreadsheetId = host.createSpreadsheet(path.basename(input.file));
  const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId);
  const [first] = input.tables;
  // The new spreadsheet's own empty Sheet1 becomes the first table, so no stray sheet is left.
  if (spreadsheet && first) spreadsheet.getSheets()[0]?.setName(first.name);
  for (const table of input.tables) {
    sizeSheetToTable(spreadsheet, table.name, table.rows);
    const formulas = new Map([...(table.extras ?? [])].flatMap(([key, extras]) => (extras.formula ? [[key, extras.formula] as const] : [])));
    putTable(host, spreadsheetId, table.name, table.rows, formulas);
  }
  try {
    loadBuiltAddon(host);
  } catch (error) {
    // A missing build is the one failure here a user can fix.
    if (error instanceof Error && /is missing/.test(error.message)) throw new CliError({ text: error.message });
    throw error;
  }
  return { host, spreadsheetId };
}
