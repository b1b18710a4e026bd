/**
 * A workbook with many purchases for tests of Recalculate totals on dist/Code.js: customers by
 * ID, name and email, and a narrow Purchases sheet as a till's export has it (the columns
 * Clientele needs), its Customer ID and Counted cells empty until totals are recalculated.
 */
import { putTable } from '../../src/local/files/sheetTable';
import type { LocalHost } from '../../src/local/localHost';

export function putBigPurchasesWorkbook(host: LocalHost, id: string, customers: number, purchases: number): void {
  putTable(host, id, 'Customers', [['Customer ID', 'Name', 'Email'], ...Array.from({ length: customers }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`, `c${i + 1}@example.kz`])]);
  host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
  host.run('setUpCustomerSheet');
  putTable(host, id, 'Purchases', [
    ['Date', 'Customer', 'Customer ID', 'Amount', 'Counted'],
    ...Array.from({ length: purchases }, (_, i) => [new Date(Date.UTC(2025, 0, 1 + (i % 700))), `C-${String(1 + ((i * 7919) % customers)).padStart(6, '0')}`, '', 100 + (i % 90) * 10, '']),
  ]);
  host.run('setUpPurchases');
}
