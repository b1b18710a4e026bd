/**
 * A small reader of purchase rows for keep in touch: date, customer, amount, and when present
 * currency, item or service, and points (a negative number of points is a redemption). Headers
 * are recognised in the six languages. The customer cell is linked by customer ID, email or phone
 * only (a name alone is never enough); a row that cannot be linked or read is counted, never guessed.
 *
 * Stands in until the Purchases sheet's own reader (issue 16, core/purchases) is on main; it
 * takes the same columns so the Purchases sheet can replace it without changing the digest.
 */
import { normalisePhone } from '../cleaning/phone';
import type { CellValue } from '../customerRecord';
import { isBlankRow } from '../customerIds';
import { normaliseHeader } from '../headerRoles';
import { normaliseEmail } from '../privacy/suppression';
import { readAmount, readDate } from '../segments/cellReading';
import { zonedCalendar } from '../zonedDate';
import type { LoyaltyEntry } from './loyalty';

export const PURCHASE_ROW_FIELDS = ['date', 'customer', 'amount', 'currency', 'item', 'points'] as const;
type PurchaseRowField = (typeof PURCHASE_ROW_FIELDS)[number];

const HEADERS: Record<PurchaseRowField, readonly string[]> = {
  date: ['date', 'purchase date', 'visit date', 'дата', 'дата покупки', 'күні', 'огноо', 'تاریخ', 'تاریخ خرید', '日期', '购买日期'],
  customer: ['customer', 'customer id', 'client', 'клиент', 'id клиента', 'покупатель', 'клиент id', 'харилцагч', 'харилцагчийн id', 'مشتری', 'کد مشتری', 'شناسه مشتری', '客户', '客户编号'],
  amount: ['amount', 'sum', 'total', 'сумма', 'итого', 'сомасы', 'сома', 'дүн', 'مبلغ', 'جمع', '金额', '总额'],
  currency: ['currency', 'валюта', 'валют', 'واحد پول', 'ارز', '币种', '货币'],
  item: ['item', 'service', 'item or service', 'product', 'товар', 'услуга', 'товар или услуга', 'тауар', 'қызмет', 'тауар немесе қызмет', 'бараа', 'үйлчилгээ', 'бараа эсвэл үйлчилгээ', 'کالا', 'خدمت', 'کالا یا خدمت', '商品', '服务', '商品或服务'],
  points: ['points', 'баллы', 'бонусы', 'ұпай', 'ұпайлар', 'оноо', 'امتیاز', 'امتیازها', '积分'],
};

const FIELD_OF_HEADER = new Map(PURCHASE_ROW_FIELDS.flatMap((field) => HEADERS[field].map((header) => [normaliseHeader(header), field] as const)));

export interface CustomerKeys {
  id: string;
  email: string;
  phone: string;
}

export interface PurchaseRow {
  customerId: string;
  day: number;
  item: string;
  entry: LoyaltyEntry;
}

export interface PurchaseRowReading {
  rows: PurchaseRow[];
  /** Rows whose customer matched no one, or more than one customer. */
  unlinked: number;
  /** Rows with a date or amount that could not be read (row numbers, 1-based with the header). */
  unreadable: number[];
  /** The required columns the header lacks. */
  missing: PurchaseRowField[];
}

function linker(customers: readonly CustomerKeys[], defaultCountry: string | undefined): (text: string) => string | null {
  const byKey = new Map<string, string | null>();
  const add = (key: string, id: string) => byKey.set(key, byKey.has(key) && byKey.get(key) !== id ? null : id);
  for (const customer of customers) {
    if (customer.id === '') continue;
    add(`id:${customer.id.trim().toUpperCase()}`, customer.id);
    if (customer.email.includes('@')) add(`email:${normaliseEmail(customer.email)}`, customer.id);
    const phone = customer.phone.trim() === '' ? null : normalisePhone(customer.phone, defaultCountry);
    if (phone) add(`phone:${phone}`, customer.id);
  }
  return (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    const phone = /\d{6,}/.test(trimmed.replace(/\D/g, '')) && !trimmed.includes('@') ? normalisePhone(trimmed, defaultCountry) : null;
    const keys = [`id:${trimmed.toUpperCase()}`, `email:${normaliseEmail(trimmed)}`, ...(phone ? [`phone:${phone}`] : [])];
    for (const key of keys) if (byKey.has(key)) return byKey.get(key) ?? null;
    return null;
  };
}

export function readPurchaseRows(
  values: readonly (readonly CellValue[])[],
  customers: readonly CustomerKeys[],
  reading: { locale: string; timeZone: string; defaultCountry: string | undefined },
): PurchaseRowReading {
  const column: Partial<Record<PurchaseRowField, number>> = {};
  (values[0] ?? []).forEach((header, index) => {
    const field = FIELD_OF_HEADER.get(normaliseHeader(String(header)));
    if (field && column[field] === undefined) column[field] = index;
  });
  const missing = (['date', 'customer'] as const).filter((field) => column[field] === undefined);
  const result: PurchaseRowReading = { rows: [], unlinked: 0, unreadable: [], missing };
  if (missing.length > 0) return result;
  const link = linker(customers, reading.defaultCountry);
  const calendar = zonedCalendar(reading.timeZone);
  const cell = (row: readonly CellValue[], field: PurchaseRowField) => (column[field] === undefined ? undefined : row[column[field]!]);
  values.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const date = readDate(cell(row, 'date'), reading.locale, reading.timeZone);
    const amount = readAmount(cell(row, 'amount'));
    const points = readAmount(cell(row, 'points'));
    if (date.kind !== 'value' || amount.kind === 'unreadable' || points.kind === 'unreadable') {
      result.unreadable.push(index + 1);
      return;
    }
    const customerId = link(String(cell(row, 'customer') ?? ''));
    if (customerId === null) {
      result.unlinked += 1;
      return;
    }
    const day = calendar.dayNumber(date.value.getTime());
    const currency = String(cell(row, 'currency') ?? '').trim().toUpperCase();
    const item = String(cell(row, 'item') ?? '').trim();
    if (points.kind === 'value' && points.value < 0) {
      result.rows.push({ customerId, day, item, entry: { kind: 'redemption', day, points: points.value } });
      return;
    }
    const value = amount.kind === 'value' ? amount.value : null;
    result.rows.push({ customerId, day, item, entry: { kind: 'purchase', day, amount: value, currency } });
  });
  return result;
}
