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
    expect(predictions.lifetimeValue).toBeGreaterThan(0);
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
    expect(after.lifetimeValue!).toBeGreaterThan(before.lifetimeValue!);
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
