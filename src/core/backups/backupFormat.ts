/**
 * The backup file format. A backup is a few Drive files the add-on itself created (which is
 * all the drive.file scope lets it read back): parts, each holding a block of rows of one sheet
 * (values, formulas, number formats), and a manifest naming the parts with their checksums.
 * JSON, because a script can write and read it with the advanced Drive service under drive.file
 * alone; a Google Sheet copy would need the scope to open any of the user's spreadsheets.
 */
import type { CellValue } from '../customerRecord';

export const BACKUP_FORMAT = 'clientele-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** A cell as stored: its formula, or its value (a Date as its instant, so JSON keeps its type). */
export type StoredCell = string | number | boolean | { date: string } | { formula: string };

export interface BackupPart {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_FORMAT_VERSION;
  sheet: string;
  /** 1-based sheet row of the first row in `cells`. */
  firstRow: number;
  columns: number;
  cells: StoredCell[][];
  /** Number formats, row by row: kept so that phone numbers in text columns stay text. */
  formats: string[][];
}

export interface ManifestSheet {
  name: string;
  rows: number;
  columns: number;
}

export interface ManifestPart {
  fileId: string;
  sheet: string;
  firstRow: number;
  rows: number;
  checksum: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_FORMAT_VERSION;
  kind: 'manifest';
  id: string;
  createdAt: string;
  sheets: ManifestSheet[];
  parts: ManifestPart[];
  checksum: string;
}

export function storeCell(value: CellValue, formula: string): StoredCell {
  if (formula) return { formula };
  if (value instanceof Date) return { date: value.toISOString() };
  return value;
}

/** The value to write back with setValues: formulas as formulas, text kept text (see sheetWriting). */
export function cellContent(cell: StoredCell): CellValue {
  if (typeof cell !== 'object') return cell;
  return 'formula' in cell ? cell.formula : new Date(cell.date);
}

/** What a sheet shows, for comparing rows: a formula counts by its text, not its last result. */
export function cellKey(cell: StoredCell): string {
  return typeof cell === 'object' ? ('formula' in cell ? cell.formula : cell.date) : String(cell);
}

export function makePart(sheet: string, firstRow: number, values: readonly (readonly CellValue[])[], formulas: readonly (readonly string[])[], formats: readonly (readonly string[])[]): BackupPart {
  const columns = values[0]?.length ?? 0;
  const cells = values.map((row, r) => row.map((value, c) => storeCell(value, formulas[r]?.[c] ?? '')));
  return { format: BACKUP_FORMAT, version: BACKUP_FORMAT_VERSION, sheet, firstRow, columns, cells, formats: formats.map((row) => [...row]) };
}

/**
 * The canonical text of a part: the text that is written to Drive and the text its checksum
 * covers. JSON of a part read back and written again is the same text, so a part read from
 * Drive checks against the checksum taken from the sheet.
 */
export function serialisePart(part: BackupPart): string {
  return JSON.stringify({ format: part.format, version: part.version, sheet: part.sheet, firstRow: part.firstRow, columns: part.columns, cells: part.cells, formats: part.formats });
}

export function parsePart(text: string): BackupPart {
  const part = JSON.parse(text) as BackupPart;
  if (part.format !== BACKUP_FORMAT || !Array.isArray(part.cells) || !Array.isArray(part.formats)) throw new Error('Not a Clientele backup part.');
  return part;
}

export function parseManifest(text: string): BackupManifest {
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.kind !== 'manifest' || !Array.isArray(manifest.parts)) throw new Error('Not a Clientele backup manifest.');
  return manifest;
}

/** The whole backup's checksum: over the parts' checksums in order, so it is built step by step. */
export function backupChecksum(partChecksums: readonly string[], digest: (text: string) => string): string {
  return digest(partChecksums.join('\n'));
}

/** Rows per part, so that a part holds about `cellsPerPart` cells whatever the sheet's width. */
export function rowsPerPart(columns: number, cellsPerPart: number): number {
  return Math.max(1, Math.floor(cellsPerPart / Math.max(1, columns)));
}
