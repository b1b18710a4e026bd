/**
 * Keep in touch on the built add-on (dist/Code.js in a vm, as pushed), with 10,000 and 100,000
 * customers and as many purchases: the owner's daily digest as the scheduler sends it, the
 * digest the sidebar and CLI read, and the Today panel, before and after Set up purchases. Prints the Apps Script service calls,
 * the cells read and the time the host's cost model (src/local/executionCost.ts) estimates on
 * Apps Script, typical and high, against the 6-minute limit.
 *
 *   npm run bench -- keepInTouch
 */
import { DAILY_TRIGGER_RUNTIME_SECONDS, type ExecutionEstimate } from '../src/local/executionTime';
import type { LocalHost } from '../src/local/localHost';
import { putTable } from '../src/local/files/sheetTable';
import type { CellValue } from '../src/local/files/xlsxTable';
import { builtAddonOn, printTable } from './figures';

const SIZES = [10_000, 100_000];
const DAY = 86_400_000;
const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent', 'Date of birth', 'Country', 'Created'];
const COUNTRIES = ['KZ', 'IR', 'MN', 'CN', 'RU'];

function customers(count: number): CellValue[][] {
  return [HEADER, ...Array.from({ length: count }, (_, i) => [
    `C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`, `c${i + 1}@example.com`, `+7701${String(1_000_000 + i)}`,
    i % 7 === 0 ? 'no' : 'yes', new Date(Date.UTC(1960 + (i % 45), (i * 7) % 12, 1 + (i % 28))), COUNTRIES[i % COUNTRIES.length]!,
    new Date(Date.UTC(2018 + (i % 8), (i * 5) % 12, 1 + (i % 28))),
  ])];
}

/** One purchase per customer over two years, by customer ID, a tenth by phone as typed; items name the recall services. */
function purchases(count: number): CellValue[][] {
  const start = Date.UTC(2024, 10, 1);
  return [['Date', 'Customer', 'Customer ID', 'Amount', 'Item or service'], ...Array.from({ length: count }, (_, i) => {
    const customer = (i * 7919) % count;
    const who = i % 10 === 0 ? `8 701 ${String(1_000_000 + customer).replace(/(\d{3})(\d{2})(\d{2})/, '$1 $2 $3')}` : `C-${String(customer + 1).padStart(6, '0')}`;
    return [new Date(start + (i % 730) * DAY), who, '', 500 + (i % 50) * 100, i % 3 === 0 ? 'check-up' : 'haircut'];
  })];
}

function row(action: string, label: string, estimate: ExecutionEstimate, note: string): (string | number)[] {
  return [action, label, estimate.totalCalls, estimate.cellsRead, estimate.seconds.typical, estimate.seconds.high, note];
}

/**
 * The next 24 hourly firings of the document's scheduler (the digest among them), summed: the
 * runtime the day's installable triggers take from the account's daily budget (90 minutes for a
 * consumer account, DAILY_TRIGGER_RUNTIME_SECONDS), which the host enforces.
 */
function dayOfScheduler(host: LocalHost, label: string): (string | number)[] {
  let calls = 0, cells = 0, typical = 0, high = 0, firings = 0;
  for (let hour = 0; hour < 24; hour++) {
    const runs = host.letTimePass(3_600_000);
    if (runs.some((run) => run.error !== undefined)) throw new Error(`a scheduler firing failed: ${runs.map((run) => run.error).join('; ')}`);
    if (runs.length === 0) continue;
    const estimate = host.executionTime.last!;
    [calls, cells, typical, high, firings] = [calls + estimate.totalCalls, cells + estimate.cellsRead, typical + estimate.seconds.typical, high + estimate.seconds.high, firings + runs.length];
  }
  const budget = DAILY_TRIGGER_RUNTIME_SECONDS.consumer;
  return ['a day of the scheduler (24 firings, one digest)', label, calls, cells, round(typical), round(high), `${firings} firings; ${Math.round((100 * high) / budget)} % of the ${budget / 60} min daily trigger runtime at the high estimate`];
}

function round(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}

function shop(count: number): LocalHost {
  const host = builtAddonOn(customers(count));
  host.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  putTable(host, host.activeSpreadsheetId()!, 'Purchases', purchases(count));
  host.run('saveKeepInTouchSettings', {
    shopName: 'Nur', recallServices: 'check-up: 180\nhaircut: 30',
    loyaltyForm: { pointsPerUnit: '0.01', pointsPerVisit: '5', currency: '', tiers: 'Silver: 100\nGold: 500', tierWindow: 'last12Months' },
  });
  return host;
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const count of SIZES) {
    const host = shop(count);
    const label = count.toLocaleString('en-US');
    const digest = host.run<{ digest: { birthdays: unknown[]; recallsDue: unknown[] } }>('getTodayDigest');
    results.push(row('getTodayDigest (sidebar, CLI)', label, host.executionTime.last!, `${digest.digest.birthdays.length} birthdays, ${digest.digest.recallsDue.length} recalls`));
    host.run('getTodayPanel');
    results.push(row('getTodayPanel', label, host.executionTime.last!, ''));
    // The digest job as Google runs it: the document's hourly scheduler trigger, at the first firing in the chosen hour.
    host.run('saveOwnerAlerts', { digestHour: 10, detractors: false });
    const sent = host.mailApp.outbox.length;
    for (let hours = 0; hours < 48 && host.mailApp.outbox.length === sent; hours++) host.letTimePass(3_600_000);
    results.push(row('daily digest (scheduler trigger)', label, host.executionTime.last!, `${host.mailApp.outbox.length - sent} email sent`));
    results.push(dayOfScheduler(host, label));
    // Once the Purchases sheet is set up and counted, the digest reads the Counted and item columns instead of every row linked again.
    host.run('setUpPurchases');
    while (!(host.run('recalculateTotals') as { done: boolean }).done);
    host.run('getTodayPanel');
    results.push(row('getTodayPanel, Purchases set up', label, host.executionTime.last!, 'from the Counted and item columns'));
  }
  printTable(['action', 'customers = purchases', 'service calls', 'cells read', 'typical s', 'high s', ''], results);
}
