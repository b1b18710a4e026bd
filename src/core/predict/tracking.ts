/**
 * The papers' tracking plot: cumulative repeat purchases of a cohort, actual against what the
 * BG/NBD expects, period by period through calibration and holdout. A customer who first bought
 * on day s is expected to have made E[X(t − s)] repeat purchases by day t (E[X] of a new customer).
 */
import { expectedRepeatPurchases, type BgNbdParameters } from './bgnbd';

export interface TrackingPoint {
  /** The period's number, 1 for the first. */
  period: number;
  /** Its last day. */
  endDay: number;
  actual: number;
  expected: number;
}

export interface CohortCustomer {
  firstDay: number;
  /** Days of the repeat transactions (one a day at most), in any order. */
  repeatDays: readonly number[];
}

/** Cumulative actual and expected repeat purchases at the end of each period of periodDays from startDay. */
export function repeatPurchaseTracking(parameters: BgNbdParameters, cohort: readonly CohortCustomer[], startDay: number, periodDays: number, periods: number): TrackingPoint[] {
  const firstDays = new Map<number, number>();
  for (const { firstDay } of cohort) firstDays.set(firstDay, (firstDays.get(firstDay) ?? 0) + 1);
  const perPeriod = new Array<number>(periods).fill(0);
  for (const { repeatDays } of cohort) {
    for (const day of repeatDays) {
      const period = Math.floor((day - startDay) / periodDays);
      if (period >= 0 && period < periods) perPeriod[period] = (perPeriod[period] as number) + 1;
    }
  }
  const points: TrackingPoint[] = [];
  let actual = 0;
  for (let period = 1; period <= periods; period += 1) {
    const endDay = startDay + period * periodDays - 1;
    actual += perPeriod[period - 1] as number;
    let expected = 0;
    for (const [firstDay, count] of firstDays) expected += count * expectedRepeatPurchases(parameters, endDay - firstDay);
    points.push({ period, endDay, actual, expected });
  }
  return points;
}
