/**
 * The festivals greeting lists are made for, on their real dates:
 * - New Year: 1 January.
 * - Nowruz: 1 Farvardin, the day of the March equinox as Iran's calendar fixes it (jalali.ts).
 * - Nauryz: 22 March, Kazakhstan's fixed public holiday.
 * - Tsagaan Sar: the first day of the Mongolian lunisolar year (Tögs Buyant system, as Mongolia's
 *   Gandantegchinlen monastery publishes it), which is not always the Chinese New Year.
 * - The Spring Festival: the first day of the first month of the Chinese calendar.
 * The two lunar dates come from the bundled table below, not from `Intl` (whose Chinese calendar
 * Apps Script does not document, and which has no Mongolian one); outside the years it covers
 * they are not listed rather than guessed.
 */
import { jalaliToGregorian } from '../cleaning/jalali';
import { dayNumber, gregorianOfDay } from './anniversaries';

export const FESTIVALS = ['newYear', 'nowruz', 'nauryz', 'tsagaanSar', 'springFestival'] as const;
export type Festival = (typeof FESTIVALS)[number];

/** The first and last Gregorian years the lunar table covers. */
export const LUNAR_TABLE_YEARS = { first: 2020, last: 2040 } as const;

/**
 * Tsagaan Sar, [month, day] of each year 2020–2040. Source: T. Gantumur, "Mongolian calendar"
 * (https://www.math.mcgill.ca/gantumur/cal/year.html), as tabulated in vacanza/holidays
 * (holidays/calendars/mongolian.py, TSAGAAN_SAR_DATES); 2020–2026 agree with
 * https://en.wikipedia.org/wiki/Tsagaan_Sar. In 2025 the first day of the year was skipped by the
 * calendar ("шинийн нэгэн тасарсан", Montsame) and the New Year was greeted on 1 March.
 */
const TSAGAAN_SAR: readonly (readonly [number, number])[] = [
  [2, 24], [2, 12], [2, 2], [2, 21], [2, 10], [3, 1], [2, 18], [2, 7], [2, 26], [2, 14], [2, 3],
  [2, 22], [2, 12], [1, 31], [2, 19], [2, 9], [2, 28], [2, 16], [2, 5], [2, 24], [2, 13],
];

/**
 * The Spring Festival (Chinese New Year), [month, day] of each year 2020–2040. Source: Hong Kong
 * Observatory, Gregorian–Lunar Calendar Conversion Tables
 * (https://www.hko.gov.hk/en/gts/time/conversion.htm); the test checks each against ICU's
 * Chinese calendar.
 */
const SPRING_FESTIVAL: readonly (readonly [number, number])[] = [
  [1, 25], [2, 12], [2, 1], [1, 22], [2, 10], [1, 29], [2, 17], [2, 6], [1, 26], [2, 13], [2, 3],
  [1, 23], [2, 11], [1, 31], [2, 19], [2, 8], [1, 28], [2, 15], [2, 4], [1, 24], [2, 12],
];

function fromTable(table: readonly (readonly [number, number])[], year: number): number | null {
  const entry = table[year - LUNAR_TABLE_YEARS.first];
  return entry ? dayNumber({ year, month: entry[0], day: entry[1] }) : null;
}

/** The Gregorian day of a festival in a Gregorian year; null when the table does not cover the year. */
export function festivalDay(festival: Festival, year: number): number | null {
  switch (festival) {
    case 'newYear':
      return dayNumber({ year, month: 1, day: 1 });
    case 'nauryz':
      return dayNumber({ year, month: 3, day: 22 });
    case 'nowruz': {
      const farvardinFirst = jalaliToGregorian({ year: year - 621, month: 1, day: 1 });
      return farvardinFirst ? dayNumber(farvardinFirst) : null;
    }
    case 'tsagaanSar':
      return fromTable(TSAGAAN_SAR, year);
    case 'springFestival':
      return fromTable(SPRING_FESTIVAL, year);
  }
}

export interface FestivalDay {
  festival: Festival;
  day: number;
}

/** The festivals from day `from` through day `to`, in date order. */
export function festivalsBetween(from: number, to: number): FestivalDay[] {
  const found: FestivalDay[] = [];
  for (let year = gregorianOfDay(from).year; year <= gregorianOfDay(to).year; year++) {
    for (const festival of FESTIVALS) {
      const day = festivalDay(festival, year);
      if (day !== null && day >= from && day <= to) found.push({ festival, day });
    }
  }
  return found.sort((a, b) => a.day - b.day);
}

/** Where each festival is kept (ISO 3166 codes); New Year is everyone's. */
const FESTIVAL_COUNTRIES: Record<Exclude<Festival, 'newYear'>, readonly string[]> = {
  nowruz: ['IR', 'AF', 'TJ'],
  nauryz: ['KZ'],
  tsagaanSar: ['MN'],
  springFestival: ['CN', 'TW', 'HK', 'MO', 'SG'],
};

/** Whether a customer in `country` (ISO code; the shop's when the row gives none) is greeted on the festival. */
export function keepsFestival(festival: Festival, country: string | null): boolean {
  if (festival === 'newYear') return true;
  return country !== null && FESTIVAL_COUNTRIES[festival].includes(country);
}
