/**
 * One submission captured into 10 to 50,000 customers through the built add-on (dist/Code.js
 * in a vm, as pushed), by the import entry point with one row: the same captureSubmissions the
 * form trigger calls. Time, heap and Apps Script service calls for a new customer, an update
 * of an existing one and a re-delivery. The call count must not grow with the customers.
 */
import { builtAddonOn, measure, printTable } from './figures';

const SIZES = [10, 1_000, 10_000, 50_000];

function customerRows(count: number): (string | number)[][] {
  const rows: (string | number)[][] = [['Name', 'Phone', 'Email', 'City', 'Source', 'NPS', 'Notes']];
  for (let i = 1; i <= count; i += 1) {
    rows.push([`Customer ${i}`, `+7701${String(i).padStart(7, '0')}`, `c${i}@example.com`, 'Алматы', 'Instagram', i % 11, i % 7 === 0 ? 'VIP' : '']);
  }
  return rows;
}

function oneRow(name: string, row: string[]) {
  return { kind: 'rows', name, rows: [['Name', 'Phone', 'Email', 'City', 'NPS'], row] };
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const size of SIZES) {
    const host = builtAddonOn(customerRows(size));
    host.run('setUpCustomerSheet');
    // The first capture creates the Responses and ledger sheets: a one-off, not measured.
    host.run('importContactRows', oneRow('warm-up', ['Warm Up', '', 'warm@example.com', '', '9']));
    const cases: [string, unknown][] = [
      ['new customer', oneRow('new', ['Dana Sultanova', '+7 701 555 12 34', 'dana@example.kz', 'Астана', '10'])],
      ['update by email', oneRow('update', [`Customer ${Math.ceil(size / 2)}`, '', `c${Math.ceil(size / 2)}@example.com`, 'Шымкент', '8'])],
      ['re-delivery', oneRow('update', [`Customer ${Math.ceil(size / 2)}`, '', `c${Math.ceil(size / 2)}@example.com`, 'Шымкент', '8'])],
    ];
    for (const [label, source] of cases) {
      host.ctx.calls.reset();
      const figures = measure(() => host.run('importContactRows', source));
      results.push([label, size, figures.ms, figures.heapMiB, host.ctx.calls.total()]);
    }
  }
  printTable(['submission', 'customers', 'ms', 'heap MiB', 'service calls'], results);
}
