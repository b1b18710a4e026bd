/**
 * Restoring a backup: every part is read and checked against the checksum recorded when it
 * was written (a damaged backup is never restored), then either written into new tabs or
 * over the current sheets, after a backup of the current state.
 */
import { AUDIT_SHEET } from '../../core/audit/auditRecords';
import { isNameOf } from '../../core/i18n/sheetNames';
import { cellContent, storeCell, type BackupManifest, type BackupPart, type StoredCell } from '../../core/backups/backupFormat';
import { diffSheet, type SheetDiff } from '../../core/backups/restoreDiff';
import { freeSheetName } from '../../core/customerSheetSetup';
import type { CellValue } from '../../core/customerRecord';
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

/** Reads the backup and checks every part; throws DamagedBackupError naming the first bad part. */
export function loadBackup(record: BackupRecord): LoadedBackup {
  if (!record.manifestId) throw new DamagedBackupError('This backup has no manifest: it did not finish.');
  let manifest: BackupManifest;
  try {
    manifest = readManifest(record.manifestId);
  } catch (error) {
    throw new DamagedBackupError(`The manifest cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  const parts = manifest.parts.map((expected, index) => {
    let read: ReturnType<typeof readPart>;
    try {
      read = readPart(expected.fileId);
    } catch (error) {
      throw new DamagedBackupError(`Part ${index + 1} cannot be read (${error instanceof Error ? error.message : String(error)}).`);
    }
    if (read.checksum !== expected.checksum || read.part.cells.length !== expected.rows) {
      throw new DamagedBackupError(`Part ${index + 1} (${expected.sheet}, rows ${expected.firstRow}–${expected.firstRow + expected.rows - 1}) does not match its checksum.`);
    }
    return read.part;
  });
  return { manifest, parts };
}

/** Marks the record with what a fresh check found. */
export function verifyBackup(store: BackupStore, record: BackupRecord): { ok: boolean; message: string } {
  try {
    loadBackup(record);
    return { ok: true, message: '' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.saveRecord({ ...record, status: 'failed', message });
    return { ok: false, message };
  }
}

function rowsOfSheet(backup: LoadedBackup, sheet: string): StoredCell[][] {
  return backup.parts.filter((p) => p.sheet === sheet).flatMap((p) => p.cells);
}

function currentRows(sheet: Sheet | null): StoredCell[][] {
  if (!sheet || sheet.getLastRow() === 0) return [];
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  const formulas = range.getFormulas();
  return values.map((row, r) => row.map((value, c) => storeCell(value, formulas[r]?.[c] ?? '')));
}

export function restorePreview(spreadsheet: Spreadsheet, backup: LoadedBackup): SheetDiff[] {
  return backup.manifest.sheets.map((s) => diffSheet(s.name, rowsOfSheet(backup, s.name), currentRows(spreadsheet.getSheetByName(s.name))));
}

/** Writes a sheet's parts: number formats first (so text columns take text as it is), then contents; a few calls per part. */
function writeSheet(sheet: Sheet, backup: LoadedBackup, name: string, rows: number, columns: number): void {
  sheet.clear();
  if (rows === 0 || columns === 0) return;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < columns) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  for (const part of backup.parts.filter((p) => p.sheet === name)) {
    const range = sheet.getRange(part.firstRow, 1, part.cells.length, columns);
    range.setNumberFormats(part.formats);
    range.setValues(part.cells.map((row, r) => row.map((cell, c) => {
      const isFormula = typeof cell === 'object' && 'formula' in cell;
      return isFormula ? cellContent(cell) : valueToWrite(cellContent(cell), part.formats[r]?.[c] ?? '');
    })));
  }
}

export function restoreIntoNewTabs(spreadsheet: Spreadsheet, backup: LoadedBackup, day: string): string[] {
  const active = spreadsheet.getActiveSheet();
  const names: string[] = [];
  for (const s of backup.manifest.sheets) {
    const name = freeSheetName(`${s.name} (${day})`, spreadsheet.getSheets().map((sheet) => sheet.getName()));
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    writeSheet(sheet, backup, s.name, s.rows, s.columns);
    names.push(name);
  }
  spreadsheet.setActiveSheet(active);
  return names;
}

/**
 * Replaces each backed-up sheet with its backup, except the Audit log: it is append-only, and a
 * restore must not take back the entries written since (the restore itself is one of them).
 */
export function restoreReplacing(spreadsheet: Spreadsheet, backup: LoadedBackup): number {
  const active = spreadsheet.getActiveSheet();
  for (const s of backup.manifest.sheets.filter((sheet) => !isNameOf(AUDIT_SHEET, sheet.name))) {
    const sheet = spreadsheet.getSheetByName(s.name) ?? spreadsheet.insertSheet(s.name, spreadsheet.getNumSheets());
    writeSheet(sheet, backup, s.name, s.rows, s.columns);
  }
  spreadsheet.setActiveSheet(active);
  return backup.manifest.sheets.filter((sheet) => !isNameOf(AUDIT_SHEET, sheet.name)).length;
}
