/**
 * Predictions on the spreadsheet: from the customer sheet's count, first and last purchase and
 * total (the insights panel, win-back list and dashboard), or from a sheet of purchases (the
 * CLI's purchases file; the Purchases sheet when there is one). Each reads its sheets once and
 * computes in core (core/predict).
 */
import type { CellValue } from '../../core/customerRecord';
import { predictionSettings, type PredictionProblem } from '../../core/predict/customerPredictions';
import { predictFromPurchases, type Holdout } from '../../core/predict/purchasePredictions';
import { purchaseColumns, readPurchaseRows, type PurchaseCellProblem, type PurchaseColumnChoice, type PurchaseField } from '../../core/predict/purchaseTable';
import { sheetPredictions, type SheetPredictions } from '../../core/predict/sheetPredictions';
import type { ActionContext } from '../actionContext';
import { findCustomerTable, type CustomerTable } from '../customerSheet';

export function customerSheetPredictions(context: ActionContext, table: CustomerTable, today: Date): SheetPredictions {
  const { spreadsheet, settings } = context;
  return sheetPredictions({ values: table.values, columns: table.columns, today, timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() }, settings);
}

export interface PurchasePredictionRequest {
  /** The sheet of purchases. */
  sheet: string;
  /** A customer sheet to name the customers from and to list those with no purchase. */
  customersSheet?: string | null;
  columns?: PurchaseColumnChoice;
  /** The last day of calibration, YYYY-MM-DD; later purchases are the holdout. Default: the last purchase day. */
  until?: string | null;
  /** Days ahead for the expected purchases (default: the setting, else 90). */
  horizonDays?: number | null;
}

export interface PredictionRow {
  customer: string;
  /** From the customer sheet, when one was given. */
  name: string;
  frequency: number | null;
  recency: number | null;
  T: number | null;
  probabilityActive: number | null;
  expectedPurchases: number | null;
  expectedAverageSpend: number | null;
  lifetimeValue: number | null;
  /** Why cells are empty: no model, first purchase after the calibration end, no purchase, or not on the customer sheet. */
  note: 'noModel' | 'notYetCustomer' | 'noPurchases' | 'notOnCustomerSheet' | 'noSpendModel' | null;
}

export interface PurchasePredictionReport {
  sheet: string;
  columns: Record<PurchaseField, string | null>;
  purchases: number;
  sameDayPurchases: number;
  customers: number;
  repeatCustomers: number;
  /** The calibration end, YYYY-MM-DD. */
  until: string;
  model: { r: number; alpha: number; a: number; b: number; timeUnit: 'day'; logLikelihood: number; chiSquare: number; degreesOfFreedom: number; pValue: number | null; fits: boolean } | null;
  spend: { p: number; q: number; gamma: number; customers: number; correlation: number } | null;
  holdout: Holdout | null;
  settings: { horizonDays: number; valueHorizonDays: number; annualDiscountRate: number };
  rows: PredictionRow[];
  problems: PredictionProblem[];
  cellProblems: PurchaseCellProblem[];
  notYetCustomers: number;
}

export type PurchasePredictionError =
  | { error: 'noSheet'; sheet: string }
  | { error: 'noColumns'; missing: PurchaseField[]; headers: string[] }
  | { error: 'unknownHeader'; field: PurchaseField; header: string; headers: string[] }
  | { error: 'noCustomerSheet'; sheet: string };

const DAY_MS = 86_400_000;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** YYYY-MM-DD as a calendar day number, the way core counts days (days since 1970-01-01). */
const dayOfIso = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

function readSheet(context: ActionContext, name: string): CellValue[][] | null {
  const sheet = context.spreadsheet.getSheetByName(name);
  if (!sheet) return null;
  return sheet.getLastRow() === 0 ? [] : (sheet.getDataRange().getValues() as CellValue[][]);
}

export function purchasePredictions(context: ActionContext, request: PurchasePredictionRequest): PurchasePredictionReport | PurchasePredictionError {
  const values = readSheet(context, request.sheet);
  if (!values) return { error: 'noSheet', sheet: request.sheet };
  const headers = values[0] ?? [];
  const headerTexts = headers.map((header) => String(header));
  const found = purchaseColumns(headers, request.columns ?? {});
  if ('missing' in found) return { error: 'noColumns', missing: found.missing, headers: headerTexts };
  if ('unknownHeader' in found) return { error: 'unknownHeader', ...found.unknownHeader, headers: headerTexts };
  const { columns } = found;
  let customersTable: CustomerTable | null = null;
  if (request.customersSheet) {
    customersTable = findCustomerTable(context.spreadsheet, { ...context.settings, customerSheet: request.customersSheet });
    if (!customersTable || customersTable.sheet.getName() !== request.customersSheet) return { error: 'noCustomerSheet', sheet: request.customersSheet };
  }
  const { spreadsheet } = context;
  const { purchases, problems: cellProblems } = readPurchaseRows(values, columns, spreadsheet.getSpreadsheetLocale(), spreadsheet.getSpreadsheetTimeZone());
  const chosen = predictionSettings(context.settings);
  const settings = request.horizonDays ? { ...chosen, purchaseHorizonDays: request.horizonDays } : chosen;
  const result = predictFromPurchases(purchases, settings, request.until ? dayOfIso(request.until) : undefined);
  const model = result.model;
  const byCustomer = new Map(result.predictions.map((prediction) => [prediction.customer, prediction]));
  const historyOf = new Map(result.histories.map((history) => [history.customer, history]));
  const notYet = new Set(result.notYetCustomers);
  const rowOf = (customer: string, name: string): PredictionRow => {
    const prediction = byCustomer.get(customer);
    const history = historyOf.get(customer);
    const note: PredictionRow['note'] = notYet.has(customer) ? 'notYetCustomer' : !history ? 'noPurchases' : !prediction ? 'noModel' : prediction.lifetimeValue === null ? 'noSpendModel' : null;
    return {
      customer,
      name,
      frequency: history?.frequency ?? null,
      recency: history?.recency ?? null,
      T: history?.T ?? null,
      probabilityActive: prediction?.probabilityActive ?? null,
      expectedPurchases: prediction?.expectedPurchases ?? null,
      expectedAverageSpend: prediction?.expectedAverageSpend ?? null,
      lifetimeValue: prediction?.lifetimeValue ?? null,
      note,
    };
  };
  const everyone = [...result.histories.map((h) => h.customer), ...result.notYetCustomers];
  let rows: PredictionRow[];
  if (customersTable) {
    const { roles } = customersTable.columns;
    const keyColumn = roles.id ?? roles.email ?? roles.phone ?? roles.name;
    const text = (row: readonly CellValue[], index: number | undefined) => (index === undefined ? '' : String(row[index] ?? '').trim());
    const listed = new Set<string>();
    rows = [];
    for (const row of customersTable.values.slice(1)) {
      const key = text(row, keyColumn);
      if (!key) continue;
      listed.add(key);
      rows.push(rowOf(key, text(row, roles.name) || [text(row, roles.firstName), text(row, roles.lastName)].filter(Boolean).join(' ')));
    }
    for (const customer of everyone) if (!listed.has(customer)) rows.push({ ...rowOf(customer, ''), note: 'notOnCustomerSheet' });
  } else rows = everyone.map((customer) => rowOf(customer, ''));
  return {
    sheet: request.sheet,
    columns: { customer: headerTexts[columns.customer] ?? null, date: headerTexts[columns.date] ?? null, amount: columns.amount === null ? null : (headerTexts[columns.amount] ?? null) },
    purchases: purchases.length,
    sameDayPurchases: result.sameDayPurchases,
    customers: result.customers,
    repeatCustomers: result.repeatCustomers,
    until: isoDay(result.calibrationEnd),
    model: model && {
      ...model.bgnbd.parameters,
      timeUnit: 'day',
      logLikelihood: model.bgnbd.logLikelihood,
      chiSquare: model.frequencyFit.chiSquare,
      degreesOfFreedom: model.frequencyFit.degreesOfFreedom,
      pValue: model.frequencyFit.pValue,
      fits: model.frequencyFit.fits,
    },
    spend: model?.spend ? { ...model.spend.parameters, customers: model.spend.customers, correlation: model.spendCorrelation } : null,
    holdout: result.holdout,
    settings: { horizonDays: settings.purchaseHorizonDays, valueHorizonDays: settings.horizonDays, annualDiscountRate: settings.annualDiscountRate },
    rows,
    problems: result.problems,
    cellProblems,
    notYetCustomers: result.notYetCustomers.length,
  };
}
