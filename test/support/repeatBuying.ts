/**
 * Customers simulated from known BG/NBD and Gamma–Gamma parameters, seeded: the truth that
 * parameter-recovery tests and the benchmarks fit back. Time in days.
 */
import type { BgNbdParameters } from '../../src/core/predict/bgnbd';
import type { CustomerSummary } from '../../src/core/predict/customerPredictions';
import type { GammaGammaParameters } from '../../src/core/predict/gammaGamma';
import { seededRandom } from '../../src/core/seededRandom';

/** A Gamma(shape, rate) draw: Marsaglia & Tsang (2000), with the shape + 1 boost below 1. */
function gammaDraw(random: () => number, shape: number, rate: number): number {
  if (shape < 1) return gammaDraw(random, shape + 1, rate) * Math.pow(random() || Number.MIN_VALUE, 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      // Box–Muller normal.
      x = Math.sqrt(-2 * Math.log(random() || Number.MIN_VALUE)) * Math.cos(2 * Math.PI * random());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random() || Number.MIN_VALUE;
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

function betaDraw(random: () => number, a: number, b: number): number {
  const x = gammaDraw(random, a, 1);
  return x / (x + gammaDraw(random, b, 1));
}

export interface SimulatedCustomer extends CustomerSummary {
  /** Purchase days after the first (day 0 is the first), calibration and beyond, up to `until`. */
  repeatDays: number[];
}

export interface SimulationOptions {
  customers: number;
  seed: number;
  /** Customers join uniformly over the first `joinDays`; calibration ends at `calibrationDays`. */
  joinDays: number;
  calibrationDays: number;
  /** Purchases are simulated to this day (≥ calibrationDays) for holdout checks. */
  untilDay?: number;
  spend?: GammaGammaParameters;
}

/**
 * Each customer: λ ~ Gamma(r, α), p ~ Beta(a, b); purchases at exponential gaps of rate λ, and
 * after each repeat purchase she leaves with
 * probability p (the first cannot be her last: the model's x = 0 customers are all active). Spend: ν ~ Gamma(q, γ), each repeat purchase's
 * value ~ Gamma(p, ν).
 */
export function simulateCustomers(model: BgNbdParameters, options: SimulationOptions): SimulatedCustomer[] {
  const random = seededRandom(options.seed);
  const until = options.untilDay ?? options.calibrationDays;
  const customers: SimulatedCustomer[] = [];
  for (let i = 0; i < options.customers; i += 1) {
    const joined = Math.floor(random() * options.joinDays);
    const T = options.calibrationDays - joined;
    const lambda = gammaDraw(random, model.r, model.alpha);
    const dropout = betaDraw(random, model.a, model.b);
    const repeatDays: number[] = [];
    let time = 0;
    for (;;) {
      time += -Math.log(random() || Number.MIN_VALUE) / lambda;
      if (time > until - joined) break;
      repeatDays.push(time);
      if (random() < dropout) break;
    }
    const inCalibration = repeatDays.filter((day) => day <= T);
    const frequency = inCalibration.length;
    let spend: CustomerSummary['spend'] = null;
    if (options.spend && frequency > 0) {
      const nu = gammaDraw(random, options.spend.q, options.spend.gamma);
      let sum = 0;
      for (let k = 0; k < frequency; k += 1) sum += gammaDraw(random, options.spend.p, nu);
      spend = { count: frequency, mean: sum / frequency };
    }
    customers.push({ customer: `S${i + 1}`, frequency, recency: frequency > 0 ? (inCalibration[frequency - 1] as number) : 0, T, spend, repeatDays });
  }
  return customers;
}
