/**
 * NPS and customer insight on the built add-on (dist/Code.js in a vm, as pushed): 100,000
 * customers and 500,000 answers on the Responses sheet. Prints time, heap and Apps Script
 * service calls; the calls do not grow with the rows.
 */
import { putTable } from '../src/local/files/sheetTable';
import type { CellValue } from '../src/local/files/xlsxTable';
import { builtAddonOn, measure, printTable } from './figures';

const CUSTOMERS = 100_000;
const RESPONSES = 500_000;
const DAY_MS = 86_400_000;
const TODAY = new Date('2026-11-23T09:00:00Z');
const SOURCES = ['Instagram', 'инста', 'от подруги', 'Google Maps', '2ГИС', '朋友推荐', 'walked by', 'Telegram', 'دوست', ''];
const CONSENT = ['да', 'yes', 'нет', '否', ''];

function customerRows(): CellValue[][] {
  const rows: CellValue[][] = [['Customer ID', 'Name', 'Last purchase', 'Total spent', 'Purchases', 'Marketing consent', 'Source', 'Email', 'Phone', 'NPS']];
  for (let i = 1; i <= CUSTOMERS; i += 1) {
    rows.push([
      `C-${String(i).padStart(6, '0')}`,
      `Customer ${i}`,
      i % 50 === 0 ? '' : new Date(TODAY.getTime() - ((i * 7919) % 400) * DAY_MS),
      (i * 104729) % 90_000,
      (i * 31) % 40,
      CONSENT[i % CONSENT.length]!,
      SOURCES[i % SOURCES.length]!,
      `c${i}@example.com`,
      `+7701${String(i).padStart(7, '0')}`,
      i % 11,
    ]);
  }
  return rows;
}

function responseRows(): CellValue[][] {
  const rows: CellValue[][] = [['Date', 'Customer ID', 'Score', 'Comment', 'Source']];
  for (let i = 1; i <= RESPONSES; i += 1) {
    const customer = ((i * 7) % (CUSTOMERS + 500)) + 1; // a few IDs are not on the customer sheet
    rows.push([new Date(TODAY.getTime() - ((i * 13) % 730) * DAY_MS - (i % 86_400) * 1000), `C-${String(customer).padStart(6, '0')}`, i % 11, i % 9 === 0 ? 'ok' : '', '']);
  }
  return rows;
}

export function run(): void {
  const host = builtAddonOn(customerRows());
  const id = host.activeSpreadsheetId()!;
  // A new sheet has 26 columns; 500,000 rows of them would pass Google's 10 million cells. Five are enough.
  const responses = host.spreadsheetApp.getSpreadsheetModel(id)!.insertSheet('Responses');
  responses.deleteColumns(6, responses.getMaxColumns() - 5);
  putTable(host, id, 'Responses', responseRows());
  const actions: [string, () => unknown][] = [
    ['NPS', () => host.run('getNpsReport', {})],
    ['NPS by month', () => host.run('getNpsReport', { by: 'month' })],
    ['NPS by channel', () => host.run('getNpsReport', { by: 'channel' })],
    ['insights: segments, RFM, channels, win-back', () => host.run('getInsights', TODAY.toISOString())],
    ['segment columns (CLI)', () => host.run('getSegmentColumns', TODAY.toISOString())],
  ];
  const results: (string | number)[][] = [];
  for (const mode of ['latest', 'all'] as const) {
    host.run('saveInsightSettings', { npsResponses: mode });
    for (const [name, action] of actions) {
      if (mode === 'all' && !name.startsWith('NPS')) continue;
      host.ctx.calls.reset();
      // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
      const cpuBefore = process.cpuUsage();
      const figures = measure(action);
      const cpu = process.cpuUsage(cpuBefore);
      results.push([name, mode, CUSTOMERS, RESPONSES, figures.ms, (cpu.user + cpu.system) / 1000, figures.heapMiB, host.ctx.calls.total()]);
    }
  }
  printTable(['action', 'answers counted', 'customers', 'responses', 'ms', 'cpu ms', 'heap MiB', 'service calls'], results);
  console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
}
