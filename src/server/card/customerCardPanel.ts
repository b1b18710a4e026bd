/**
 * The customer card for the sidebar and the CLI, in two calls so that it opens at once however
 * big the sheets are. The first (customerCard) finds the customer of the selected row (on the
 * customer sheet, or a purchase or interaction row) or of a search, and builds the card from
 * their own row and the smaller sheets that hold their history, read once each: Responses,
 * Follow-up, Interactions, Merged, the Audit log and the capture ledger. Of the customer sheet it
 * reads the header, the search columns and the customer's row; the Purchases sheet not at all.
 * The second (customerCardLater) reads what needs the big sheets: of the Purchases sheet its
 * Counted column and the item cells of the rows shown, of the customer sheet the three columns
 * that rank the customer for RFM (last purchase, total, count), and builds the purchases, loyalty
 * and segment sections the first left as placeholders. Every sheet is found in one pass over the
 * tabs (SheetsByName), so each call costs the same service calls whatever the sheets' sizes.
 * Nothing is kept between executions. The card itself is built in core.
 */
import { auditActionLabel } from '../../core/i18n/codeLabels';
import { buildCard, CARD_LATER_SECTIONS, dateFormatter, type CardInput, type CardSection, type CustomerCard, type DatedItem } from '../../core/card/customerCard';
import { AUDIT_COLUMNS, AUDIT_SHEET } from '../../core/audit/auditRecords';
import { auditUserLabel } from '../../core/audit/auditUser';
import { CAPTURE_LOG_SHEET, LOG_COLUMNS } from '../../core/capture/captureRecords';
import { resolveColumns } from '../../core/customerColumns';
import type { CellValue } from '../../core/customerRecord';
import { nameForm, nameTokens } from '../../core/dedupe/nameKeys';
import { formatMessage } from '../../core/i18n/formatMessage';
import { LANGUAGES } from '../../core/i18n/languages';
import { messagesFor } from '../../core/i18n/messages';
import { idListIncludes, phoneOf, resolvePerson } from '../../core/privacy/personData';
import { findTotalsColumns, readTotals } from '../../core/purchases/customerTotals';
import { INTERACTIONS, PURCHASES, isInteractionsSheetName, isPurchasesSheetName } from '../../core/purchases/historySheets';
import { decodeContribution, redeemedPoints, type Contribution } from '../../core/purchases/purchaseRecords';
import { isResponsesSheetName, recogniseResponseColumns } from '../../core/responses/responseColumns';
import { activityThresholds, purchaseCountIndex, segmentCustomers, type SegmentedCustomer } from '../../core/segments/customerSegments';
import { readDate } from '../../core/segments/cellReading';
import type { ActionContext } from '../actionContext';
import type { RecognisedColumns } from '../../core/headerRoles';
import { predictionSettings } from '../../core/predict/customerPredictions';
import { sheetHistories } from '../../core/predict/customerSheetHistories';
import { predictionCardSection } from '../../core/predict/predictionCard';
import { readFittedModel } from '../predict/storedModel';
import { MERGED_SHEET } from '../dedupe/merging';
import { readHistorySheet } from '../purchases/historySheet';
import { currencyRules } from '../purchases/totalsColumns';
import { guessCustomerSheet } from '../customerSheet';
import { readColumns } from '../sheetColumns';
import { SheetsByName } from '../sheetsByName';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LINES_PER_SECTION = 20;
const FOLLOW_UP_SHEET = 'Follow-up';
const FOLLOW_UP_STATUS_HEADERS = new Set(LANGUAGES.map((language) => messagesFor(language).followUpStatus));
const CHOICES = 10;

export type CardAnswer =
  /** row: the customer's sheet row, which the second call looks at first. */
  | { kind: 'card'; card: CustomerCard; row: number }
  | { kind: 'choose'; customers: { id: string; name: string }[]; message: string }
  | { kind: 'message'; message: string };

/** The second call's answer: the sections that replace the card's placeholders, or why there are none. */
export type CardLaterAnswer = { kind: 'sections'; sections: CardSection[] } | { kind: 'message'; message: string };

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

/**
 * The customer sheet as the card reads it: the header, and of the data rows only the columns a
 * step needs (CardCustomers.read), never the whole table: at 100,000 customers each column is
 * about a second of cell reads on Apps Script, the whole sheet a dozen.
 */
class CardCustomers {
  /** Header at 0; data rows hold the columns read so far, '' elsewhere. */
  values: CellValue[][];
  /** The data rows (the same row arrays as values[1…]), filled in place by each read. */
  private rows: CellValue[][] | undefined;
  private readonly done = new Set<number>();

  constructor(readonly sheet: Sheet, readonly name: string, readonly lastRow: number, readonly columns: RecognisedColumns, private readonly headers: CellValue[]) {
    this.values = [headers];
  }

  get width(): number {
    return this.headers.length;
  }

  read(columns: readonly (number | null | undefined)[]): void {
    const wanted = columns.filter((c): c is number => c !== undefined && c !== null && c >= 0 && !this.done.has(c));
    if (wanted.length === 0) return;
    for (const c of wanted) this.done.add(c);
    if (this.rows) {
      readColumns(this.sheet, wanted, this.lastRow, this.width, this.rows);
      return;
    }
    const rows = readColumns(this.sheet, wanted, this.lastRow, this.width);
    // A customer's whole row read before stays whole.
    this.values.forEach((held, i) => {
      if (i > 0) rows[i - 1] = held;
    });
    this.rows = rows;
    this.values = [this.headers].concat(rows);
  }

  /** The customer row (0-based index, header 0) with this ID, as the linker finds it: trimmed, in any case. */
  rowOfId(id: string): number | undefined {
    const column = this.columns.roles.id;
    const wanted = id.trim().toUpperCase();
    if (column === undefined || wanted === '') return undefined;
    this.read([column]);
    const index = this.values.findIndex((row, i) => i > 0 && text(row[column]).toUpperCase() === wanted);
    return index < 0 ? undefined : index;
  }

  idOf(index: number): string {
    return this.columns.roles.id === undefined ? '' : text(this.values[index]?.[this.columns.roles.id]);
  }

  nameOf(index: number): string {
    const { roles } = this.columns;
    const row = this.values[index] ?? [];
    return roles.name !== undefined ? text(row[roles.name]) : `${text(row[roles.firstName ?? -1])} ${text(row[roles.lastName ?? -1])}`.trim();
  }

  /**
   * The customer with this ID, their whole row read: at `row` (1-based) if they are still there,
   * in one read, else wherever the ID column has them now (rows are sorted, inserted and deleted
   * between the card's two calls).
   */
  findAgain(id: string, row: unknown): number | undefined {
    const column = this.columns.roles.id;
    const wanted = id.trim().toUpperCase();
    if (column === undefined || wanted === '') return undefined;
    if (typeof row === 'number' && Number.isInteger(row) && row >= 2 && row <= this.lastRow) {
      if (text(this.readRow(row - 1)[column]).toUpperCase() === wanted) return row - 1;
    }
    const index = this.rowOfId(id);
    if (index !== undefined) this.readRow(index);
    return index;
  }

  /** The whole row of one customer, in one read. */
  readRow(index: number): CellValue[] {
    const row = this.sheet.getRange(index + 1, 1, 1, this.width).getValues()[0] as CellValue[];
    const held = this.values[index];
    if (held) held.splice(0, held.length, ...row);
    else this.values[index] = row;
    return row;
  }
}

/** The configured customer sheet, else the one that looks like a customer list (as findCustomerSheet chooses). */
function cardCustomers(context: ActionContext, sheets: SheetsByName): CardCustomers | null {
  const { settings } = context;
  const sheet = (settings.customerSheet ? sheets.named(settings.customerSheet) : null) ?? guessCustomerSheet(context.spreadsheet, settings);
  const lastRow = sheet?.getLastRow() ?? 0;
  if (!sheet || lastRow === 0) return null;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as CellValue[];
  return new CardCustomers(sheet, sheet.getName(), lastRow, resolveColumns(headers, settings.columns), headers);
}

/** The customer on the selected row: of the customer sheet itself, or named by a purchase's or interaction's Customer ID. */
function selectedCustomer(context: ActionContext, customers: CardCustomers): number | undefined {
  const range = context.spreadsheet.getActiveRange();
  if (!range) return undefined;
  const sheet = range.getSheet();
  const row = range.getRow();
  const name = sheet.getName();
  if (name === customers.name) return row >= 2 && row <= customers.lastRow ? row - 1 : undefined;
  const kind = isPurchasesSheetName(name) ? PURCHASES : isInteractionsSheetName(name) ? INTERACTIONS : null;
  if (!kind || row < 2) return undefined;
  const width = sheet.getLastColumn();
  const idColumn = kind.recognise(sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).customerId;
  return idColumn === undefined ? undefined : customers.rowOfId(text(sheet.getRange(row, idColumn + 1).getValue() as CellValue));
}

/**
 * Customers a search names: an ID, an email or a phone exactly; else a name in any order or
 * script. Reads the ID column, the email or phone column only when the query could be one, and
 * the name columns only when nothing else matched.
 */
function searchCustomers(context: ActionContext, customers: CardCustomers, query: string): number[] {
  const { roles } = customers.columns;
  const maybeEmail = query.includes('@');
  // Only a query that is a phone number is compared with phones (as resolvePerson does): only then is the phone column read.
  const maybePhone = !maybeEmail && phoneOf(query, context.settings.defaultCountry) !== null;
  customers.read([roles.id, maybeEmail ? roles.email : null, maybePhone ? roles.phone : null, maybeEmail || maybePhone ? roles.otherContacts : null]);
  const person = resolvePerson(customers.values, customers.columns, query, context.settings.defaultCountry);
  if (person) return person.customerRows;
  const wanted = nameForm(query);
  if (!wanted) return [];
  customers.read([roles.name, roles.firstName, roles.lastName]);
  const found: number[] = [];
  for (let index = 1; index < customers.values.length; index++) {
    const name = customers.nameOf(index);
    if (name === '') continue;
    const tokens = nameTokens(name);
    if (tokens.length > 0 && wanted.tokens.every((token) => tokens.some((t) => t.startsWith(token)))) found.push(index);
  }
  return found;
}

export function customerCard(context: ActionContext, query: string | null): CardAnswer {
  const sheets = SheetsByName.of(context.spreadsheet);
  const customers = cardCustomers(context, sheets);
  if (!customers) return { kind: 'message', message: context.text.summaryNoSheet };
  let index: number | undefined;
  if (query === null || query.trim() === '') {
    index = selectedCustomer(context, customers);
    if (index === undefined) return { kind: 'message', message: context.text.cardPickHint };
  } else {
    const found = searchCustomers(context, customers, query);
    if (found.length === 0) return { kind: 'message', message: formatMessage(context.text.cardNotFound, { query }) };
    if (found.length > 1) {
      const { roles } = customers.columns;
      customers.read([roles.id, roles.name]);
      return {
        kind: 'choose',
        message: context.text.cardChoose,
        customers: found.slice(0, CHOICES).map((i) => ({ id: customers.idOf(i), name: text(customers.values[i]?.[roles.name ?? -1]) || customers.idOf(i) })),
      };
    }
    index = found[0]!;
  }
  return { kind: 'card', card: cardOf(context, sheets, customers, index), row: index + 1 };
}

/**
 * The card's second call: the purchases, loyalty and segment sections of the customer with this
 * ID (found at `row` first), which the first call's card holds as placeholders.
 */
export function customerCardLater(context: ActionContext, customerId: string, row: unknown): CardLaterAnswer {
  const sheets = SheetsByName.of(context.spreadsheet);
  const customers = cardCustomers(context, sheets);
  if (!customers) return { kind: 'message', message: context.text.summaryNoSheet };
  const id = String(customerId ?? '').trim();
  const index = customers.findAgain(id, row);
  if (index === undefined) return { kind: 'message', message: formatMessage(context.text.cardNotFound, { query: id }) };
  const own = customers.values[index]!;
  const clock = clockOf(context);
  const card = buildCard({
    ...cardInput(context, customers, index, own, clock),
    segment: rankedSegment(context, customers, index, clock),
    purchases: purchasesOf(sheets.firstOf(Object.values(PURCHASES.names)), customers.idOf(index)),
  });
  return { kind: 'sections', sections: card.sections.filter((s) => CARD_LATER_SECTIONS.includes(s.id)) };
}

/** The spreadsheet's time zone and locale, asked once per call. */
interface Clock {
  timeZone: string;
  locale: string;
}

function clockOf(context: ActionContext): Clock {
  return { timeZone: context.spreadsheet.getSpreadsheetTimeZone(), locale: context.spreadsheet.getSpreadsheetLocale() };
}

/** What both calls build the card from: the customer's own row and the settings, with the other sheets' parts empty. */
function cardInput(context: ActionContext, customers: CardCustomers, index: number, row: CellValue[], { timeZone }: Clock): CardInput {
  const { columns } = customers;
  const headers = customers.values[0]!;
  return {
    customerId: customers.idOf(index),
    headers,
    row,
    columns,
    // Reading a card writes nothing: a sheet without totals columns shows no totals.
    totals: readTotals(row, findTotalsColumns(headers, columns)),
    rules: currencyRules(context.settings),
    segment: null,
    segmentDays: activityThresholds(context.settings),
    consent: null,
    purchases: [],
    answers: [],
    followUp: [],
    interactions: [],
    merged: [],
    audit: [],
    language: context.language,
    digits: context.settings.digits,
    text: context.text,
    timeZone,
    defaultCountry: context.settings.defaultCountry,
    limit: LINES_PER_SECTION,
    loyalty: context.settings.loyalty ? { rule: context.settings.loyalty, now: new Date().getTime() } : null,
  };
}

/** This customer's segment ranked among all: R, F and M need every customer's last purchase, total and count, and no other column. */
function rankedSegment(context: ActionContext, customers: CardCustomers, index: number, clock: Clock): SegmentedCustomer | null {
  const { columns } = customers;
  customers.read([columns.roles.lastPurchase, columns.roles.totalSpent, purchaseCountIndex(customers.values[0]!, columns)]);
  const segments = segmentCustomers({ values: customers.values, columns, settings: context.settings, today: new Date(), ...clock, only: index });
  return segments.customers[0] ?? null;
}

/** This customer's activity from their own row; their RFM rank among all waits for the second call. */
function ownSegment(context: ActionContext, customers: CardCustomers, index: number, row: CellValue[], clock: Clock): SegmentedCustomer | null {
  const alone = segmentCustomers({ values: [customers.values[0]!, row], columns: customers.columns, settings: context.settings, today: new Date(), ...clock });
  const own = alone.customers[0];
  return own ? { ...own, index, row: index + 1, r: null, f: null, m: null, rfm: null } : null;
}

function cardOf(context: ActionContext, sheets: SheetsByName, customers: CardCustomers, index: number): CustomerCard {
  const clock = clockOf(context);
  const { timeZone, locale } = clock;
  const row = customers.readRow(index);
  const id = customers.idOf(index);
  // Without an ID the second call could not find the customer again: such a card is read whole at once.
  const later = id !== '';
  const when = timeReader(locale, timeZone);
  return buildCard({
    ...cardInput(context, customers, index, row, clock),
    segment: later ? ownSegment(context, customers, index, row, clock) : rankedSegment(context, customers, index, clock),
    rfmPending: later,
    consent: consentOf(when, sheets.managed(CAPTURE_LOG_SHEET), id),
    purchases: later ? null : [],
    answers: answersOf(when, sheets.find(isResponsesSheetName), id),
    followUp: followUpOf(context, when, sheets.managed(FOLLOW_UP_SHEET), id),
    interactions: interactionsOf(when, sheets.firstOf(Object.values(INTERACTIONS.names)), id),
    merged: mergedOf(context, when, sheets.managed(MERGED_SHEET), id, dateFormatter(context.language, timeZone, context.settings.digits)),
    audit: auditOf(context, when, sheets.managed(AUDIT_SHEET), id),
    predictions: cardPredictions(context, customers.values, customers.columns, index, timeZone, locale),
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

/**
 * The customer's purchases from the Purchases sheet's Counted column alone (who, when and how
 * much: a million purchases are one column read), then the item column only over the rows the
 * card shows, the newest ones: one more read, as short as those rows lie close together.
 */
function purchasesOf(sheet: Sheet | null, id: string) {
  const lastRow = sheet?.getLastRow() ?? 0;
  if (!sheet || lastRow < 2 || id === '') return [];
  const columns = PURCHASES.recognise(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!);
  if (columns.counted === undefined) return [];
  const rows = lastRow - 1;
  const counted = sheet.getRange(2, columns.counted + 1, rows, 1).getValues();
  const prefix = `[${JSON.stringify(id)},`;
  const found: (Contribution & { offset: number })[] = [];
  for (let r = 0; r < rows; r++) {
    const cell = counted[r]![0];
    if (typeof cell !== 'string' || !cell.startsWith(prefix)) continue;
    const contribution = decodeContribution(cell);
    if (contribution) found.push({ ...contribution, offset: r });
  }
  const pointsOf = redemptionsOf(sheet, columns.points, found);
  const shown = found.sort((a, b) => b.time - a.time || a.offset - b.offset).slice(0, LINES_PER_SECTION);
  if (columns.item === undefined || shown.length === 0) return found.map(({ offset, ...p }) => ({ ...p, item: '', points: pointsOf(offset) }));
  const from = Math.min(...shown.map((p) => p.offset));
  const to = Math.max(...shown.map((p) => p.offset));
  const items = sheet.getRange(2 + from, columns.item + 1, to - from + 1, 1).getValues();
  const itemOf = new Map(shown.map((p) => [p.offset, text(items[p.offset - from]?.[0] as CellValue)]));
  return found.map(({ offset, ...p }) => ({ ...p, item: itemOf.get(offset) ?? '', points: pointsOf(offset) }));
}

/**
 * The points the customer's counted rows redeemed, from the optional Points column: one read
 * over the rows from their first to their last (every one is needed for the balance).
 */
function redemptionsOf(sheet: Sheet, column: number | undefined, found: readonly { offset: number }[]): (offset: number) => number | null {
  if (column === undefined || found.length === 0) return () => null;
  const from = Math.min(...found.map((p) => p.offset));
  const to = Math.max(...found.map((p) => p.offset));
  const cells = sheet.getRange(2 + from, column + 1, to - from + 1, 1).getValues();
  return (offset) => {
    const points = redeemedPoints(cells[offset - from]?.[0] as CellValue);
    return points === 'unreadable' ? null : points;
  };
}

function answersOf(when: TimeOf, sheet: Sheet | null, id: string): DatedItem[] {
  const values = valuesOf(sheet);
  const columns = recogniseResponseColumns(values[0] ?? []);
  if (columns.customerId === undefined) return [];
  return values.slice(1).filter((row) => text(row[columns.customerId!]) === id).map((row) => ({
    time: when(row[columns.date ?? -1]),
    text: [text(row[columns.score ?? -1]), text(row[columns.comment ?? -1])].filter(Boolean).join(' · '),
  }));
}

function interactionsOf(when: TimeOf, sheet: Sheet | null, id: string): DatedItem[] {
  const table = sheet && readHistorySheet(sheet, INTERACTIONS);
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
    text: formatMessage(context.text.cardAuditLine, { action: auditActionLabel(context.text, text(row[AUDIT_COLUMNS.action])), user: auditUserLabel(context.text, text(row[AUDIT_COLUMNS.user])), fields: text(row[AUDIT_COLUMNS.fields]) }),
  }));
}

function followUpOf(context: ActionContext, when: TimeOf, sheet: Sheet | null, id: string): DatedItem[] {
  const values = valuesOf(sheet);
  const headers = values[0] ?? [];
  const idColumn = resolveColumns(headers).roles.id;
  const responses = recogniseResponseColumns(headers);
  const status = headers.findIndex((header) => FOLLOW_UP_STATUS_HEADERS.has(text(header)));
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
