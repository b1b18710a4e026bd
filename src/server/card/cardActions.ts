/**
 * What the card lets a person do for its customer: add a purchase (a row appended to Purchases
 * and counted as a typed row is), add an interaction, set the next contact date (an interaction
 * of kind Note with that date), and mark a follow-up done (the Today panel). Dates are typed as
 * people write them, Solar Hijri included, and read by the cleaners' rules; nothing unreadable is
 * written.
 */
import { withDocumentLock } from '../documentLock';
import { parseMoney } from '../../core/cleaning/amounts';
import type { CellValue } from '../../core/customerRecord';
import { formatMessage } from '../../core/i18n/formatMessage';
import { INTERACTIONS, PURCHASES, type HistoryColumns, type HistoryKind } from '../../core/purchases/historySheets';
import { PLAIN_TEXT_FORMAT } from '../../core/sheetWriting';
import { readDate } from '../../core/segments/cellReading';
import { dateFormatter } from '../../core/card/customerCard';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { appendRows } from '../recordSheets';
import { ensureHistorySheet } from '../purchases/historySheet';
import { processPurchaseRows } from '../purchases/purchaseEdit';
import { findCustomerTable } from '../customerSheet';
import { resolveColumns } from '../../core/customerColumns';

export interface PurchaseForm {
  date: string;
  amount: string;
  item?: string;
}

export interface InteractionForm {
  date: string;
  kind: string;
  text?: string;
  nextContact?: string;
}

/** The plain-text columns of a history sheet, as appendRows takes them. */
export function textFormats<F extends string>(kind: HistoryKind<F>, columns: HistoryColumns<F>, width: number): string[] {
  const formats = Array.from({ length: width }, () => '');
  for (const field of kind.text) if (columns[field] !== undefined) formats[columns[field]!] = PLAIN_TEXT_FORMAT;
  return formats;
}

function readTyped(context: ActionContext, typed: string): Date {
  const reading = readDate(String(typed ?? '').trim(), context.spreadsheet.getSpreadsheetLocale(), context.spreadsheet.getSpreadsheetTimeZone());
  if (reading.kind !== 'value') throw new Error(context.text.cardInvalidDate);
  return reading.value;
}

/** The customer the card shows must still be on the sheet (rows may have moved since it was opened). */
function requireCustomer(context: ActionContext, customerId: string): string {
  const table = findCustomerTable(context.spreadsheet, context.settings);
  const idColumn = table ? resolveColumns(table.values[0] ?? [], context.settings.columns).roles.id : undefined;
  const id = String(customerId ?? '').trim();
  if (!table || idColumn === undefined || !table.values.some((row, i) => i > 0 && String(row[idColumn] ?? '').trim() === id)) {
    throw new Error(formatMessage(context.text.cardNotFound, { query: id }));
  }
  return id;
}

export function addPurchase(context: ActionContext, customerId: string, form: PurchaseForm): string {
  return withDocumentLock(30_000, () => {
    const id = requireCustomer(context, customerId);
    const date = readTyped(context, form?.date);
    const money = parseMoney(String(form?.amount ?? ''));
    if (!money) throw new Error(context.text.cardInvalidAmount);
    const { sheet, headers, columns } = ensureHistorySheet(context.spreadsheet, PURCHASES, context.language);
    const row: CellValue[] = headers.map(() => '');
    row[columns.date!] = date;
    row[columns.customer!] = id;
    row[columns.amount!] = money.amount;
    if (money.currency && columns.currency !== undefined) row[columns.currency] = money.currency;
    if (form.item && columns.item !== undefined) row[columns.item] = String(form.item).slice(0, 1000);
    const top = appendRows(sheet, [row], headers.length, textFormats(PURCHASES, columns, headers.length));
    const written = row.flatMap((value, column) => (value === '' ? [] : [column]));
    processPurchaseRows(context, sheet, { top, height: 1, left: columns.customer! + 1, right: columns.customer! + 1, written });
    return formatMessage(context.text.cardPurchaseAdded, { id });
  });
}

function appendInteraction(context: ActionContext, id: string, fields: { date: Date; kind: string; text: string; next: Date | null }): void {
  const { sheet, headers, columns } = ensureHistorySheet(context.spreadsheet, INTERACTIONS, context.language);
  const row: CellValue[] = headers.map(() => '');
  row[columns.date!] = fields.date;
  row[columns.customer!] = id;
  row[columns.customerId!] = id;
  row[columns.kind!] = fields.kind;
  row[columns.text!] = fields.text.slice(0, 5000);
  if (fields.next) row[columns.nextContact!] = fields.next;
  const top = appendRows(sheet, [row], headers.length, textFormats(INTERACTIONS, columns, headers.length));
  appendAudit(context.spreadsheet, [{ action: 'interaction', customerIds: [id], rows: [top], fields: ['kind', 'nextContact'], cells: 1, detail: sheet.getName() }]);
}

export function addInteraction(context: ActionContext, customerId: string, form: InteractionForm): string {
  return withDocumentLock(30_000, () => {
    const id = requireCustomer(context, customerId);
    const date = readTyped(context, form?.date);
    const next = form?.nextContact && String(form.nextContact).trim() !== '' ? readTyped(context, form.nextContact) : null;
    appendInteraction(context, id, { date, kind: String(form?.kind ?? '').slice(0, 100), text: String(form?.text ?? ''), next });
    return formatMessage(context.text.cardInteractionAdded, { id });
  });
}

export function setNextContact(context: ActionContext, customerId: string, typed: string): string {
  return withDocumentLock(30_000, () => {
    const id = requireCustomer(context, customerId);
    const next = readTyped(context, typed);
    appendInteraction(context, id, { date: new Date(), kind: context.text.kindNote, text: context.text.cardSetNextContact, next });
    return formatMessage(context.text.cardNextContactSet, { id, date: dateFormatter(context.language, context.spreadsheet.getSpreadsheetTimeZone(), context.settings.digits)(next.getTime()) });
  });
}
