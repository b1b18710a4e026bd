/**
 * Predictions in the add-on, from a customer sheet with purchase count, first and last purchase
 * and total spent: the insights panel's figures, the win-back list ordered by value at risk, the
 * dashboard's distribution and expected value, and the settings behind them.
 */
import type { InsightsPanel } from '../../src/server/nps/insights';
import { customerSheetWithHistories } from '../support/customerHistories';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';

const DAY_MS = 86_400_000;
const TODAY = TEST_NOW.toISOString();

const customerSheet = () => customerSheetWithHistories(400);

describe('predictions on the customer sheet', () => {
  test('the insights panel shows who is active, the expected purchases and value, each with a fitted model', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', customerSheet());
    const { predictions } = h.run<InsightsPanel>('getInsights', TODAY);
    expect(predictions.missing).toEqual([]);
    expect(predictions.fitted).toBe(true);
    expect(predictions.customers).toBe(400);
    expect(predictions.aliveBands.reduce((sum, n) => sum + n, 0)).toBe(400);
    expect(predictions.meanProbabilityActive).toBeGreaterThan(0);
    expect(predictions.meanProbabilityActive).toBeLessThan(1);
    expect(predictions.expectedPurchases).toBeGreaterThan(0);
    expect(predictions.values).toHaveLength(1);
    expect(predictions.values[0]!.currency).toBe('');
    expect(predictions.values[0]!.lifetimeValue).toBeGreaterThan(0);
    expect(predictions).toMatchObject({ horizonDays: 90, months: 12, discountRatePercent: 10 });
  });

  test('the win-back list is ordered by value at risk, each customer with the chance she is active and her usual gap', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', customerSheet());
    const { winBack } = h.run<InsightsPanel>('getInsights', TODAY);
    expect(winBack.length).toBeGreaterThan(10);
    const risks = winBack.map((c) => c.valueAtRisk!);
    expect(risks).toEqual([...risks].sort((x, y) => y - x));
    for (const customer of winBack) {
      expect(customer.probabilityActive).toBeGreaterThanOrEqual(0);
      expect(customer.probabilityActive).toBeLessThanOrEqual(1);
      expect(Number.isInteger(customer.usualGapDays)).toBe(true);
    }
  });

  test('the prediction settings change the horizons and are refused outside their range', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', customerSheet());
    const before = h.run<InsightsPanel>('getInsights', TODAY).predictions;
    h.run('saveInsightSettings', { predictionHorizonDays: 30, lifetimeValueMonths: 24, discountRatePercent: 0 });
    const after = h.run<InsightsPanel>('getInsights', TODAY).predictions;
    expect(after).toMatchObject({ horizonDays: 30, months: 24, discountRatePercent: 0 });
    expect(after.expectedPurchases).toBeLessThan(before.expectedPurchases);
    expect(after.values[0]!.lifetimeValue).toBeGreaterThan(before.values[0]!.lifetimeValue);
    expect(() => h.run('saveInsightSettings', { lifetimeValueMonths: 0 })).toThrow();
    expect(() => h.run('saveInsightSettings', { discountRatePercent: 101 })).toThrow();
  });

  test('the dashboard shows customers by probability active and the expected value of the next period', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', customerSheet());
    h.run('updateDashboard', TODAY);
    const cells = sheetValues(h, 'Dashboard').map((row) => row.slice(0, 2));
    const at = cells.findIndex((row) => row[0] === 'Probability active');
    expect(cells.slice(at + 2, at + 6).map((row) => row[0])).toEqual(['0–20 %', '20–50 %', '50–80 %', '80–100 %']);
    expect(cells.slice(at + 2, at + 6).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(400);
    const purchases = cells.find((row) => row[0] === 'Expected purchases, next 90 days');
    expect(Number(purchases?.[1])).toBeGreaterThan(0);
    expect(Number(cells.find((row) => row[0] === 'Lifetime value, 12 months')?.[1])).toBeGreaterThan(0);
  });

  test('with a Currency column the money figures are per currency, never added together; the win-back list compares each to its currency', () => {
    // Half the customers pay in tenge, half in toman at 80 times the amounts.
    const rows = customerSheet().map((row, i) => (i === 0 ? [...row, 'Currency'] : i % 2 === 0 ? [...row, 'KZT'] : [...row.slice(0, 5), Number(row[5]) * 80, ...row.slice(6), 'IRT']));
    const h = addonHost();
    putTable(h, 'Sheet1', rows);
    const { predictions, winBack } = h.run<InsightsPanel>('getInsights', TODAY);
    expect(predictions.values.map((v) => v.currency).sort()).toEqual(['IRT', 'KZT']);
    const [toman, tenge] = ['IRT', 'KZT'].map((currency) => predictions.values.find((v) => v.currency === currency)!);
    expect(toman!.lifetimeValue / tenge!.lifetimeValue).toBeGreaterThan(20);
    expect(new Set(winBack.map((c) => c.currency))).toEqual(new Set(['IRT', 'KZT']));
    // Ordered by value at risk within each currency; the tenge customers are not all pushed below the toman ones.
    for (const currency of ['IRT', 'KZT']) {
      const risks = winBack.filter((c) => c.currency === currency).map((c) => c.valueAtRisk!);
      expect(risks).toEqual([...risks].sort((x, y) => y - x));
    }
    expect(winBack.slice(0, 10).some((c) => c.currency === 'KZT')).toBe(true);
    h.run('updateDashboard', TODAY);
    const labels = sheetValues(h, 'Dashboard').map((row) => row[0]);
    expect(labels).toEqual(expect.arrayContaining(['Lifetime value, 12 months (KZT)', 'Lifetime value, 12 months (IRT)', 'Value at risk (KZT)', 'Value at risk (IRT)']));
    expect(labels).not.toContain('Lifetime value, 12 months');
  });

  test('a sheet without a first purchase column says which columns predictions need; cells that disagree are named', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', [
      ['Customer ID', 'Name', 'Purchases', 'Last purchase', 'Total spent'],
      ['C-1', 'Dana', 3, new Date('2026-10-01T00:00:00Z'), 300],
    ]);
    expect(h.run<InsightsPanel>('getInsights', TODAY).predictions).toMatchObject({ missing: ['firstPurchase'], fitted: false, problems: [] });

    const rows = customerSheet();
    rows[1]![4] = new Date(TEST_NOW.getTime() - 400 * DAY_MS);
    rows[1]![3] = new Date(TEST_NOW.getTime() - 100 * DAY_MS);
    rows[2]![2] = 1;
    rows[2]![3] = new Date(TEST_NOW.getTime() - 100 * DAY_MS);
    rows[2]![4] = new Date(TEST_NOW.getTime() - 50 * DAY_MS);
    const h2 = addonHost();
    putTable(h2, 'Sheet1', rows);
    const { predictions } = h2.run<InsightsPanel>('getInsights', TODAY);
    expect(predictions.cellProblems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, 'E', 'lastBeforeFirst'],
      [3, 'C', 'oneTwoDates'],
    ]);
    expect(predictions.customers).toBe(398);
  });
});
