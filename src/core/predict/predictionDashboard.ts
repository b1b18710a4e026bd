/**
 * The Dashboard sheet's prediction sections: customers by probability of being active (a
 * column chart of the distribution) and the expected value of the next period.
 */
import { chartOptions, type DashboardSection } from '../dashboard/dashboardPlan';
import { formatMessage } from '../i18n/formatMessage';
import type { Messages } from '../i18n/messages';
import { ALIVE_BANDS, type CurrencyValues, type PredictionSummary } from './sheetPredictions';

const percent = (share: number) => Math.round(share * 100);

/** No sections until the models are fitted: an empty distribution would say nothing. */
export function predictionSections(text: Messages, summary: PredictionSummary): DashboardSection[] {
  if (!summary.fitted) return [];
  const bands = ALIVE_BANDS.map((from, i) => `${percent(from)}–${percent(ALIVE_BANDS[i + 1] ?? 1)} %`);
  // One row per currency: amounts in different currencies are never added together.
  const inCurrencies = (label: string, value: (values: CurrencyValues) => number) =>
    summary.values.map((values): (string | number)[] => [values.currency ? `${label} (${values.currency})` : label, Math.round(value(values))]);
  return [
    {
      key: 'predictAlive',
      heading: text.predictDashboardAlive,
      headers: [text.predictDashboardAlive, text.dashboardCustomers],
      rows: bands.map((label, i) => [label, summary.aliveBands[i] ?? 0]),
      chart: { type: 'COLUMN', columns: 2, options: chartOptions(text.predictDashboardAlive, { 'legend.position': 'none' }) },
    },
    {
      key: 'predictValue',
      heading: text.predictDashboardNext,
      headers: [text.dashboardMeasure, text.dashboardValue],
      rows: [
        [formatMessage(text.predictDashboardPurchases, { days: summary.horizonDays }), Math.round(summary.expectedPurchases * 10) / 10],
        ...inCurrencies(formatMessage(text.predictDashboardSpendNext, { days: summary.horizonDays }), (v) => v.expectedValueNext),
        ...inCurrencies(formatMessage(text.predictDashboardLifetime, { months: summary.months }), (v) => v.lifetimeValue),
        ...inCurrencies(text.predictDashboardAtRisk, (v) => v.valueAtRisk),
      ],
    },
  ];
}
