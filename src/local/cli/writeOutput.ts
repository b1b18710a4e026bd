/**
 * Writes a command's result file, in the format its extension names: CSV through formatCsv
 * (UTF-8 with a BOM, cells that a spreadsheet would run as formulas escaped), XLSX through
 * writeXlsx (one worksheet per table). The file appears whole or not at all: it is written
 * beside the target and renamed over it, so a failure never leaves half a customer list.
 */
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatCsv } from '../files/csvTable';
import { writeXlsx, type CellValue } from '../files/xlsxTable';
import { CliError } from './cliErrors';
import { fileFormatOf, knownExtensionsText } from './fileFormat';

export interface OutputTable {
  name: string;
  rows: readonly (readonly CellValue[])[];
  /** 0-based columns stored as text in XLSX (IDs, phone numbers), so Excel keeps `+` and leading zeros. */
  textColumns?: readonly number[];
}

export interface OutputOptions {
  /** The zone dates are written in (default UTC). */
  timeZone?: string;
}

async function encode(file: string, tables: readonly OutputTable[], options: OutputOptions): Promise<Uint8Array | string> {
  const format = fileFormatOf(file);
  if (format === null) throw new CliError(`unknown format: ${file} (use ${knownExtensionsText()})`);
  if (format === 'xlsx') {
    try {
      return await writeXlsx(tables, options);
    } catch (error) {
      throw new CliError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const [table, ...more] = tables;
  if (!table) throw new CliError(`nothing to write to ${file}`);
  if (more.length > 0) {
    throw new CliError(`${file} is a CSV file, which holds one sheet, but there are ${tables.length}: write an .xlsx file to keep them all`);
  }
  const delimiter = path.extname(file).toLowerCase() === '.tsv' ? '\t' : ',';
  return formatCsv(table.rows, { delimiter, timeZone: options.timeZone ?? 'UTC' });
}

function writeFailure(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError(`cannot write ${file}: no such folder ${path.dirname(file)}`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new CliError(`cannot write ${file}: permission denied`);
  if (code === 'EISDIR') return new CliError(`cannot write ${file}: it is a folder`);
  return new CliError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
}

export async function writeOutput(file: string, tables: readonly OutputTable[], options: OutputOptions = {}): Promise<void> {
  const content = await encode(file, tables, options);
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  try {
    await writeFile(partial, content);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw writeFailure(file, error);
  }
}

const samePath = (file: string) => {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};

/** Commands never overwrite the file they read: the original is the user's only undo. */
export function refuseToOverwriteInput(input: string, output: string): void {
  if (samePath(input) === samePath(output)) {
    throw new CliError(`the output ${output} is the input file: choose another name with -o, the original stays as it was`);
  }
}
