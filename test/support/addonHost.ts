/**
 * A local host running the add-on from its TypeScript sources: the services installed as
 * globals (as Apps Script provides them), the entry points of src/server/main.ts bound by name.
 */
import * as entryPoints from '../../src/server/main';
import { LocalHost, type LocalHostOptions } from '../../src/local/localHost';
import { putTable as putTableInto, takeTable } from '../../src/local/files/sheetTable';
import type { CellValue } from '../../src/core/customerRecord';

export const TEST_NOW = new Date('2026-11-23T09:30:00Z');

export function addonHost(options: LocalHostOptions = {}): LocalHost {
  const host = new LocalHost({ now: TEST_NOW, ...options });
  host.installGlobals(globalThis);
  host.bindEntryPoints(entryPoints);
  host.createSpreadsheet('Studio customers');
  return host;
}

/** Puts a table on a sheet of the open spreadsheet, holding exactly these values (strings as text). */
export function putTable(host: LocalHost, sheetName: string, rows: CellValue[][]): void {
  putTableInto(host, host.activeSpreadsheetId()!, sheetName, rows);
}

export function sheetValues(host: LocalHost, sheetName: string): CellValue[][] {
  return takeTable(host, host.activeSpreadsheetId()!, sheetName);
}
