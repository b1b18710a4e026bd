import fc from 'fast-check';
import { digamma, hypergeometric2F1, logBeta, logGamma, upperRegularizedGamma } from '../../../src/core/predict/specialFunctions';

describe('log-gamma and log-beta', () => {
  test.each([
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [1, 0],
    [2, 0],
    [10, Math.log(362880)],
    [100, 359.1342053695754],
    [0.001, 6.907178885383853],
    [1e6, 12815504.569147611],
  ])('ln Γ(%p)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 9);
  });

  test('Γ(x + 1) = x Γ(x) and B(a, b) = B(b, a)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 500, noNaN: true }), fc.double({ min: 0.01, max: 500, noNaN: true }), (x, y) => {
        expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
        expect(logBeta(x, y)).toBeCloseTo(logBeta(y, x), 9);
      }),
    );
  });

  test('ψ is the derivative of ln Γ', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 1000, noNaN: true }), (x) => {
        const h = 1e-5 * x;
        expect(digamma(x)).toBeCloseTo((logGamma(x + h) - logGamma(x - h)) / (2 * h), 5);
      }),
    );
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 12);
  });
});

describe('the Gauss hypergeometric function on [0, 1)', () => {
  test.each([0, 0.1, 0.5, 0.9, 0.99, 0.999])('₂F₁(1, 1; 2; %p) = −ln(1 − z)/z', (z) => {
    expect(hypergeometric2F1(1, 1, 2, z)).toBeCloseTo(z === 0 ? 1 : -Math.log(1 - z) / z, 10);
  });

  test('₂F₁(a, b; b; z) = (1 − z)^−a', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }), fc.double({ min: 0, max: 0.95, noNaN: true }), (a, b, z) => {
        expect(hypergeometric2F1(a, b, b, z) / Math.pow(1 - z, -a)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('chi-square p-values', () => {
  test.each([
    [1, 3.841458820694124, 0.05],
    [2, 5.991464547107979, 0.05],
    [3, 11.344866730144373, 0.01],
    [10, 2.558212160, 0.99],
    [30, 50.89218131151707, 0.01],
  ])('%p degrees of freedom, χ² = %p: p = %p', (k, chiSquare, p) => {
    expect(upperRegularizedGamma(k / 2, chiSquare / 2)).toBeCloseTo(p, 6);
  });
});
