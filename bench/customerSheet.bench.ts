/**
 * The customer sheet's actions on the built add-on (dist/Code.js in a vm, as pushed):
 * time, heap and Apps Script service calls for 10 to 100,000 customers. The call count
 * must not grow with the rows: every action reads once and writes once.
 */
import { builtAddonOn, measure, printTable } from './figures';

const SIZES = [10, 1_000, 10_000, 100_000];

function customerRows(count: number): (string | number)[][] {
  const rows: (string | number)[][] = [['Name', 'Phone', 'Email', 'City', 'Country', 'Total spent', 'NPS', 'Notes']];
  for (let i = 1; i <= count; i += 1) {
    rows.push([`Customer ${i}`, `+7701${String(i).padStart(7, '0')}`, `c${i}@example.com`, 'Алматы', 'KZ', i % 500, i % 11, i % 7 === 0 ? 'VIP' : '']);
  }
  return rows;
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const size of SIZES) {
    const host = builtAddonOn(customerRows(size));
    for (const action of ['setUpCustomerSheet', 'getSidebarState']) {
      host.ctx.calls.reset();
      const figures = measure(() => host.run(action));
      results.push([action, size, figures.ms, figures.heapMiB, host.ctx.calls.total()]);
    }
  }
  printTable(['action', 'rows', 'ms', 'heap MiB', 'service calls'], results);
}
