/**
 * A1 notation, as Sheets reads and writes it: columns are letters (A..Z, AA..),
 * rows and columns are 1-based, a sheet name may prefix the cells
 * (`Sheet1!A1:C3`, `'My sheet'!B2`), and a side may be open (`A:C`, `2:5`, `A2:C`).
 * Sheet.getRange also takes absolute R1C1 notation (`R2C2:R4C5`, any letter case):
 * developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
 * "Returns the range as specified in A1 notation or R1C1 notation".
 */
import { columnLetter, columnNumber } from '../../../core/columnLetters';

export interface A1Reference {
  sheetName: string | null;
  /** 1-based; null means "from the first row/column". */
  startRow: number | null;
  startColumn: number | null;
  /** 1-based, inclusive; null means "to the last row/column of the grid". */
  endRow: number | null;
  endColumn: number | null;
}

/** 1-based column -> letters (1 -> A), by core's one conversion. */
export function columnToLetters(column: number): string {
  return column > 0 ? columnLetter(column - 1) : '';
}

export const lettersToColumn = columnNumber;

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

/** Whole rows ("5:7") and whole columns ("D:F") keep that form, as Apps Script's getA1Notation() gives them back. */
export type RangeSpan = 'cells' | 'rows' | 'columns';

export function rangeA1(row: number, column: number, numRows: number, numColumns: number, span: RangeSpan = 'cells'): string {
  if (span === 'rows') return `${row}:${row + numRows - 1}`;
  if (span === 'columns') return `${columnToLetters(column)}:${columnToLetters(column + numColumns - 1)}`;
  const first = cellA1(row, column);
  return numRows === 1 && numColumns === 1 ? first : `${first}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

/** Which of whole rows, whole columns or cells a parsed reference names. */
export function spanOf(ref: A1Reference): RangeSpan {
  if (ref.startColumn === null && ref.endColumn === null) return 'rows';
  if (ref.startRow === null && ref.endRow === null) return 'columns';
  return 'cells';
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

const R1C1 = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i;

/** Returns null when the text is neither A1 nor absolute R1C1 notation ("RC1" is the A1 cell of column RC). */
export function parseA1(a1: string): A1Reference | null {
  const { sheetName, cells } = splitSheetName(a1.trim());
  const r1c1 = R1C1.exec(cells);
  if (r1c1) {
    const [, row, column, endRow = row, endColumn = column] = r1c1 as unknown as [string, string, string, string?, string?];
    return { sheetName, startRow: Number(row), startColumn: Number(column), endRow: Number(endRow), endColumn: Number(endColumn) };
  }
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
