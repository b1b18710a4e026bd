/**
 * Purchases on the built add-on (dist/Code.js in a vm): Recalculate totals, opening the customer
 * card (by ID, phone, email, name and the selected row: its first call) and its second call (the
 * purchases and the RFM rank), the Today panel and a purchase typed by phone and one by ID, with 10,000 and 100,000 customers and 100,000 and 1,000,000
 * purchases. The Purchases sheet is laid out narrow (Date, Customer, Customer ID, Amount,
 * Counted): a million rows of twelve columns would pass Sheets' 10 million cells. The customer
 * sheet has ten columns of its own (contacts, address, birthday, source, tags, notes) before
 * Clientele's system columns. Prints wall
 * time, the heap grown, the Apps Script service calls and cells read, the script's own CPU time
 * (the host's services excluded: the wall time on a loaded machine is mostly waiting) and the
 * time the host's cost model (src/local/executionCost.ts) estimates on Apps Script, summed over
 * the steps of a resumable action.
 *
 *   npm run bench -- purchases
 *   PURCHASES_BENCH_ROWS=1000000 PURCHASES_BENCH_ONLY=recalculate npm run bench -- purchases
 *
 * PURCHASES_BENCH_ROWS runs only the case of that many purchases; PURCHASES_BENCH_ONLY=recalculate
 * stops after Recalculate totals (the slow part: building the sheets is most of the rest), and
 * PURCHASES_BENCH_ONLY=card, today or typed runs Recalculate totals and that part only.
 */
import type { CellValue } from '../src/local/files/xlsxTable';
import type { ExecutionEstimate } from '../src/local/executionTime';
import type { LocalHost } from '../src/local/localHost';
import { builtAddonOn, measure, printTable } from './figures';
import { purchaseRows, putPurchasesSheet } from './purchaseTables';

const CASES: [customers: number, purchases: number][] = [[10_000, 100_000], [100_000, 1_000_000]];
/** A shop's customer sheet as kept by hand: the contacts, and the columns a shop adds beside them (Clientele's system columns come after). */
const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'City', 'Address', 'Birthday', 'Source', 'Tags', 'Notes'];

function customers(count: number): CellValue[][] {
  return [HEADER, ...Array.from({ length: count }, (_, i) => [
    `C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`, `c${i + 1}@example.com`, `+7701${String(1_000_000 + i)}`, 'Almaty',
    `${i % 300 + 1} Abay Avenue`, new Date(Date.UTC(1970 + (i % 40), i % 12, 1 + (i % 28))), ['Instagram', 'Walk-in', 'Friend'][i % 3]!, i % 5 === 0 ? 'VIP' : '', '',
  ])];
}

/** Purchases by customer ID, a tenth of them by phone as typed ("8 701 …"). */
function purchases(count: number, customerCount: number): CellValue[][] {
  return purchaseRows(count, customerCount, (customer, i) =>
    i % 10 === 0 ? `8 701 ${String(1_000_000 + customer).replace(/(\d{3})(\d{2})(\d{2})/, '$1 $2 $3')}` : `C-${String(customer + 1).padStart(6, '0')}`);
}

export function run(): void {
  const results: (string | number)[][] = [];
  const onlyRows = Number(process.env.PURCHASES_BENCH_ROWS ?? '') || null;
  const only = process.env.PURCHASES_BENCH_ONLY ?? null;
  for (const [customerCount, purchaseCount] of CASES.filter(([, rows]) => onlyRows === null || rows === onlyRows)) {
    const host = builtAddonOn(customers(customerCount));
    host.run('saveSettings', { language: null, defaultCountry: 'KZ' });
    host.run('setUpCustomerSheet');
    putPurchasesSheet(host, purchases(purchaseCount, customerCount));
    host.run('setUpPurchases');
    host.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
    const label = `${customerCount.toLocaleString('en-US')} / ${purchaseCount.toLocaleString('en-US')}`;

    const estimates: ExecutionEstimate[] = [];
    const row = (action: string, run: () => void, steps = 1) => {
      host.ctx.calls.reset();
      estimates.length = 0;
      const { ms, heapMiB } = measure(run);
      const sum = (of: (e: ExecutionEstimate) => number) => estimates.reduce((total, e) => total + of(e), 0);
      results.push([action, label, ms, heapMiB, host.ctx.calls.total(), sum((e) => e.cellsRead), sum((e) => e.cpuMs), sum((e) => e.seconds.typical), steps]);
    };
    const last = (h: LocalHost) => estimates.push(h.executionTime.last!);

    let steps = 0;
    row('Recalculate totals', () => {
      for (;;) {
        steps++;
        const answer = host.run('recalculateTotals') as { done: boolean };
        last(host);
        if (answer.done) break;
      }
    });
    results[results.length - 1]![8] = steps;
    if (only === 'recalculate') continue;
    // The card opened each way; "Customer 42" also names Customer 420…429, 4200…: the card asks which one.
    const cardQueries: [way: string, query: string | null][] = [
      ['search by ID', 'C-000042'], ['search by phone', '8 701 100 00 41'], ['search by email', 'c42@example.com'],
      ['search by name: choose', 'Customer 42'], ['selected row', null],
    ];
    host.userSelect('Sheet1', 43, 2);
    for (const [way, query] of only === null || only === 'card' ? cardQueries : []) {
      let opened: { kind: string; card?: { customerId: string }; row?: number } | undefined;
      row(`customer card opens (${way})`, () => {
        opened = host.run('getCustomerCard', ...(query === null ? [] : [query]));
        last(host);
      });
      // The second call fills in the purchases, loyalty points and RFM rank the opened card shows as "Loading…".
      if (opened?.kind === 'card') {
        row(`  then its purchases and RFM (${way})`, () => {
          host.run('getCustomerCardPurchases', opened!.card!.customerId, opened!.row);
          last(host);
        });
      }
    }
    if (only === null || only === 'today') {
      row('Today panel', () => {
        host.run('getTodayPanel', '2026-11-23T09:00:00.000Z');
        last(host);
      });
    }
    if (only !== null && only !== 'typed') continue;

    const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed('Purchases')!;
    sheet.insertRowsAfter(sheet.getMaxRows(), 10);
    row('type one purchase by phone (edit trigger)', () => {
      host.userPaste('Purchases', purchaseCount + 2, 1, [['2026-11-20', '8 701 100 00 41', '', '12 000 тг']]);
      last(host);
    });
    row('type one purchase by ID (edit trigger)', () => {
      host.userPaste('Purchases', purchaseCount + 3, 1, [['2026-11-20', 'C-000042', '', '12 000 тг']]);
      last(host);
    });
  }
  printTable(['action', 'customers / purchases', 'wall ms', 'heap MiB', 'service calls', 'cells read', 'script CPU ms', 'Apps Script s (typical)', 'steps'], results);
}
