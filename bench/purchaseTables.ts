/** The Purchases sheet the purchases benches fill: narrow, so that a million rows stay within Sheets' 10 million cells. */
import { putTable } from '../src/local/files/sheetTable';
import type { CellValue } from '../src/local/files/xlsxTable';
import type { LocalHost } from '../src/local/localHost';

const DAY = 86_400_000;
const HEADER = ['Date', 'Customer', 'Customer ID', 'Amount', 'Counted'];

/**
 * `count` purchases over two years from November 2024, spread over `customerCount` customers
 * (customer i * 7919 mod count), each named by `who(customer index, purchase index)`.
 */
export function purchaseRows(count: number, customerCount: number, who: (customer: number, purchase: number) => string): CellValue[][] {
  const start = Date.UTC(2024, 10, 1);
  return [HEADER, ...Array.from({ length: count }, (_, i) => {
    const customer = (i * 7919) % customerCount;
    return [new Date(start + (i % 730) * DAY), who(customer, i), '', 500 + (i % 50) * 100, ''];
  })];
}

/** A Purchases sheet of HEADER's five columns on the open spreadsheet, holding `rows`, then set up as the sidebar does. */
export function putPurchasesSheet(host: LocalHost, rows: CellValue[][]): void {
  const narrow = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.insertSheet('Purchases');
  narrow.deleteColumns(HEADER.length + 1, narrow.getMaxColumns() - HEADER.length);
  putTable(host, host.activeSpreadsheetId()!, 'Purchases', rows);
}
