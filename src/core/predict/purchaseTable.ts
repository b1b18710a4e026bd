/**
 * A table of purchases — one row per purchase: who, when, how much — read into purchases for
 * the models. The columns are found from the headers in the six languages (the customer column
 * by the customer-sheet roles: ID, else name, email or phone; the date and amount by their own
 * headers or the customer sheet's "Last purchase" / "Total spent" kinds), or named by the user.
 * Dates and amounts are read as the cleaners read them (Solar Hijri and Chinese dates, Persian
 * digits, "54 000 тг", "3680元"); a cell that cannot be read is listed by row and column and
 * never guessed.
 */
import { columnLetter } from '../columnLetters';
import type { CellValue } from '../customerRecord';
import { isBlankCell, isBlankRow } from '../customerIds';
import { normaliseHeader, recogniseColumns } from '../headerRoles';
import { dayCounter, readAmount, readDate, type UnreadableReason } from '../segments/cellReading';
import type { Purchase } from './purchaseHistories';

export const PURCHASE_FIELDS = ['customer', 'date', 'amount'] as const;
export type PurchaseField = (typeof PURCHASE_FIELDS)[number];

/** 0-based column of each field; amount may be absent (then spend is not predicted). */
export interface PurchaseColumns {
  customer: number;
  date: number;
  amount: number | null;
}

/** Header texts the user named for some fields (`--date-column Paid on`). */
export type PurchaseColumnChoice = Partial<Record<PurchaseField, string>>;

export type PurchaseColumnsResult =
  | { columns: PurchaseColumns }
  | { missing: PurchaseField[] }
  | { unknownHeader: { field: PurchaseField; header: string } };

const DATE_HEADERS = new Set(
  [
    'date', 'purchase date', 'order date', 'date of purchase', 'paid on', 'day', 'visit date', 'transaction date',
    'дата', 'дата покупки', 'дата заказа', 'дата визита', 'дата оплаты', 'день',
    'күні', 'сатып алу күні', 'тапсырыс күні', 'төлем күні',
    'огноо', 'худалдан авсан огноо', 'захиалгын огноо', 'төлсөн огноо',
    'تاریخ', 'تاریخ خرید', 'تاریخ سفارش', 'تاریخ پرداخت',
    '日期', '购买日期', '订单日期', '消费日期', '付款日期', '时间',
  ].map(normaliseHeader),
);

const AMOUNT_HEADERS = new Set(
  [
    'amount', 'total', 'sum', 'price', 'value', 'order total', 'order value', 'paid', 'revenue', 'sales',
    'сумма', 'стоимость', 'итого', 'цена', 'оплачено', 'сумма покупки', 'сумма заказа',
    'сома', 'сомасы', 'бағасы', 'төленді', 'сатып алу сомасы',
    'дүн', 'үнэ', 'нийт', 'төлсөн дүн', 'худалдан авалтын дүн',
    'مبلغ', 'قیمت', 'جمع', 'مبلغ خرید', 'مبلغ پرداختی',
    '金额', '总额', '价格', '消费金额', '订单金额', '实付', '实付金额',
  ].map(normaliseHeader),
);

function headerIndex(headers: readonly CellValue[], wanted: ReadonlySet<string>, taken: ReadonlySet<number>): number | undefined {
  const index = headers.findIndex((header, i) => !taken.has(i) && typeof header === 'string' && wanted.has(normaliseHeader(header)));
  return index >= 0 ? index : undefined;
}

/** The columns of a purchases table: those the user named, else those the headers say. */
export function purchaseColumns(headers: readonly CellValue[], choice: PurchaseColumnChoice = {}): PurchaseColumnsResult {
  const found: Partial<Record<PurchaseField, number>> = {};
  for (const field of PURCHASE_FIELDS) {
    const named = choice[field];
    if (named === undefined) continue;
    const index = headers.findIndex((header) => normaliseHeader(String(header ?? '')) === normaliseHeader(named));
    if (index < 0) return { unknownHeader: { field, header: named } };
    found[field] = index;
  }
  const { roles } = recogniseColumns(headers);
  const taken = () => new Set(Object.values(found));
  found.customer ??= [roles.id, roles.name, roles.email, roles.phone].find((index) => index !== undefined && !taken().has(index));
  found.date ??= headerIndex(headers, DATE_HEADERS, taken()) ?? (roles.lastPurchase !== undefined && !taken().has(roles.lastPurchase) ? roles.lastPurchase : undefined);
  found.amount ??= headerIndex(headers, AMOUNT_HEADERS, taken()) ?? (roles.totalSpent !== undefined && !taken().has(roles.totalSpent) ? roles.totalSpent : undefined);
  const missing = (['customer', 'date'] as const).filter((field) => found[field] === undefined);
  if (missing.length > 0) return { missing };
  return { columns: { customer: found.customer as number, date: found.date as number, amount: found.amount ?? null } };
}

export type PurchaseCellReason = UnreadableReason | 'blankCustomer' | 'blankDate';

/** A cell that kept a purchase out (customer or date) or its amount unknown: named by row and column. */
export interface PurchaseCellProblem {
  /** 1-based sheet row. */
  row: number;
  column: string;
  header: string;
  value: string;
  reason: PurchaseCellReason;
}

export interface PurchaseRows {
  purchases: Purchase[];
  problems: PurchaseCellProblem[];
}

const textOf = (value: CellValue | undefined) => (value instanceof Date ? value.toISOString() : String(value ?? '').trim());

/** Every non-blank row after the header as a purchase, its day in the spreadsheet's time zone. */
export function readPurchaseRows(values: readonly (readonly CellValue[])[], columns: PurchaseColumns, locale: string, timeZone: string): PurchaseRows {
  const headers = values[0] ?? [];
  const dayOf = dayCounter(timeZone);
  const purchases: Purchase[] = [];
  const problems: PurchaseCellProblem[] = [];
  const problem = (index: number, column: number, row: readonly CellValue[], reason: PurchaseCellReason) =>
    problems.push({ row: index + 1, column: columnLetter(column), header: String(headers[column] ?? ''), value: textOf(row[column]), reason });
  values.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const customerCell = row[columns.customer];
    if (customerCell === undefined || isBlankCell(customerCell)) return void problem(index, columns.customer, row, 'blankCustomer');
    const date = readDate(row[columns.date], locale, timeZone);
    if (date.kind !== 'value') return void problem(index, columns.date, row, date.kind === 'blank' ? 'blankDate' : date.reason);
    let amount: number | null = null;
    if (columns.amount !== null) {
      const reading = readAmount(row[columns.amount]);
      if (reading.kind === 'value') amount = reading.value;
      else if (reading.kind === 'unreadable') problem(index, columns.amount, row, reading.reason);
    }
    purchases.push({ customer: textOf(customerCell), day: dayOf(date.value), amount });
  });
  return { purchases, problems };
}
