import fc from 'fast-check';
import { gregorianToJalali, jalaliToGregorian } from '../../../src/core/cleaning/jalali';
import { dateCellCalendar, dayNumber, gregorianOfDay, readWrittenDate, recurrencesBetween, type WrittenDate } from '../../../src/core/keepInTouch/anniversaries';
import { isoDay } from '../../../src/core/zonedDate';

const day = (text: string) => {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  return dayNumber({ year, month, day: date });
};
const iso = (n: number) => isoDay(gregorianOfDay(n));
const gregorian = (text: string): WrittenDate => {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  return { calendar: 'gregorian', date: { year, month, day: date } };
};
const jalali = (year: number, month: number, date: number): WrittenDate => ({ calendar: 'jalali', date: { year, month, day: date } });
const celebrated = (written: WrittenDate, from: string, to: string) => recurrencesBetween(written, day(from), day(to)).map((r) => `${iso(r.day)} ${r.years}`);

describe('birthdays in the calendar they were written in', () => {
  it.each([
    ['a Gregorian birthday on its Gregorian day', gregorian('1990-05-05'), '2026-05-01', '2026-05-08', ['2026-05-05 36']],
    ['29 February on 28 February in a common year', gregorian('2000-02-29'), '2026-02-25', '2026-03-04', ['2026-02-28 26']],
    ['29 February on 29 February in a leap year', gregorian('2000-02-29'), '2028-02-25', '2028-03-04', ['2028-02-29 28']],
    ['12 Mordad 1370 on 12 Mordad, which moves in the Gregorian calendar', jalali(1370, 5, 12), '2026-07-30', '2026-08-06', ['2026-08-03 35']],
    ['Esfand 30 on Esfand 29 in a common Solar Hijri year', jalali(1399, 12, 30), '2026-03-15', '2026-03-22', ['2026-03-20 5']],
    ['Esfand 30 on Esfand 30 in a leap Solar Hijri year', jalali(1399, 12, 30), '2025-03-15', '2025-03-22', ['2025-03-20 4']],
    ['a birthday across New Year', gregorian('1985-01-02'), '2025-12-28', '2026-01-04', ['2026-01-02 41']],
    ['a Solar Hijri birthday across Nowruz', jalali(1360, 1, 2), '2026-03-18', '2026-03-25', ['2026-03-22 45']],
    ['none before the person was born', gregorian('2026-05-05'), '2026-05-01', '2026-05-08', []],
  ])('%s', (_name, written, from, to, expected) => {
    expect(celebrated(written, from, to)).toEqual(expected);
  });

  it('celebrates a Solar Hijri date on the Gregorian day its Solar Hijri day falls on that year', () => {
    // 1 Tir 1370 is 22 June 1991; in 1405 1 Tir is 22 June 2026 too, in 1404 it was 22 June 2025.
    const written = jalali(1370, 4, 1);
    expect(celebrated(written, '2026-06-19', '2026-06-26')).toEqual([`${isoDay(jalaliToGregorian({ year: 1405, month: 4, day: 1 })!)} 35`]);
  });

  // A window of 365 days starting the day after a birthday misses it when the year ahead has 366
  // days; so "once a year" is checked as: at most once a week, at least once in any 366 days, and
  // over ten years one celebration per age, a year (365 or 366 days, ±1 for 29 Feb and Esfand 30) apart.
  it('lists each year’s birthday once: at most once in a week, at least once in 366 days, a year apart (property)', () => {
    fc.assert(fc.property(
      fc.boolean(), fc.integer({ min: 1930, max: 2019 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: day('2020-01-01'), max: day('2040-12-24') }),
      (solarHijri, year, month, date, from) => {
        const gregorianBirth = { year, month, day: Math.min(date, new Date(Date.UTC(year, month, 0)).getUTCDate()) };
        const written: WrittenDate = solarHijri ? { calendar: 'jalali', date: gregorianToJalali(gregorianBirth)! } : { calendar: 'gregorian', date: gregorianBirth };
        const inWeek = recurrencesBetween(written, from, from + 6);
        const inYear = recurrencesBetween(written, from, from + 365);
        const inTenYears = recurrencesBetween(written, from, from + 3652);
        expect(inWeek.length).toBeLessThanOrEqual(1);
        expect(inYear.length).toBeGreaterThanOrEqual(1);
        for (const r of inWeek) expect(inYear).toContainEqual(r);
        inTenYears.slice(1).forEach((r, i) => {
          expect(r.years).toBe(inTenYears[i]!.years + 1);
          expect(r.day - inTenYears[i]!.day).toBeGreaterThanOrEqual(364);
          expect(r.day - inTenYears[i]!.day).toBeLessThanOrEqual(367);
        });
      },
    ));
  });
});

describe('reading a birth date cell', () => {
  const tehran = 'Asia/Tehran';
  it.each([
    ['Solar Hijri text', '1370/05/12', 'en', { calendar: 'jalali', date: { year: 1370, month: 5, day: 12 } }],
    ['Persian digits and a Solar Hijri month name', '۱۲ مرداد ۱۳۷۰', 'fa_IR', { calendar: 'jalali', date: { year: 1370, month: 5, day: 12 } }],
    ['Gregorian text', '1990-05-05', 'fa_IR', { calendar: 'gregorian', date: { year: 1990, month: 5, day: 5 } }],
    ['Russian text', '5 марта 1990 г.', 'ru', { calendar: 'gregorian', date: { year: 1990, month: 3, day: 5 } }],
  ])('%s is read in the calendar it is written in', (_name, text, locale, expected) => {
    expect(readWrittenDate(text, locale, tehran)).toEqual({ kind: 'value', value: expected });
  });

  it('reads a date cell as Gregorian, and as Solar Hijri in a Persian spreadsheet', () => {
    const cell = new Date('1991-08-02T20:30:00Z'); // midnight of 3 August 1991 in Tehran
    expect(readWrittenDate(cell, 'en_US', tehran)).toEqual({ kind: 'value', value: { calendar: 'gregorian', date: { year: 1991, month: 8, day: 3 } } });
    expect(readWrittenDate(cell, 'fa_IR', tehran)).toEqual({ kind: 'value', value: { calendar: 'jalali', date: { year: 1370, month: 5, day: 12 } } });
    expect([dateCellCalendar('fa'), dateCellCalendar('ru_RU'), dateCellCalendar('zh_CN')]).toEqual(['jalali', 'gregorian', 'gregorian']);
  });

  it.each([['', 'blank'], ['   ', 'blank'], ['soon', 'unreadable'], ['1404/12/30', 'unreadable'], ['31.02.1990', 'unreadable'], [true, 'unreadable']] as const)(
    '%j is %s, never guessed', (value, kind) => {
      expect(readWrittenDate(value, 'ru', tehran).kind).toBe(kind);
    },
  );
});
