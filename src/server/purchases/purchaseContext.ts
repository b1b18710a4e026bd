/** What every purchases action reads first: the customer table with its totals columns, the linker and the reading rules. */
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

/** The customer sheet read once, its totals columns made when missing (`addColumns`); null when there is no customer sheet. */
export function purchaseSetting(context: ActionContext, addColumns = true): PurchaseSetting | null {
  const customers = findCustomerTable(context.spreadsheet, context.settings);
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
