import Papa from 'papaparse';
import { csvLine } from '../../core/safeCsv';
import { wallClockOf } from '../services/spreadsheet/zonedTime';
import { FileRefused } from './fileRefused';

export type CsvCell = string | number | boolean | Date | null;
export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvFormatOptions {
  /**
   * Default ','. Excel splits a double-clicked CSV on the list separator of the user's region,
   * which is ';' in Russia, Kazakhstan and much of Europe.
   */
  delimiter?: CsvDelimiter;
  /** The zone whose calendar day and time a Date is written in (a Date is an instant). Default 'UTC'. */
  timeZone?: string;
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
/** Rows looked at to choose the delimiter: enough to see the pattern, cheap on a large file. */
const SAMPLE_ROWS = 50;
/** Excel's hint line, written by some exports: "sep=;". */
const SEPARATOR_HINT = /^sep=(.)\r?\n/i;


/** Bytes looked at to recognise UTF-16 without a byte-order mark. */
const SAMPLE_BYTES = 4096;

/**
 * UTF-16 without a byte-order mark, recognised by its zero bytes: text that is mostly Latin,
 * digits and punctuation (a CSV's commas, quotes and line breaks are) has a zero in every other
 * byte, odd ones in little-endian, even ones in big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Windows-1251, if cheap to tell: nearly every non-ASCII byte decodes to a Cyrillic letter. */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  const text = new TextDecoder('windows-1251').decode(bytes.subarray(0, SAMPLE_BYTES * 4));
  const high = [...text].filter((char) => char.charCodeAt(0) > 0x7f);
  return high.length > 0 && high.filter((char) => /[\u0400-\u04ff]/u.test(char)).length >= high.length * 0.9;
}

function decodeText(bytes: Uint8Array): string {
  // Excel's "Unicode Text" is UTF-16LE with a byte-order mark: unambiguous, so read it rather than refuse it.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : utf16WithoutBom(bytes);
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    throw new FileRefused(utf16 === null && looksLikeWindows1251(bytes) ? 'fileWindows1251' : 'fileNotUtf8');
  }
  if (text.includes('\0')) throw new FileRefused('fileNotText');
  return text;
}

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell === '');

/**
 * The delimiter that splits the first rows into the same number of fields as the header,
 * preferring more fields: "Имя;Сумма" / "Иван;12,5" is semicolon-separated even though it holds a comma.
 * Papa's own guess is thrown off by a trailing empty line in small files.
 */
function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; share: number; width: number } = { delimiter: ',', share: 0, width: 1 };
  let onlyBlankRows: CsvDelimiter | null = null;
  for (const delimiter of DELIMITERS) {
    const sampled = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS }).data;
    const rows = sampled.filter((row) => !isBlankRow(row));
    if (rows.length === 0 && sampled.some((row) => row.length > 1)) onlyBlankRows ??= delimiter;
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const share = rows.filter((row) => row.length === width).length / rows.length;
    if (share > best.share || (share === best.share && width > best.width)) best = { delimiter, share, width };
  }
  // A file of nothing but delimiters (";;;" lines, as Excel saves empty rows) is empty, not a column of ";".
  return best.share === 0 && onlyBlankRows !== null ? onlyBlankRows : best.delimiter;
}

/**
 * A CSV file as rows of strings, as Sheets would import it: comma, semicolon or tab separated
 * (detected, or given by an Excel "sep=" line), quoted fields with line breaks, BOM, CRLF.
 * Trailing empty lines are dropped and every row is padded to the widest row (at least the header),
 * so no value is lost. Throws an Error a user can act on for text that is not UTF-8 and for unclosed quotes.
 */
export function parseCsv(bytes: Uint8Array): string[][] {
  let text = decodeText(bytes);
  let delimiter: string;
  const hint = SEPARATOR_HINT.exec(text);
  if (hint) {
    delimiter = hint[1] ?? ',';
    text = text.slice(hint[0].length);
  } else {
    delimiter = detectDelimiter(text);
  }

  const parsed = Papa.parse<string[]>(text, { delimiter });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    throw new FileRefused('fileCsvQuotes', { row, detail: quoteError.message });
  }

  const rows = parsed.data;
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1] ?? [])) rows.pop();
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return rows.map((row) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row));
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "2024-03-15", or "2024-03-15 09:30:00" when the time is not midnight: a form Excel and Sheets read back as a date. */
function formatDate(date: Date, timeZone: string): string {
  const wall = wallClockOf(date, timeZone);
  const day = `${wall.year}-${twoDigits(wall.month)}-${twoDigits(wall.day)}`;
  if (wall.hour === 0 && wall.minute === 0 && wall.second === 0) return day;
  return `${day} ${twoDigits(wall.hour)}:${twoDigits(wall.minute)}:${twoDigits(wall.second)}`;
}

function cellText(cell: CsvCell, options: Required<CsvFormatOptions>): string {
  if (cell === null) return '';
  if (cell instanceof Date) return formatDate(cell, options.timeZone);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/**
 * Rows as RFC 4180 CSV, escaped by csvLine (core/safeCsv.ts): CRLF after every row, formulas
 * neutralised, fields quoted when they hold any separator, a quote, a line break or edge spaces. The text starts with a UTF-8 byte-order mark (write it as UTF-8):
 * without one, Excel reads the file in the user's legacy code page and shows Cyrillic, Persian and
 * Chinese as mojibake. Booleans are TRUE/FALSE, as Sheets and Excel export them.
 */
export function formatCsv(rows: readonly (readonly CsvCell[])[], options: CsvFormatOptions = {}): string {
  const settings: Required<CsvFormatOptions> = { delimiter: options.delimiter ?? ',', timeZone: options.timeZone ?? 'UTC' };
  const lines = rows.map((row) => csvLine(row.map((cell) => cellText(cell, settings)), settings.delimiter));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
