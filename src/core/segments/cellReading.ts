/**
 * Reading the cells segments need — dates, amounts, counts, yes/no — with the same rules as the
 * cleaners (Persian digits, Solar Hijri and Chinese dates, "54 000 тг", "3680元"), without
 * changing the sheet. A value that cannot be read for sure is reported, never guessed.
 */
import { parseAmount } from '../cleaning/amounts';
import { parseDateText, serialToDate } from '../cleaning/dates';
import { parseYesNo, type CellValue } from '../customerRecord';
import { isBlankCell } from '../customerIds';
import { zonedCalendar } from '../zonedDate';

export type Reading<T> = { kind: 'blank' } | { kind: 'value'; value: T } | { kind: 'unreadable'; reason: UnreadableReason };
export type UnreadableReason = 'notDate' | 'ambiguousDate' | 'notNumber' | 'notCount' | 'notYesNo';

const BLANK = { kind: 'blank' } as const;

/** A date cell, a date typed as text (read by the spreadsheet's locale and time zone) or a serial number. */
export function readDate(value: CellValue | undefined, locale: string, timeZone: string): Reading<Date> {
  if (value === undefined || isBlankCell(value)) return BLANK;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'unreadable', reason: 'notDate' } : { kind: 'value', value };
  if (typeof value === 'number') {
    const date = serialToDate(value, timeZone);
    return date ? { kind: 'value', value: date } : { kind: 'unreadable', reason: 'notDate' };
  }
  if (typeof value !== 'string') return { kind: 'unreadable', reason: 'notDate' };
  const parsed = parseDateText(value, locale, timeZone);
  if (parsed instanceof Date) return { kind: 'value', value: parsed };
  return { kind: 'unreadable', reason: parsed === 'ambiguousDate' ? 'ambiguousDate' : 'notDate' };
}

/** A number, or an amount typed as text with its currency. */
export function readAmount(value: CellValue | undefined): Reading<number> {
  if (value === undefined || isBlankCell(value)) return BLANK;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'unreadable', reason: 'notNumber' };
  if (typeof value !== 'string') return { kind: 'unreadable', reason: 'notNumber' };
  const amount = parseAmount(value);
  return amount === null ? { kind: 'unreadable', reason: 'notNumber' } : { kind: 'value', value: amount };
}

/** A count of purchases: a whole number, zero or more. */
export function readCount(value: CellValue | undefined): Reading<number> {
  const amount = readAmount(value);
  if (amount.kind !== 'value') return amount.kind === 'blank' ? amount : { kind: 'unreadable', reason: 'notCount' };
  return Number.isInteger(amount.value) && amount.value >= 0 ? amount : { kind: 'unreadable', reason: 'notCount' };
}

/** Yes or no in any of the six languages, or a checkbox. */
export function readYesNo(value: CellValue | undefined): Reading<boolean> {
  if (value === undefined || isBlankCell(value)) return BLANK;
  const answer = parseYesNo(value);
  return answer === null ? { kind: 'unreadable', reason: 'notYesNo' } : { kind: 'value', value: answer };
}

/**
 * The local calendar day of a moment in a time zone, as a whole number of days since
 * 1970-01-01, so that two days subtract to the days between them.
 */
export function dayCounter(timeZone: string): (date: Date) => number {
  const calendar = zonedCalendar(timeZone);
  return (date) => calendar.dayNumber(date.getTime());
}
