/**
 * The special functions the repeat-buying models need, in plain arithmetic so that they run the
 * same in Node and Apps Script: log-gamma, log-beta, the Gauss hypergeometric function 2F1 on
 * [0, 1) and the regularised upper incomplete gamma function (for chi-square p-values).
 */

/** Lanczos coefficients for g = 7, n = 9 (Numerical Recipes 3rd ed., §6.1): relative error below 2e-15 for x > 0. */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (reflection below 1/2). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Terms summed at most: the series converges like zⁿ, so this reaches 1e-15 for z up to 0.9997. */
const MAX_SERIES_TERMS = 120_000;

/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) = Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ for 0 ≤ z < 1 and
 * c not zero or a negative integer, summed until a term no longer changes the sum. The BG/NBD
 * conditional expectation only needs z = t / (α + T + t) in [0, 1).
 */
export function hypergeometric2F1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_SERIES_TERMS; n += 1) {
    term *= ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    sum += term;
    // Terms may grow for a while before z^n wins; stop only once they shrink and are negligible.
    // Squares rather than Math.abs: no global lookup in the loop, which a vm context (the local host) makes slow.
    const growth = (a + n + 1) * (b + n + 1) * z;
    const shrink = (c + n + 1) * (n + 2);
    if (term * term <= 1e-32 * sum * sum && growth * growth < shrink * shrink) break;
  }
  return sum;
}

/**
 * The regularised upper incomplete gamma function Q(s, x) = Γ(s, x) / Γ(s): the series below
 * s + 1, the continued fraction above (Numerical Recipes §6.2). Q(k/2, χ²/2) is the p-value of a
 * chi-square statistic with k degrees of freedom.
 */
export function upperRegularizedGamma(s: number, x: number): number {
  if (x <= 0) return 1;
  const logPrefix = -x + s * Math.log(x) - logGamma(s);
  if (x < s + 1) {
    let term = 1 / s;
    let sum = term;
    for (let n = 1; n < 1000; n += 1) {
      term *= x / (s + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i += 1) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.min(1, Math.exp(logPrefix) * h);
}

/** ψ(x) = d ln Γ(x)/dx for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to 10, then the asymptotic series. */
export function digamma(x: number): number {
  let shift = 0;
  let y = x;
  while (y < 10) {
    shift -= 1 / y;
    y += 1;
  }
  const inverse2 = 1 / (y * y);
  const series = inverse2 * (1 / 12 - inverse2 * (1 / 120 - inverse2 * (1 / 252 - inverse2 * (1 / 240 - inverse2 * (1 / 132)))));
  return shift + Math.log(y) - 0.5 / y - series;
}
