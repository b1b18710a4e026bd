/**
 * Customer lifetime value over a horizon, as Python lifetimes' `customer_lifetime_value` computes
 * it: the expected purchases of each 30-day month (from the BG/NBD conditional expectation, the
 * difference of its cumulative values at the month's end and start) times the expected value per
 * purchase (Gamma–Gamma), each month discounted to today:
 *
 *   CLV = Σᵢ (E[Y(tᵢ)] − E[Y(tᵢ₋₁)]) · E[M] / (1 + d)^(tᵢ / 30),   tᵢ = min(30 i, horizon)
 *
 * where d is the monthly rate equivalent to the annual discount rate, (1 + annual)^(1/12) − 1.
 */
import { expectedPurchasesIfActive, type BgNbdParameters, type RepeatHistory } from './bgnbd';

export const DAYS_PER_MONTH = 30;

export interface ValueHorizon {
  /** Days ahead the value is counted for. */
  horizonDays: number;
  /** Annual discount rate, 0.1 for 10 %. */
  annualDiscountRate: number;
}

/**
 * Discounted expected purchases over the horizon if the customer is still active; times
 * P(active) and the expected spend it is the lifetime value, times (1 − P(active)) the value at risk.
 */
export function discountedPurchasesIfActive(parameters: BgNbdParameters, history: RepeatHistory, { horizonDays, annualDiscountRate }: ValueHorizon): number {
  const monthlyRate = Math.pow(1 + annualDiscountRate, 1 / 12) - 1;
  let total = 0;
  let previous = 0;
  for (let start = 0; start < horizonDays; start += DAYS_PER_MONTH) {
    const end = Math.min(start + DAYS_PER_MONTH, horizonDays);
    const cumulative = expectedPurchasesIfActive(parameters, history, end);
    total += (cumulative - previous) / Math.pow(1 + monthlyRate, end / DAYS_PER_MONTH);
    previous = cumulative;
  }
  return total;
}
