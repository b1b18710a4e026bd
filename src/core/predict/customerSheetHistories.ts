/**
 * Histories from the customer sheet when it has no purchases of its own to read: the purchase
 * count, first and last purchase and total spent columns give x = count − 1, tₓ = last − first
 * and T = today − first; the mean spend is the total over the count (the first purchase
 * included: the sheet does not say what it cost). A count above 1 with the first and last
 * purchase on one day is several purchases on one day: one transaction, as the papers count.
 * A customer whose cells disagree is listed by row and column and left out, never guessed.
 */
import { columnLetter } from '../columnLetters';
import type { CellValue } from '../customerRecord';
import { isBlankRow } from '../customerIds';
import { normaliseHeader, type RecognisedColumns } from '../headerRoles';
import { dayCounter, readAmount, readCount, readDate, type Reading, type UnreadableReason } from '../segments/cellReading';
import { purchaseCountIndex } from '../segments/customerSegments';
import { findTotalsColumns } from '../purchases/customerTotals';
import type { CustomerSummary } from './customerPredictions';

/** Headers of a first purchase column, in the six languages. */
const FIRST_PURCHASE_HEADERS = new Set(
  [
    'first purchase', 'first purchase date', 'first order', 'first order date', 'customer since', 'first visit',
    'первая покупка', 'дата первой покупки', 'первый заказ', 'дата первого заказа', 'первый визит',
    'алғашқы сатып алу', 'бірінші сатып алу', 'алғашқы тапсырыс', 'алғашқы сатып алу күні',
    'анхны худалдан авалт', 'анхны захиалга', 'анх худалдан авсан огноо',
    'اولین خرید', 'تاریخ اولین خرید', 'نخستین خرید', 'اولین سفارش',
    '首次购买', '首次购买时间', '首次购买日期', '第一次购买', '首单日期', '首次消费',
  ].map(normaliseHeader),
);

/** A currency as a cell names it: trimmed, in capitals ("kzt " and "KZT" are one). */
const currencyOf = (value: CellValue | undefined) => (typeof value === 'string' ? value.normalize('NFKC').trim().toUpperCase() : '');

export type SheetHistoryColumn = 'purchaseCount' | 'firstPurchase' | 'lastPurchase' | 'totalSpent';

export type SheetHistoryReason = UnreadableReason | 'lastBeforeFirst' | 'afterToday' | 'oneTwoDates';

export interface SheetHistoryProblem {
  row: number;
  column: string;
  header: string;
  value: string;
  reason: SheetHistoryReason;
}

export interface SheetHistories {
  /** The columns the sheet lacks; when any is missing there are no summaries. */
  missing: SheetHistoryColumn[];
  summaries: CustomerSummary[];
  /** The values index (0 is the header) of each summary's row. */
  indexes: number[];
  problems: SheetHistoryProblem[];
}

export interface SheetHistoryInput {
  values: readonly (readonly CellValue[])[];
  columns: RecognisedColumns;
  today: Date;
  timeZone: string;
  locale: string;
}

const textOf = (value: CellValue | undefined) => (value instanceof Date ? value.toISOString() : String(value ?? ''));

export function sheetHistories({ values, columns, today, timeZone, locale }: SheetHistoryInput): SheetHistories {
  const headers = values[0] ?? [];
  const firstIndex = columns.extras.find((i) => FIRST_PURCHASE_HEADERS.has(normaliseHeader(String(headers[i] ?? ''))));
  // The Currency column the purchase totals keep (its header in any of the six languages): with one,
  // each customer's total is in her row's currency, and spend is predicted per currency.
  const currencyAt = findTotalsColumns(headers, columns).currency;
  const found: Record<SheetHistoryColumn, number | undefined> = {
    purchaseCount: purchaseCountIndex(headers, columns) ?? undefined,
    firstPurchase: firstIndex,
    lastPurchase: columns.roles.lastPurchase,
    totalSpent: columns.roles.totalSpent,
  };
  const missing = (Object.keys(found) as SheetHistoryColumn[]).filter((column) => found[column] === undefined);
  const result: SheetHistories = { missing, summaries: [], indexes: [], problems: [] };
  if (missing.length > 0) return result;
  const [countAt, firstAt, lastAt, spentAt] = [found.purchaseCount, found.firstPurchase, found.lastPurchase, found.totalSpent] as number[] as [number, number, number, number];
  const dayOf = dayCounter(timeZone);
  const todayDay = dayOf(today);
  const problem = (index: number, column: number, row: readonly CellValue[], reason: SheetHistoryReason) =>
    result.problems.push({ row: index + 1, column: columnLetter(column), header: String(headers[column] ?? ''), value: textOf(row[column]), reason });
  const value = <T>(reading: Reading<T>, index: number, column: number, row: readonly CellValue[]): T | null | undefined => {
    if (reading.kind === 'value') return reading.value;
    if (reading.kind === 'unreadable') problem(index, column, row, reading.reason);
    return reading.kind === 'blank' ? null : undefined;
  };
  values.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const count = value(readCount(row[countAt]), index, countAt, row);
    const first = value(readDate(row[firstAt], locale, timeZone), index, firstAt, row);
    const last = value(readDate(row[lastAt], locale, timeZone), index, lastAt, row);
    const spent = value(readAmount(row[spentAt]), index, spentAt, row);
    // undefined: unreadable, already listed. null: blank — a customer with no purchase yet.
    if (count === undefined || first === undefined || last === undefined || spent === undefined) return;
    if (!count || first === null || last === null) return;
    const firstDay = dayOf(first);
    const lastDay = dayOf(last);
    if (lastDay < firstDay) return void problem(index, lastAt, row, 'lastBeforeFirst');
    if (lastDay > todayDay) return void problem(index, lastAt, row, 'afterToday');
    if (count === 1 && lastDay !== firstDay) return void problem(index, countAt, row, 'oneTwoDates');
    const frequency = lastDay === firstDay ? 0 : count - 1;
    const id = columns.roles.id === undefined ? '' : textOf(row[columns.roles.id]).trim();
    result.summaries.push({
      customer: id || `row ${index + 1}`,
      frequency,
      recency: lastDay - firstDay,
      T: todayDay - firstDay,
      spend: spent === null ? null : { count, mean: spent / count },
      ...(currencyAt === undefined ? {} : { currency: currencyOf(row[currencyAt]) }),
    });
    result.indexes.push(index);
  });
  return result;
}
