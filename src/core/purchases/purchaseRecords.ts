/**
 * Purchase rows read from the Purchases sheet (or an imported file laid out like it): the date by
 * the cleaners' rules (Solar Hijri, "5 марта 2026", serial numbers…), the amount with any
 * separators and its currency sign ("54 000 тг", "$1,200", "۴٬۵۰۰٬۰۰۰ تومان"), the currency from
 * its own column or the amount, else the shop's. What cannot be read is listed by row and column
 * and the row is not counted in any total: never guessed.
 *
 * A row counts in its customer's totals when it is linked to a customer and has a readable date;
 * a blank amount is a visit (a purchase of nothing paid here); a negative amount is a refund:
 * it lowers the total but is not a purchase. The optional Points cell holds loyalty points
 * redeemed, as a negative whole number; anything else in it is listed and the row not counted.
 */
import { parseMoney } from '../cleaning/amounts';
import { currencyCode } from '../cleaning/currencies';
import { columnLetter } from '../columnLetters';
import type { CellValue } from '../customerRecord';
import { isBlankCell } from '../customerIds';
import { readAmount, readDate } from '../segments/cellReading';
import type { HistoryColumns, PurchaseField } from './historySheets';

/** What a row added to its customer's totals; kept in the row's Counted cell so it can be taken out exactly. */
export interface Contribution {
  customerId: string;
  /** The purchase's time in milliseconds. */
  time: number;
  /** null: a visit with no amount. */
  amount: number | null;
  /** ISO code; '' is the shop's own currency when no setting names it. */
  currency: string;
}

export interface PurchaseRecord {
  /** 1-based sheet row. */
  row: number;
  date: Date | null;
  /** The customer as typed: an ID, a phone, an email, a name, or several of them. */
  customer: string;
  /** The Customer ID cell (Clientele's, or given by an import). */
  customerId: string;
  amount: number | null;
  currency: string;
  quantity: number | null;
  item: string;
  branch: string;
  staff: string;
  payment: string;
  note: string;
  /** Loyalty points redeemed on this row (a negative whole number); null when the cell is blank or 0. */
  points: number | null;
  /** The row can be counted once it has a customer: nothing in it was unreadable and it has a date. */
  countable: boolean;
  counted: Contribution | null;
}

export type PurchaseProblemReason = 'noDate' | 'notDate' | 'ambiguousDate' | 'notAmount' | 'notQuantity' | 'notCurrency' | 'currencyConflict' | 'notPoints';

export interface PurchaseProblem {
  row: number;
  /** Column letter, and its 0-based index. */
  column: string;
  index: number;
  header: string;
  value: string;
  reason: PurchaseProblemReason;
}

export interface PurchaseReading {
  locale: string;
  timeZone: string;
  /** The shop's currency (ISO code) for amounts that do not say; '' when not set. */
  shopCurrency: string;
}

function text(value: CellValue | undefined): string {
  if (value === undefined || value instanceof Date) return '';
  return String(value).trim();
}

export function encodeContribution(contribution: Contribution): string {
  return JSON.stringify([contribution.customerId, contribution.time, contribution.amount, contribution.currency]);
}

/** Whether `text[from, to)` is a JSON number (whose Number() is then its JSON.parse()): -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
function isJsonNumber(text: string, from: number, to: number): boolean {
  let i = from;
  const digit = () => i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  const digits = () => {
    const start = i;
    while (digit()) i++;
    return i > start;
  };
  if (text.charCodeAt(i) === 45) i++;
  if (text.charCodeAt(i) === 48) i++;
  else if (!digits()) return false;
  if (i < to && text.charCodeAt(i) === 46) {
    i++;
    if (!digits()) return false;
  }
  if (i < to && (text.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < to && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
    if (!digits()) return false;
  }
  return i === to;
}

/** Whether `text[from, to)` is the text of a JSON string that needs no unescaping: no quote, backslash or control character. */
function isPlainString(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 || code === 92 || code < 32) return false;
  }
  return true;
}

/**
 * A Counted cell as encodeContribution writes it (["id",time,amount,"currency"], no escapes, no
 * spaces) read by position, without JSON.parse or a regular expression: Recalculate totals reads a
 * million of them, and each match of a pattern would allocate its captures. Null when the cell is
 * laid out any other way (the general path reads it then).
 */
function decodePlain(value: string): Contribution | null {
  const last = value.length - 2;
  if (value.charCodeAt(1) !== 34 || value.charCodeAt(last) !== 34 || value.charCodeAt(last + 1) !== 93) return null;
  const idEnd = value.indexOf('"', 2);
  if (idEnd < 0 || value.charCodeAt(idEnd + 1) !== 44) return null;
  const timeEnd = value.indexOf(',', idEnd + 2);
  const amountEnd = timeEnd < 0 ? -1 : value.indexOf(',', timeEnd + 1);
  if (amountEnd < 0 || value.charCodeAt(amountEnd + 1) !== 34 || amountEnd + 2 > last) return null;
  if (!isPlainString(value, 2, idEnd) || !isPlainString(value, amountEnd + 2, last) || !isJsonNumber(value, idEnd + 2, timeEnd)) return null;
  const isNull = amountEnd - timeEnd === 5 && value.startsWith('null', timeEnd + 1);
  if (!isNull && !isJsonNumber(value, timeEnd + 1, amountEnd)) return null;
  return {
    customerId: value.slice(2, idEnd),
    time: Number(value.slice(idEnd + 2, timeEnd)),
    amount: isNull ? null : Number(value.slice(timeEnd + 1, amountEnd)),
    currency: value.slice(amountEnd + 2, last),
  };
}

/** The Counted cell read back; null when blank or not Clientele's (typed over by hand). */
export function decodeContribution(value: CellValue | undefined): Contribution | null {
  if (typeof value !== 'string' || !value.startsWith('[')) return null;
  const plain = decodePlain(value);
  if (plain) return plain;
  // Anything else (escapes, spaces, a cell typed by hand): as JSON reads it.
  try {
    const [customerId, time, amount, currency] = JSON.parse(value) as unknown[];
    if (typeof customerId !== 'string' || typeof time !== 'number' || typeof currency !== 'string') return null;
    if (amount !== null && typeof amount !== 'number') return null;
    return { customerId, time, amount, currency };
  } catch {
    return null;
  }
}

export function sameContribution(a: Contribution | null, b: Contribution | null): boolean {
  if (a === null || b === null) return a === b;
  return a.customerId === b.customerId && a.time === b.time && a.amount === b.amount && a.currency === b.currency;
}

/**
 * A Points cell: the points a row redeemed (negative), null when blank or 0. Only a redemption is
 * written there: earned points come from the owner's rule, so a positive number (a till's own
 * points, say) would be counted twice; it is unreadable, never guessed at.
 */
export function redeemedPoints(value: CellValue | undefined): number | null | 'unreadable' {
  if (value === undefined || isBlankCell(value)) return null;
  const number = readAmount(value);
  if (number.kind !== 'value' || !Number.isInteger(number.value) || number.value > 0) return 'unreadable';
  return number.value === 0 ? null : number.value;
}

/** Nothing in the row but what Clientele writes (the Customer ID and Counted cells). */
function blankForUser(row: readonly CellValue[], columns: HistoryColumns<PurchaseField>): boolean {
  for (let c = 0; c < row.length; c++) if (c !== columns.customerId && c !== columns.counted && !isBlankCell(row[c])) return false;
  return true;
}

/** Reads one row (0-based index into `values`, header at 0); problems are appended to `problems`. */
export function readPurchaseRow(
  values: readonly (readonly CellValue[])[],
  index: number,
  columns: HistoryColumns<PurchaseField>,
  reading: PurchaseReading,
  problems: PurchaseProblem[],
): PurchaseRecord | null {
  const row = values[index] ?? [];
  const headers = values[0] ?? [];
  const cell = (field: PurchaseField): CellValue | undefined => (columns[field] === undefined ? undefined : row[columns[field]!]);
  if (blankForUser(row, columns)) return null;
  let countable = true;
  const problem = (field: PurchaseField, reason: PurchaseProblemReason): void => {
    const column = columns[field]!;
    const value = row[column];
    problems.push({ row: index + 1, column: columnLetter(column), index: column, header: text(headers[column]), value: value instanceof Date ? value.toISOString() : text(value), reason });
    if (field !== 'quantity') countable = false;
  };

  let date: Date | null = null;
  if (columns.date !== undefined) {
    const dateReading = readDate(cell('date'), reading.locale, reading.timeZone);
    if (dateReading.kind === 'value') date = dateReading.value;
    else problem('date', dateReading.kind === 'blank' ? 'noDate' : dateReading.reason === 'ambiguousDate' ? 'ambiguousDate' : 'notDate');
  } else countable = false;

  let amount: number | null = null;
  let writtenCurrency: string | null = null;
  const amountCell = cell('amount');
  if (typeof amountCell === 'string' && !isBlankCell(amountCell)) {
    const money = parseMoney(amountCell);
    if (money) ({ amount, currency: writtenCurrency } = money);
    else problem('amount', 'notAmount');
  } else if (amountCell !== undefined && !isBlankCell(amountCell)) {
    const number = readAmount(amountCell);
    if (number.kind === 'value') amount = number.value;
    else problem('amount', 'notAmount');
  }

  let currency = writtenCurrency ?? reading.shopCurrency;
  const currencyCell = text(cell('currency'));
  if (currencyCell !== '') {
    const code = currencyCode(currencyCell);
    if (code === null) problem('currency', 'notCurrency');
    else if (writtenCurrency !== null && writtenCurrency !== code) problem('currency', 'currencyConflict');
    else currency = code;
  }

  let quantity: number | null = null;
  const quantityCell = cell('quantity');
  if (quantityCell !== undefined && !isBlankCell(quantityCell)) {
    const number = readAmount(quantityCell);
    if (number.kind === 'value' && number.value >= 0) quantity = number.value;
    else problem('quantity', 'notQuantity');
  }

  const redeemed = redeemedPoints(cell('points'));
  if (redeemed === 'unreadable') problem('points', 'notPoints');
  const points = redeemed === 'unreadable' ? null : redeemed;

  return {
    row: index + 1,
    date,
    customer: text(cell('customer')),
    customerId: text(cell('customerId')),
    amount,
    currency,
    quantity,
    item: text(cell('item')),
    branch: text(cell('branch')),
    staff: text(cell('staff')),
    payment: text(cell('payment')),
    note: text(cell('note')),
    points,
    countable,
    counted: decodeContribution(cell('counted')),
  };
}

/** Every purchase row of a table (header first), and what could not be read, by row and column. */
export function readPurchases(values: readonly (readonly CellValue[])[], columns: HistoryColumns<PurchaseField>, reading: PurchaseReading): { purchases: PurchaseRecord[]; problems: PurchaseProblem[] } {
  const purchases: PurchaseRecord[] = [];
  const problems: PurchaseProblem[] = [];
  for (let index = 1; index < values.length; index++) {
    const record = readPurchaseRow(values, index, columns, reading, problems);
    if (record) purchases.push(record);
  }
  return { purchases, problems };
}

/** What a purchase linked to this customer adds to the totals, or null when it cannot count. */
export function contributionOf(purchase: PurchaseRecord, customerId: string): Contribution | null {
  if (!purchase.countable || purchase.date === null || customerId === '') return null;
  return { customerId, time: purchase.date.getTime(), amount: purchase.amount, currency: purchase.currency };
}

/** The contributions a Counted column holds (cells that are not Clientele's are skipped). */
export function* contributionsOf(cells: Iterable<CellValue>): Iterable<Contribution> {
  for (const cell of cells) {
    const contribution = decodeContribution(cell);
    if (contribution) yield contribution;
  }
}
