/**
 * A1 notation, as Sheets reads and writes it: columns are letters (A..Z, AA..),
 * rows and columns are 1-based, a sheet name may prefix the cells
 * (`Sheet1!A1:C3`, `'My sheet'!B2`), and a side may be open (`A:C`, `2:5`, `A2:C`).
 */
export interface A1Reference {
  sheetName: string | null;
  /** 1-based; null means "from the first row/column". */
  startRow: number | null;
  startColumn: number | null;
  /** 1-based, inclusive; null means "to the last row/column of the grid". */
  endRow: number | null;
  endColumn: number | null;
}

export function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const first = cellA1(row, column);
  return numRows === 1 && numColumns === 1 ? first : `${first}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

/** Returns null when the text is not A1 notation. */
export function parseA1(a1: string): A1Reference | null {
  const { sheetName, cells } = splitSheetName(a1.trim());
  const [first, second, extra] = cells.split(':');
  if (first === undefined || extra !== undefined) return null;
  const start = PART.exec(first);
  const end = PART.exec(second ?? first);
  if (!start || !end) return null;
  const [, startLetters = '', startDigits = ''] = start;
  const [, endLetters = '', endDigits = ''] = end;
  if (!startLetters && !startDigits) return null;
  if (second === undefined && !(startLetters && startDigits)) return null;
  if (!endLetters && !endDigits) return null;
  return {
    sheetName,
    startRow: startDigits ? Number(startDigits) : null,
    startColumn: startLetters ? lettersToColumn(startLetters) : null,
    endRow: endDigits ? Number(endDigits) : null,
    endColumn: endLetters ? lettersToColumn(endLetters) : null,
  };
}
