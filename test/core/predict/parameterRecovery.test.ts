/**
 * Parameter recovery: customers simulated from known BG/NBD and Gamma–Gamma parameters
 * (test/support/repeatBuying.ts) are fitted back. Stated tolerances, for 5,000 customers who
 * joined over half a year and were watched for a year:
 * - r and α within 15 %; the mean drop-out probability a/(a + b) within 25 %; q within 15 %, p
 *   and γ within 40 %. a and b alone are not held to a tolerance: with rare buyers (r/α of one
 *   purchase a year) the likelihood has a ridge along which a and b grow together several-fold
 *   while a/(a + b) stays put; p and γ share a milder ridge of the same kind.
 * - what a user sees much closer: the base's expected purchases in the next 90 days within 5 %,
 *   each customer's P(active) within 0.02 of the truth on average, the mean spend pγ/(q − 1)
 *   within 10 %.
 * The runs are seeded (fast-check's seed and the simulation's), so the test is deterministic.
 */
import fc from 'fast-check';
import { expectedPurchasesAfter, fitBgNbd, probabilityAlive } from '../../../src/core/predict/bgnbd';
import { fitGammaGamma, type GammaGammaParameters } from '../../../src/core/predict/gammaGamma';
import { simulateCustomers } from '../../support/repeatBuying';

const relativeError = (fitted: number, truth: number) => Math.abs(fitted / truth - 1);
const meanSpend = ({ p, q, gamma }: GammaGammaParameters) => (p * gamma) / (q - 1);

test('BG/NBD and Gamma–Gamma parameters simulated from are fitted back within the stated tolerances', () => {
  fc.assert(
    fc.property(
      fc.record({
        r: fc.double({ min: 0.2, max: 2, noNaN: true }),
        alpha: fc.double({ min: 5, max: 60, noNaN: true }),
        a: fc.double({ min: 0.3, max: 1.5, noNaN: true }),
        b: fc.double({ min: 1, max: 6, noNaN: true }),
      }),
      fc.record({ p: fc.double({ min: 2, max: 8, noNaN: true }), q: fc.double({ min: 2, max: 6, noNaN: true }), gamma: fc.double({ min: 5, max: 50, noNaN: true }) }),
      fc.integer({ min: 1, max: 1000 }),
      (truth, spendTruth, seed) => {
        const customers = simulateCustomers(truth, { customers: 5000, seed, joinDays: 180, calibrationDays: 365, spend: spendTruth });
        const fitted = fitBgNbd(customers);
        expect(fitted.converged).toBe(true);
        const { r, alpha, a, b } = fitted.parameters;
        expect(relativeError(r, truth.r)).toBeLessThan(0.15);
        expect(relativeError(alpha, truth.alpha)).toBeLessThan(0.15);
        expect(relativeError(a / (a + b), truth.a / (truth.a + truth.b))).toBeLessThan(0.25);
        const next90 = (model: typeof truth) => customers.reduce((sum, customer) => sum + expectedPurchasesAfter(model, customer, 90), 0);
        expect(relativeError(next90(fitted.parameters), next90(truth))).toBeLessThan(0.05);
        const aliveError = customers.reduce((sum, customer) => sum + Math.abs(probabilityAlive(fitted.parameters, customer) - probabilityAlive(truth, customer)), 0) / customers.length;
        expect(aliveError).toBeLessThan(0.02);

        const spend = fitGammaGamma(customers.flatMap((customer) => (customer.spend ? [{ frequency: customer.spend.count, monetary: customer.spend.mean }] : [])));
        expect(relativeError(spend.parameters.q, spendTruth.q)).toBeLessThan(0.15);
        expect(relativeError(spend.parameters.p, spendTruth.p)).toBeLessThan(0.4);
        expect(relativeError(spend.parameters.gamma, spendTruth.gamma)).toBeLessThan(0.4);
        expect(relativeError(meanSpend(spend.parameters), meanSpend(spendTruth))).toBeLessThan(0.1);
      },
    ),
    { seed: 2005, numRuns: 6, endOnFailure: true },
  );
});
