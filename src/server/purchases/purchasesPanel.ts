/** The Purchases panel: set-up of the history sheets, the purchases left without a customer, the currency settings. */
import { withDocumentLock } from '../documentLock';
import { formatMessage } from '../../core/i18n/formatMessage';
import { INTERACTIONS, PURCHASES } from '../../core/purchases/historySheets';
import type { ActionContext } from '../actionContext';
import { ensureEditTrigger } from '../audit/editStampingTrigger';
import { ensureHistorySheet, findHistorySheet } from './historySheet';
import { actionContext } from '../actionContext';
import { captureSubmissions } from '../capture/capture';
import { parseCustomerText } from '../../core/purchases/customerLinking';
import { processPurchaseRows } from './purchaseEdit';
import { purchaseSetting } from './purchaseContext';
import { recalculateTotalsStep } from './recalculateTotals';
import { parseAmount } from '../../core/cleaning/amounts';
import { loadOrderForm } from './orderForm';

/**
 * Makes what purchases need: the Purchases and Interactions sheets (in the user's language), the
 * totals columns of the customer sheet, and the edit trigger that keeps them right.
 */
export function setUpHistorySheets(context: ActionContext): string {
  return withDocumentLock(30_000, () => {
    if (!purchaseSetting(context)) return context.text.summaryNoSheet;
    const purchases = ensureHistorySheet(context.spreadsheet, PURCHASES, context.language).sheet;
    ensureHistorySheet(context.spreadsheet, INTERACTIONS, context.language);
    ensureEditTrigger(context.spreadsheet);
    return formatMessage(context.text.purchasesSummary, { purchases: Math.max(0, purchases.getLastRow() - 1), sheet: purchases.getName(), linked: 0 });
  });
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
    // The rate in any script's digits and separators (USD ۶۰٬۰۰۰, as a Persian keyboard types it): the amount reader reads them all.
    const match = /^([A-Za-z]{3})\s*[:=]?\s*([\p{Nd}.,\s\u066B\u066C\u2019']+)$/u.exec(line);
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
  // Totals already kept depend on both settings; a sheet not counted yet is left as it is.
  if (purchaseSetting(context, false)?.totalsColumns.purchaseCount !== undefined) recalculateTotalsStep({ ...context, settings }, undefined, true, true);
  return context.text.purchasesSettingsSaved;
}

const UNLINKED_LIMIT = 50;

export interface PurchasesPanel {
  sheet: string | null;
  purchases: number;
  linked: number;
  /** Rows with a customer typed but no customer ID, first ones. */
  unlinked: { row: number; customer: string }[];
  unlinkedCount: number;
  shopCurrency: string;
  rates: string;
  /** The Orders and visits form, once made: its link to share. */
  orderForm: { publishedUrl: string } | null;
}

/** Reads the Customer and Customer ID columns only, however long the sheet. */
export function purchasesPanel(context: ActionContext): PurchasesPanel {
  const rates = Object.entries(context.settings.currencyRates ?? {}).map(([code, rate]) => `${code} ${rate}`).join('\n');
  const orderForm = loadOrderForm();
  const panel: PurchasesPanel = {
    sheet: null, purchases: 0, linked: 0, unlinked: [], unlinkedCount: 0, shopCurrency: context.settings.shopCurrency ?? '', rates,
    orderForm: orderForm ? { publishedUrl: orderForm.publishedUrl } : null,
  };
  const sheet = findHistorySheet(context.spreadsheet, PURCHASES);
  if (!sheet) return panel;
  panel.sheet = sheet.getName();
  const rows = sheet.getLastRow() - 1;
  const columns = PURCHASES.recognise(sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0]!);
  if (rows < 1 || columns.customer === undefined || columns.customerId === undefined) return panel;
  const customers = sheet.getRange(2, columns.customer + 1, rows, 1).getValues();
  const ids = sheet.getRange(2, columns.customerId + 1, rows, 1).getValues();
  for (let r = 0; r < rows; r++) {
    const customer = String(customers[r]![0] ?? '').trim();
    const id = String(ids[r]![0] ?? '').trim();
    if (customer === '' && id === '') continue;
    panel.purchases += 1;
    if (id !== '') panel.linked += 1;
    else {
      panel.unlinkedCount += 1;
      if (panel.unlinked.length < UNLINKED_LIMIT) panel.unlinked.push({ row: r + 2, customer });
    }
  }
  return panel;
}

/**
 * One click for a purchase whose customer is unknown: the customer it names is captured as a
 * new customer (the capture path: cleaned, checked, given the next ID, logged), and the row is
 * linked to them. A customer capture finds surely already there is linked instead; one it is
 * unsure of waits in Quarantine, as any submission.
 */
export function makeCustomerFromPurchase(context: ActionContext, row: number): string {
  const sheet = findHistorySheet(context.spreadsheet, PURCHASES);
  if (!sheet || row < 2 || row > sheet.getLastRow()) throw new Error(context.text.purchasesNoSheet);
  const width = sheet.getLastColumn();
  const [headers, cells] = [sheet.getRange(1, 1, 1, width).getValues()[0]!, sheet.getRange(row, 1, 1, width).getValues()[0]!];
  const columns = PURCHASES.recognise(headers);
  const parsed = parseCustomerText(String(cells[columns.customer ?? -1] ?? ''));
  const fields = { name: parsed.name, email: parsed.emails[0] ?? '', phone: parsed.phones[0] ?? '' };
  const [outcome] = captureSubmissions(context, [{ submissionId: `purchase:${sheet.getSheetId()}:${row}`, submittedAt: new Date(), source: 'purchase', fields }]);
  if (!outcome || !('customerId' in outcome)) return outcome?.kind === 'quarantined' ? outcome.reason : context.text.purchasesNoSheet;
  const customerId = outcome.customerId;
  withDocumentLock(30_000, () => {
    sheet.getRange(row, columns.customerId! + 1).setValue(customerId);
    processPurchaseRows(actionContext(), sheet, { top: row, height: 1, left: columns.customerId! + 1, right: columns.customerId! + 1 });
  });
  return formatMessage(context.text.purchasesCustomerMade, { row, id: customerId });
}
