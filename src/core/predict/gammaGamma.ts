/**
 * The Gamma–Gamma model of spend (Fader, Hardie & Lee, "RFM and CLV: using iso-value curves for
 * customer base analysis", Journal of Marketing Research 42(4), 2005; Fader & Hardie's note "The
 * Gamma-Gamma model of monetary value", 2013): each transaction's value is Gamma(p, ν) with the
 * customer's ν ~ Gamma(q, γ), independent of how often she buys. It is fitted on customers with
 * at least one repeat purchase, from x and the mean value m̄ of those x purchases.
 */
import { minimiseWithGradient, type ValueAndGradient } from './quasiNewton';
import { digamma, logGamma } from './specialFunctions';

export interface SpendHistory {
  /** x: repeat purchases with a value (≥ 1 to count in the fit). */
  frequency: number;
  /** m̄: their mean value (> 0 to count in the fit). */
  monetary: number;
}

export interface GammaGammaParameters {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit {
  parameters: GammaGammaParameters;
  logLikelihood: number;
  /** The customers the fit used: x ≥ 1 and m̄ > 0. */
  customers: number;
  converged: boolean;
}

export function fitsSpend({ frequency, monetary }: SpendHistory): boolean {
  return frequency >= 1 && monetary > 0 && Number.isFinite(monetary);
}

/** Held in a module constant: the likelihood's loop runs once per customer per step, and a global lookup per call is slow in a vm context (the local host). */
const { log } = Math;

/**
 * Σ ln f(m̄ | x), the density of the mean of x values (the note's likelihood, including the
 * Jacobian of the mean, x^{px}):
 *   ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln γ + (px − 1) ln m̄ + px ln x − (px + q) ln(γ + x m̄),
 * and its gradient in (ln p, ln q, ln γ). The gamma-function terms depend on x alone and the
 * ln m̄, ln x terms are sums fixed by the data, so each evaluation costs one logarithm and one
 * division per customer.
 */
function spendLikelihood(histories: readonly SpendHistory[]): (parameters: GammaGammaParameters) => ValueAndGradient {
  const countOf = new Map<number, number>();
  const xs = Float64Array.from(histories, (h) => h.frequency);
  const means = Float64Array.from(histories, (h) => h.monetary);
  const n = histories.length;
  let sumLogMean = 0;
  let sumXLogMeanX = 0;
  for (const { frequency: x, monetary: m } of histories) {
    countOf.set(x, (countOf.get(x) ?? 0) + 1);
    sumLogMean += Math.log(m);
    sumXLogMeanX += x * Math.log(m) + x * Math.log(x);
  }
  return ({ p, q, gamma }) => {
    let total = n * (q * Math.log(gamma) - logGamma(q)) - sumLogMean + p * sumXLogMeanX;
    let dp = sumXLogMeanX;
    let dq = n * (Math.log(gamma) - digamma(q));
    let dGamma = (n * q) / gamma;
    for (const [x, count] of countOf) {
      total += count * (logGamma(p * x + q) - logGamma(p * x));
      const psiSum = digamma(p * x + q);
      dp += count * x * (psiSum - digamma(p * x));
      dq += count * psiSum;
    }
    for (let i = 0; i < n; i += 1) {
      const x = xs[i] as number;
      const pooled = gamma + x * (means[i] as number);
      const logPooled = log(pooled);
      total -= (p * x + q) * logPooled;
      dp -= x * logPooled;
      dq -= logPooled;
      dGamma -= (p * x + q) / pooled;
    }
    return { value: total, gradient: [dp * p, dq * q, dGamma * gamma] };
  };
}

export function gammaGammaLogLikelihood(histories: readonly SpendHistory[], parameters: GammaGammaParameters): number {
  return spendLikelihood(histories.filter(fitsSpend))(parameters).value;
}

const LOG_BOUND = 15;

/** Maximum-likelihood (p, q, γ) by BFGS on the log-parameters; values are rescaled by their mean while fitting, γ is returned in the values' unit. */
export function fitGammaGamma(histories: readonly SpendHistory[]): GammaGammaFit {
  const used = histories.filter(fitsSpend);
  const scale = used.reduce((sum, h) => sum + h.monetary, 0) / Math.max(1, used.length) || 1;
  const scaled = used.map(({ frequency, monetary }) => ({ frequency, monetary: monetary / scale }));
  const logLikelihood = spendLikelihood(scaled);
  const customers = Math.max(1, used.length);
  const objective = (theta: number[]): ValueAndGradient => {
    if (theta.some((value) => Math.abs(value) > LOG_BOUND)) return { value: Infinity, gradient: theta.map(() => 0) };
    const [p, q, gamma] = theta.map(Math.exp) as [number, number, number];
    const { value, gradient } = logLikelihood({ p, q, gamma });
    return { value: -value / customers, gradient: gradient.map((g) => -g / customers) };
  };
  const best = minimiseWithGradient(objective, [0, Math.log(2), 0]);
  const [p, q, scaledGamma] = best.point.map(Math.exp) as [number, number, number];
  const parameters = { p, q, gamma: scaledGamma * scale };
  return { parameters, logLikelihood: spendLikelihood(used)(parameters).value, customers: used.length, converged: best.converged };
}

/**
 * E[M | x, m̄] = p(γ + x m̄)/(px + q − 1): the customer's expected value per transaction, a
 * weighted mean of the population mean pγ/(q − 1) and her own m̄. With x = 0 it is the
 * population mean. null when q ≤ 1, where the population mean is infinite.
 */
export function expectedAverageSpend({ p, q, gamma }: GammaGammaParameters, { frequency, monetary }: SpendHistory): number | null {
  if (!(q > 1)) return null;
  const x = fitsSpend({ frequency, monetary }) ? frequency : 0;
  return (p * (gamma + x * (x > 0 ? monetary : 0))) / (p * x + q - 1);
}
