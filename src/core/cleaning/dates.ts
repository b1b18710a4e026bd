/**
 * Dates typed as text (or spreadsheet serial numbers) become real dates: a JS Date at
 * midnight of that day in the spreadsheet's time zone, which Sheets writes as a date cell.
 *
 * Recognised (digits in any script, see digits.ts; a time such as `14:30`, `2:30 pm`,
 * `14:30:05Z` or `14:30+05:00` may follow):
 * - year first: `2026-03-05`, `2026-03-05T14:30`, `2026/3/5`, `2026.03.05`;
 * - day first with dots: `05.03.2026`, `5.3.26` (dots are day-first everywhere);
 * - with slashes or dashes, `05/03/2026`: the order is the spreadsheet locale's (month first
 *   for en_US and the few other locales in MONTH_FIRST, day first for ru, kk, mn, fa, en_GB…;
 *   see `dayMonthOrder`). With an unknown locale (`en`, `zh_CN`…) the value settles the order
 *   when one part is over 12, and a date such as 05/03/2026 is flagged `ambiguousDate`. A value
 *   that is impossible in the locale's order (13/02/2026 in en_US) is `invalidDate`: the
 *   column is probably in the other order, which is the user's call, not ours;
 * - month names in English, Russian (марта, мар., март), Kazakh (наурыз), Persian (Solar Hijri
 *   اردیبهشت and Gregorian مارس): `5 марта 2026 г.`, `March 5, 2026`, `5 March 2026`,
 *   `2026 жылғы 5 наурыз`, `۱۵ اردیبهشت ۱۴۰۵`;
 * - Mongolian `2026 оны 3 сарын 5`, `2026 оны 3-р сарын 5-ны өдөр`, `2026 оны гуравдугаар сарын 5`;
 * - Chinese `2026年3月5日`.
 * Two-digit years follow Sheets and Excel: 00-29 are 2000-2029, 30-99 are 1930-1999.
 * Numeric years 1300-1499 are Solar Hijri (Jalali), converted to Gregorian (jalali.ts); a
 * Jalali date with the year last is read day first (15/02/1405).
 * A number is a spreadsheet serial (days since 1899-12-30) when it is within 1-80000; the
 * caller decides that a column holds dates by calling cleanDate.
 */
import { type CellValue, type CleanResult, type CleaningContext, type ProblemKind, unchanged } from './cleanResult';
import { toAsciiDigits } from './digits';
import { type CalendarDate, jalaliToGregorian } from './jalali';
import { toPersianLetters } from './persianLetters';
import { cleanWhitespace } from './text';
import { type WallTime, wallMillis, zonedCalendar } from '../zonedDate';

const DAY_MS = 86_400_000;
const JALALI_YEARS = { first: 1300, last: 1499 };
const SERIAL_RANGE = { first: 1, last: 80_000 };
/** 1899-12-30, day 0 of Sheets' serial dates. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

export type Calendar = 'gregorian' | 'jalali';

export interface ParsedDate {
  date: CalendarDate;
  calendar: Calendar;
}

/** The instant a wall time is shown in `timeZone` (see ZonedCalendar.instantOf). */
function zonedTime(wall: WallTime, timeZone: string): Date {
  return zonedCalendar(timeZone).instantOf(wall);
}

/** Midnight at the start of a day (month 1-12) in an IANA time zone, correct across DST. */
export function dateAtMidnight(year: number, month: number, day: number, timeZone: string): Date {
  return zonedTime({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

function isValidGregorianDate({ year, month, day }: CalendarDate): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const lastDay = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && !isLeap ? 28 : lastDay);
}

function isJalaliYear(year: number): boolean {
  return year >= JALALI_YEARS.first && year <= JALALI_YEARS.last;
}

/** Sheets and Excel: 00-29 are 2000-2029, 30-99 are 1930-1999. */
export function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/** Locales whose short dates are month first; all with these regions and en/es/fil. */
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI', 'FM', 'MH', 'PW']);
const MONTH_FIRST_LANGUAGES = new Set(['en', 'es', 'fil']);
/** Languages whose short dates are day first whatever the region. */
const DAY_FIRST_LANGUAGES = new Set([
  'ru', 'kk', 'mn', 'fa', 'uk', 'be', 'uz', 'ky', 'tg', 'tk', 'az', 'hy', 'ka', 'tr', 'ar', 'he', 'ur', 'hi',
  'de', 'fr', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'ro', 'bg', 'sr', 'hr', 'sl', 'el', 'da', 'nb', 'no', 'sv',
  'fi', 'et', 'lv', 'lt', 'id', 'ms', 'vi', 'th',
]);
/** English-speaking regions that write day first (en_CA and bare `en` stay unknown). */
const DAY_FIRST_ENGLISH_REGIONS = new Set(['GB', 'AU', 'NZ', 'IE', 'IN', 'ZA', 'SG', 'MY', 'PK', 'NG', 'KE', 'HK']);

export type DayMonthOrder = 'dayFirst' | 'monthFirst' | 'unknown';

/** How a spreadsheet locale (en_US, ru, fa_IR, zh-CN…) orders the day and month of 05/03/2026. */
export function dayMonthOrder(locale: string): DayMonthOrder {
  const [language = '', region = ''] = locale.trim().split(/[_-]/);
  const lang = language.toLowerCase();
  const country = region.toUpperCase();
  if (MONTH_FIRST_REGIONS.has(country) && MONTH_FIRST_LANGUAGES.has(lang)) return 'monthFirst';
  if (DAY_FIRST_LANGUAGES.has(lang)) return 'dayFirst';
  if (lang === 'es' && country !== '') return 'dayFirst';
  if (lang === 'en' && DAY_FIRST_ENGLISH_REGIONS.has(country)) return 'dayFirst';
  return 'unknown';
}

/** Month names in order, January (or Farvardin) first. */
const MONTH_LISTS: Array<[Calendar, string[]]> = [
  ['gregorian', ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']],
  ['gregorian', ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']],
  ['gregorian', ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']],
  ['gregorian', ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']],
  ['gregorian', ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек']],
  ['gregorian', ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']],
  ['gregorian', ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر']],
  ['jalali', ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند']],
];
/** Other spellings and abbreviations. */
const MONTH_VARIANTS: Array<[Calendar, Record<string, number>]> = [
  ['gregorian', { sept: 9, февр: 2, сент: 9, нояб: 11, می: 5, ژوییه: 7, آگوست: 8 }],
  ['jalali', { امرداد: 5 }],
];

const MONTHS = new Map<string, { month: number; calendar: Calendar }>();
for (const [calendar, names] of MONTH_LISTS) names.forEach((name, index) => MONTHS.set(toPersianLetters(name), { month: index + 1, calendar }));
for (const [calendar, names] of MONTH_VARIANTS) {
  for (const [name, month] of Object.entries(names)) MONTHS.set(toPersianLetters(name), { month, calendar });
}

/** Mongolian months are ordinals: гуравдугаар сар, the third month. */
const MONGOLIAN_ORDINALS = [
  'нэгдүгээр', 'хоёрдугаар', 'гуравдугаар', 'дөрөвдүгээр', 'тавдугаар', 'зургаадугаар',
  'долоодугаар', 'наймдугаар', 'есдүгээр', 'аравдугаар', 'арван нэгдүгээр', 'арван хоёрдугаар',
];

/** Text ready for the patterns: ASCII digits, Persian letters, lower case, single spaces, no bidi marks. */
function normaliseDateText(text: string): string {
  return toPersianLetters(toAsciiDigits(cleanWhitespace(text).normalize('NFKC')))
    .replace(/[\u200C\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\u060C/g, ',')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const TIME = /(?:t| |, ?)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)? ?(am|pm|a\.m\.|p\.m\.)? ?(z|[+-]\d{2}(?::?\d{2})?)?$/;

interface ParsedTime {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Offset from UTC in minutes when the text gives one (Z, +05:00). */
  offsetMinutes?: number;
}

function parseTime(match: RegExpMatchArray): ParsedTime | null {
  const [, hourText = '', minuteText = '', secondText = '0', fraction = '0', meridiem, zone] = match;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.startsWith('p') ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const time: ParsedTime = { hour, minute, second, millisecond: Number(fraction.padEnd(3, '0')) };
  if (zone) {
    const [, sign = '+', hours = '0', minutes = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
    time.offsetMinutes = zone === 'z' ? 0 : (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  }
  return time;
}

type DateReading = ParsedDate | { problem: ProblemKind };

function numericDate(year: string, month: string, day: string): ParsedDate {
  const date = { year: fullYear(year), month: Number(month), day: Number(day) };
  return { date, calendar: year.length === 4 && isJalaliYear(date.year) ? 'jalali' : 'gregorian' };
}

function isValidReading({ date, calendar }: ParsedDate): boolean {
  return calendar === 'jalali' ? jalaliToGregorian(date) !== null : isValidGregorianDate(date);
}

function slashDate(first: string, second: string, year: string, locale: string): DateReading {
  const dayFirst = numericDate(year, second, first);
  const monthFirst = numericDate(year, first, second);
  if (dayFirst.calendar === 'jalali') return dayFirst;
  const order = dayMonthOrder(locale);
  if (order === 'dayFirst') return dayFirst;
  if (order === 'monthFirst') return monthFirst;
  const dayFirstValid = isValidReading(dayFirst);
  const monthFirstValid = isValidReading(monthFirst);
  if (dayFirstValid && monthFirstValid && Number(first) !== Number(second)) return { problem: 'ambiguousDate' };
  return monthFirstValid && !dayFirstValid ? monthFirst : dayFirst;
}

const YEAR_WORDS = / (?:г\.?|года|год|ж\.?|жылғы|жылы|жыл)(?= |$)/g;
const MONTH_WORD = '(\\p{L}+)\\.?';
const DAY_NUMBER = '(\\d{1,2})(?:st|nd|rd|th|-?го|-?е)?';
const NAMED_PATTERNS: Array<{ pattern: RegExp; order: ['day' | 'month' | 'year', 'day' | 'month' | 'year', 'day' | 'month' | 'year'] }> = [
  { pattern: new RegExp(`^${DAY_NUMBER}[ /-]${MONTH_WORD}[ /-](\\d{4})$`, 'u'), order: ['day', 'month', 'year'] },
  { pattern: new RegExp(`^${MONTH_WORD} ${DAY_NUMBER},? (\\d{4})$`, 'u'), order: ['month', 'day', 'year'] },
  { pattern: new RegExp(`^(\\d{4}),? ${MONTH_WORD} ${DAY_NUMBER}$`, 'u'), order: ['year', 'month', 'day'] },
  { pattern: new RegExp(`^(\\d{4}),? ${DAY_NUMBER} ${MONTH_WORD}$`, 'u'), order: ['year', 'day', 'month'] },
];

function namedMonthDate(text: string): DateReading | null {
  const words = text.replace(/,/g, ' ').replace(/ +/g, ' ').replace(YEAR_WORDS, '').trim();
  for (const { pattern, order } of NAMED_PATTERNS) {
    const match = pattern.exec(words);
    if (!match) continue;
    const part = (name: 'day' | 'month' | 'year'): string => match[order.indexOf(name) + 1] ?? '';
    const month = MONTHS.get(part('month'));
    if (!month) return null;
    const date = { year: Number(part('year')), month: month.month, day: Number(part('day')) };
    if (isJalaliYear(date.year) !== (month.calendar === 'jalali')) return { problem: 'invalidDate' };
    return { date, calendar: month.calendar };
  }
  return null;
}

const MONGOLIAN = /^(\d{4}) ?оны (.+?) ?сар(?:ын)? (\d{1,2})(?: ?-? ?(?:ны|ний|нд))?(?: өдөр)?$/;

function mongolianDate(text: string): DateReading | null {
  const match = MONGOLIAN.exec(text);
  if (!match) return null;
  const [, year = '', monthText = '', day = ''] = match;
  const numbered = /^(\d{1,2})(?: ?-? ?(?:р|дугаар|дүгээр))?$/.exec(monthText);
  const month = numbered ? Number(numbered[1]) : MONGOLIAN_ORDINALS.indexOf(monthText) + 1;
  if (month === 0) return null;
  return numericDate(year, String(month), day);
}

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\.?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?$/;
const SLASHED = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/;
const CHINESE = /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号號]?$/;

function parseDatePart(text: string, locale: string): DateReading | null {
  let match: RegExpExecArray | null;
  if ((match = YEAR_FIRST.exec(text))) return numericDate(match[1] ?? '', match[3] ?? '', match[4] ?? '');
  if ((match = DOTTED.exec(text))) return numericDate(match[3] ?? '', match[2] ?? '', match[1] ?? '');
  if ((match = SLASHED.exec(text))) return slashDate(match[1] ?? '', match[3] ?? '', match[4] ?? '', locale);
  if ((match = CHINESE.exec(text))) return numericDate(match[1] ?? '', match[2] ?? '', match[3] ?? '');
  return mongolianDate(text) ?? namedMonthDate(text);
}

function toGregorian({ date, calendar }: ParsedDate): CalendarDate | null {
  if (calendar === 'jalali') return jalaliToGregorian(date);
  return isValidGregorianDate(date) ? date : null;
}

/** A date typed as text, read as described above: the Date, or the problem. */
export function parseDateText(text: string, locale: string, timeZone: string): Date | ProblemKind {
  const normalised = normaliseDateText(text);
  const timeMatch = TIME.exec(normalised);
  const time = timeMatch ? parseTime(timeMatch) : { hour: 0, minute: 0, second: 0, millisecond: 0 };
  if (!time) return 'invalidDate';
  const datePart = timeMatch ? normalised.slice(0, timeMatch.index).trim() : normalised;
  const reading = parseDatePart(datePart, locale);
  if (!reading) return 'invalidDate';
  if ('problem' in reading) return reading.problem;
  const day = toGregorian(reading);
  if (!day) return 'invalidDate';
  if (time.offsetMinutes !== undefined) {
    return new Date(wallMillis({ ...day, ...time }) - time.offsetMinutes * 60_000);
  }
  return zonedTime({ ...day, ...time }, timeZone);
}

/**
 * The day a date typed as text names, in the calendar it is written in (a time after it is
 * ignored): what a birthday needs, since a Solar Hijri birth date recurs on its Solar Hijri day.
 */
export function parseCalendarDateText(text: string, locale: string): ParsedDate | ProblemKind {
  const normalised = normaliseDateText(text);
  const timeMatch = TIME.exec(normalised);
  const reading = parseDatePart(timeMatch ? normalised.slice(0, timeMatch.index).trim() : normalised, locale);
  if (!reading) return 'invalidDate';
  if ('problem' in reading) return reading.problem;
  return isValidReading(reading) ? reading : 'invalidDate';
}

/** A Sheets serial number (days since 1899-12-30, the fraction is the time of day) as a Date. */
export function serialToDate(serial: number, timeZone: string): Date | null {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE.first || serial > SERIAL_RANGE.last) return null;
  const wall = new Date(SERIAL_EPOCH_MS + Math.round(serial * DAY_MS));
  return zonedTime({
    year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(),
    hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds(), millisecond: wall.getUTCMilliseconds(),
  }, timeZone);
}

export function cleanDate(value: CellValue, ctx: CleaningContext): CleanResult {
  if (typeof value === 'number') {
    const date = serialToDate(value, ctx.timeZone);
    return date ? { value: date, fixes: ['date'] } : { value, fixes: [], problem: 'invalidDate' };
  }
  if (typeof value !== 'string' || value.trim() === '') return unchanged(value);
  const parsed = parseDateText(value, ctx.locale, ctx.timeZone);
  return parsed instanceof Date ? { value: parsed, fixes: ['date'] } : { value, fixes: [], problem: parsed };
}
