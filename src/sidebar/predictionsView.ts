/**
 * The insights panel's predictions: what the models learnt and from how many customers, each
 * figure explained in one line, the totals, what kept the predictions back, and their settings
 * (purchase horizon, value horizon, discount rate).
 */
import { formatMessage, viewNumber } from './viewFormat';
import type { Language } from '../core/i18n/languages';
import type { Messages } from '../core/i18n/messages';
import type { SheetHistoryProblem } from '../core/predict/customerSheetHistories';
import { missingColumnsText, predictionProblemText } from '../core/predict/problemText';
import type { CurrencyValues, PredictionSummary, WinBackPrediction } from '../core/predict/sheetPredictions';
import { button, h, isolatedValue } from './dom';
import { server } from './serverApi';
import { act, showStatus } from './status';

function cellProblemText(t: Messages, problem: SheetHistoryProblem): string {
  const reason =
    problem.reason === 'lastBeforeFirst' ? t.predictLastBeforeFirst
    : problem.reason === 'afterToday' ? t.predictAfterToday
    : problem.reason === 'oneTwoDates' ? t.predictOneTwoDates
    : problem.reason === 'notDate' ? formatMessage(t.reasonNotDate, { value: problem.value })
    : problem.reason === 'ambiguousDate' ? formatMessage(t.problemAmbiguousDate, { value: problem.value })
    : formatMessage(t.reasonNotNumber, { value: problem.value });
  return `${problem.column}${problem.row} (${problem.header}): ${reason}`;
}

const money = (value: number | null, currency = '') => (value === null || !Number.isFinite(value) ? '—' : `${viewNumber(value)}${currency ? ` ${currency}` : ''}`);

/** A money total in each currency the spend is in, side by side, never added together; "—" without a spend model. */
function moneyTotals(summary: PredictionSummary, value: (values: CurrencyValues) => number): string {
  return summary.values.length === 0 ? '—' : summary.values.map((values) => money(value(values), values.currency)).join(' · ');
}

/** The win-back line of a customer with a prediction; empty without one. */
export function winBackPredictionText(t: Messages, customer: Partial<WinBackPrediction>): string {
  if (customer.probabilityActive === undefined) return '';
  return formatMessage(t.predictWinBackLine, { percent: viewNumber(customer.probabilityActive * 100), value: money(customer.valueAtRisk ?? null, customer.currency), days: customer.usualGapDays ?? '' });
}

export function predictionsSection(t: Messages, summary: PredictionSummary, language: Language): HTMLElement {
  const heading = h('h2', {}, t.predictHeading);
  if (summary.missing.length > 0) {
    return h('section', { 'data-testid': 'insight-predictions' }, heading, h('p', { class: 'muted' }, missingColumnsText(t, language, summary.missing)));
  }
  const lines: HTMLElement[] = [h('p', {}, formatMessage(t.predictFitted, { customers: summary.customers, repeat: summary.repeatCustomers }))];
  if (summary.fitted) {
    lines.push(
      h('ul', { 'data-testid': 'insight-prediction-totals' },
        h('li', {}, formatMessage(t.predictMeanAlive, { percent: viewNumber((summary.meanProbabilityActive ?? 0) * 100) })),
        h('li', {}, formatMessage(t.predictTotalPurchases, { days: summary.horizonDays, count: viewNumber(summary.expectedPurchases, 1) })),
        h('li', {}, formatMessage(t.predictTotalValue, { months: summary.months, value: moneyTotals(summary, (v) => v.lifetimeValue) })),
        h('li', { 'data-testid': 'insight-value-at-risk' }, formatMessage(t.predictTotalAtRisk, { value: moneyTotals(summary, (v) => v.valueAtRisk) }))),
      h('ul', { class: 'muted', 'data-testid': 'insight-prediction-explained' },
        h('li', {}, t.predictAliveLine),
        h('li', {}, formatMessage(t.predictPurchasesLine, { days: summary.horizonDays })),
        h('li', {}, t.predictSpendLine),
        h('li', {}, formatMessage(t.predictValueLine, { months: summary.months, rate: summary.discountRatePercent }))),
    );
  }
  const problems = [...summary.problems.map((problem) => predictionProblemText(t, problem)), ...summary.cellProblems.map((problem) => cellProblemText(t, problem))];
  return h('section', { 'data-testid': 'insight-predictions' }, heading, ...lines, h('ul', {}, ...problems.map((text) => h('li', { class: 'problem' }, isolatedValue(text)))), summary.fitted ? updateColumnsAction(t) : null);
}

/** Update predictions: the figures written per customer in the customer sheet's prediction columns. */
function updateColumnsAction(t: Messages): HTMLElement {
  const update = button(t.predictColumnsMenu, 'update-predictions');
  update.addEventListener('click', () =>
    void act(update, async () => {
      const result = await server.updatePredictions();
      showStatus(result.message, !result.written);
    }),
  );
  return h('div', {}, h('p', { class: 'muted' }, t.predictColumnsHint), h('div', { class: 'actions' }, update));
}

export function predictionSettingsForm(t: Messages, summary: PredictionSummary, reload: () => void): HTMLElement {
  const input = (id: string, value: number, max: number) => h('input', { id, 'data-testid': id, type: 'number', min: id.endsWith('discount') ? '0' : '1', max: String(max), value: String(value) }) as HTMLInputElement;
  const horizon = input('predict-horizon-days', summary.horizonDays, 3650);
  const months = input('predict-value-months', summary.months, 120);
  const discount = input('predict-discount', summary.discountRatePercent, 100);
  const save = button(t.settingsSave, 'predict-save');
  save.addEventListener('click', () => {
    const form = { predictionHorizonDays: Number(horizon.value), lifetimeValueMonths: Number(months.value), discountRatePercent: Number(discount.value) };
    const valid = Number.isInteger(form.predictionHorizonDays) && form.predictionHorizonDays >= 1 && form.predictionHorizonDays <= 3650
      && Number.isInteger(form.lifetimeValueMonths) && form.lifetimeValueMonths >= 1 && form.lifetimeValueMonths <= 120
      && Number.isFinite(form.discountRatePercent) && form.discountRatePercent >= 0 && form.discountRatePercent <= 100;
    if (!valid) {
      showStatus(t.predictInvalidSettings, true);
      return;
    }
    void act(save, async () => {
      await server.saveInsightSettings(form);
      reload();
      showStatus(t.settingsSaved);
    });
  });
  return h('section', {},
    h('h2', {}, t.predictSettings),
    h('label', { for: 'predict-horizon-days' }, t.predictHorizonDays), horizon,
    h('label', { for: 'predict-value-months' }, t.predictValueMonths), months,
    h('label', { for: 'predict-discount' }, t.predictDiscount), discount,
    save);
}
