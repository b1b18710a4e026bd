/**
 * How a value must be written so that the cell ends up holding exactly that value.
 * Sheets parses a written string as if typed: "+7 701…" becomes a formula error, "007"
 * the number 7, "=1+1" a formula, "5 March 2026" a date. A leading apostrophe keeps any
 * string as text (and is not part of the value), except in a cell formatted as plain text
 * ('@'), where nothing is parsed and the string goes in as it is.
 */
import type { CellValue } from './customerRecord';

export const PLAIN_TEXT_FORMAT = '@';

export function valueToWrite(value: CellValue, numberFormat: string): CellValue {
  if (typeof value !== 'string' || value === '' || numberFormat === PLAIN_TEXT_FORMAT) return value;
  return `'${value}`;
}

/** A cell's content to write back unchanged: its formula if it has one, else its value. */
export function contentToWrite(value: CellValue, formula: string, numberFormat: string): CellValue {
  return formula ? formula : valueToWrite(value, numberFormat);
}
