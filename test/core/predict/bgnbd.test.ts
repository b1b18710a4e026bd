import fc from 'fast-check';
import {
  bgNbdLogLikelihood,
  expectedPurchasesAfter,
  expectedPurchasesByIntegral,
  expectedPurchasesIfActive,
  expectedRepeatPurchases,
  probabilityAlive,
  repeatPurchaseDistribution,
  type BgNbdParameters,
  type RepeatHistory,
} from '../../../src/core/predict/bgnbd';

const CDNOW_DAYS: BgNbdParameters = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 };

const parameters = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 1, max: 200, noNaN: true }),
  a: fc.double({ min: 0.1, max: 5, noNaN: true }),
  b: fc.double({ min: 0.1, max: 10, noNaN: true }),
});
const history = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1500 }))
  .map(([frequency, share, T]): RepeatHistory => ({ frequency, recency: frequency === 0 ? 0 : Math.round(share * T), T }));

describe('BG/NBD', () => {
  test('a customer with no repeat purchase has not dropped out; more time since the last purchase lowers P(active)', () => {
    expect(probabilityAlive(CDNOW_DAYS, { frequency: 0, recency: 0, T: 200 })).toBe(1);
    const recent = probabilityAlive(CDNOW_DAYS, { frequency: 3, recency: 190, T: 200 });
    const long = probabilityAlive(CDNOW_DAYS, { frequency: 3, recency: 20, T: 200 });
    expect(recent).toBeGreaterThan(0.8);
    expect(long).toBeLessThan(0.3);
  });

  test('the expected purchases of the next moment are P(active) times the posterior buying rate (r + x)/(α + T)', () => {
    fc.assert(
      fc.property(parameters, history, (model, h) => {
        const dt = 1e-4;
        const rate = expectedPurchasesAfter(model, h, dt) / dt;
        expect(rate / (probabilityAlive(model, h) * ((model.r + h.frequency) / (model.alpha + h.T)))).toBeCloseTo(1, 2);
      }),
    );
  });

  test('the closed form with ₂F₁ and the integral over the drop-out probability agree (the integral takes over for long horizons)', () => {
    fc.assert(
      fc.property(parameters, history, fc.double({ min: 0.01, max: 0.95, noNaN: true }), (model, h, z) => {
        // The t that gives this z = t/(α + T + t), inside the series' range.
        const t = (z * (model.alpha + h.T)) / (1 - z);
        const closed = expectedPurchasesIfActive(model, h, t);
        expect(expectedPurchasesByIntegral(model, h.frequency, h.T, t) / closed).toBeCloseTo(1, 7);
      }),
    );
  });

  test('E[X(t)] (the closed form with ₂F₁) is the mean of the distribution P(X(t) = x) (the sum of terms)', () => {
    fc.assert(
      fc.property(parameters, fc.integer({ min: 1, max: 400 }), (model, t) => {
        const distribution = repeatPurchaseDistribution(model, t, 500);
        for (const probability of distribution) expect(probability >= 0 && probability <= 1).toBe(true);
        // Heavy tails (tiny α, tiny a) leave mass beyond 500 purchases: the mean of the bins is then not the whole mean.
        fc.pre(distribution[distribution.length - 1]! < 1e-12);
        const mean = distribution.slice(0, -1).reduce((sum, p, x) => sum + x * p, 0);
        expect(mean / expectedRepeatPurchases(model, t)).toBeCloseTo(1, 6);
      }),
      { numRuns: 20 },
    );
  });

  test('expected purchases grow with the horizon, are never negative and never NaN, a = 1 included', () => {
    fc.assert(
      fc.property(parameters, history, fc.boolean(), (model, h, aIsOne) => {
        const m = aIsOne ? { ...model, a: 1 } : model;
        let previous = 0;
        for (const t of [1, 30, 90, 365, 3650]) {
          const expected = expectedPurchasesAfter(m, h, t);
          expect(Number.isFinite(expected)).toBe(true);
          expect(expected).toBeGreaterThanOrEqual(previous - 1e-9);
          previous = expected;
        }
      }),
    );
  });

  test('the log-likelihood is finite on any valid history', () => {
    fc.assert(
      fc.property(parameters, fc.array(history, { minLength: 1, maxLength: 30 }), (model, histories) => {
        expect(Number.isFinite(bgNbdLogLikelihood(histories, model))).toBe(true);
      }),
    );
  });
});
