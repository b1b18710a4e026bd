/**
 * The data quality audit: per column, how complete (filled) and how valid (passes its
 * cleaner without a problem) the data is, and how many rows are likely duplicates (share a
 * normalised email or phone with another row). Written to a sheet, one run after another,
 * it shows the trend.
 */
import { columnLetter } from '../columnLetters';
import type { CustomerField } from '../customerFields';
import { isBlankCell, isBlankRow } from '../customerIds';
import type { RecognisedColumns } from '../headerRoles';
import type { CellValue } from './cleanResult';
import type { CleaningOptions } from './cleaningPlan';
import { cleanersFor, runCleaners } from './columnCleaners';
import { recogniseCountry } from './countries';
import { normalisePhone } from './phone';

/** Fields whose values can be invalid; the others are free text and only completeness counts. */
const CHECKED_FIELDS: readonly CustomerField[] = ['email', 'phone', 'country', 'birthDate', 'created', 'updated', 'lastPurchase', 'totalSpent', 'nps'];

export interface ColumnQuality {
  column: string;
  header: string;
  field: CustomerField | null;
  filled: number;
  /** filled / rows, 0..1. */
  completeness: number;
  /** Valid among filled, 0..1; null for free-text columns. */
  validity: number | null;
}

export interface DataQualityReport {
  rows: number;
  columns: ColumnQuality[];
  /** Rows that share a normalised email or phone with another row. */
  likelyDuplicates: number;
}

function isValidScore(value: CellValue): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

export function dataQuality(values: readonly (readonly CellValue[])[], columns: RecognisedColumns, options: CleaningOptions): DataQualityReport {
  const headers = values[0] ?? [];
  const fieldAt = new Map<number, CustomerField>();
  for (const [field, index] of Object.entries(columns.roles) as [CustomerField, number][]) fieldAt.set(index, field);
  const filled = headers.map(() => 0);
  const valid = headers.map(() => 0);
  const rowsByKey = new Map<string, number[]>();
  let rows = 0;

  values.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    rows += 1;
    const country = columns.roles.country === undefined ? undefined : recogniseCountry(String(row[columns.roles.country] ?? '')) ?? undefined;
    const ctx = { ...options, rowCountry: country };
    row.forEach((value, c) => {
      if (isBlankCell(value)) return;
      filled[c] = (filled[c] ?? 0) + 1;
      const field = fieldAt.get(c);
      if (!field || !CHECKED_FIELDS.includes(field)) return;
      const result = runCleaners(value, cleanersFor(field), ctx);
      const ok = !result.problem && (field !== 'nps' || isValidScore(result.value));
      if (ok) valid[c] = (valid[c] ?? 0) + 1;
      const key = ok && field === 'email' ? `email:${String(result.value)}` : ok && field === 'phone' ? phoneKey(result.value, ctx.rowCountry ?? options.defaultCountry) : null;
      if (key) rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), index]);
    });
  });

  const duplicates = new Set<number>();
  for (const group of rowsByKey.values()) if (group.length > 1) for (const row of group) duplicates.add(row);

  return {
    rows,
    columns: headers.map((header, c) => {
      const field = fieldAt.get(c) ?? null;
      const checked = field !== null && CHECKED_FIELDS.includes(field);
      const filledHere = filled[c] ?? 0;
      return {
        column: columnLetter(c),
        header: String(header),
        field,
        filled: filledHere,
        completeness: rows === 0 ? 0 : filledHere / rows,
        validity: checked ? (filledHere === 0 ? 1 : (valid[c] ?? 0) / filledHere) : null,
      };
    }),
    likelyDuplicates: duplicates.size,
  };
}

function phoneKey(value: CellValue, country: string | undefined): string | null {
  const e164 = normalisePhone(String(value), country);
  return e164 ? `phone:${e164}` : null;
}

export const DATA_QUALITY_SHEET = 'Data quality';
export const DATA_QUALITY_HEADERS = ['Date', 'Sheet', 'Rows', 'Column', 'Filled', 'Complete', 'Valid', 'Likely duplicates'];

/** The rows one audit adds to the Data quality sheet: one per column, then a total. */
export function dataQualityRows(report: DataQualityReport, sheetName: string, at: Date): CellValue[][] {
  const perColumn = report.columns
    .filter((column) => column.header.trim() !== '')
    .map((column): CellValue[] => [at, sheetName, report.rows, column.header, column.filled, column.completeness, column.validity ?? '', '']);
  return [...perColumn, [at, sheetName, report.rows, '*', '', '', '', report.likelyDuplicates]];
}
