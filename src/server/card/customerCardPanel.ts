/**
 * The customer card for the sidebar and the CLI: the customer of the selected row (on the
 * customer sheet, or a purchase or interaction row), or the one a search names, with every sheet
 * that holds their history read once each: the customer sheet, the Purchases sheet's Counted and
 * item columns only (a million purchases are two column reads), Responses, Follow-up,
 * Interactions, Merged, the Audit log and the capture ledger. The card itself is built in core.
 */
import { auditActionLabel } from '../../core/i18n/codeLabels';
import { buildCard, dateFormatter, type CustomerCard, type DatedItem } from '../../core/card/customerCard';
import { AUDIT_COLUMNS } from '../../core/audit/auditRecords';
import { findAuditSheet } from '../audit/auditLog';
import { CAPTURE_LOG_SHEET, LOG_COLUMNS } from '../../core/capture/captureRecords';
import { resolveColumns } from '../../core/customerColumns';
import type { CellValue } from '../../core/customerRecord';
import { nameForm } from '../../core/dedupe/nameKeys';
import { formatMessage } from '../../core/i18n/formatMessage';
import { LANGUAGES } from '../../core/i18n/languages';
import { messagesFor } from '../../core/i18n/messages';
import { idListIncludes, resolvePerson } from '../../core/privacy/personData';
import { readTotals } from '../../core/purchases/customerTotals';
import { INTERACTIONS, PURCHASES, isInteractionsSheetName, isPurchasesSheetName } from '../../core/purchases/historySheets';
import { decodeContribution } from '../../core/purchases/purchaseRecords';
import { recogniseResponseColumns } from '../../core/responses/responseColumns';
import { activityThresholds, segmentCustomers } from '../../core/segments/customerSegments';
import { readDate } from '../../core/segments/cellReading';
import type { ActionContext } from '../actionContext';
import type { RecognisedColumns } from '../../core/headerRoles';
import { predictionSettings } from '../../core/predict/customerPredictions';
import { sheetHistories } from '../../core/predict/customerSheetHistories';
import { predictionCardSection } from '../../core/predict/predictionCard';
import { readFittedModel } from '../predict/storedModel';
import { MERGED_SHEET } from '../dedupe/merging';
import { readResponsesSheet } from '../nps/responsesSheet';
import { findHistorySheet, readHistory } from '../purchases/historySheet';
import { purchaseSetting, type PurchaseSetting } from '../purchases/purchaseContext';
import { findRecordSheet } from '../recordSheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LINES_PER_SECTION = 20;
const CHOICES = 10;

export type CardAnswer =
  | { kind: 'card'; card: CustomerCard }
  | { kind: 'choose'; customers: { id: string; name: string }[]; message: string }
  | { kind: 'message'; message: string };

function text(value: CellValue | undefined): string {
  return value === undefined || value instanceof Date ? '' : String(value).trim();
}

/** A cell's date in milliseconds, read by the spreadsheet's locale and time zone (asked once per card). */
type TimeOf = (value: CellValue | undefined) => number | null;

function timeReader(locale: string, timeZone: string): TimeOf {
  return (value) => {
    const reading = readDate(value, locale, timeZone);
    return reading.kind === 'value' ? reading.value.getTime() : null;
  };
}

function valuesOf(sheet: Sheet | null | undefined): CellValue[][] {
  return !sheet || sheet.getLastRow() === 0 ? [] : (sheet.getDataRange().getValues() as CellValue[][]);
}

/** The customer on the selected row: of the customer sheet itself, or named by a purchase's or interaction's Customer ID. */
function selectedCustomer(context: ActionContext, setting: PurchaseSetting): number | undefined {
  const range = context.spreadsheet.getActiveRange();
  if (!range) return undefined;
  const sheet = range.getSheet();
  const row = range.getRow();
  if (sheet.getName() === setting.customers.sheet.getName()) return row >= 2 && row <= setting.customers.values.length ? row - 1 : undefined;
  const kind = isPurchasesSheetName(sheet.getName()) ? PURCHASES : isInteractionsSheetName(sheet.getName()) ? INTERACTIONS : null;
  if (!kind || row < 2) return undefined;
  const width = sheet.getLastColumn();
  const idColumn = kind.recognise(sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).customerId;
  return idColumn === undefined ? undefined : setting.linker.rowOfId(text(sheet.getRange(row, idColumn + 1).getValue() as CellValue));
}

/** Customers a search names: an ID, an email or a phone exactly; else a name in any order or script. */
function searchCustomers(context: ActionContext, setting: PurchaseSetting, query: string): number[] {
  const { values, columns } = setting.customers;
  const person = resolvePerson(values, columns, query, context.settings.defaultCountry);
  if (person) return person.customerRows;
  const wanted = nameForm(query);
  if (!wanted) return [];
  const { roles } = columns;
  const found: number[] = [];
  for (let index = 1; index < values.length; index++) {
    const row = values[index]!;
    const name = roles.name !== undefined ? text(row[roles.name]) : `${text(row[roles.firstName ?? -1])} ${text(row[roles.lastName ?? -1])}`;
    if (name === '') continue;
    const form = nameForm(name);
    if (form && wanted.tokens.every((token) => form.tokens.some((t) => t.startsWith(token)))) found.push(index);
  }
  return found;
}

export function customerCard(context: ActionContext, query: string | null): CardAnswer {
  // Reading a card writes nothing: a sheet without totals columns shows no totals.
  const setting = purchaseSetting(context, false);
  if (!setting) return { kind: 'message', message: context.text.summaryNoSheet };
  const { values, columns } = setting.customers;
  let index: number | undefined;
  if (query === null || query.trim() === '') {
    index = selectedCustomer(context, setting);
    if (index === undefined) return { kind: 'message', message: context.text.cardPickHint };
  } else {
    const found = searchCustomers(context, setting, query);
    if (found.length === 0) return { kind: 'message', message: formatMessage(context.text.cardNotFound, { query }) };
    if (found.length > 1) {
      return {
        kind: 'choose',
        message: context.text.cardChoose,
        customers: found.slice(0, CHOICES).map((i) => ({ id: setting.linker.idOf(i), name: text(values[i]?.[columns.roles.name ?? -1]) || setting.linker.idOf(i) })),
      };
    }
    index = found[0]!;
  }
  return { kind: 'card', card: cardOf(context, setting, index) };
}

function cardOf(context: ActionContext, setting: PurchaseSetting, index: number): CustomerCard {
  const { spreadsheet, text: t } = context;
  const { values, columns } = setting.customers;
  const id = setting.linker.idOf(index);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const locale = spreadsheet.getSpreadsheetLocale();

  const when = timeReader(locale, timeZone);
  const purchases = purchasesOf(spreadsheet, id);
  const answers = answersOf(context, when, id);
  const interactions = interactionsOf(context, when, id);
  const merged = mergedOf(context, when, findRecordSheet(spreadsheet, MERGED_SHEET), id, dateFormatter(context.language, timeZone, context.settings.digits));
  const audit = auditOf(context, when, findAuditSheet(spreadsheet), id);
  const followUp = followUpOf(context, when, id);
  const consent = consentOf(when, findRecordSheet(spreadsheet, CAPTURE_LOG_SHEET), id);
  const segments = segmentCustomers({ values, columns, settings: context.settings, today: new Date(), timeZone, locale });

  return buildCard({
    customerId: id,
    headers: values[0] ?? [],
    row: values[index] ?? [],
    columns,
    totals: readTotals(values[index] ?? [], setting.totalsColumns),
    rules: setting.rules,
    segment: segments.customers.find((c) => c.index === index) ?? null,
    segmentDays: activityThresholds(context.settings),
    consent,
    purchases,
    answers,
    followUp,
    interactions,
    merged,
    audit,
    language: context.language,
    digits: context.settings.digits,
    text: t,
    timeZone,
    defaultCountry: context.settings.defaultCountry,
    limit: LINES_PER_SECTION,
    loyalty: context.settings.loyalty ? { rule: context.settings.loyalty, now: new Date().getTime() } : null,
    predictions: cardPredictions(context, values, columns, index, timeZone, locale),
  });
}

/**
 * The card's predictions: this customer's history (the purchase count, first and last purchase,
 * total and currency columns the totals keep) with the models the last Update predictions fitted.
 */
function cardPredictions(context: ActionContext, values: CellValue[][], columns: RecognisedColumns, index: number, timeZone: string, locale: string) {
  const histories = sheetHistories({ values: [values[0] ?? [], values[index] ?? []], columns, today: new Date(), timeZone, locale });
  if (histories.missing.length > 0) return null;
  const history = histories.summaries[0] ?? null;
  const model = readFittedModel();
  return predictionCardSection({
    history,
    model: model && { bgnbd: model.bgnbd, spend: model.spendOf.get(history?.currency ?? '') ?? null },
    settings: predictionSettings(context.settings),
    text: context.text,
  });
}

/** The Counted and item columns of the Purchases sheet only: who, when and how much are in Counted. */
function purchasesOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, id: string) {
  const sheet = findHistorySheet(spreadsheet, PURCHASES);
  if (!sheet || sheet.getLastRow() < 2 || id === '') return [];
  const columns = PURCHASES.recognise(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!);
  if (columns.counted === undefined) return [];
  const rows = sheet.getLastRow() - 1;
  const counted = sheet.getRange(2, columns.counted + 1, rows, 1).getValues();
  const items = columns.item === undefined ? null : sheet.getRange(2, columns.item + 1, rows, 1).getValues();
  const prefix = `[${JSON.stringify(id)},`;
  const found = [];
  for (let r = 0; r < rows; r++) {
    const cell = counted[r]![0];
    if (typeof cell !== 'string' || !cell.startsWith(prefix)) continue;
    const contribution = decodeContribution(cell);
    if (contribution) found.push({ ...contribution, item: text(items?.[r]?.[0]) });
  }
  return found;
}

function answersOf(context: ActionContext, when: TimeOf, id: string): DatedItem[] {
  const values = readResponsesSheet(context.spreadsheet)?.values ?? [];
  const columns = recogniseResponseColumns(values[0] ?? []);
  if (columns.customerId === undefined) return [];
  return values.slice(1).filter((row) => text(row[columns.customerId!]) === id).map((row) => ({
    time: when(row[columns.date ?? -1]),
    text: [text(row[columns.score ?? -1]), text(row[columns.comment ?? -1])].filter(Boolean).join(' · '),
  }));
}

function interactionsOf(context: ActionContext, when: TimeOf, id: string): DatedItem[] {
  const table = readHistory(context.spreadsheet, INTERACTIONS);
  if (!table || table.columns.customerId === undefined) return [];
  const c = table.columns;
  return table.values.slice(1).filter((row) => text(row[c.customerId!]) === id).map((row) => ({
    time: when(row[c.date ?? -1]),
    text: [text(row[c.kind ?? -1]), text(row[c.staff ?? -1]), text(row[c.text ?? -1])].filter(Boolean).join(' · '),
    next: when(row[c.nextContact ?? -1]),
    done: c.done !== undefined && text(row[c.done]) !== '',
  }));
}

function mergedOf(context: ActionContext, when: TimeOf, sheet: Sheet | null, id: string, format: (time: number) => string): DatedItem[] {
  const values = valuesOf(sheet);
  const headers = values[0] ?? [];
  const into = headers.indexOf('Merged into');
  const idColumn = resolveColumns(headers).roles.id;
  if (into < 0 || idColumn === undefined) return [];
  const date = (time: number | null) => (time === null ? '' : format(time));
  return values.slice(1).filter((row) => text(row[into]) === id).map((row) => {
    const time = when(row[into + 1]);
    return { time, text: formatMessage(context.text.cardMergedLine, { id: text(row[idColumn]), date: date(time) }) };
  });
}

function auditOf(context: ActionContext, when: TimeOf, sheet: Sheet | null, id: string): DatedItem[] {
  return valuesOf(sheet).slice(1).filter((row) => idListIncludes(text(row[AUDIT_COLUMNS.customerIds]), id)).map((row) => ({
    time: when(row[AUDIT_COLUMNS.time]),
    text: formatMessage(context.text.cardAuditLine, { action: auditActionLabel(context.text, text(row[AUDIT_COLUMNS.action])), user: text(row[AUDIT_COLUMNS.user]), fields: text(row[AUDIT_COLUMNS.fields]) }),
  }));
}

function followUpOf(context: ActionContext, when: TimeOf, id: string): DatedItem[] {
  const sheet = LANGUAGES.map((language) => context.spreadsheet.getSheetByName(messagesFor(language).followUpSheet)).find(Boolean);
  const values = valuesOf(sheet);
  const headers = values[0] ?? [];
  const idColumn = resolveColumns(headers).roles.id;
  const responses = recogniseResponseColumns(headers);
  const status = headers.findIndex((header) => LANGUAGES.some((language) => messagesFor(language).followUpStatus === text(header)));
  if (idColumn === undefined) return [];
  return values.slice(1).filter((row) => text(row[idColumn]) === id).map((row) => ({
    time: when(row[responses.date ?? -1]),
    text: [text(row[status]), text(row[responses.score ?? -1]), text(row[responses.comment ?? -1])].filter(Boolean).join(' · '),
  }));
}

/** The consent the capture ledger recorded last for this customer, with the notice version they saw. */
function consentOf(when: TimeOf, sheet: Sheet | null, id: string): { version: string; time: number | null } | null {
  let latest: { version: string; time: number | null } | null = null;
  for (const row of valuesOf(sheet).slice(1)) {
    if (text(row[LOG_COLUMNS.customerId]) !== id || text(row[LOG_COLUMNS.noticeVersion]) === '') continue;
    const time = when(row[LOG_COLUMNS.submittedAt]) ?? when(row[LOG_COLUMNS.capturedAt]);
    if (!latest || (time ?? 0) >= (latest.time ?? 0)) latest = { version: text(row[LOG_COLUMNS.noticeVersion]), time };
  }
  return latest;
}
