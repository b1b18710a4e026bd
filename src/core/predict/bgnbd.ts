/**
 * The BG/NBD model of repeat buying (Fader, Hardie & Lee, "Counting your customers the easy
 * way: an alternative to the Pareto/NBD model", Marketing Science 24(2), 2005): while active a
 * customer buys as a Poisson process of rate λ ~ Gamma(r, α); after each purchase she drops out
 * with probability p ~ Beta(a, b).
 *
 * A customer's history is (x, tₓ, T): x repeat purchases (purchases after the first), the last
 * of them tₓ after the first purchase, observed for T after it. Time is in whatever unit the
 * histories use (days in Clientele); α is in that unit, r, a and b have none.
 */
import { minimiseWithGradient, type ValueAndGradient } from './quasiNewton';
import { digamma, hypergeometric2F1, logBeta, logGamma } from './specialFunctions';

export interface RepeatHistory {
  /** x: repeat purchases, a whole number ≥ 0. */
  frequency: number;
  /** tₓ: time from the first purchase to the last one, 0 when x = 0. */
  recency: number;
  /** T: time from the first purchase to the end of the observation (calibration) period. */
  T: number;
}

export interface BgNbdParameters {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgNbdFit {
  parameters: BgNbdParameters;
  /** ln L of the histories at the parameters (the paper's individual likelihood summed over customers), time in the histories' unit. */
  logLikelihood: number;
  converged: boolean;
  evaluations: number;
}

/**
 * Histories with the same (x, tₓ, T) contribute the same likelihood: counted once. Customers
 * without a repeat purchase depend on T alone, so they are grouped by T (whole days give few).
 * Columns of numbers sorted by x, so that the gamma-function terms change only with x.
 */
interface HistoryGroups {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  count: Float64Array;
}

function groupHistories(histories: readonly RepeatHistory[], timeScale: number): HistoryGroups {
  const counts = new Map<string, { history: RepeatHistory; count: number }>();
  for (const history of histories) {
    const key = history.frequency === 0 ? `0 ${history.T}` : `${history.frequency} ${history.recency} ${history.T}`;
    const group = counts.get(key);
    if (group) group.count += 1;
    else counts.set(key, { history, count: 1 });
  }
  const groups = [...counts.values()].sort((g, h) => g.history.frequency - h.history.frequency);
  const column = (value: (group: { history: RepeatHistory; count: number }) => number) => Float64Array.from(groups, value);
  return {
    frequency: column((g) => g.history.frequency),
    recency: column((g) => (g.history.frequency === 0 ? 0 : g.history.recency / timeScale)),
    T: column((g) => g.history.T / timeScale),
    count: column((g) => g.count),
  };
}

/** Held in module constants: the likelihood's loop runs millions of times, and a global lookup per call is slow in a vm context (the local host). */
const { exp, log, log1p } = Math;

/**
 * Σ ln L and its gradient in the log-parameters (ln r, ln α, ln a, ln b), with
 *   ln L(x, tₓ, T) = common(x) − (r + x) ln(α + T) + ln(1 + e^D),
 *   common(x) = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x) − ln B(a, b),
 *   D = ln a − ln(b + x − 1) + (r + x)(ln(α + T) − ln(α + tₓ))   (no e^D term when x = 0),
 * so each derivative is common(x)'s plus σ(D) times D's. The gamma-function terms change only with x.
 */
function logLikelihoodOfGroups({ frequency, recency, T, count }: HistoryGroups, { r, alpha, a, b }: BgNbdParameters): ValueAndGradient {
  const logAlpha = log(alpha);
  const logA = log(a);
  const gammaR = logGamma(r);
  const gammaAB = logGamma(a + b);
  const gammaB = logGamma(b);
  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  let total = 0;
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  let x = -1;
  let common = 0;
  let logDropOutWeight = 0;
  let commonDr = 0;
  let commonDa = 0;
  let commonDb = 0;
  for (let i = 0; i < frequency.length; i += 1) {
    if (frequency[i] !== x) {
      x = frequency[i] as number;
      common = logGamma(r + x) - gammaR + r * logAlpha + gammaAB + logGamma(b + x) - gammaB - logGamma(a + b + x);
      logDropOutWeight = x > 0 ? logA - log(b + x - 1) : 0;
      const psiABX = digamma(a + b + x);
      commonDr = digamma(r + x) - psiR + logAlpha;
      commonDa = psiAB - psiABX;
      commonDb = psiAB + digamma(b + x) - psiB - psiABX;
    }
    const n = count[i] as number;
    const age = alpha + (T[i] as number);
    const logAge = log(age);
    let value = common - (r + x) * logAge;
    let gradientR = commonDr - logAge;
    let gradientAlpha = r / alpha - (r + x) / age;
    let gradientA = commonDa;
    let gradientB = commonDb;
    if (x > 0) {
      const sinceLast = alpha + (recency[i] as number);
      const logRatio = logAge - log(sinceLast);
      const d = logDropOutWeight + (r + x) * logRatio;
      const expMinus = exp(-Math.abs(d));
      value += d > 0 ? d + log1p(expMinus) : log1p(expMinus);
      const share = d > 0 ? 1 / (1 + expMinus) : expMinus / (1 + expMinus);
      gradientR += share * logRatio;
      gradientAlpha += share * (r + x) * (1 / age - 1 / sinceLast);
      gradientA += share / a;
      gradientB -= share / (b + x - 1);
    }
    total += n * value;
    dr += n * gradientR;
    dAlpha += n * gradientAlpha;
    da += n * gradientA;
    db += n * gradientB;
  }
  return { value: total, gradient: [dr * r, dAlpha * alpha, da * a, db * b] };
}

/** ln L of the histories (time in their unit): the fit's objective, and what it reports. */
export function bgNbdLogLikelihood(histories: readonly RepeatHistory[], parameters: BgNbdParameters): number {
  return logLikelihoodOfGroups(groupHistories(histories, 1), parameters).value;
}

/** Log-parameters beyond ±LOG_BOUND (a factor of e¹⁵ ≈ 3·10⁶) mean the data cannot pin the parameter down. */
const LOG_BOUND = 15;

/** Starting points, in log-parameters with α relative to the mean T: spread so that one lies in each basin seen on real and simulated data. */
const STARTS = [
  [0, 0, 0, 0],
  [Math.log(0.25), Math.log(0.1), Math.log(0.8), Math.log(2.5)],
  [Math.log(2), Math.log(0.5), Math.log(0.2), Math.log(5)],
];

/**
 * Maximum-likelihood BG/NBD parameters: BFGS on the log-parameters from each start, the best
 * kept. Time is rescaled by the mean T while fitting so that every log-parameter starts near 0
 * whatever the unit, and the objective is the mean ln L per customer so that the tolerance means
 * the same for 50 customers and 100,000; α is returned in the histories' unit.
 */
export function fitBgNbd(histories: readonly RepeatHistory[]): BgNbdFit {
  const meanT = histories.reduce((sum, h) => sum + h.T, 0) / Math.max(1, histories.length);
  const timeScale = meanT > 0 ? meanT : 1;
  const groups = groupHistories(histories, timeScale);
  const customers = Math.max(1, histories.length);
  const objective = (theta: number[]): ValueAndGradient => {
    if (theta.some((value) => Math.abs(value) > LOG_BOUND)) return { value: Infinity, gradient: theta.map(() => 0) };
    const [r, alpha, a, b] = theta.map(Math.exp) as [number, number, number, number];
    const { value, gradient } = logLikelihoodOfGroups(groups, { r, alpha, a, b });
    return { value: -value / customers, gradient: gradient.map((g) => -g / customers) };
  };
  let best = minimiseWithGradient(objective, STARTS[0] as number[]);
  let evaluations = best.evaluations;
  for (const start of STARTS.slice(1)) {
    const candidate = minimiseWithGradient(objective, start);
    evaluations += candidate.evaluations;
    if (candidate.value < best.value) best = candidate;
  }
  const [r, scaledAlpha, a, b] = best.point.map(Math.exp) as [number, number, number, number];
  const parameters = { r, alpha: scaledAlpha * timeScale, a, b };
  return { parameters, logLikelihood: bgNbdLogLikelihood(histories, parameters), converged: best.converged, evaluations };
}

/** P(active | x, tₓ, T) (Fader, Hardie & Lee, "Computing P(alive) using the BG/NBD model", 2008): 1 for a customer with no repeat purchase, who cannot have dropped out yet. */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParameters, { frequency: x, recency, T }: RepeatHistory): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + recency));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * (a + b + x − 1)/(a − 1) · [1 − F] is 0/0 at a = 1 although the expectation is smooth there:
 * near it, the mean of the values a step either side.
 */
function smoothAtAOne(a: number, expectation: (a: number) => number): number {
  const step = 1e-4;
  if (Math.abs(a - 1) >= step) return expectation(a);
  return (expectation(1 - step) + expectation(1 + step)) / 2;
}

/** Below this z the ₂F₁ series needs at most a few hundred terms; above it the integral is cheaper and exact. */
const SERIES_LIMIT = 0.95;

/**
 * The same expectation as an integral over the drop-out probability: an active customer with
 * rate λ and drop-out p makes (1 − e^(−λpt))/p purchases in t on average; λ | history ~
 * Gamma(r + x, α + T) turns e^(−λpt) into (1 + pt/(α + T))^−(r + x), and p | history, active ~
 * Beta(a, b + x). Integrated by the tanh-sinh rule (Takahasi & Mori), which absorbs the
 * endpoint singularities of the beta density.
 */
export function expectedPurchasesByIntegral({ r, alpha, a, b }: BgNbdParameters, x: number, T: number, t: number): number {
  const shape = r + x;
  const scaleRatio = t / (alpha + T);
  const beta = b + x;
  const logNormaliser = logBeta(a, beta);
  const h = 0.1;
  let sum = 0;
  for (let j = -65; j <= 65; j += 1) {
    const u = (Math.PI / 2) * Math.sinh(h * j);
    // p = 1/(1 + e^(−2u)) and 1 − p, each without cancellation.
    const logP = -Math.log1p(Math.exp(-2 * u));
    const logQ = -Math.log1p(Math.exp(2 * u));
    // dp = π h cosh(hj) p (1 − p) dj, folded into the density's exponents.
    const weight = Math.PI * h * Math.cosh(h * j) * Math.exp(a * logP + beta * logQ - logNormaliser);
    if (!(weight > 0)) continue;
    const p = Math.exp(logP);
    // (1 − (1 + pk)^−s)/p tends to s·k as p → 0.
    const purchases = p > 0 ? -Math.expm1(-shape * Math.log1p(p * scaleRatio)) / p : shape * scaleRatio;
    sum += weight * purchases;
  }
  return sum;
}

/**
 * E[Y(t) | x, tₓ, T, active]: expected purchases in the next t of a customer with this history
 * who has not dropped out — the paper's conditional expectation without its P(active) factor:
 *   (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x) ₂F₁(r + x, b + x; a + b + x − 1; z)],
 *   z = t/(α + T + t);
 * for z near 1 (a horizon long against α + T), where the series crawls, the integral above.
 */
export function expectedPurchasesIfActive(parameters: BgNbdParameters, { frequency: x, T }: RepeatHistory, t: number): number {
  if (!(t > 0)) return 0;
  const { r, alpha, b } = parameters;
  const z = t / (alpha + T + t);
  if (z > SERIES_LIMIT) return expectedPurchasesByIntegral(parameters, x, T, t);
  return smoothAtAOne(parameters.a, (a) => {
    const power = Math.exp((r + x) * Math.log((alpha + T) / (alpha + T + t)));
    return ((a + b + x - 1) / (a - 1)) * (1 - power * hypergeometric2F1(r + x, b + x, a + b + x - 1, z));
  });
}

/** E[X(t)]: expected repeat purchases in (0, t] of a new customer — one with x = 0 and T = 0, certainly active. */
export function expectedRepeatPurchases(parameters: BgNbdParameters, t: number): number {
  return expectedPurchasesIfActive(parameters, { frequency: 0, recency: 0, T: 0 }, t);
}

/** E[Y(t) | x, tₓ, T]: expected purchases in the next t of a customer with this history. */
export function expectedPurchasesAfter(parameters: BgNbdParameters, history: RepeatHistory, t: number): number {
  return probabilityAlive(parameters, history) * expectedPurchasesIfActive(parameters, history, t);
}

/**
 * The customer's own rhythm: 1/E[λ | x, T, active] = (α + T)/(r + x), the mean time between
 * purchases of an active customer with this history (λ's posterior is Gamma(r + x, α + T)).
 */
export function usualGap({ r, alpha }: BgNbdParameters, { frequency: x, T }: RepeatHistory): number {
  return (alpha + T) / (r + x);
}

/**
 * P(X(t) = x) for x = 0 … maxCount − 1, and the rest (x ≥ maxCount) as the last entry:
 * the distribution of repeat purchases of a customer observed for t.
 */
export function repeatPurchaseDistribution({ r, alpha, a, b }: BgNbdParameters, t: number, maxCount: number): number[] {
  if (!(t > 0)) return Array.from({ length: maxCount + 1 }, (_, x) => (x === 0 ? 1 : 0));
  const logBetaAB = logBeta(a, b);
  const logNoPurchaseYet = r * Math.log(alpha / (alpha + t));
  const logShare = Math.log(t / (alpha + t));
  const probabilities: number[] = [];
  // Σⱼ<ₓ Γ(r + j)/(Γ(r) j!) (t/(α + t))ʲ, built up term by term.
  let partialSum = 0;
  let logTerm = 0;
  let total = 0;
  for (let x = 0; x < maxCount; x += 1) {
    if (x > 0) logTerm += Math.log(r + x - 1) - Math.log(x);
    const negativeBinomial = Math.exp(logNoPurchaseYet + logTerm + x * logShare);
    let probability = Math.exp(logBeta(a, b + x) - logBetaAB) * negativeBinomial;
    if (x > 0) probability += Math.exp(logBeta(a + 1, b + x - 1) - logBetaAB) * Math.max(0, 1 - Math.exp(logNoPurchaseYet) * partialSum);
    partialSum += Math.exp(logTerm + x * logShare);
    const bounded = Math.min(Math.max(probability, 0), 1 - total);
    probabilities.push(bounded);
    total += bounded;
  }
  probabilities.push(Math.max(0, 1 - total));
  return probabilities;
}
