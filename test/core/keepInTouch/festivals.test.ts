import { dayNumber, gregorianOfDay } from '../../../src/core/keepInTouch/anniversaries';
import { festivalDay, festivalsBetween, keepsFestival, LUNAR_TABLE_YEARS } from '../../../src/core/keepInTouch/festivals';
import { isoDay } from '../../../src/core/zonedDate';

const YEARS = Array.from({ length: LUNAR_TABLE_YEARS.last - LUNAR_TABLE_YEARS.first + 1 }, (_, i) => LUNAR_TABLE_YEARS.first + i);
const iso = (day: number | null) => (day === null ? null : isoDay(gregorianOfDay(day)));

/** ICU's Chinese calendar (tests only: Apps Script's Intl data is undocumented): the day whose lunar date is 1/1. */
const chinese = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
function icuSpringFestival(year: number): string {
  for (let day = dayNumber({ year, month: 1, day: 15 }); day <= dayNumber({ year, month: 2, day: 25 }); day++) {
    const parts = Object.fromEntries(chinese.formatToParts(new Date(day * 86_400_000)).map((part) => [part.type, part.value]));
    if (parts.month === '1' && parts.day === '1') return iso(day)!;
  }
  throw new Error(`no lunar new year in ${year}`);
}

/** Tsagaan Sar as published by Wikipedia's infobox (https://en.wikipedia.org/wiki/Tsagaan_Sar), independent of the table's source. */
const TSAGAAN_SAR_WIKIPEDIA: Record<number, string> = {
  2020: '2020-02-24', 2021: '2021-02-12', 2022: '2022-02-02', 2023: '2023-02-21', 2024: '2024-02-10', 2025: '2025-03-01', 2026: '2026-02-18',
};

describe('festivals', () => {
  /**
   * ICU's Chinese calendar approximates the new moon: in 2027 and 2030 the new moon falls close
   * to midnight in Beijing and ICU puts the new year a day off (as Korea's and Vietnam's
   * calendars, an hour east and west, do). Those two years are checked against the Hong Kong Observatory's conversion tables
   * (https://www.hko.gov.hk/en/gts/time/conversion.htm), every other year against ICU.
   */
  const NEW_MOON_AT_MIDNIGHT: Record<number, string> = { 2027: '2027-02-06', 2030: '2030-02-03' };
  it.each(YEARS)('the Spring Festival of %i is the first day of the first month of the Chinese calendar', (year) => {
    expect(iso(festivalDay('springFestival', year))).toBe(NEW_MOON_AT_MIDNIGHT[year] ?? icuSpringFestival(year));
  });

  it('knows where ICU is a day off (the new moon minutes from Beijing midnight)', () => {
    expect(Object.keys(NEW_MOON_AT_MIDNIGHT).map((year) => icuSpringFestival(Number(year)))).toEqual(['2027-02-07', '2030-02-02']);
  });

  it.each(Object.entries(TSAGAAN_SAR_WIKIPEDIA))('Tsagaan Sar %s is on %s, as published', (year, date) => {
    expect(iso(festivalDay('tsagaanSar', Number(year)))).toBe(date);
  });

  it.each(YEARS)('Tsagaan Sar %i is the Chinese New Year’s new moon or the next one, between 21 January and 3 March', (year) => {
    const tsagaanSar = festivalDay('tsagaanSar', year)!;
    const gap = tsagaanSar - festivalDay('springFestival', year)!;
    expect((gap >= -1 && gap <= 2) || (gap >= 28 && gap <= 31)).toBe(true);
    expect(tsagaanSar).toBeGreaterThanOrEqual(dayNumber({ year, month: 1, day: 21 }));
    expect(tsagaanSar).toBeLessThanOrEqual(dayNumber({ year, month: 3, day: 3 }));
  });

  it('knows the years Tsagaan Sar is not the Chinese New Year (2022 a day later, 2023 a month later)', () => {
    expect([2022, 2023, 2025].map((year) => [iso(festivalDay('springFestival', year)), iso(festivalDay('tsagaanSar', year))])).toEqual([
      ['2022-02-01', '2022-02-02'], ['2023-01-22', '2023-02-21'], ['2025-01-29', '2025-03-01'],
    ]);
  });

  it.each([
    [2024, '2024-03-20'], [2025, '2025-03-21'], [2026, '2026-03-21'], [2028, '2028-03-20'], [2040, '2040-03-20'],
  ])('Nowruz %i is 1 Farvardin, %s', (year, date) => {
    expect(iso(festivalDay('nowruz', year))).toBe(date);
  });

  it('lists nothing for a lunar festival outside the table rather than guess', () => {
    expect(festivalDay('tsagaanSar', LUNAR_TABLE_YEARS.last + 1)).toBeNull();
    expect(festivalDay('springFestival', LUNAR_TABLE_YEARS.first - 1)).toBeNull();
    expect(iso(festivalDay('newYear', 2050))).toBe('2050-01-01');
  });

  it('lists the festivals of a week across the turn of the year and of a March week, in date order', () => {
    const names = (from: string, to: string) => festivalsBetween(dayNumber(parse(from)), dayNumber(parse(to))).map((f) => `${f.festival} ${iso(f.day)}`);
    expect(names('2025-12-28', '2026-01-04')).toEqual(['newYear 2026-01-01']);
    expect(names('2026-03-18', '2026-03-25')).toEqual(['nowruz 2026-03-21', 'nauryz 2026-03-22']);
    expect(names('2026-02-15', '2026-02-22')).toEqual(['springFestival 2026-02-17', 'tsagaanSar 2026-02-18']);
  });

  it.each([
    ['nowruz', 'IR', true], ['nowruz', 'KZ', false], ['nauryz', 'KZ', true], ['tsagaanSar', 'MN', true],
    ['springFestival', 'CN', true], ['springFestival', 'MN', false], ['newYear', null, true], ['nauryz', null, false],
  ] as const)('%s is kept in %s: %s', (festival, country, kept) => {
    expect(keepsFestival(festival, country)).toBe(kept);
  });
});

function parse(text: string) {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
