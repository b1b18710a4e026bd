import { columnToLetters, lettersToColumn } from './a1Notation';

/**
 * Moves the relative references of a formula by whole rows and columns, as Sheets does when
 * Range.setFormula writes one formula into a block: the formula is the top-left cell's, and
 * "=A1" set on B2:C3 reads back [["=A1","=B1"],["=A2","=B2"]] (gas-fakes' live-checked
 * "setting and repeating cell formats"). `$` keeps a row or column where it is. Text in double
 * quotes and quoted sheet names are left alone; a name followed by "(" is a function (LOG10).
 */
const REFERENCE =
  /(^|[^A-Za-z0-9_.$'])(?:(\$?)([A-Za-z]{1,3})(\$?)(\d+)|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d+):(\$?)(\d+))(?![A-Za-z0-9_(!])/g;

function shiftColumn(absolute: string, letters: string, by: number): string {
  return absolute + (absolute ? letters.toUpperCase() : columnToLetters(lettersToColumn(letters) + by));
}

function shiftRow(absolute: string, digits: string, by: number): string {
  return absolute + (absolute ? digits : String(Number(digits) + by));
}

function shiftOutsideQuotes(text: string, rows: number, columns: number): string {
  return text.replace(REFERENCE, (...m: (string | undefined)[]) => {
    const [, before = ''] = m;
    if (m[3] !== undefined) return before + shiftColumn(m[2]!, m[3], columns) + shiftRow(m[4]!, m[5]!, rows);
    if (m[7] !== undefined) return `${before}${shiftColumn(m[6]!, m[7], columns)}:${shiftColumn(m[8]!, m[9]!, columns)}`;
    return `${before}${shiftRow(m[10]!, m[11]!, rows)}:${shiftRow(m[12]!, m[13]!, rows)}`;
  });
}

export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  // Odd-numbered parts are "…" strings or '…' sheet names: copied as they are.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : shiftOutsideQuotes(part, rows, columns)))
    .join('');
}
