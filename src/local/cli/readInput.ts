/**
 * Reads the file a command works on into tables, as a spreadsheet import would: CSV (any
 * dialect) as one table named after the file, XLSX as one table per sheet. Every way a file can
 * be unusable becomes a CliError that names the file.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv } from '../files/csvTable';
import { readXlsx, type CellValue } from '../files/xlsxTable';
import { CliError } from './cliErrors';
import { fileFormatOf, knownExtensionsText, type FileFormat } from './fileFormat';

export interface InputTable {
  /** The sheet name: the file's base name for CSV, the sheet's own name for XLSX. */
  name: string;
  rows: CellValue[][];
}

export interface InputFile {
  /** As given on the command line. */
  file: string;
  format: FileFormat;
  /** Tables holding at least one value, in file order. */
  tables: InputTable[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const isBlankCell = (cell: CellValue) => (typeof cell === 'string' ? cell.trim() === '' : false);
const isBlankRow = (row: readonly CellValue[]) => row.every(isBlankCell);

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`not a file: ${file} is a directory`);
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(`no such file: ${file}`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`cannot read ${file}: permission denied`);
    throw new CliError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A file's base name without its extension: `data/Клиенты 2024.csv` → `Клиенты 2024`. */
function csvSheetName(file: string): string {
  return path.basename(file, path.extname(file)).trim() || 'Sheet1';
}

export async function readInput(file: string): Promise<InputFile> {
  const bytes = await readBytes(file);
  const format = fileFormatOf(file);
  if (format === null) throw new CliError(`unknown format: ${file} (use ${knownExtensionsText()})`);
  const onlyBom = bytes.length === UTF8_BOM.length && UTF8_BOM.every((byte, index) => bytes[index] === byte);
  if (bytes.length === 0 || onlyBom) throw new CliError(`empty file: ${file}`);

  let tables: InputTable[];
  try {
    tables = format === 'csv' ? [{ name: csvSheetName(file), rows: parseCsv(bytes) }] : await readXlsx(bytes);
  } catch (error) {
    // The readers' messages say what is wrong and what to do; they only lack the file's name.
    throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const filled = tables.filter((table) => !table.rows.every(isBlankRow));
  if (filled.length === 0) {
    if (format === 'xlsx') throw new CliError(`empty file: ${file}`);
    throw new CliError(`no header row: ${file} has only blank lines`);
  }
  if (filled.every((table) => isBlankRow(table.rows[0] ?? []))) {
    throw new CliError(`no header row: the first row of ${file} is empty (put the column names in row 1)`);
  }
  return { file, format, tables: filled };
}
