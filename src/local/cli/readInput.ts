/**
 * Reads the file a command works on into tables, as a spreadsheet import would: CSV (any
 * dialect) as one table named after the file, XLSX as one table per sheet. Every way a file can
 * be unusable becomes a CliError that names the file.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv } from '../files/csvTable';
import { MAX_SPREADSHEET_CELLS, readXlsx, type CellExtras, type CellValue } from '../files/xlsxTable';
import { columnLetter } from '../../core/columnLetters';
import { CliError } from './cliErrors';
import { FileRefused } from '../files/fileRefused';
import { fileFormatOf, knownExtensionsText, type FileFormat } from './fileFormat';

export interface InputTable {
  /** The sheet name: the file's base name for CSV, the sheet's own name for XLSX. */
  name: string;
  rows: CellValue[][];
  /** XLSX cells' formulas, link targets and comments, by `row:column` (0-based). */
  extras?: Map<string, CellExtras>;
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
    if (info.isDirectory()) throw new CliError('errNotAFile', { file });
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError('errNoSuchFile', { file });
    if (code === 'EACCES' || code === 'EPERM') throw new CliError('errReadPermission', { file });
    throw new CliError('errRead', { file, detail: error instanceof Error ? error.message : String(error) });
  }
}

/** A file's base name without its extension: `data/Клиенты 2024.csv` → `Клиенты 2024`. */
function csvSheetName(file: string): string {
  return path.basename(file, path.extname(file)).trim() || 'Sheet1';
}

export async function readInput(file: string): Promise<InputFile> {
  const bytes = await readBytes(file);
  const format = fileFormatOf(file);
  if (format === null) throw new CliError('errUnknownFormat', { file, extensions: knownExtensionsText() });
  const onlyBom = bytes.length === UTF8_BOM.length && UTF8_BOM.every((byte, index) => bytes[index] === byte);
  if (bytes.length === 0 || onlyBom) throw new CliError('errEmptyFile', { file });

  let tables: InputTable[];
  try {
    tables = format === 'csv' ? [{ name: csvSheetName(file), rows: parseCsv(bytes) }] : await readXlsx(bytes);
  } catch (error) {
    // The readers' messages say what is wrong and what to do; they only lack the file's name.
    if (error instanceof FileRefused) throw new CliError({ told: (language) => `${file}: ${error.inLanguage(language)}` });
    throw new CliError({ text: `${file}: ${error instanceof Error ? error.message : String(error)}` });
  }

  const filled = tables.filter((table) => !table.rows.every(isBlankRow));
  if (filled.length === 0) {
    if (format === 'xlsx') throw new CliError('errEmptyFile', { file });
    throw new CliError('errOnlyBlankLines', { file });
  }
  if (filled.every((table) => isBlankRow(table.rows[0] ?? []))) {
    throw new CliError('errFirstRowEmpty', { file });
  }
  checkLimits(file, filled);
  return { file, format, tables: filled };
}

/** support.google.com/drive/answer/37603: a spreadsheet holds at most 10 million cells and 18,278 columns; a cell 50,000 characters. */
const MAX_COLUMNS = 18_278;
const MAX_CELL_CHARACTERS = 50_000;
const count = (n: number) => n.toLocaleString('en-US');

/** A file Sheets could not hold is refused in one line naming the limit, the sheet, the row and the column. */
function checkLimits(file: string, tables: readonly InputTable[]): void {
  let cells = 0;
  for (const table of tables) {
    const width = table.rows[0]?.length ?? 0;
    if (width > MAX_COLUMNS) {
      throw new CliError('errTooManyColumns', { file, sheet: table.name, columns: count(width), letter: columnLetter(width - 1), max: count(MAX_COLUMNS) });
    }
    if (cells + table.rows.length * width > MAX_SPREADSHEET_CELLS) {
      const row = Math.floor((MAX_SPREADSHEET_CELLS - cells) / Math.max(width, 1)) + 1;
      throw new CliError('errTooManyCells', { file, sheet: table.name, max: count(MAX_SPREADSHEET_CELLS), row: count(row), rows: count(table.rows.length), columns: count(width) });
    }
    cells += table.rows.length * width;
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === 'string' && cell.length > MAX_CELL_CHARACTERS) {
          throw new CliError('errCellTooLong', { file, sheet: table.name, row: count(r + 1), letter: columnLetter(c), length: count(cell.length), max: count(MAX_CELL_CHARACTERS) });
        }
      }),
    );
  }
}
