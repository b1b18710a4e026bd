/**
 * Writes a command's result file, in the format its extension names: CSV through formatCsv
 * (UTF-8 with a BOM, cells that a spreadsheet would run as formulas escaped), XLSX through
 * writeXlsx (one worksheet per table). Every file a command writes appears whole or not at all: it
 * is written beside the target and renamed over it, so a failure never leaves half a customer list.
 */
import { realpathSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatMessage } from '../../core/i18n/formatMessage';
import { messagesFor } from '../../core/i18n/messages';
import { formatCsv } from '../files/csvTable';
import { FileRefused } from '../files/fileRefused';
import { writeXlsx, type CellExtras, type CellValue } from '../files/xlsxTable';
import { CliError } from './cliErrors';
import { fileFormatOf, knownExtensionsText } from './fileFormat';

export interface OutputTable {
  name: string;
  rows: readonly (readonly CellValue[])[];
  /** 0-based columns stored as text in XLSX (IDs, phone numbers), so Excel keeps `+` and leading zeros. */
  textColumns?: readonly number[];
  /** XLSX only: formulas, link targets and comments the input file held (see CellExtras). */
  extras?: ReadonlyMap<string, CellExtras>;
}

export interface OutputOptions {
  /** The zone dates are written in (default UTC). */
  timeZone?: string;
}

async function encode(file: string, tables: readonly OutputTable[], options: OutputOptions): Promise<Uint8Array | string> {
  const format = fileFormatOf(file);
  if (format === null) throw new CliError('errUnknownFormat', { file, extensions: knownExtensionsText() });
  if (format === 'xlsx') {
    try {
      return await writeXlsx(tables, options);
    } catch (error) {
      if (error instanceof FileRefused) throw new CliError({ told: (language) => formatMessage(messagesFor(language).errWrite, { file, detail: error.inLanguage(language) }) });
      throw new CliError('errWrite', { file, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  const [table, ...more] = tables;
  if (!table) throw new CliError('errNothingToWrite', { file });
  if (more.length > 0) {
    throw new CliError('errCsvOneSheet', { file, count: tables.length });
  }
  const delimiter = path.extname(file).toLowerCase() === '.tsv' ? '\t' : ',';
  return formatCsv(table.rows, { delimiter, timeZone: options.timeZone ?? 'UTC' });
}

function writeFailure(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError('errWriteNoFolder', { file, folder: path.dirname(file) });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new CliError('errWritePermission', { file });
  if (code === 'EISDIR') return new CliError('errWriteFolder', { file });
  return new CliError('errWrite', { file, detail: error instanceof Error ? error.message : String(error) });
}

export async function writeOutput(file: string, tables: readonly OutputTable[], options: OutputOptions = {}): Promise<void> {
  await writeFileWhole(file, await encode(file, tables, options));
}

/** Any output file (a report, clusters, a review list): written beside the target and renamed over it. */
export async function writeFileWhole(file: string, content: Uint8Array | string): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  try {
    await writeFile(partial, content);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw writeFailure(file, error);
  }
}

/** A file's identity: its device and inode when it exists (a hard link or symlink is the same file), else its resolved path. */
function identity(file: string): string {
  try {
    const info = statSync(file);
    return `${info.dev}:${info.ino}`;
  } catch {
    try {
      return path.join(realpathSync(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

export interface NamedFile {
  /** How the command line named it: "-o", "--report", "the input". */
  option: string;
  file: string | undefined;
}

/**
 * Commands never overwrite a file they read (the original is the user's only undo), nor write two
 * outputs to one file: every output is checked against every input and every other output.
 */
export function refuseToOverwrite(inputs: readonly string[], outputs: readonly NamedFile[]): void {
  const read = new Map(inputs.map((file) => [identity(file), file]));
  const written = new Map<string, NamedFile>();
  for (const output of outputs) {
    if (output.file === undefined) continue;
    const id = identity(output.file);
    const input = read.get(id);
    if (input !== undefined) {
      const named = path.resolve(input) === path.resolve(output.file) ? '' : ` ${input}`;
      throw new CliError('errOutputIsInput', { output: output.file, input: named, option: output.option });
    }
    const other = written.get(id);
    if (other) throw new CliError('errSameOutput', { first: other.option, second: output.option, file: output.file });
    written.set(id, output);
  }
}
