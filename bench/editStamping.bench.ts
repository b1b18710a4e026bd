/**
 * Audited editing on the built add-on (dist/Code.js in a vm): a person types one cell, or
 * pastes 500 new customers (names), on a customer sheet of 10, 20,000 and 100,000
 * rows. Time of the whole edit (the grid change and the installable trigger's run) and the
 * trigger's Apps Script service calls, which must not grow with the sheet or the paste.
 */
import { builtAddonOn, measure, printTable } from './figures';

const SIZES = [10, 20_000, 100_000];
const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'City', 'Created', 'Updated'];
const NAME = 2;

function customers(count: number) {
  const stamp = new Date('2026-01-01T00:00:00Z');
  return [HEADER, ...Array.from({ length: count }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`, `c${i + 1}@example.com`, `+7701${String(1_000_000 + i)}`, 'Almaty', stamp, stamp])];
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const size of SIZES) {
    const host = builtAddonOn(customers(size));
    host.run('saveSettings', { language: null, defaultCountry: 'KZ' });
    host.run('setUpCustomerSheet');
    const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed('Sheet1')!;
    sheet.insertRowsAfter(sheet.getMaxRows(), 1_000);
    host.ctx.calls.reset();
    const one = measure(() => host.userEdit('Sheet1', 2, NAME, 'Edited Name'));
    results.push(['type one cell', size, one.ms, host.ctx.calls.total()]);
    const block = Array.from({ length: 500 }, (_, i) => [`Pasted ${i}`]);
    host.ctx.calls.reset();
    const paste = measure(() => host.userPaste('Sheet1', size + 2, NAME, block));
    results.push(['paste 500 new customers', size, paste.ms, host.ctx.calls.total()]);
  }
  printTable(['edit', 'customers', 'ms', 'service calls'], results);
}
