/**
 * Update dashboard and Update follow-up list on the built add-on (dist/Code.js in a vm, as
 * pushed): 10,000 and 100,000 customers with their NPS and dates, then 100,000 customers with
 * 500,000 answers on the Responses sheet. Prints time, heap and Apps
 * Script service calls; the calls do not grow with the rows.
 */
import { putTable } from '../src/local/files/sheetTable';
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

const RESPONSES = 500_000;

function responseRows(customers: number): CellValue[][] {
  const rows: CellValue[][] = [['Date', 'Customer ID', 'Score', 'Comment', 'Response ID']];
  for (let i = 1; i <= RESPONSES; i += 1) {
    const customer = ((i * 7) % customers) + 1;
    rows.push([new Date(TODAY.getTime() - ((i * 13) % 730) * DAY_MS - (i % 86_400) * 1000), `C-${String(customer).padStart(6, '0')}`, i % 11, i % 9 === 0 ? 'slow' : '', `R-${i}`]);
  }
  return rows;
}

function withResponses(customers: number) {
  const host = builtAddonOn(customerRows(customers));
  const id = host.activeSpreadsheetId()!;
  // 500,000 rows of a new sheet's 26 columns would pass Google's 10 million cells: five are enough.
  const responses = host.spreadsheetApp.getSpreadsheetModel(id)!.insertSheet('Responses');
  responses.deleteColumns(6, responses.getMaxColumns() - 5);
  putTable(host, id, 'Responses', responseRows(customers));
  return host;
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const [customers, answers] of [[10_000, 0], [100_000, 0], [100_000, RESPONSES]] as const) {
    const host = answers > 0 ? withResponses(customers) : builtAddonOn(customerRows(customers));
    const actions: [string, () => unknown][] = [
      ['Update dashboard (first)', () => host.run('updateDashboard', TODAY.toISOString())],
      ['Update dashboard (again)', () => host.run('updateDashboard', TODAY.toISOString())],
      ['Update follow-up list (first)', () => host.run('updateFollowUpList', TODAY.toISOString())],
      ['Update follow-up list (nothing new)', () => host.run('updateFollowUpList', TODAY.toISOString())],
    ];
    for (const [name, action] of actions) {
      host.ctx.calls.reset();
      const figures = measure(action);
      results.push([name, customers, answers, figures.ms, figures.heapMiB, host.ctx.calls.total()]);
    }
  }
  printTable(['action', 'customers', 'Responses rows', 'ms', 'heap MiB', 'service calls'], results);
}
