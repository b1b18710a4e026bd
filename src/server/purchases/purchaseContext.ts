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

export interface PurchaseSetting {
  customers: CustomerTable;
  totalsColumns: TotalsColumns;
  linker: CustomerLinker;
  rules: CurrencyRules;
  reading: PurchaseReading;
}

/**
 * The customer sheet read once, its totals columns made when missing (`addColumns`); null when
 * there is no customer sheet. Of the sheet, only what linking a purchase and its totals read (the
 * ID, names, email, phone and the totals columns), the rest of each row '': a customer sheet of
 * thirty columns costs its six to twelve. `wholeSheet`: every column (the Today digest reads
 * birthdays, consent and contacts too).
 */
export function purchaseSetting(context: ActionContext, addColumns = true, wholeSheet = false): PurchaseSetting | null {
  const needed = (headers: readonly CellValue[], columns: RecognisedColumns) => [
    ...CustomerLinker.columnsRead(columns),
    ...Object.values(findTotalsColumns(headers, columns)).filter((column): column is number => column !== undefined),
  ];
  const customers = findCustomerTable(context.spreadsheet, context.settings, wholeSheet ? undefined : needed);
  if (!customers || customers.values.length === 0) return null;
  const totalsColumns = addColumns ? ensureTotalsColumns(customers, context.language) : findTotalsColumns(customers.values[0] ?? [], customers.columns);
  const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
  const locale = context.spreadsheet.getSpreadsheetLocale();
  const rules = currencyRules(context.settings);
  return {
    customers,
    totalsColumns,
    linker: new CustomerLinker(customers.values, customers.columns, { timeZone, locale, defaultCountry: context.settings.defaultCountry }),
    rules,
    reading: { timeZone, locale, shopCurrency: rules.shopCurrency },
  };
}
