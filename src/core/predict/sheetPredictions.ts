/**
 * Predictions for the customer sheet, for the insights panel, the win-back list and the
 * dashboard: the models fitted on the sheet's histories (customerSheetHistories.ts), the totals
 * the panel and dashboard show, and each row's prediction by its index in the values.
 */
import type { Settings } from '../settings';
import type { BgNbdParameters } from './bgnbd';
import { predictCustomers, predictionSettings, type CustomerPrediction, type PredictionModel, type PredictionProblem } from './customerPredictions';
import { sheetHistories, type SheetHistoryColumn, type SheetHistoryInput, type SheetHistoryProblem } from './customerSheetHistories';
import { DAYS_PER_MONTH } from './lifetimeValue';

/** Probability-active bands the panel and dashboard count customers in: below 20 %, 20–50 %, 50–80 %, 80 % and above. */
export const ALIVE_BANDS = [0, 0.2, 0.5, 0.8] as const;

export interface PredictionSummary {
  /** Columns the sheet lacks for predictions; none of the figures below are meaningful when any is missing. */
  missing: SheetHistoryColumn[];
  /** Customers with a usable history. */
  customers: number;
  repeatCustomers: number;
  /** Whether the models were fitted (enough repeat customers). */
  fitted: boolean;
  /** The fitted BG/NBD parameters, α in days; null when not fitted. */
  parameters: BgNbdParameters | null;
  meanProbabilityActive: number | null;
  /** Σ expected purchases over the purchase horizon. */
  expectedPurchases: number;
  /** The money totals, one per currency that has a spend model, most customers first: currencies are never added together. */
  values: CurrencyValues[];
  /** Customers per ALIVE_BANDS band. */
  aliveBands: number[];
  problems: PredictionProblem[];
  cellProblems: SheetHistoryProblem[];
  horizonDays: number;
  months: number;
  discountRatePercent: number;
}

/** The money totals of the customers whose spend is in one currency ('' when the sheet names none). */
export interface CurrencyValues {
  currency: string;
  /** Σ expected purchases × expected average spend over the purchase horizon. */
  expectedValueNext: number;
  /** Σ lifetime value over the value horizon, and Σ value at risk. */
  lifetimeValue: number;
  valueAtRisk: number;
}

function currencyValues(predictions: readonly CustomerPrediction[], currencies: readonly string[]): CurrencyValues[] {
  const totals = new Map(currencies.map((currency): [string, CurrencyValues] => [currency, { currency, expectedValueNext: 0, lifetimeValue: 0, valueAtRisk: 0 }]));
  for (const p of predictions) {
    const total = totals.get(p.currency);
    if (!total || p.expectedAverageSpend === null || p.lifetimeValue === null || p.valueAtRisk === null) continue;
    total.expectedValueNext += p.expectedPurchases * p.expectedAverageSpend;
    total.lifetimeValue += p.lifetimeValue;
    total.valueAtRisk += p.valueAtRisk;
  }
  return [...totals.values()];
}

export interface SheetPredictions {
  summary: PredictionSummary;
  /** The fitted models, null when there were too few repeat customers. */
  model: PredictionModel | null;
  /** Each predicted row's prediction by its index in the values (0 is the header). */
  byIndex: Map<number, CustomerPrediction>;
}

export function sheetPredictions(input: SheetHistoryInput, settings: Settings): SheetPredictions {
  const histories = sheetHistories(input);
  const chosen = predictionSettings(settings);
  const result = predictCustomers(histories.summaries, chosen);
  const byIndex = new Map<number, CustomerPrediction>();
  result.predictions.forEach((prediction, i) => byIndex.set(histories.indexes[i] as number, prediction));
  const predictions = result.predictions;
  const aliveBands = ALIVE_BANDS.map(() => 0);
  for (const { probabilityActive } of predictions) {
    let band = ALIVE_BANDS.length - 1;
    while (band > 0 && probabilityActive < (ALIVE_BANDS[band] as number)) band -= 1;
    aliveBands[band] = (aliveBands[band] as number) + 1;
  }
  const fitted = result.model !== null;
  return {
    byIndex,
    model: result.model,
    summary: {
      missing: histories.missing,
      customers: result.customers,
      repeatCustomers: result.repeatCustomers,
      fitted,
      parameters: result.model?.bgnbd.parameters ?? null,
      meanProbabilityActive: predictions.length > 0 ? predictions.reduce((sum, p) => sum + p.probabilityActive, 0) / predictions.length : null,
      expectedPurchases: predictions.reduce((sum, p) => sum + p.expectedPurchases, 0),
      values: currencyValues(predictions, (result.model?.spends ?? []).filter(({ spend }) => spend !== null).map(({ currency }) => currency)),
      aliveBands,
      problems: histories.missing.length > 0 ? [] : result.problems,
      cellProblems: histories.problems,
      horizonDays: chosen.purchaseHorizonDays,
      months: Math.round(chosen.horizonDays / DAYS_PER_MONTH),
      discountRatePercent: chosen.annualDiscountRate * 100,
    },
  };
}

export interface WinBackPrediction {
  probabilityActive: number;
  valueAtRisk: number | null;
  /** The value at risk's currency, '' when the sheet names none. */
  currency: string;
  /** Days within which a customer of this rhythm would normally have come back. */
  usualGapDays: number;
}

/** Each currency's mean value if still active (lifetime value + value at risk): the yardstick that makes values in different currencies comparable. */
function meanValueByCurrency(predictions: Iterable<CustomerPrediction>): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const p of predictions) {
    if (p.lifetimeValue === null || p.valueAtRisk === null) continue;
    const entry = sums.get(p.currency) ?? { sum: 0, count: 0 };
    entry.sum += p.lifetimeValue + p.valueAtRisk;
    entry.count += 1;
    sums.set(p.currency, entry);
  }
  return new Map([...sums].map(([currency, { sum, count }]) => [currency, sum / count]));
}

/**
 * The win-back list ordered by expected value lost — the value at risk, (1 − P(active)) times
 * the value if still active — highest first, each with the chance she is still active and the
 * days a customer of her rhythm would normally have come back in. Customers without a
 * prediction keep their order after those with one. When the sheet's totals are in several
 * currencies, each value at risk counts as a share of its currency's mean value (with one
 * currency that is the same order), since a tenge and a toman cannot be compared.
 */
export function rankWinBack<T extends { row: number }>(winBack: readonly T[], byIndex: ReadonlyMap<number, CustomerPrediction>): (T & Partial<WinBackPrediction>)[] {
  const yardstick = meanValueByCurrency(byIndex.values());
  const ranked = winBack.map((customer, order) => {
    const prediction = byIndex.get(customer.row - 1);
    const extra: Partial<WinBackPrediction> = prediction
      ? { probabilityActive: prediction.probabilityActive, valueAtRisk: prediction.valueAtRisk, currency: prediction.currency, usualGapDays: Math.round(prediction.usualGapDays) }
      : {};
    const mean = prediction ? yardstick.get(prediction.currency) : undefined;
    const risk = !prediction ? -Infinity : prediction.valueAtRisk === null || !mean ? 0 : prediction.valueAtRisk / mean;
    return { customer: { ...customer, ...extra }, order, risk };
  });
  ranked.sort((x, y) => y.risk - x.risk || x.order - y.order);
  return ranked.map(({ customer }) => customer);
}
