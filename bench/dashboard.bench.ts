/**
 * Update dashboard and Update follow-up list on the built add-on (dist/Code.js in a vm, as
 * pushed): 10,000 and 100,000 customers with their NPS and dates. Prints time, heap and Apps
 * Script service calls; the calls do not grow with the rows.
 */
import type { CellValue } from '../src/local/files/xlsxTable';
import { builtAddonOn, measure, printTable } from './figures';

const DAY_MS = 86_400_000;
const TODAY = new Date('2026-11-23T09:00:00Z');
const SOURCES = ['Instagram', 'инста', 'от подруги', 'Google Maps', '2ГИС', '朋友推荐', 'walked by', 'Telegram', 'دوست', ''];

function customerRows(count: number): CellValue[][] {
  const rows: CellValue[][] = [['Customer ID', 'Name', 'Email', 'Phone', 'Source', 'Updated', 'NPS', 'Notes']];
  for (let i = 1; i <= count; i += 1) {
    rows.push([
      `C-${String(i).padStart(6, '0')}`,
      `Customer ${i}`,
      `c${i}@example.com`,
      `+7701${String(i).padStart(7, '0')}`,
      SOURCES[i % SOURCES.length]!,
      new Date(TODAY.getTime() - ((i * 7919) % 730) * DAY_MS),
      i % 11,
      i % 5 === 0 ? 'waited too long' : '',
    ]);
  }
  return rows;
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const customers of [10_000, 100_000]) {
    const host = builtAddonOn(customerRows(customers));
    const actions: [string, () => unknown][] = [
      ['Update dashboard (first)', () => host.run('updateDashboard', TODAY.toISOString())],
      ['Update dashboard (again)', () => host.run('updateDashboard', TODAY.toISOString())],
      ['Update follow-up list (first)', () => host.run('updateFollowUpList', TODAY.toISOString())],
      ['Update follow-up list (nothing new)', () => host.run('updateFollowUpList', TODAY.toISOString())],
    ];
    for (const [name, action] of actions) {
      host.ctx.calls.reset();
      const figures = measure(action);
      results.push([name, customers, figures.ms, figures.heapMiB, host.ctx.calls.total()]);
    }
  }
  printTable(['action', 'customers', 'ms', 'heap MiB', 'service calls'], results);
}
