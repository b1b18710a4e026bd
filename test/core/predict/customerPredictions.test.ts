import fc from 'fast-check';
import { MIN_REPEAT_CUSTOMERS, predictCustomers, type CustomerSummary } from '../../../src/core/predict/customerPredictions';
import { purchaseHistories } from '../../../src/core/predict/purchaseHistories';
import { predictionProblemText } from '../../../src/core/predict/problemText';
import { messagesFor } from '../../../src/core/i18n/messages';
import { simulateCustomers } from '../../support/repeatBuying';

const CDNOW_DAYS = { r: 0.243, alpha: 30.9, a: 0.793, b: 2.426 };
const SPEND = { p: 6.25, q: 3.74, gamma: 15.44 };

function outputsOf(result: ReturnType<typeof predictCustomers>): (number | null)[] {
  return result.predictions.flatMap((p) => [p.probabilityActive, p.expectedPurchases, p.expectedAverageSpend, p.lifetimeValue, p.valueAtRisk, p.usualGapDays]);
}

describe('predictions for every customer', () => {
  test(`fewer than ${MIN_REPEAT_CUSTOMERS} repeat customers: no model, no predictions, the reason with the counts`, () => {
    const few: CustomerSummary[] = Array.from({ length: 50 }, (_, i) => ({ customer: `C${i}`, frequency: i < MIN_REPEAT_CUSTOMERS - 1 ? 2 : 0, recency: i < MIN_REPEAT_CUSTOMERS - 1 ? 40 : 0, T: 100, spend: null }));
    const result = predictCustomers(few);
    expect(result.model).toBeNull();
    expect(result.predictions).toEqual([]);
    expect(result.problems).toEqual([{ kind: 'tooFewRepeatCustomers', repeatCustomers: MIN_REPEAT_CUSTOMERS - 1, minimum: MIN_REPEAT_CUSTOMERS }]);
  });

  test('a customer with one purchase is active for sure and expected to buy less than one with the same age who bought often', () => {
    const base = simulateCustomers(CDNOW_DAYS, { customers: 1500, seed: 4, joinDays: 84, calibrationDays: 273, spend: SPEND });
    const once: CustomerSummary = { customer: 'once', frequency: 0, recency: 0, T: 200, spend: null };
    const often: CustomerSummary = { customer: 'often', frequency: 8, recency: 195, T: 200, spend: { count: 8, mean: 40 } };
    const result = predictCustomers([...base, once, often]);
    const [p1, p2] = result.predictions.slice(-2);
    expect(p1!.probabilityActive).toBe(1);
    expect(p1!.expectedPurchases).toBeLessThan(p2!.expectedPurchases);
    // No repeat purchase, no own spend: the population's mean spend pγ/(q − 1).
    const { p, q, gamma } = result.model!.spend!.parameters;
    expect(p1!.expectedAverageSpend).toBeCloseTo((p * gamma) / (q - 1), 9);
    expect(p1!.valueAtRisk).toBe(0);
  });

  test('value = P(active) × value if active and value at risk = (1 − P(active)) × it; a longer horizon is worth more, a higher discount rate less', () => {
    const base = simulateCustomers(CDNOW_DAYS, { customers: 1000, seed: 5, joinDays: 84, calibrationDays: 273, spend: SPEND });
    const year = predictCustomers(base, { purchaseHorizonDays: 90, horizonDays: 365, annualDiscountRate: 0.1 });
    const twoYears = predictCustomers(base, { purchaseHorizonDays: 90, horizonDays: 730, annualDiscountRate: 0.1 });
    const dear = predictCustomers(base, { purchaseHorizonDays: 90, horizonDays: 365, annualDiscountRate: 0.5 });
    year.predictions.forEach((prediction, i) => {
      const ifActive = prediction.lifetimeValue! + prediction.valueAtRisk!;
      expect(prediction.lifetimeValue!).toBeCloseTo(prediction.probabilityActive * ifActive, 9);
      expect(twoYears.predictions[i]!.lifetimeValue!).toBeGreaterThan(prediction.lifetimeValue!);
      expect(dear.predictions[i]!.lifetimeValue!).toBeLessThan(prediction.lifetimeValue!);
    });
  });

  test('a base that does not buy as the model assumes (everyone every 10 days, no one leaves) is reported as not fitting', () => {
    const clockwork: CustomerSummary[] = Array.from({ length: 400 }, (_, i) => {
      const T = 100 + (i % 100);
      const frequency = Math.floor(T / 10);
      return { customer: `C${i}`, frequency, recency: frequency * 10, T, spend: { count: frequency, mean: 20 + (i % 7) } };
    });
    const result = predictCustomers(clockwork);
    expect(result.problems.map((p) => p.kind)).toContain('modelDoesNotFit');
    expect(result.model!.frequencyFit.fits).toBe(false);
  });

  test('spend that rises with frequency is reported: the Gamma–Gamma assumes it does not', () => {
    const base = simulateCustomers(CDNOW_DAYS, { customers: 1500, seed: 6, joinDays: 84, calibrationDays: 273 });
    const dependent = base.map((c) => ({ ...c, spend: c.frequency > 0 ? { count: c.frequency, mean: 10 * c.frequency } : null }));
    expect(predictCustomers(dependent).problems.map((p) => p.kind)).toContain('spendDependsOnFrequency');
  });

  test('spend in several currencies: one spend model each, never fitted or added together; a currency with too few repeat customers is named', () => {
    const base = simulateCustomers(CDNOW_DAYS, { customers: 1500, seed: 8, joinDays: 84, calibrationDays: 273, spend: SPEND });
    // The same buying, the tenge customers' spend 500 times the yuan customers'; a handful pay in roubles.
    const mixed = base.map((c, i): CustomerSummary => {
      const currency = i < 5 ? '' : i < 30 ? 'RUB' : i % 2 === 0 ? 'KZT' : 'CNY';
      return { ...c, currency, spend: c.spend && { ...c.spend, mean: c.spend.mean * (currency === 'KZT' ? 500 : 1) } };
    });
    const result = predictCustomers(mixed);
    expect(result.model!.spends.map((s) => s.currency)).toEqual(['CNY', 'KZT', 'RUB', '']);
    const [yuan, tenge, roubles] = result.model!.spends.map((s) => s.spend);
    expect(tenge!.parameters.gamma / yuan!.parameters.gamma).toBeGreaterThan(100);
    expect(roubles).toBeNull();
    const problems = result.problems.filter((p) => p.kind === 'spendNotFitted').map((p) => predictionProblemText(messagesFor('en'), p));
    expect(problems).toEqual([
      expect.stringMatching(/^RUB: Too few repeat customers with a known total to predict spend: \d+, at least 20 are needed\.$/),
      expect.stringMatching(/^Rows without a currency: Too few repeat customers/),
    ]);
    for (const prediction of result.predictions) {
      expect(prediction.currency).toBe(mixed.find((c) => c.customer === prediction.customer)!.currency);
      if (prediction.currency === 'RUB' || prediction.currency === '') expect(prediction.lifetimeValue).toBeNull();
      else expect(prediction.lifetimeValue).not.toBeNull();
    }
    // The buying model is one for everyone: the currencies change nothing in it.
    const single = predictCustomers(base);
    expect(result.model!.bgnbd.parameters).toEqual(single.model!.bgnbd.parameters);
  });

  test('no spend known: probability and purchases are predicted, spend and value left empty with the reason', () => {
    const base = simulateCustomers(CDNOW_DAYS, { customers: 800, seed: 7, joinDays: 84, calibrationDays: 273 });
    const result = predictCustomers(base);
    expect(result.problems).toContainEqual({ kind: 'spendNotFitted', valuedCustomers: 0, minimum: MIN_REPEAT_CUSTOMERS });
    for (const prediction of result.predictions) {
      expect(prediction.expectedAverageSpend).toBeNull();
      expect(prediction.lifetimeValue).toBeNull();
      expect(Number.isFinite(prediction.probabilityActive)).toBe(true);
    }
  });

  test('never NaN or infinite: any mix of histories — ties, T = 0, the last purchase on the last day, huge counts', () => {
    const history = fc
      .tuple(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 3000 }), fc.option(fc.double({ min: 0.01, max: 1e6, noNaN: true })))
      .map(([frequency, share, T, mean]): CustomerSummary => ({
        customer: 'c',
        frequency: T === 0 ? 0 : frequency,
        recency: T === 0 || frequency === 0 ? 0 : Math.round(share * T),
        T,
        spend: mean === null || frequency === 0 || T === 0 ? null : { count: frequency, mean },
      }));
    fc.assert(
      fc.property(fc.array(history, { minLength: MIN_REPEAT_CUSTOMERS * 2, maxLength: 120 }), fc.integer({ min: 1, max: 3650 }), (histories, horizon) => {
        const result = predictCustomers(histories, { purchaseHorizonDays: horizon, horizonDays: horizon, annualDiscountRate: 0.1 });
        for (const value of outputsOf(result)) if (value !== null) expect(Number.isFinite(value)).toBe(true);
        if (result.model) for (const value of Object.values(result.model.bgnbd.parameters)) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('purchases to histories', () => {
  test('same-day purchases are one transaction of their summed value; the first is not a repeat; later purchases are the holdout', () => {
    const result = purchaseHistories(
      [
        { customer: 'A', day: 10, amount: 5 },
        { customer: 'A', day: 10, amount: 7 },
        { customer: 'A', day: 20, amount: 30 },
        { customer: 'A', day: 20, amount: null },
        { customer: 'A', day: 25, amount: 10 },
        { customer: 'A', day: 40, amount: 99 },
        { customer: 'B', day: 35, amount: 1 },
      ],
      30,
    );
    expect(result.sameDayPurchases).toBe(2);
    expect(result.histories).toEqual([
      { customer: 'A', frequency: 2, recency: 15, T: 20, firstDay: 10, lastDay: 25, monetary: 20, valuedRepeats: 2, holdoutTransactions: 1 },
    ]);
    // B's first purchase is after the calibration end: no history to fit on, and said so.
    expect(result.notYetCustomers).toEqual(['B']);
    expect(result.holdoutDays).toBe(10);
  });
});
