/**
 * The Audit log sheet: one row per thing that changed customers (an edit in the sheet, or an
 * action of Clientele's), saying who, when, which customers and rows, which fields and how many
 * cells, never the values. Each row ends with a check: a hash of the row chained to the previous
 * row's check, so a row changed, removed or inserted by hand shows as the first row whose check
 * no longer matches. The check is a checksum, not a signature: anyone can recompute it, so it
 * makes a hand change visible, it does not make one impossible (the sheet's protection does
 * that, as far as the owner chooses). Computed here rather than by Utilities.computeDigest so that
 * checking a long log costs no service call per row.
 */
import type { CellValue } from '../customerRecord';

/** One name whatever the language, so backups, erasure and the panel find it (listed in managedSheets.ts). */
export const AUDIT_SHEET = 'Audit log';

/** Columns, 0-based. */
export const AUDIT_COLUMNS = { time: 0, user: 1, action: 2, customerIds: 3, rows: 4, fields: 5, cells: 6, detail: 7, check: 8 } as const;
export const AUDIT_WIDTH = 9;

/** Sheets refuse more characters in one cell; the text is written after an apostrophe (kept as text), which counts. */
const CELL_LIMIT = 50_000 - 1;

export interface AuditRecord {
  action: string;
  customerIds: string[];
  rows?: number[];
  fields?: string[];
  cells: number;
  detail?: string;
}

/** Sorted numbers as runs: 2, 5-9, 12. A 20,000-row import stays one short cell. */
export function compressNumbers(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join(', ');
}

/** Customer IDs as runs of consecutive numbers (C-000001–C-000500); other IDs as they are. */
export function compressIds(ids: readonly string[]): string {
  const numbered = new Map<number, string>();
  const other: string[] = [];
  for (const id of new Set(ids)) {
    const match = /^C-(\d+)$/.exec(id);
    if (match) numbered.set(Number(match[1]), id);
    else if (id !== '') other.push(id);
  }
  const sorted = [...numbered.keys()].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const first = numbered.get(sorted[i]!)!;
    runs.push(j > i ? `${first}–${numbered.get(sorted[j]!)!}` : first);
    i = j + 1;
  }
  return [...runs, ...other].join(', ');
}

function fitCell(text: string): string {
  return text.length <= CELL_LIMIT ? text : `${text.slice(0, CELL_LIMIT - 1)}…`;
}

/** The row's cells before its check; time to the whole second, as the sheet keeps it. */
export function auditCells(record: AuditRecord, time: Date, user: string): CellValue[] {
  return [
    new Date(Math.floor(time.getTime() / 1000) * 1000),
    user,
    record.action,
    fitCell(compressIds(record.customerIds)),
    fitCell(compressNumbers(record.rows ?? [])),
    fitCell([...new Set(record.fields ?? [])].join(', ')),
    record.cells,
    fitCell(record.detail ?? ''),
  ];
}

/** A 64-bit checksum of the text as 16 hex digits: two 32-bit FNV-1a lanes with different seeds, mixed. */
export function checkHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 13;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 16;
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The text a row's check is the hash of: the previous check and the row's cells, in a fixed form. */
export function checkText(previousCheck: string, cells: readonly CellValue[]): string {
  const canonical = cells.slice(0, AUDIT_COLUMNS.check).map((value) => (value instanceof Date ? value.toISOString() : String(value ?? '')));
  return JSON.stringify([previousCheck, ...canonical]);
}

/** Rows ready to append after a row whose check is `previousCheck` ('' for the first row). */
export function chainRows(previousCheck: string, rows: readonly CellValue[][], hash: (text: string) => string = checkHash): CellValue[][] {
  let previous = previousCheck;
  return rows.map((cells) => {
    previous = hash(checkText(previous, cells));
    return [...cells, previous];
  });
}

/** The first data row (1-based sheet row) whose check does not follow from the rows above it; null when the chain holds. */
export function firstBrokenRow(values: readonly (readonly CellValue[])[], hash: (text: string) => string = checkHash): number | null {
  let previous = '';
  for (let i = 1; i < values.length; i++) {
    const cells = values[i]!;
    if (cells.every((value) => value === '' || value === null)) continue;
    const expected = hash(checkText(previous, cells));
    if (String(cells[AUDIT_COLUMNS.check] ?? '') !== expected) return i + 1;
    previous = expected;
  }
  return null;
}
