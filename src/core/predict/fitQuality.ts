/**
 * How well the fitted BG/NBD describes the data it was fitted on: the histogram of repeat
 * purchases in calibration against the model's (the papers' first check), with Pearson's
 * chi-square test, and for the spend model the correlation the Gamma–Gamma assumes away.
 */
import { repeatPurchaseDistribution, type BgNbdParameters, type RepeatHistory } from './bgnbd';
import { upperRegularizedGamma } from './specialFunctions';

export interface FrequencyBin {
  /** Repeat purchases: exactly `from`, or `from` and more in the last bin. */
  from: number;
  orMore: boolean;
  observed: number;
  expected: number;
}

export interface FrequencyFit {
  bins: FrequencyBin[];
  chiSquare: number;
  degreesOfFreedom: number;
  /** null when pooling left too few bins for a test (degrees of freedom below 1). */
  pValue: number | null;
  /** False when the test rejects the model at the 1 % level. */
  fits: boolean;
}

/** The histogram's bins: 0, 1, … 6 and 7 or more, as the papers plot it. */
const BINS = 8;
/** Pearson's test needs about 5 expected per bin: bins are pooled from the top until each has it. */
const MIN_EXPECTED = 5;
const BG_NBD_PARAMETERS = 4;
export const FIT_SIGNIFICANCE = 0.01;

export function frequencyFit(parameters: BgNbdParameters, histories: readonly RepeatHistory[]): FrequencyFit {
  const byAge = new Map<number, number>();
  for (const { T } of histories) byAge.set(T, (byAge.get(T) ?? 0) + 1);
  const expected = new Array<number>(BINS).fill(0);
  for (const [T, count] of byAge) {
    const distribution = repeatPurchaseDistribution(parameters, T, BINS - 1);
    distribution.forEach((probability, x) => (expected[x] = (expected[x] as number) + count * probability));
  }
  const observed = new Array<number>(BINS).fill(0);
  for (const { frequency } of histories) observed[Math.min(frequency, BINS - 1)] = (observed[Math.min(frequency, BINS - 1)] as number) + 1;
  const bins: FrequencyBin[] = expected.map((value, x) => ({ from: x, orMore: x === BINS - 1, observed: observed[x] as number, expected: value }));
  while (bins.length > 1 && (bins[bins.length - 1] as FrequencyBin).expected < MIN_EXPECTED) {
    const last = bins.pop() as FrequencyBin;
    const into = bins[bins.length - 1] as FrequencyBin;
    into.observed += last.observed;
    into.expected += last.expected;
    into.orMore = true;
  }
  const chiSquare = bins.reduce((sum, bin) => (bin.expected > 0 ? sum + (bin.observed - bin.expected) ** 2 / bin.expected : sum), 0);
  const degreesOfFreedom = bins.length - 1 - BG_NBD_PARAMETERS;
  const pValue = degreesOfFreedom >= 1 ? upperRegularizedGamma(degreesOfFreedom / 2, chiSquare / 2) : null;
  return { bins, chiSquare, degreesOfFreedom, pValue, fits: pValue === null || pValue >= FIT_SIGNIFICANCE };
}

/** Pearson's correlation of x and m̄ over the repeat customers; 0 when either does not vary. */
export function frequencySpendCorrelation(histories: readonly { frequency: number; monetary: number }[]): number {
  const n = histories.length;
  if (n < 2) return 0;
  const meanX = histories.reduce((sum, h) => sum + h.frequency, 0) / n;
  const meanM = histories.reduce((sum, h) => sum + h.monetary, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const { frequency, monetary } of histories) {
    sxy += (frequency - meanX) * (monetary - meanM);
    sxx += (frequency - meanX) ** 2;
    syy += (monetary - meanM) ** 2;
  }
  // Clamped: rounding can put a perfect correlation a hair beyond ±1.
  return sxx > 0 && syy > 0 ? Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))) : 0;
}
