/**
 * The customer card's predictions section, from one customer's history and the models fitted on
 * every customer (the card reads one customer, so it does not fit: it takes the fitted
 * parameters): her probability of being active, expected purchases and value, and one line that
 * says why, in the user's language. The section has the shape of the card's other sections
 * (id, title, lines, more); `figures` carries the numbers for a card that formats them itself.
 */
import type { BgNbdParameters } from './bgnbd';
import { predictCustomer, type CustomerSummary, type PredictionSettings } from './customerPredictions';
import type { GammaGammaParameters } from './gammaGamma';
import { formatMessage } from '../i18n/formatMessage';
import type { Messages } from '../i18n/messages';
import { DAYS_PER_MONTH } from './lifetimeValue';
import { ALIVE_BANDS } from './sheetPredictions';

export interface PredictionCardInput {
  /** Her history in days (x, tₓ, T, spend and its currency); null when she has no usable one. */
  history: CustomerSummary | null;
  /** The fitted buying model and the spend model of her currency (null when spend could not be fitted); null when nothing was fitted. */
  model: { bgnbd: BgNbdParameters; spend: GammaGammaParameters | null } | null;
  settings: PredictionSettings;
  text: Messages;
}

export interface PredictionCardSection {
  id: 'predictions';
  title: string;
  lines: { text: string }[];
  more: 0;
  figures: { probabilityActive: number; expectedPurchases: number; lifetimeValue: number | null; currency: string } | null;
}

const [, SLIPPING_BELOW, LIKELY_FROM] = ALIVE_BANDS;

/** The one line: her purchases, her rhythm, how long since the last one, and what that suggests. */
function explanation(text: Messages, history: CustomerSummary, probabilityActive: number, usualGapDays: number): string {
  const since = history.T - history.recency;
  if (history.frequency === 0) return formatMessage(text.predictCardOnce, { since });
  const message = probabilityActive >= LIKELY_FROM ? text.predictCardLikely : probabilityActive >= SLIPPING_BELOW ? text.predictCardSlipping : text.predictCardGone;
  return formatMessage(message, { count: history.frequency + 1, gap: Math.max(1, Math.round(usualGapDays)), since });
}

export function predictionCardSection({ history, model, settings, text }: PredictionCardInput): PredictionCardSection {
  const section = (lines: string[], figures: PredictionCardSection['figures'] = null): PredictionCardSection => ({
    id: 'predictions', title: text.predictHeading, lines: lines.map((line) => ({ text: line })), more: 0, figures,
  });
  if (!history) return section([text.predictCardNoHistory]);
  if (!model) return section([text.predictCardNoModel]);
  const prediction = predictCustomer(history, model.bgnbd, model.spend, settings);
  const months = Math.round(settings.horizonDays / DAYS_PER_MONTH);
  const lines = [
    formatMessage(text.predictCardActive, { percent: Math.round(prediction.probabilityActive * 100) }),
    formatMessage(text.predictCardPurchases, { days: settings.purchaseHorizonDays, count: prediction.expectedPurchases.toFixed(1) }),
  ];
  if (prediction.lifetimeValue !== null) {
    const value = `${Math.round(prediction.lifetimeValue)}${prediction.currency ? ` ${prediction.currency}` : ''}`;
    lines.push(formatMessage(text.predictCardValue, { months, value }));
  }
  lines.push(explanation(text, history, prediction.probabilityActive, prediction.usualGapDays));
  return section(lines, { probabilityActive: prediction.probabilityActive, expectedPurchases: prediction.expectedPurchases, lifetimeValue: prediction.lifetimeValue, currency: prediction.currency });
}
