/**
 * Predictions. 1. The papers reproduced on their own data, the CDNOW sample
 * (test/fixtures/cdnow): BG/NBD and Gamma–Gamma parameters against the published ones, and the
 * tracking of cumulative repeat transactions week by week through the 39-week calibration and
 * the 39-week holdout, drawn to docs/predict-cdnow-tracking.svg. 2. Why 20 repeat customers is
 * the minimum: fits on small bases simulated from the CDNOW parameters. 3. The built add-on
 * (dist/Code.js in a vm, as pushed) on 10,000 and 100,000 customers: the insights panel with
 * predictions, the dashboard, Update predictions (the five columns written) and the CLI's
 * predictions from purchases; time, heap, service calls and the execution time the host's cost
 * model estimates on Apps Script.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expectedPurchasesAfter, fitBgNbd, probabilityAlive } from '../src/core/predict/bgnbd';
import { fitGammaGamma } from '../src/core/predict/gammaGamma';
import { purchaseHistories } from '../src/core/predict/purchaseHistories';
import { repeatPurchaseTracking } from '../src/core/predict/tracking';
import { putTable } from '../src/local/files/sheetTable';
import type { CellValue } from '../src/local/files/xlsxTable';
import { CDNOW_CALIBRATION_END, CDNOW_START, cdnowPurchases, cohortOf } from '../test/support/cdnow';
import { simulateCustomers } from '../test/support/repeatBuying';
import { builtAddonOn, measure, printTable } from './figures';
import { trackingChartSvg } from './predict/trackingChart';

const CHART = path.resolve(__dirname, '..', '..', 'docs', 'predict-cdnow-tracking.svg');
const CDNOW_WEEKS: Record<string, number> = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const CDNOW_SPEND: Record<string, number> = { p: 6.25, q: 3.74, gamma: 15.44 };

function reproduceCdnow(): void {
  const purchases = cdnowPurchases();
  const { histories } = purchaseHistories(purchases, CDNOW_CALIBRATION_END);
  const fit = fitBgNbd(histories);
  const spend = fitGammaGamma(histories.map((h) => ({ frequency: h.valuedRepeats, monetary: h.monetary ?? 0 })));
  const ours: Record<string, number> = { r: fit.parameters.r, alpha: fit.parameters.alpha / 7, a: fit.parameters.a, b: fit.parameters.b, ...spend.parameters };
  console.log(`CDNOW sample: ${histories.length} customers, ${histories.filter((h) => h.frequency > 0).length} repeat customers in the 39-week calibration`);
  printTable(
    ['model', 'parameter', 'published', 'fitted', 'difference %'],
    Object.entries({ ...CDNOW_WEEKS, ...CDNOW_SPEND }).map(([name, published]) => [
      name in CDNOW_WEEKS ? 'BG/NBD' : 'Gamma–Gamma',
      name === 'alpha' ? 'α (weeks)' : name === 'gamma' ? 'γ' : name,
      String(published),
      ours[name]!.toFixed(4),
      ((ours[name]! / published - 1) * 100).toFixed(2),
    ]),
  );

  const cohort = cohortOf(purchases);
  const tracking = repeatPurchaseTracking(fit.parameters, cohort, CDNOW_START, 7, 78);
  console.log('\nCumulative repeat transactions, holdout weeks 40–78 (calibration ends with week 39):');
  printTable(
    ['week', 'actual', 'expected', 'difference %'],
    tracking.slice(39).map((p) => [p.period, p.actual, Number(p.expected.toFixed(1)), ((p.expected / p.actual - 1) * 100).toFixed(1)]),
  );
  const week39 = tracking[38]!;
  const week78 = tracking[77]!;
  console.log(`Holdout weeks 40–78: ${week78.actual - week39.actual} repeat transactions made, ${(week78.expected - week39.expected).toFixed(0)} expected`);
  const conditional = histories.reduce((sum, h) => sum + expectedPurchasesAfter(fit.parameters, h, 273), 0);
  console.log(`Conditional expectation (each customer's history, next 39 weeks): ${conditional.toFixed(0)} expected, ${histories.reduce((sum, h) => sum + h.holdoutTransactions, 0)} made`);
  writeFileSync(CHART, trackingChartSvg(tracking, 39, 'CDNOW sample: cumulative repeat transactions, actual and BG/NBD expected'));
  console.log(`chart written to ${path.relative(process.cwd(), CHART)}`);
}

function minimumRepeatCustomers(): void {
  const truth = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 };
  const rows: (string | number)[][] = [];
  for (const customers of [25, 50, 75, 150, 300]) {
    let repeat = 0;
    let withinQuarter = 0;
    let aliveClose = 0;
    const runs = 20;
    for (let seed = 1; seed <= runs; seed += 1) {
      const sample = simulateCustomers(truth, { customers, seed: 100 + seed, joinDays: 84, calibrationDays: 273 });
      repeat += sample.filter((c) => c.frequency > 0).length;
      const fitted = fitBgNbd(sample).parameters;
      const next90 = (model: typeof truth) => sample.reduce((sum, c) => sum + expectedPurchasesAfter(model, c, 90), 0);
      const ratio = next90(fitted) / next90(truth);
      if (ratio < 1.25 && ratio > 1 / 1.25) withinQuarter += 1;
      const aliveError = sample.reduce((sum, c) => sum + Math.abs(probabilityAlive(fitted, c) - probabilityAlive(truth, c)), 0) / customers;
      if (aliveError < 0.1) aliveClose += 1;
    }
    rows.push([customers, repeat / runs, `${aliveClose} / ${runs}`, `${withinQuarter} / ${runs}`]);
  }
  console.log('\nSmall bases simulated from the CDNOW parameters, 20 fits each:');
  printTable(['customers', 'repeat customers (mean)', 'P(active) within 0.1 on average', '90-day purchases within 25 %'], rows);
}

const DAY_MS = 86_400_000;
const TODAY = new Date('2026-11-23T09:00:00Z');

/** A customer sheet with purchase count, first and last purchase and total, from simulated histories. */
function customerRows(count: number): CellValue[][] {
  const simulated = simulateCustomers({ r: 0.6, alpha: 40, a: 0.8, b: 3 }, { customers: count, seed: 11, joinDays: 720, calibrationDays: 1095, spend: { p: 6, q: 3.7, gamma: 15_000 } });
  const rows: CellValue[][] = [['Customer ID', 'Name', 'Purchases', 'First purchase', 'Last purchase', 'Total spent', 'Marketing consent', 'Email']];
  simulated.forEach((customer, i) => {
    const first = TODAY.getTime() - Math.floor(customer.T) * DAY_MS;
    const spent = (customer.spend?.mean ?? 20_000) * (customer.frequency + 1);
    rows.push([`C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`, customer.frequency + 1, new Date(first), new Date(first + Math.floor(customer.recency) * DAY_MS), Math.round(spent), i % 3 === 0 ? 'нет' : 'да', `c${i + 1}@example.com`]);
  });
  return rows;
}

/** One row per purchase of the same kind of customers. */
function purchaseRows(count: number): CellValue[][] {
  const simulated = simulateCustomers({ r: 0.6, alpha: 40, a: 0.8, b: 3 }, { customers: count, seed: 12, joinDays: 720, calibrationDays: 1095, spend: { p: 6, q: 3.7, gamma: 15_000 } });
  const rows: CellValue[][] = [['Customer ID', 'Date', 'Amount']];
  simulated.forEach((customer, i) => {
    const first = TODAY.getTime() - Math.floor(customer.T) * DAY_MS;
    const id = `C-${String(i + 1).padStart(6, '0')}`;
    rows.push([id, new Date(first), 18_000 + (i % 7) * 1000]);
    for (const day of customer.repeatDays) rows.push([id, new Date(first + Math.floor(day) * DAY_MS), 15_000 + (i % 11) * 500]);
  });
  return rows;
}

function addonFigures(): void {
  const results: (string | number)[][] = [];
  for (const customers of [10_000, 100_000]) {
    const host = builtAddonOn(customerRows(customers));
    const actions: [string, () => unknown][] = [
      ['insights panel with predictions', () => host.run('getInsights', TODAY.toISOString())],
      ['dashboard with predictions', () => host.run('updateDashboard', TODAY.toISOString())],
      ['update predictions (five columns written)', () => host.run('updatePredictions', TODAY.toISOString())],
    ];
    const purchases = purchaseRows(customers);
    const id = host.activeSpreadsheetId()!;
    const sheet = host.spreadsheetApp.getSpreadsheetModel(id)!.insertSheet('Purchases');
    sheet.deleteColumns(4, sheet.getMaxColumns() - 3);
    putTable(host, id, 'Purchases', purchases);
    actions.push(['predictions from purchases (CLI)', () => host.run('getPurchasePredictions', { sheet: 'Purchases' })]);
    for (const [name, action] of actions) {
      host.ctx.calls.reset();
      const cpuBefore = process.cpuUsage();
      const figures = measure(action);
      const cpu = process.cpuUsage(cpuBefore);
      const estimate = host.executionTime.last!;
      results.push([
        name, customers, name.includes('(CLI)') ? purchases.length - 1 : '', figures.ms, (cpu.user + cpu.system) / 1000, figures.heapMiB, host.ctx.calls.total(),
        estimate.cellsWritten, estimate.seconds.typical, estimate.seconds.high,
      ]);
    }
  }
  console.log('\nThe built add-on (Apps Script seconds: the host\'s cost model, src/local/executionCost.ts; one execution must fit 6 minutes, our budget is 4):');
  printTable(['action', 'customers', 'purchases', 'ms', 'cpu ms', 'heap MiB', 'service calls', 'cells written', 'Apps Script s (typical)', 'Apps Script s (high)'], results);
}

export function run(): void {
  reproduceCdnow();
  minimumRepeatCustomers();
  addonFigures();
}
