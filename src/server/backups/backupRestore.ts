/**
 * Reading a backup back and writing it into sheets: every part is read and checked against the
 * checksum recorded when it was written (a damaged backup is never restored). The restore's steps
 * are in restoreRun.ts.
 */
import { cellContent, storeCell, type BackupManifest, type BackupPart, type ManifestPart, type StoredCell } from '../../core/backups/backupFormat';
import { diffSheet, type SheetDiff } from '../../core/backups/restoreDiff';
import type { CellValue } from '../../core/customerRecord';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Messages } from '../../core/i18n/messages';
import { valueToWrite } from '../../core/sheetWriting';
import { readManifest, readPart } from './backupDrive';
import type { BackupRecord, BackupStore } from './backupStore';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LoadedBackup {
  manifest: BackupManifest;
  parts: BackupPart[];
}

export class DamagedBackupError extends Error {}

/** The backup's manifest; DamagedBackupError when there is none or it cannot be read. */
export function loadManifest(text: Messages, record: BackupRecord): BackupManifest {
  if (!record.manifestId) throw new DamagedBackupError(text.errorBackupUnfinished);
  try {
    return readManifest(record.manifestId);
  } catch {
    // Drive's or the parser's words would be in English and may quote the file: the user is told what failed.
    throw new DamagedBackupError(text.errorBackupManifestUnreadable);
  }
}

/** One part, read and checked against what the manifest recorded; DamagedBackupError naming it otherwise, in `text`'s language. */
export function readCheckedPart(text: Messages, expected: ManifestPart, index: number): BackupPart {
  let read: ReturnType<typeof readPart>;
  try {
    read = readPart(expected.fileId);
  } catch {
    throw new DamagedBackupError(formatMessage(text.errorBackupPartUnreadable, { part: index + 1 }));
  }
  if (read.checksum !== expected.checksum || read.part.cells.length !== expected.rows) {
    const rows = { first: expected.firstRow, last: expected.firstRow + expected.rows - 1 };
    throw new DamagedBackupError(formatMessage(text.errorBackupPartChecksum, { part: index + 1, sheet: expected.sheet, ...rows }));
  }
  return read.part;
}

/** Reads the backup and checks every part; throws DamagedBackupError naming the first bad part. */
export function loadBackup(text: Messages, record: BackupRecord): LoadedBackup {
  const manifest = loadManifest(text, record);
  return { manifest, parts: manifest.parts.map((part, index) => readCheckedPart(text, part, index)) };
}

/** Marks the record with what a fresh check found. */
export function verifyBackup(text: Messages, store: BackupStore, record: BackupRecord): { ok: boolean; message: string } {
  try {
    loadBackup(text, record);
    return { ok: true, message: '' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.saveRecord({ ...record, status: 'failed', message });
    return { ok: false, message };
  }
}

function currentRows(sheet: Sheet | null): StoredCell[][] {
  if (!sheet || sheet.getLastRow() === 0) return [];
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  const formulas = range.getFormulas();
  return values.map((row, r) => row.map((value, c) => storeCell(value, formulas[r]?.[c] ?? '')));
}

/** What restoring one backed-up sheet would change: its parts read and checked, the current sheet read. */
export function previewSheet(text: Messages, spreadsheet: Spreadsheet, manifest: BackupManifest, name: string): SheetDiff {
  const rows = manifest.parts.flatMap((part, index) => (part.sheet === name ? readCheckedPart(text, part, index).cells : []));
  return diffSheet(name, rows, currentRows(spreadsheet.getSheetByName(name)));
}

/**
 * Google's limit on the cells of one spreadsheet, empty ones included
 * (https://support.google.com/drive/answer/37603: "up to 10 million cells").
 */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

/** A new sheet's grid (insertSheet): 1,000 rows × 26 columns, until it is cut to size. */
export const NEW_SHEET_CELLS = 1_000 * 26;

/** The cells of every sheet's grid, as Google counts them against the limit. */
export function cellsInUse(spreadsheet: Spreadsheet): number {
  return spreadsheet.getSheets().reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

/**
 * Makes a sheet ready for a backed-up sheet of `rows` × `columns`: emptied and as large as it
 * needs. A new tab is cut to that size, its columns first: it starts with Google's 1,000 rows ×
 * 26 columns, and a tab that kept them while rows were added would fill the spreadsheet's
 * 10,000,000 cells with empty ones. A sheet keeps at least one row and one column.
 */
export function prepareSheet(sheet: Sheet, rows: number, columns: number, newTab: boolean): void {
  sheet.clear();
  if (newTab) {
    const keptRows = Math.max(rows, 1);
    const keptColumns = Math.max(columns, 1);
    if (sheet.getMaxColumns() > keptColumns) sheet.deleteColumns(keptColumns + 1, sheet.getMaxColumns() - keptColumns);
    if (sheet.getMaxRows() > keptRows) sheet.deleteRows(keptRows + 1, sheet.getMaxRows() - keptRows);
  }
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Writes one part where it came from: number formats first (so text columns take text as it is), then contents. */
export function writePart(sheet: Sheet, part: BackupPart): void {
  if (part.cells.length === 0 || part.columns === 0) return;
  const range = sheet.getRange(part.firstRow, 1, part.cells.length, part.columns);
  range.setNumberFormats(part.formats);
  range.setValues(part.cells.map((row, r) => row.map((cell, c) => {
    const isFormula = typeof cell === 'object' && 'formula' in cell;
    return isFormula ? cellContent(cell) : valueToWrite(cellContent(cell), part.formats[r]?.[c] ?? '');
  })));
}
