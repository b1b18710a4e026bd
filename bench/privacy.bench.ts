/**
 * Privacy through the built add-on (dist/Code.js in a vm, as pushed), on 10 to 100,000
 * customers: finding one customer, exporting their data, erasing them (their row removed, every
 * managed sheet read once, the suppression list, the request and the Audit log), and then the
 * preview of an import of 1,000 rows checked against the suppression list. Time, heap and service calls; the calls
 * must not grow with the customers.
 */
import { builtAddonOn, measure, printTable } from './figures';

const SIZES = [10, 10_000, 100_000];

function customerRows(count: number): (string | number)[][] {
  const rows: (string | number)[][] = [['Customer ID', 'Name', 'Phone', 'Email', 'Marketing consent']];
  for (let i = 1; i <= count; i += 1) rows.push([`C-${String(i).padStart(6, '0')}`, `Customer ${i}`, `+7701${String(i).padStart(7, '0')}`, `c${i}@example.com`, i % 3 === 0 ? 'no' : 'yes']);
  return rows;
}

function leads(count: number, erasedEmail: string) {
  const rows = [['Name', 'Email'], [`Erased again`, erasedEmail.toUpperCase()], ...Array.from({ length: count - 1 }, (_, i) => [`Lead ${i}`, `lead${i}@example.org`])];
  return { kind: 'rows', name: 'leads.csv', rows };
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const size of SIZES) {
    const host = builtAddonOn(customerRows(size));
    host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
    host.run('setUpCustomerSheet');
    const middle = Math.ceil(size / 2);
    const email = `c${middle}@example.com`;
    const cases: [string, () => unknown][] = [
      ['find by email', () => host.run('findCustomerForPrivacy', email)],
      ['export JSON + CSV', () => host.run('exportCustomerData', email)],
      ['erase', () => host.run('eraseCustomer', email)],
      ['preview import of 1,000 rows (suppression checked)', () => host.run('previewContactImport', leads(1_000, email))],
    ];
    for (const [label, action] of cases) {
      host.ctx.calls.reset();
      const figures = measure(action);
      results.push([label, size, figures.ms, figures.heapMiB, host.ctx.calls.total()]);
    }
  }
  printTable(['action', 'customers', 'ms', 'heap MiB', 'service calls'], results);
}
