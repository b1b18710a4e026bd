/**
 * Churn risk and lifetime value for every customer with a purchase history: fits the BG/NBD
 * and Gamma–Gamma models on the histories, checks the fit, and predicts per customer. The one
 * entry point for every caller — the CLI (from a purchases file), the insights panel (from the
 * customer sheet's count, first and last purchase and total), a Purchases sheet or the customer
 * card later — each of which only has to build CustomerSummary values. Time is in days.
 */
import { expectedPurchasesAfter, fitBgNbd, probabilityAlive, usualGap, type BgNbdFit, type BgNbdParameters, type RepeatHistory } from './bgnbd';
import { frequencyFit, frequencySpendCorrelation, type FrequencyFit } from './fitQuality';
import { expectedAverageSpend, fitGammaGamma, fitsSpend, type GammaGammaFit, type GammaGammaParameters } from './gammaGamma';
import { DAYS_PER_MONTH, discountedPurchasesIfActive, type ValueHorizon } from './lifetimeValue';

/**
 * Fewer customers who bought again than this and the models are not fitted. The BG/NBD has four
 * parameters and only repeat customers tell the buying rate from the drop-out. On data simulated
 * from the CDNOW parameters (`npm run bench -- predict` prints the table), fits with about 20
 * repeat customers put every customer's P(active) within 0.1 of the truth on average in 20 fits
 * of 20 and the base's 90-day purchases within 25 % in 15; with about 9 repeat customers, 17 and
 * 9 of 20: below 20 the fitted a and b wander.
 */
export const MIN_REPEAT_CUSTOMERS = 20;

/** The Gamma–Gamma assumes spend does not depend on frequency; a correlation beyond this is reported. */
export const SPEND_CORRELATION_LIMIT = 0.3;

export interface CustomerSummary extends RepeatHistory {
  customer: string;
  /** The purchases a mean value is known for and their mean (the repeat transactions', or every purchase's when only a total is known); null when no value is known. */
  spend: { count: number; mean: number } | null;
  /** The currency the spend is in, when the sheet says ('' or absent: the one currency of every summary without one). */
  currency?: string;
}

export interface PredictionSettings extends ValueHorizon {
  /** Days ahead for the expected number of purchases (90 by default). */
  purchaseHorizonDays: number;
}

/** 90 days ahead; value over 12 months of 30 days at 10 % a year. */
export const DEFAULT_PREDICTION_SETTINGS: PredictionSettings = { purchaseHorizonDays: 90, horizonDays: 12 * DAYS_PER_MONTH, annualDiscountRate: 0.1 };

export interface CustomerPrediction {
  customer: string;
  frequency: number;
  recency: number;
  T: number;
  /** The currency of the money figures, '' when the summaries name none. */
  currency: string;
  probabilityActive: number;
  expectedPurchases: number;
  /** null when the spend model could not be fitted (see the problems). */
  expectedAverageSpend: number | null;
  lifetimeValue: number | null;
  /** (1 − P(active)) × the value if still active: what is lost if she has gone. */
  valueAtRisk: number | null;
  /** Days between purchases for an active customer of this rhythm. */
  usualGapDays: number;
}

/** A spend problem names its currency when the customers' spend is in several (each has its own spend model). */
type InCurrency = { currency?: string };

export type PredictionProblem =
  | { kind: 'tooFewRepeatCustomers'; repeatCustomers: number; minimum: number }
  | { kind: 'notConverged' }
  | ({ kind: 'spendNotConverged' } & InCurrency)
  | { kind: 'modelDoesNotFit'; pValue: number }
  | ({ kind: 'spendNotFitted'; valuedCustomers: number; minimum: number } & InCurrency)
  | ({ kind: 'spendMeanInfinite'; q: number } & InCurrency)
  | ({ kind: 'spendDependsOnFrequency'; correlation: number } & InCurrency);

/** The spend model of the customers whose spend is in one currency. */
export interface CurrencySpend {
  currency: string;
  spend: GammaGammaFit | null;
  /** Pearson's correlation of x and m̄ over the customers the spend model used. */
  correlation: number;
}

export interface PredictionModel {
  bgnbd: BgNbdFit;
  frequencyFit: FrequencyFit;
  /** The spend model of the currency most customers spend in (the only one when no currency is named). */
  spend: GammaGammaFit | null;
  spendCorrelation: number;
  /**
   * One spend model per currency, most customers first: amounts in different currencies are never
   * fitted or added together (the buying model, which counts purchases, is one for everyone).
   */
  spends: CurrencySpend[];
}

export interface Predictions {
  customers: number;
  repeatCustomers: number;
  /** null when there were too few repeat customers to fit. */
  model: PredictionModel | null;
  /** One per customer, in input order; empty when the model was not fitted. */
  predictions: CustomerPrediction[];
  problems: PredictionProblem[];
}

const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);

function spendHistory(summary: CustomerSummary): { frequency: number; monetary: number } {
  return summary.spend ? { frequency: summary.spend.count, monetary: summary.spend.mean } : { frequency: 0, monetary: 0 };
}

function fitSpend(summaries: readonly CustomerSummary[], problems: PredictionProblem[], named: InCurrency): { spend: GammaGammaFit | null; correlation: number } {
  const valued = summaries.filter((summary) => summary.frequency >= 1).map(spendHistory).filter(fitsSpend);
  if (valued.length < MIN_REPEAT_CUSTOMERS) {
    problems.push({ kind: 'spendNotFitted', valuedCustomers: valued.length, minimum: MIN_REPEAT_CUSTOMERS, ...named });
    return { spend: null, correlation: 0 };
  }
  const spend = fitGammaGamma(valued);
  if (!spend.converged) problems.push({ kind: 'spendNotConverged', ...named });
  if (!(spend.parameters.q > 1)) problems.push({ kind: 'spendMeanInfinite', q: spend.parameters.q, ...named });
  const correlation = frequencySpendCorrelation(valued);
  if (Math.abs(correlation) > SPEND_CORRELATION_LIMIT) problems.push({ kind: 'spendDependsOnFrequency', correlation, ...named });
  return { spend, correlation };
}

/** The summaries by the currency of their spend, most customers first (ties in code-unit order, so the order is the same everywhere). */
function byCurrency(summaries: readonly CustomerSummary[]): [string, CustomerSummary[]][] {
  const groups = new Map<string, CustomerSummary[]>();
  for (const summary of summaries) {
    const currency = summary.currency ?? '';
    const group = groups.get(currency);
    if (group) group.push(summary);
    else groups.set(currency, [summary]);
  }
  return [...groups].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** A spend model per currency; problems name the currency only when there are several. */
function fitSpends(summaries: readonly CustomerSummary[], problems: PredictionProblem[]): CurrencySpend[] {
  const groups = byCurrency(summaries);
  return groups.map(([currency, group]) => ({ currency, ...fitSpend(group, problems, groups.length > 1 ? { currency } : {}) }));
}

/** One customer's predictions from fitted models (the spend model of her currency, null when there is none). */
export function predictCustomer(summary: CustomerSummary, parameters: BgNbdParameters, spend: GammaGammaParameters | null, settings: PredictionSettings): CustomerPrediction {
  const alive = finiteOr(probabilityAlive(parameters, summary), 0);
  const averageSpend = spend ? expectedAverageSpend(spend, spendHistory(summary)) : null;
  const valueIfActive = averageSpend === null ? null : finiteOr(discountedPurchasesIfActive(parameters, summary, settings) * averageSpend, 0);
  return {
    customer: summary.customer,
    frequency: summary.frequency,
    recency: summary.recency,
    T: summary.T,
    currency: summary.currency ?? '',
    probabilityActive: alive,
    expectedPurchases: finiteOr(expectedPurchasesAfter(parameters, summary, settings.purchaseHorizonDays), 0),
    expectedAverageSpend: averageSpend === null ? null : finiteOr(averageSpend, 0),
    lifetimeValue: valueIfActive === null ? null : alive * valueIfActive,
    valueAtRisk: valueIfActive === null ? null : (1 - alive) * valueIfActive,
    usualGapDays: finiteOr(usualGap(parameters, summary), 0),
  };
}

/** Fits both models on the summaries (time in days) and predicts every customer. */
export function predictCustomers(summaries: readonly CustomerSummary[], settings: PredictionSettings = DEFAULT_PREDICTION_SETTINGS): Predictions {
  const repeatCustomers = summaries.filter((summary) => summary.frequency > 0).length;
  const problems: PredictionProblem[] = [];
  if (repeatCustomers < MIN_REPEAT_CUSTOMERS) {
    problems.push({ kind: 'tooFewRepeatCustomers', repeatCustomers, minimum: MIN_REPEAT_CUSTOMERS });
    return { customers: summaries.length, repeatCustomers, model: null, predictions: [], problems };
  }
  const bgnbd = fitBgNbd(summaries);
  if (!bgnbd.converged) problems.push({ kind: 'notConverged' });
  const fit = frequencyFit(bgnbd.parameters, summaries);
  if (!fit.fits && fit.pValue !== null) problems.push({ kind: 'modelDoesNotFit', pValue: fit.pValue });
  const spends = fitSpends(summaries, problems);
  const spendOf = new Map(spends.map(({ currency, spend }) => [currency, spend?.parameters ?? null]));
  const parameters = bgnbd.parameters;
  const predictions = summaries.map((summary) => predictCustomer(summary, parameters, spendOf.get(summary.currency ?? '') ?? null, settings));
  return { customers: summaries.length, repeatCustomers, model: { bgnbd, frequencyFit: fit, spend: spends[0]?.spend ?? null, spendCorrelation: spends[0]?.correlation ?? 0, spends }, predictions, problems };
}

/** The prediction settings a user chose (core/settings.ts), defaults for the rest. */
export function predictionSettings(settings: { predictionHorizonDays?: number; lifetimeValueMonths?: number; discountRatePercent?: number }): PredictionSettings {
  return {
    purchaseHorizonDays: settings.predictionHorizonDays ?? DEFAULT_PREDICTION_SETTINGS.purchaseHorizonDays,
    horizonDays: (settings.lifetimeValueMonths ?? 12) * DAYS_PER_MONTH,
    annualDiscountRate: (settings.discountRatePercent ?? DEFAULT_PREDICTION_SETTINGS.annualDiscountRate * 100) / 100,
  };
}
