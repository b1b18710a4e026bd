/**
 * The demo workbook, as the playground opens it, gives predictions worth looking at: repeat
 * customers of different rhythms, each total in its studio's own currency (never two added
 * together), and a follow-up list whose every row is dated.
 */
import { DEMO_COLUMNS, DEMO_TODAY, demoCustomerTable } from '../../src/local/demo/demoCustomers';
import type { InsightsPanel } from '../../src/server/nps/insights';
import type { FollowUpResult } from '../../src/server/nps/followUpSheet';
import type { PredictionColumnsResult } from '../../src/server/predict/predictionColumnsWrite';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const TODAY = DEMO_TODAY.toISOString();
const data = demoCustomerTable().slice(1);

function demoHost() {
  const host = addonHost({ now: DEMO_TODAY });
  putTable(host, 'Customers', demoCustomerTable());
  host.run('setUpCustomerSheet');
  return host;
}

describe('the demo’s predictions', () => {
  test('histories: repeat customers of several rhythms, the first purchase never after the last', () => {
    const histories = data.filter((row) => row[DEMO_COLUMNS.firstPurchase] instanceof Date && row[DEMO_COLUMNS.lastPurchase] instanceof Date);
    expect(histories.length).toBeGreaterThan(150);
    const gaps = new Set<number>();
    for (const row of histories) {
      const [count, first, last] = [row[DEMO_COLUMNS.purchases] as number, row[DEMO_COLUMNS.firstPurchase] as Date, row[DEMO_COLUMNS.lastPurchase] as Date];
      expect(first.getTime()).toBeLessThanOrEqual(last.getTime());
      if (count > 1) gaps.add(Math.round((last.getTime() - first.getTime()) / 86_400_000 / (count - 1) / 30));
    }
    expect(histories.filter((row) => Number(row[DEMO_COLUMNS.purchases]) > 1).length).toBeGreaterThan(100);
    // Mean gaps from under a month to several months.
    expect(gaps.size).toBeGreaterThanOrEqual(4);
  });

  test('the models fit; money figures come per currency, one per studio country, none NaN', () => {
    const { predictions } = demoHost().run<InsightsPanel>('getInsights', TODAY);
    expect(predictions.fitted).toBe(true);
    expect(predictions.problems.map((p) => p.kind)).not.toContain('modelDoesNotFit');
    expect(predictions.problems.map((p) => p.kind)).not.toContain('notConverged');
    const currencies = new Set(data.map((row) => row[DEMO_COLUMNS.currency]).filter(Boolean));
    expect(currencies).toEqual(new Set(['KZT', 'RUB', 'MNT', 'IRT', 'CNY']));
    expect(predictions.values.length).toBeGreaterThanOrEqual(3);
    for (const values of predictions.values) {
      expect(currencies.has(values.currency)).toBe(true);
      for (const figure of [values.expectedValueNext, values.lifetimeValue, values.valueAtRisk]) expect(Number.isFinite(figure) && figure > 0).toBe(true);
    }
    for (const figure of [predictions.meanProbabilityActive!, predictions.expectedPurchases, ...Object.values(predictions.parameters!)]) expect(Number.isFinite(figure)).toBe(true);
  });

  test('Update predictions fills the five columns: a number in every row with a history, empty in the others', () => {
    const host = demoHost();
    const result = host.run<PredictionColumnsResult>('updatePredictions', TODAY);
    expect(result).toMatchObject({ written: true, sheet: 'Customers' });
    const [header, ...rows] = sheetValues(host, 'Customers');
    const at = header!.indexOf('Probability active');
    const filled = rows.filter((row) => typeof row[at] === 'number');
    expect(filled.length).toBe(result.written ? result.predicted : 0);
    for (const row of rows) for (const cell of row.slice(at, at + 5)) expect(cell === '' || (typeof cell === 'number' && Number.isFinite(cell))).toBe(true);
  });

  test('every follow-up row has a date (the customer’s Updated day when the score is on the customer sheet)', () => {
    const host = demoHost();
    const result = host.run<FollowUpResult>('updateFollowUpList', TODAY);
    expect(result.added).toBeGreaterThan(5);
    const [header, ...rows] = sheetValues(host, result.sheet);
    const dateAt = header!.indexOf('Date');
    expect(dateAt).toBeGreaterThanOrEqual(0);
    expect(rows.filter((row) => !(row[dateAt] instanceof Date))).toEqual([]);
  });
});
