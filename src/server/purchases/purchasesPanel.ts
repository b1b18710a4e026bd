/** The Purchases panel: set-up of the history sheets, the purchases left without a customer, the currency settings. */
import { formatMessage } from '../../core/i18n/formatMessage';
import { INTERACTIONS, PURCHASES } from '../../core/purchases/historySheets';
import type { ActionContext } from '../actionContext';
import { ensureEditTrigger } from '../audit/editStampingTrigger';
import { ensureHistorySheet } from './historySheet';
import { purchaseSetting } from './purchaseContext';
import { recalculateTotalsStep } from './recalculateTotals';
import { parseAmount } from '../../core/cleaning/amounts';

/**
 * Makes what purchases need: the Purchases and Interactions sheets (in the user's language), the
 * totals columns of the customer sheet, and the edit trigger that keeps them right.
 */
export function setUpHistorySheets(context: ActionContext): string {
  const lock = LockService.getDocumentLock();
  lock.waitLock(30_000);
  try {
    if (!purchaseSetting(context)) return context.text.summaryNoSheet;
    const purchases = ensureHistorySheet(context.spreadsheet, PURCHASES, context.language).sheet;
    ensureHistorySheet(context.spreadsheet, INTERACTIONS, context.language);
    ensureEditTrigger(context.spreadsheet);
    return formatMessage(context.text.purchasesSummary, { purchases: Math.max(0, purchases.getLastRow() - 1), sheet: purchases.getName(), linked: 0 });
  } finally {
    lock.releaseLock();
  }
}

export interface CurrencyForm {
  shopCurrency: string;
  /** One rate a line: "USD 520" (units of the shop's currency per unit of USD). */
  rates: string;
}

/** Saves the shop's currency and the rate table, then recalculates the totals (they depend on both). */
export function saveCurrencySettings(context: ActionContext, form: CurrencyForm): string {
  const shopCurrency = String(form?.shopCurrency ?? '').trim().toUpperCase();
  if (shopCurrency !== '' && !/^[A-Z]{3}$/.test(shopCurrency)) throw new Error(context.text.purchasesCurrencyInvalid);
  const rates: Record<string, number> = {};
  for (const line of String(form?.rates ?? '').split('\n').map((l) => l.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]{3})\s*[:=]?\s*([\d.,\s]+)$/.exec(line);
    const rate = match ? parseAmount(match[2]!) : null;
    if (!match || rate === null || !(rate > 0)) throw new Error(formatMessage(context.text.purchasesRatesInvalid, { line }));
    rates[match[1]!.toUpperCase()] = rate;
  }
  const settings = { ...context.settings };
  if (shopCurrency === '') delete settings.shopCurrency;
  else settings.shopCurrency = shopCurrency;
  if (Object.keys(rates).length === 0) delete settings.currencyRates;
  else settings.currencyRates = rates;
  context.store.saveSettings(settings);
  recalculateTotalsStep({ ...context, settings });
  return context.text.purchasesSettingsSaved;
}
