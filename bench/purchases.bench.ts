/**
 * Purchases on the built add-on (dist/Code.js in a vm): Recalculate totals, opening the customer
 * card and one typed purchase, with 10,000 and 100,000 customers and 100,000 and 1,000,000
 * purchases. The Purchases sheet is laid out narrow (Date, Customer, Customer ID, Amount,
 * Counted): a million rows of twelve columns would pass Sheets' 10 million cells. Prints wall
 * time, the heap grown and the Apps Script service calls.
 */
import { putTable } from '../src/local/files/sheetTable';
import type { CellValue } from '../src/local/files/xlsxTable';
import { builtAddonOn, measure, printTable } from './figures';

const CASES: [customers: number, purchases: number][] = [[10_000, 100_000], [100_000, 1_000_000]];
const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'City'];
const DAY = 86_400_000;

function customers(count: number): CellValue[][] {
  return [HEADER, ...Array.from({ length: count }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`, `c${i + 1}@example.com`, `+7701${String(1_000_000 + i)}`, 'Almaty'])];
}

/** Purchases by customer ID, a tenth of them by phone as typed ("8 701 …"), over two years. */
function purchases(count: number, customerCount: number): CellValue[][] {
  const start = Date.UTC(2024, 10, 1);
  return [['Date', 'Customer', 'Customer ID', 'Amount', 'Counted'], ...Array.from({ length: count }, (_, i) => {
    const customer = (i * 7919) % customerCount;
    const who = i % 10 === 0 ? `8 701 ${String(1_000_000 + customer).replace(/(\d{3})(\d{2})(\d{2})/, '$1 $2 $3')}` : `C-${String(customer + 1).padStart(6, '0')}`;
    return [new Date(start + (i % 730) * DAY), who, '', 500 + (i % 50) * 100, ''];
  })];
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const [customerCount, purchaseCount] of CASES) {
    const host = builtAddonOn(customers(customerCount));
    host.run('saveSettings', { language: null, defaultCountry: 'KZ' });
    host.run('setUpCustomerSheet');
    const narrow = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.insertSheet('Purchases');
    narrow.deleteColumns(6, narrow.getMaxColumns() - 5);
    putTable(host, host.activeSpreadsheetId()!, 'Purchases', purchases(purchaseCount, customerCount));
    host.run('setUpPurchases');
    host.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
    const label = `${customerCount.toLocaleString('en-US')} / ${purchaseCount.toLocaleString('en-US')}`;

    host.ctx.calls.reset();
    let steps = 0;
    const recalc = measure(() => {
      for (;;) {
        steps++;
        if ((host.run('recalculateTotals') as { done: boolean }).done) break;
      }
    });
    results.push(['Recalculate totals', label, recalc.ms, recalc.heapMiB, host.ctx.calls.total(), steps]);

    host.ctx.calls.reset();
    const card = measure(() => host.run('getCustomerCard', 'C-000042'));
    results.push(['customer card (search by ID)', label, card.ms, card.heapMiB, host.ctx.calls.total(), 1]);

    const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed('Purchases')!;
    sheet.insertRowsAfter(sheet.getMaxRows(), 10);
    host.ctx.calls.reset();
    const typed = measure(() => host.userPaste('Purchases', purchaseCount + 2, 1, [['2026-11-20', '8 701 100 00 41', '', '12 000 тг']]));
    results.push(['type one purchase (edit trigger)', label, typed.ms, typed.heapMiB, host.ctx.calls.total(), 1]);
  }
  printTable(['action', 'customers / purchases', 'ms', 'heap MiB', 'service calls', 'steps'], results);
}
