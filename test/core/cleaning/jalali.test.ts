import { gregorianToJalali, isJalaliLeapYear, isValidJalaliDate, jalaliMonthLength, jalaliToGregorian } from '../../../src/core/cleaning/jalali';

/** Node's ICU Persian calendar, to check the conversion day by day. */
const persianFormat = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

function icuJalali(millis: number): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(persianFormat.formatToParts(new Date(millis)).map((part) => [part.type, part.value]));
  return { year: parseInt(parts.year ?? '', 10), month: Number(parts.month), day: Number(parts.day) };
}

describe('jalaliToGregorian', () => {
  it.each([
    [1403, 1, 1, 2024, 3, 20],
    [1404, 1, 1, 2025, 3, 21],
    [1405, 1, 1, 2026, 3, 21],
    [1403, 12, 30, 2025, 3, 20],
    [1405, 2, 15, 2026, 5, 5],
    [1399, 12, 30, 2021, 3, 20],
    [1300, 1, 1, 1921, 3, 21],
    [1357, 11, 22, 1979, 2, 11],
    [1499, 12, 29, 2121, 3, 20],
  ])('%i/%i/%i is %i-%i-%i', (year, month, day, gYear, gMonth, gDay) => {
    expect(jalaliToGregorian({ year, month, day })).toEqual({ year: gYear, month: gMonth, day: gDay });
  });

  it('agrees with ICU on every day of 1300-1499', () => {
    const mismatches: string[] = [];
    for (let millis = Date.UTC(1921, 2, 21); millis <= Date.UTC(2121, 2, 20); millis += 86_400_000) {
      const jalali = icuJalali(millis);
      const gregorian = new Date(millis);
      const expected = { year: gregorian.getUTCFullYear(), month: gregorian.getUTCMonth() + 1, day: gregorian.getUTCDate() };
      const actual = jalaliToGregorian(jalali);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${JSON.stringify(jalali)} -> ${JSON.stringify(actual)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('is undone by gregorianToJalali on every day of 1300-1499, as ICU reads the day', () => {
    const mismatches: string[] = [];
    for (let millis = Date.UTC(1921, 2, 21); millis <= Date.UTC(2121, 2, 20); millis += 86_400_000) {
      const gregorian = new Date(millis);
      const actual = gregorianToJalali({ year: gregorian.getUTCFullYear(), month: gregorian.getUTCMonth() + 1, day: gregorian.getUTCDate() });
      const expected = icuJalali(millis);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${gregorian.toISOString().slice(0, 10)} -> ${JSON.stringify(actual)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    [1404, 12, 30],
    [1405, 7, 31],
    [1405, 13, 1],
    [1405, 0, 10],
    [1405, 1, 0],
    [1405.5, 1, 1],
  ])('refuses %i/%i/%i', (year, month, day) => {
    expect(isValidJalaliDate({ year, month, day })).toBe(false);
    expect(jalaliToGregorian({ year, month, day })).toBeNull();
  });

  it('knows leap years and month lengths', () => {
    expect(isJalaliLeapYear(1403)).toBe(true);
    expect(isJalaliLeapYear(1404)).toBe(false);
    expect(isJalaliLeapYear(1399)).toBe(true);
    expect([1, 6, 7, 11, 12].map((month) => jalaliMonthLength(1404, month))).toEqual([31, 31, 30, 30, 29]);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
  });
});
