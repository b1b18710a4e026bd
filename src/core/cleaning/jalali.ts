/**
 * The Solar Hijri (Jalali) calendar of Iran, converted to the Gregorian calendar with the
 * break-year algorithm of Kazimierz M. Borkowski (as in jalaali-js), which follows the
 * astronomical calendar from 1 to 3177 AP, unlike the plain 33-year arithmetic cycle.
 */

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** Years (AP) at which the 33-year leap cycle is re-anchored. */
const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];
const FIRST_YEAR = 1;
const LAST_YEAR = 3177;

const div = (a: number, b: number): number => Math.trunc(a / b);
const mod = (a: number, b: number): number => a - Math.trunc(a / b) * b;

interface YearFacts {
  /** true when Esfand has 30 days */
  leap: boolean;
  /** The Gregorian year in which Farvardin 1 falls. */
  gregorianYear: number;
  /** The day of March of that year on which Farvardin 1 falls. */
  march: number;
}

function yearFacts(jalaliYear: number): YearFacts {
  const gregorianYear = jalaliYear + 621;
  let leapJ = -14;
  let previousBreak = BREAKS[0] ?? 0;
  let jump = 0;
  for (let index = 1; index < BREAKS.length; index += 1) {
    const nextBreak = BREAKS[index] ?? 0;
    jump = nextBreak - previousBreak;
    if (jalaliYear < nextBreak) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    previousBreak = nextBreak;
  }
  let n = jalaliYear - previousBreak;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gregorianYear, 4) - div((div(gregorianYear, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { leap: leap === 0, gregorianYear, march };
}

export function isJalaliLeapYear(year: number): boolean {
  return yearFacts(year).leap;
}

export function jalaliMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

export function isValidJalaliDate({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 &&
    day >= 1 && day <= jalaliMonthLength(year, month)
  );
}

/** The Gregorian date of a valid Jalali date (see `isValidJalaliDate`), else null. */
export function jalaliToGregorian(date: CalendarDate): CalendarDate | null {
  if (!isValidJalaliDate(date)) return null;
  const { gregorianYear, march } = yearFacts(date.year);
  const daysIntoYear = (date.month - 1) * 31 - div(date.month, 7) * (date.month - 7) + date.day - 1;
  const utc = new Date(Date.UTC(gregorianYear, 2, march + daysIntoYear));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** The Solar Hijri date of a Gregorian date (years 622–3798 CE, the range the break years cover). */
export function gregorianToJalali(date: CalendarDate): CalendarDate {
  const utc = Date.UTC(date.year, date.month - 1, date.day);
  const farvardinFirst = (jalaliYear: number): number => {
    const { gregorianYear, march } = yearFacts(jalaliYear);
    return Date.UTC(gregorianYear, 2, march);
  };
  let year = date.year - 621;
  let start = farvardinFirst(year);
  if (utc < start) start = farvardinFirst((year -= 1));
  const days = Math.round((utc - start) / 86_400_000);
  // Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 or 30.
  if (days < 186) return { year, month: div(days, 31) + 1, day: mod(days, 31) + 1 };
  return { year, month: 7 + div(days - 186, 30), day: mod(days - 186, 30) + 1 };
}
