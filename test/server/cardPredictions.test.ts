/**
 * The customer card's predictions section: the customer's own history with the models the last
 * Update predictions fitted (kept in the document's properties), in the user's language.
 */
import type { CustomerCard } from '../../src/core/card/customerCard';
import { customerSheetWithHistories } from '../support/customerHistories';
import { addonHost, putTable, TEST_NOW } from '../support/addonHost';
import type { CellValue } from '../../src/core/customerRecord';
import type { InsightsPanel } from '../../src/server/nps/insights';
import { simulateCustomers } from '../support/repeatBuying';

type Answer = { kind: 'card'; card: CustomerCard } | { kind: string };
const TODAY = TEST_NOW.toISOString();

function predictionLines(answer: Answer): string[] {
  if (answer.kind !== 'card') throw new Error(`no card: ${JSON.stringify(answer)}`);
  return (answer as { card: CustomerCard }).card.sections.find((s) => s.id === 'predictions')?.lines.map((l) => l.text) ?? [];
}

beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
afterEach(() => jest.useRealTimers());

describe('the customer card’s predictions', () => {
  test('before Update predictions the card says how to get them; after it, her probability, purchases, value and why', () => {
    const rows = customerSheetWithHistories(400);
    const repeat = rows.findIndex((row, i) => i > 0 && Number(row[2]) >= 3);
    const h = addonHost();
    putTable(h, 'Sheet1', rows);
    expect(predictionLines(h.run<Answer>('getCustomerCard', String(rows[repeat]![0])))).toEqual([
      'No predictions yet: Update predictions works them out for every customer (at least 20 must have bought more than once).',
    ]);
    h.run('updatePredictions', TODAY);
    const lines = predictionLines(h.run<Answer>('getCustomerCard', String(rows[repeat]![0])));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Probability active: \d+ %$/);
    expect(lines[1]).toMatch(/^Expected purchases in the next 90 days: \d+\.\d$/);
    expect(lines[2]).toMatch(/^Expected value over 12 months: \d+$/);
    expect(lines[3]).toMatch(new RegExp(`^Bought ${rows[repeat]![2]} times, about every \\d+ days`));
    // The same probability the sheet's column got.
    const sheet = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheetByName('Sheet1')!;
    const written = sheet.getRange(repeat + 1, 9).getValue() as number;
    expect(Number(/(\d+) %/.exec(lines[0]!)![1])).toBe(Math.round(written * 100));
  });

  test('in Persian, right to left, with no placeholder left', () => {
    const rows = customerSheetWithHistories(400);
    const h = addonHost();
    putTable(h, 'Sheet1', rows);
    h.run('saveSettings', { language: 'fa', defaultCountry: 'IR' });
    h.run('updatePredictions', TODAY);
    const answer = h.run<Answer>('getCustomerCard', String(rows[5]![0]));
    expect((answer as { card: CustomerCard }).card.direction).toBe('rtl');
    const lines = predictionLines(answer);
    expect(lines[0]).toMatch(/^احتمال فعال بودن: /);
    for (const line of lines) expect(line).not.toMatch(/\{|NaN/);
  });
});

describe('predictions from the Purchases sheet', () => {
  test('purchases pasted on the Purchases sheet give the totals (count, first and last purchase, total, currency) the predictions learn from', () => {
    const simulated = simulateCustomers({ r: 0.243, alpha: 30.9, a: 0.793, b: 2.426 }, { customers: 150, seed: 21, joinDays: 180, calibrationDays: 540 });
    const customers: CellValue[][] = [['Customer ID', 'Name'], ...simulated.map((_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`])];
    const h = addonHost();
    putTable(h, 'Customers', customers);
    h.run('setUpCustomerSheet');
    h.run('setUpPurchases');
    h.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
    const day = (offset: number) => new Date(TEST_NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
    const purchases = simulated.flatMap((customer, i) => {
      const first = Math.floor(customer.T);
      return [first, ...customer.repeatDays.map((d) => first - Math.floor(d))].map((ago, k) => [day(ago), '', `C-${String(i + 1).padStart(6, '0')}`, String(5_000 + ((i * 7 + k * 3) % 11) * 500), 'KZT']);
    });
    // Pasted as a person pastes a till's export: the edit trigger links each row and counts it.
    h.userPaste('Purchases', 2, 1, purchases);
    h.run('recalculateTotals');
    const { predictions } = h.run<InsightsPanel>('getInsights', TODAY);
    expect(predictions.missing).toEqual([]);
    expect(predictions.customers).toBe(150);
    expect(predictions.fitted).toBe(true);
    expect(predictions.values.map((v) => v.currency)).toEqual(['KZT']);
  });
});
