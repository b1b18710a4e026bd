/**
 * Sheets moves formula references with the cells they point at: delete row 3 and `=UPPER(B4)`
 * becomes `=UPPER(B3)`; a reference to a deleted cell becomes `#REF!`. The host does the same
 * for A1 cell references and cell ranges (relative and absolute alike, as Sheets does), outside
 * string literals. Whole-row and whole-column references (`A:A`, `2:5`) are left as they are:
 * the add-on writes none.
 */
import { columnToLetters, lettersToColumn } from './a1Notation';

export interface StructuralChange {
  /** The name of the sheet whose rows or columns moved. */
  sheet: string;
  axis: 'rows' | 'columns';
  /** 1-based first row or column inserted or deleted. */
  at: number;
  /** Positive: inserted; negative: deleted. */
  count: number;
}

const REFERENCE = /(?<![\w$.!'])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?(?![\w(!])/gu;

function sheetOfPrefix(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/gu, "'") : name;
}

/** Where a position goes: shifted, or null when it was deleted. `edge` says which end of a range it is. */
function moved(position: number, change: StructuralChange, edge: 'start' | 'end' | 'cell'): number | null {
  const { at, count } = change;
  if (count > 0) return position >= at ? position + count : position;
  const last = at - count - 1;
  if (position < at) return position;
  if (position > last) return position + count;
  if (edge === 'start') return at;
  if (edge === 'end') return at - 1;
  return null;
}

/** The formula on sheet `ownSheet` after `change`, its references moved as Sheets moves them. */
export function followStructuralChange(formula: string, ownSheet: string, change: StructuralChange): string {
  // Split off string literals ("…", with "" inside): references are only outside them.
  return formula
    .split(/("(?:[^"]|"")*")/u)
    .map((part, index) => (index % 2 === 1 ? part : shiftPart(part, ownSheet, change)))
    .join('');
}

function shiftPart(text: string, ownSheet: string, change: StructuralChange): string {
  return text.replace(REFERENCE, (whole, prefix: string | undefined, c1$: string, c1: string, r1$: string, r1: string, c2$?: string, c2?: string, r2$?: string, r2?: string) => {
    const target = prefix ? sheetOfPrefix(prefix) : ownSheet;
    if (target !== change.sheet) return whole;
    const range = c2 !== undefined && r2 !== undefined;
    const axisOf = (column: string, row: string) => (change.axis === 'rows' ? Number(row) : lettersToColumn(column));
    const first = moved(axisOf(c1, r1), change, range ? 'start' : 'cell');
    const second = range ? moved(axisOf(c2, r2), change, 'end') : null;
    if (first === null || (range && (second === null || second < first))) return `${prefix ?? ''}#REF!`;
    const write = (column: string, row: string, position: number, column$: string, row$: string) =>
      change.axis === 'rows' ? `${column$}${column}${row$}${position}` : `${column$}${columnToLetters(position)}${row$}${row}`;
    const start = write(c1, r1, first, c1$, r1$);
    return `${prefix ?? ''}${start}${range ? `:${write(c2, r2, second!, c2$ ?? '', r2$ ?? '')}` : ''}`;
  });
}
