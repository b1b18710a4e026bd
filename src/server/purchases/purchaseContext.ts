/** What every purchases action reads first: the customer table with its totals columns, the linker and the reading rules. */
import type { CellValue } from '../../core/customerRecord';
import type { RecognisedColumns } from '../../core/headerRoles';
import type { CustomerTable } from '../customerSheet';
import { findCustomerTable } from '../customerSheet';
import type { ActionContext } from '../actionContext';
import { CustomerLinker } from '../../core/purchases/customerLinking';
import { findTotalsColumns, type CurrencyRules, type TotalsColumns } from '../../core/purchases/customerTotals';
import type { PurchaseReading } from '../../core/purchases/purchaseRecords';
import { currencyRules, ensureTotalsColumns } from './totalsColumns';
import { columnRuns, readColumns } from '../sheetColumns';

export interface PurchaseSetting {
  customers: CustomerTable;
  totalsColumns: TotalsColumns;
  linker: CustomerLinker;
  rules: CurrencyRules;
  reading: PurchaseReading;
  /**
   * Makes sure the totals cells of these customers (table indexes, header 0) are in
   * `customers.values`: for a setting read 'asNeeded', the span of rows from the first to the
   * last, one read per run of adjacent totals columns; otherwise they were read already.
   */
  readTotalsOf(indexes: Iterable<number>): void;
}

/**
 * What of the customer sheet a purchases action reads:
 * - 'linking': what linking a purchase and its totals read (the ID, names, email, phone and the
 *   totals columns), the rest of each row '': a customer sheet of thirty columns costs its six to
 *   twelve;
 * - 'asNeeded': the ID column, then the names, email and phone only when a purchase does not
 *   name its customer by ID, and the totals only of the customers a purchase changes
 *   (readTotalsOf): an edit of a row or a few, whatever the number of customers;
 * - 'whole': every column (the Today digest reads birthdays, consent and contacts too).
 */
export type CustomerReading = 'linking' | 'asNeeded' | 'whole';

/** The customer sheet, read as `read` says, its totals columns made when missing (`addColumns`); null when there is no customer sheet. */
export function purchaseSetting(context: ActionContext, addColumns = true, read: CustomerReading = 'linking'): PurchaseSetting | null {
  const needed = (headers: readonly CellValue[], columns: RecognisedColumns) => (read === 'asNeeded'
    ? [columns.roles.id].filter((column): column is number => column !== undefined)
    : [...CustomerLinker.columnsRead(columns), ...Object.values(findTotalsColumns(headers, columns)).filter((column): column is number => column !== undefined)]);
  const customers = findCustomerTable(context.spreadsheet, context.settings, read === 'whole' ? undefined : needed);
  if (!customers || customers.values.length === 0) return null;
  const totalsColumns = addColumns ? ensureTotalsColumns(customers, context.language) : findTotalsColumns(customers.values[0] ?? [], customers.columns);
  const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
  const locale = context.spreadsheet.getSpreadsheetLocale();
  const rules = currencyRules(context.settings);
  const { sheet, values, columns } = customers;
  const matcherColumns = CustomerLinker.columnsRead(columns).filter((column) => column !== columns.roles.id);
  const readMatchingColumns = read === 'asNeeded' ? () => void readColumns(sheet, matcherColumns, values.length, values[0]!.length, values.slice(1)) : null;
  return {
    customers,
    totalsColumns,
    linker: new CustomerLinker(values, columns, { timeZone, locale, defaultCountry: context.settings.defaultCountry }, readMatchingColumns),
    rules,
    reading: { timeZone, locale, shopCurrency: rules.shopCurrency },
    readTotalsOf: read === 'asNeeded' ? (indexes) => readRowSpan(customers, totalsColumns, indexes) : () => undefined,
  };
}

/** The totals cells of the rows from the first to the last of `indexes` (table indexes), read into the table. */
function readRowSpan(table: CustomerTable, totalsColumns: TotalsColumns, indexes: Iterable<number>): void {
  let top = Infinity;
  let bottom = -Infinity;
  for (const index of indexes) {
    if (index < 1) continue;
    top = Math.min(top, index);
    bottom = Math.max(bottom, index);
  }
  if (top > bottom) return;
  const columns = Object.values(totalsColumns).filter((column): column is number => column !== undefined);
  for (const [start, width] of columnRuns(columns)) {
    const block = table.sheet.getRange(top + 1, start + 1, bottom - top + 1, width).getValues() as CellValue[][];
    block.forEach((cells, r) => cells.forEach((cell, c) => (table.values[top + r]![start + c] = cell)));
  }
}
