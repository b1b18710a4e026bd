/**
 * Predictions from purchases (a purchases file, later the Purchases sheet): histories up to the
 * calibration end, the models fitted on them, and — when there are purchases after the end —
 * the holdout check: the repeat purchases the model expected in that time against those made.
 */
import { expectedPurchasesAfter } from './bgnbd';
import { predictCustomers, type CustomerSummary, type PredictionSettings, type Predictions } from './customerPredictions';
import { purchaseHistories, type CustomerHistory, type Purchase } from './purchaseHistories';

export interface Holdout {
  days: number;
  /** Repeat transactions after the calibration end by the customers fitted on. */
  actual: number;
  /** What the model expected of them over those days. */
  predicted: number;
}

export interface PurchasePredictions extends Predictions {
  histories: CustomerHistory[];
  /** Customers whose first purchase is after the calibration end. */
  notYetCustomers: string[];
  sameDayPurchases: number;
  calibrationEnd: number;
  holdout: Holdout | null;
}

export function summaryOfHistory(history: CustomerHistory): CustomerSummary {
  const { customer, frequency, recency, T, monetary, valuedRepeats } = history;
  return { customer, frequency, recency, T, spend: monetary === null ? null : { count: valuedRepeats, mean: monetary } };
}

/** calibrationEnd: the last day fitted on (inclusive), by default the last purchase day. */
export function predictFromPurchases(purchases: readonly Purchase[], settings: PredictionSettings, calibrationEnd?: number): PurchasePredictions {
  const { histories, notYetCustomers, sameDayPurchases, calibrationEnd: end, holdoutDays } = purchaseHistories(purchases, calibrationEnd);
  const predictions = predictCustomers(histories.map(summaryOfHistory), settings);
  const model = predictions.model;
  const holdout =
    model && holdoutDays > 0
      ? {
          days: holdoutDays,
          actual: histories.reduce((sum, h) => sum + h.holdoutTransactions, 0),
          predicted: histories.reduce((sum, h) => sum + expectedPurchasesAfter(model.bgnbd.parameters, h, holdoutDays), 0),
        }
      : null;
  return { ...predictions, histories, notYetCustomers, sameDayPurchases, calibrationEnd: end, holdout };
}
