/**
 * The papers' own data: the CDNOW sample (test/fixtures/cdnow) fitted as the papers fitted it
 * reproduces their parameters to within 1 %.
 */
import { bgNbdLogLikelihood, fitBgNbd } from '../../../src/core/predict/bgnbd';
import { predictCustomers } from '../../../src/core/predict/customerPredictions';
import { summaryOfHistory } from '../../../src/core/predict/purchasePredictions';
import { frequencyFit } from '../../../src/core/predict/fitQuality';
import { fitGammaGamma } from '../../../src/core/predict/gammaGamma';
import { purchaseHistories } from '../../../src/core/predict/purchaseHistories';
import { repeatPurchaseTracking } from '../../../src/core/predict/tracking';
import { CDNOW_CALIBRATION_END, CDNOW_START, cdnowPurchases, cohortOf } from '../../support/cdnow';

const purchases = cdnowPurchases();
const calibration = purchaseHistories(purchases, CDNOW_CALIBRATION_END);
const fit = fitBgNbd(calibration.histories);

const withinOnePercent = (value: number, published: number) => expect(Math.abs(value / published - 1)).toBeLessThan(0.01);

describe('the CDNOW sample, 39-week calibration', () => {
  test('2,357 customers, 946 of them bought again in calibration; same-day purchases are one transaction', () => {
    expect(calibration.histories).toHaveLength(2357);
    expect(calibration.histories.filter((h) => h.frequency > 0)).toHaveLength(946);
    expect(calibration.sameDayPurchases).toBeGreaterThan(0);
    const first = calibration.histories.find((h) => h.customer === '0001')!;
    // Customer 1: first purchase 1 January 1997, T = 38.86 weeks, as in the papers' data set.
    expect(first.T / 7).toBeCloseTo(38.86, 2);
  });

  test('BG/NBD: r = 0.243, α = 4.414 weeks, a = 0.793, b = 2.426 (Fader, Hardie & Lee 2005), ln L = −9582.4', () => {
    const { r, alpha, a, b } = fit.parameters;
    withinOnePercent(r, 0.243);
    withinOnePercent(alpha / 7, 4.414);
    withinOnePercent(a, 0.793);
    withinOnePercent(b, 2.426);
    expect(fit.converged).toBe(true);
    const inWeeks = calibration.histories.map((h) => ({ frequency: h.frequency, recency: h.recency / 7, T: h.T / 7 }));
    expect(bgNbdLogLikelihood(inWeeks, { r, alpha: alpha / 7, a, b })).toBeCloseTo(-9582.4, 0);
  });

  test('Gamma–Gamma on the 946 repeat customers: p = 6.25, q = 3.74, γ = 15.44 (Fader, Hardie & Lee 2005)', () => {
    const spend = fitGammaGamma(calibration.histories.map((h) => ({ frequency: h.valuedRepeats, monetary: h.monetary ?? 0 })));
    expect(spend.customers).toBe(946);
    withinOnePercent(spend.parameters.p, 6.25);
    withinOnePercent(spend.parameters.q, 3.74);
    withinOnePercent(spend.parameters.gamma, 15.44);
  });

  test('the frequency histogram fits: chi-square does not reject the model', () => {
    const quality = frequencyFit(fit.parameters, calibration.histories);
    expect(quality.bins[0]).toMatchObject({ from: 0, observed: 1411 });
    expect(quality.bins.reduce((sum, bin) => sum + bin.observed, 0)).toBe(2357);
    expect(quality.bins.reduce((sum, bin) => sum + bin.expected, 0)).toBeCloseTo(2357, 6);
    expect(quality.fits).toBe(true);
  });

  test('holdout weeks 40–78: the expected cumulative repeat purchases track the actual within 5 % each week', () => {
    const cohort = cohortOf(purchases);
    const tracking = repeatPurchaseTracking(fit.parameters, cohort, CDNOW_START, 7, 78);
    expect(tracking[38]!.actual).toBe(calibration.histories.reduce((sum, h) => sum + h.frequency, 0));
    for (const point of tracking.slice(39)) expect(Math.abs(point.expected / point.actual - 1)).toBeLessThan(0.05);
  });

  test('every customer gets a probability active, expected purchases, spend and value, none of them NaN', () => {
    const result = predictCustomers(calibration.histories.map(summaryOfHistory));
    expect(result.problems).toEqual([]);
    expect(result.predictions).toHaveLength(2357);
    for (const prediction of result.predictions) {
      for (const value of [prediction.probabilityActive, prediction.expectedPurchases, prediction.expectedAverageSpend, prediction.lifetimeValue, prediction.valueAtRisk]) {
        expect(Number.isFinite(value)).toBe(true);
      }
    }
  });
});
