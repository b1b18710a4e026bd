/**
 * Birthdays and customer-since anniversaries in the customer's own calendar. A date written in
 * Solar Hijri (۱۳۷۰/۰۵/۱۲, 12 مرداد 1370) recurs on its Solar Hijri day each year; a Gregorian one on
 * its Gregorian day. The two calendars are both solar, so the days differ by a day at most, but a
 * greeting a day early or late is what the issue is about.
 *
 * A day a year lacks is celebrated on the last day of that month: 29 February on 28 February
 * and Esfand 30 on Esfand 29 in common years. The greeting stays in the person's month and year
 * (1 March would count a leapling's birthday in the next month; 1 Farvardin is Nowruz, the next
 * Solar Hijri year), and a greeting a day early reads as remembered, a day late as forgotten.
 *
 * Days are whole days: a day number counts days since 1970-01-01, a Gregorian date in the
 * spreadsheet's time zone, so two subtract to the days between them.
 */
import { parseCalendarDateText, serialToDate, type Calendar } from '../cleaning/dates';
import { gregorianToJalali, jalaliMonthLength, jalaliToGregorian, type CalendarDate } from '../cleaning/jalali';
import type { CellValue } from '../customerRecord';
import { isBlankCell } from '../customerIds';
import { languageFromLocale } from '../i18n/languages';
import { zonedCalendar } from '../zonedDate';

export type { Calendar };

const DAY_MS = 86_400_000;

/** A date as written: its day in the calendar it was written in. */
export interface WrittenDate {
  calendar: Calendar;
  date: CalendarDate;
}

export function dayNumber({ year, month, day }: CalendarDate): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

export function gregorianOfDay(day: number): CalendarDate {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function gregorianMonthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Gregorian day of a written date. */
export function dayOfWritten({ calendar, date }: WrittenDate): number | null {
  const gregorian = calendar === 'jalali' ? jalaliToGregorian(date) : date;
  return gregorian ? dayNumber(gregorian) : null;
}

/** The year a day falls in, counted in a calendar. */
function yearIn(calendar: Calendar, day: number): number | null {
  const gregorian = gregorianOfDay(day);
  return calendar === 'jalali' ? (gregorianToJalali(gregorian)?.year ?? null) : gregorian.year;
}

/** The day a written date recurs on in `year` of its calendar: the month's last day for a day that year lacks. */
export function recurrenceIn(written: WrittenDate, year: number): number | null {
  const { calendar, date } = written;
  const length = calendar === 'jalali' ? jalaliMonthLength(year, date.month) : gregorianMonthLength(year, date.month);
  return dayOfWritten({ calendar, date: { year, month: date.month, day: Math.min(date.day, length) } });
}

export interface Recurrence {
  /** The Gregorian day of the celebration. */
  day: number;
  /** Years since the written date, counted in its calendar (a 30th birthday is 30). */
  years: number;
}

/** Every recurrence of a written date from day `from` through day `to`, after the date itself. */
export function recurrencesBetween(written: WrittenDate, from: number, to: number): Recurrence[] {
  const first = yearIn(written.calendar, from);
  const last = yearIn(written.calendar, to);
  if (first === null || last === null) return [];
  const recurrences: Recurrence[] = [];
  for (let year = Math.max(first, written.date.year + 1); year <= last; year++) {
    const day = recurrenceIn(written, year);
    if (day !== null && day >= from && day <= to) recurrences.push({ day, years: year - written.date.year });
  }
  return recurrences;
}

/**
 * The calendar a date cell is read in. Sheets shows date cells in the Gregorian calendar, but a
 * Persian sheet's dates were typed in Solar Hijri (the cleaners turned them into date cells),
 * so in a Persian-locale spreadsheet a date cell's day is taken as Solar Hijri.
 */
export function dateCellCalendar(locale: string): Calendar {
  return languageFromLocale(locale) === 'fa' ? 'jalali' : 'gregorian';
}

export type WrittenDateReading = { kind: 'blank' } | { kind: 'value'; value: WrittenDate } | { kind: 'unreadable' };

/** A birth date or customer-since cell: a date cell, a serial number or a date typed as text in either calendar. */
export function readWrittenDate(value: CellValue | undefined, locale: string, timeZone: string): WrittenDateReading {
  if (value === undefined || isBlankCell(value)) return { kind: 'blank' };
  if (typeof value === 'string') {
    const parsed = parseCalendarDateText(value, locale);
    return typeof parsed === 'string' ? { kind: 'unreadable' } : { kind: 'value', value: parsed };
  }
  const instant = value instanceof Date ? value : typeof value === 'number' ? serialToDate(value, timeZone) : null;
  if (!instant || Number.isNaN(instant.getTime())) return { kind: 'unreadable' };
  const gregorian = zonedCalendar(timeZone).dateAt(instant.getTime());
  if (dateCellCalendar(locale) === 'gregorian') return { kind: 'value', value: { calendar: 'gregorian', date: gregorian } };
  const jalali = gregorianToJalali(gregorian);
  return jalali ? { kind: 'value', value: { calendar: 'jalali', date: jalali } } : { kind: 'value', value: { calendar: 'gregorian', date: gregorian } };
}
