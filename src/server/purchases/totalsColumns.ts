/**
 * The totals columns of the customer sheet: added after the last column when missing
 * (protected with a warning, as the other system columns), and written in one call per run of
 * adjacent columns over the span of rows that changed, whatever the number of customers.
 */
import { sameCell } from '../../core/cellBlock';
import type { CellValue } from '../../core/customerRecord';
import type { Language } from '../../core/i18n/languages';
import { findTotalsColumns, missingTotalsColumns, totalsCells, TOTALS_FIELDS, type CurrencyRules, type Totals, type TotalsColumns } from '../../core/purchases/customerTotals';
import type { Settings } from '../../core/settings';
import type { CustomerTable } from '../customerSheet';
import { protectColumns } from './historySheet';
import { columnRuns } from '../sheetColumns';

export function currencyRules(settings: Settings): CurrencyRules {
  return { shopCurrency: settings.shopCurrency ?? '', rates: settings.currencyRates ?? {} };
}

/** The totals columns, added when missing; the table's values are widened in memory to match. */
export function ensureTotalsColumns(table: CustomerTable, language: Language): TotalsColumns {
  const { sheet, values } = table;
  const headers = values[0] ?? [];
  const found = findTotalsColumns(headers, table.columns);
  const missing = missingTotalsColumns(found, language);
  if (missing.length === 0) return found;
  let width = headers.length;
  while (width > 0 && String(headers[width - 1] ?? '') === '') width--;
  const needed = width + missing.length;
  if (needed > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  sheet.getRange(1, width + 1, 1, missing.length).setValues([missing.map((column) => column.header)]).setFontWeight('bold');
  missing.forEach((column, i) => (found[column.field] = width + i));
  for (const row of values) while (row.length < needed) row.push('');
  missing.forEach((column, i) => (values[0]![width + i] = column.header));
  protectColumns(sheet, missing.map((_, i) => width + i + 1), language);
  return found;
}

/** Whether writing these totals would change the customer's row (a second recalculation of the same purchases writes nothing). */
export function totalsChanged(row: readonly CellValue[], columns: TotalsColumns, totals: Totals, rules: CurrencyRules): boolean {
  const cells = totalsCells(totals, rules);
  return TOTALS_FIELDS.some((field) => columns[field] !== undefined && !sameCell(row[columns[field]!] ?? '', cells[field]));
}

/**
 * Writes the totals of the customers given (table index -> totals). Rows between them keep
 * the values just read; rows of customers not given are left as they are.
 */
export function writeTotals(table: CustomerTable, columns: TotalsColumns, totals: ReadonlyMap<number, Totals>, rules: CurrencyRules): void {
  if (totals.size === 0) return;
  let top = Infinity;
  let bottom = -Infinity;
  for (const index of totals.keys()) {
    top = Math.min(top, index);
    bottom = Math.max(bottom, index);
  }
  const byField = new Map<number, keyof ReturnType<typeof totalsCells>>();
  for (const field of TOTALS_FIELDS) if (columns[field] !== undefined) byField.set(columns[field]!, field);
  const cellsOf = new Map<number, Record<string, CellValue>>();
  for (const [index, customerTotals] of totals) cellsOf.set(index, totalsCells(customerTotals, rules));
  // Totals laid side by side are one write.
  for (const [start, width] of columnRuns(byField.keys())) {
    const run = Array.from({ length: width }, (_, i) => start + i);
    const block: CellValue[][] = [];
    for (let index = top; index <= bottom; index++) {
      const cells = cellsOf.get(index);
      const row = table.values[index] ?? [];
      block.push(run.map((column) => (cells ? cells[byField.get(column)!]! : row[column] ?? '')));
    }
    table.sheet.getRange(top + 1, start + 1, block.length, width).setValues(block);
    for (const [index, cells] of cellsOf) for (const column of run) table.values[index]![column] = cells[byField.get(column)!]!;
  }
}
