import fc from 'fast-check';
import type { CleaningContext } from '../../../src/core/cleaning/cleanResult';
import { cleanDate, dateAtMidnight, dayMonthOrder, fullYear } from '../../../src/core/cleaning/dates';

const base: CleaningContext = { locale: 'ru_RU', timeZone: 'Asia/Almaty', language: 'ru', phoneFormat: 'E164', countryStyle: 'code' };
const contexts: Record<string, CleaningContext> = {
  ru: base,
  kk: { ...base, locale: 'kk_KZ', language: 'kk' },
  mn: { ...base, locale: 'mn_MN', language: 'mn', timeZone: 'Asia/Ulaanbaatar' },
  fa: { ...base, locale: 'fa_IR', language: 'fa', timeZone: 'Asia/Tehran' },
  zh: { ...base, locale: 'zh_CN', language: 'zh', timeZone: 'Asia/Shanghai' },
  us: { ...base, locale: 'en_US', language: 'en', timeZone: 'America/New_York' },
  gb: { ...base, locale: 'en_GB', language: 'en', timeZone: 'Europe/London' },
  en: { ...base, locale: 'en', language: 'en', timeZone: 'UTC' },
};

/** The day a cleaned value stands for, read back in the context's time zone. */
function dayIn(value: unknown, timeZone: string): string {
  if (!(value instanceof Date)) return `not a date: ${JSON.stringify(value)}`;
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return format.format(value).replace(',', '');
}

describe('dateAtMidnight', () => {
  it.each([
    [2026, 3, 5, 'Asia/Almaty', '2026-03-04T19:00:00.000Z'],
    [2026, 3, 5, 'Asia/Tehran', '2026-03-04T20:30:00.000Z'],
    [2026, 3, 5, 'Asia/Shanghai', '2026-03-04T16:00:00.000Z'],
    [2026, 3, 5, 'Asia/Ulaanbaatar', '2026-03-04T16:00:00.000Z'],
    [2026, 3, 5, 'Europe/Moscow', '2026-03-04T21:00:00.000Z'],
    [2026, 3, 5, 'UTC', '2026-03-05T00:00:00.000Z'],
    [2026, 3, 8, 'America/New_York', '2026-03-08T05:00:00.000Z'],
    [2026, 3, 9, 'America/New_York', '2026-03-09T04:00:00.000Z'],
    [2026, 11, 1, 'America/New_York', '2026-11-01T04:00:00.000Z'],
    [2026, 11, 2, 'America/New_York', '2026-11-02T05:00:00.000Z'],
    [2026, 3, 29, 'Europe/London', '2026-03-29T00:00:00.000Z'],
    [2026, 3, 30, 'Europe/London', '2026-03-29T23:00:00.000Z'],
    [2023, 1, 1, 'Asia/Almaty', '2022-12-31T18:00:00.000Z'],
  ])('%i-%i-%i in %s', (year, month, day, timeZone, iso) => {
    expect(dateAtMidnight(year, month, day, timeZone).toISOString()).toBe(iso);
  });

  it('starts a day whose midnight was skipped when its clocks do (Tehran, 2021-03-22)', () => {
    expect(dateAtMidnight(2021, 3, 22, 'Asia/Tehran').toISOString()).toBe('2021-03-21T20:30:00.000Z');
  });

  it('takes the first of two midnights (Havana, 2018-11-04)', () => {
    expect(dateAtMidnight(2018, 11, 4, 'America/Havana').toISOString()).toBe('2018-11-04T04:00:00.000Z');
  });
});

describe('cleanDate', () => {
  it.each([
    ['ru', '2026-03-05', '2026-03-05 00:00'],
    ['ru', '2026-03-05 14:30', '2026-03-05 14:30'],
    ['ru', '2026-03-05T14:30:15', '2026-03-05 14:30'],
    ['ru', '05.03.2026', '2026-03-05 00:00'],
    ['ru', '5.3.26', '2026-03-05 00:00'],
    ['ru', '05.03.1987', '1987-03-05 00:00'],
    ['ru', '12.05.58', '1958-05-12 00:00'],
    ['ru', '05/03/2026', '2026-03-05 00:00'],
    ['ru', '5 марта 2026', '2026-03-05 00:00'],
    ['ru', '5 марта 2026 г.', '2026-03-05 00:00'],
    ['ru', '5 мар. 2026', '2026-03-05 00:00'],
    ['ru', '1 сентября 1990 года', '1990-09-01 00:00'],
    ['ru', '05.03.2026 9:15', '2026-03-05 09:15'],
    ['kk', '5 наурыз 2026', '2026-03-05 00:00'],
    ['kk', '2026 жылғы 5 наурыз', '2026-03-05 00:00'],
    ['kk', '17 желтоқсан 1986 ж.', '1986-12-17 00:00'],
    ['kk', '05.03.2026', '2026-03-05 00:00'],
    ['mn', '2026 оны 3 сарын 5', '2026-03-05 00:00'],
    ['mn', '2026 оны 3-р сарын 5-ны өдөр', '2026-03-05 00:00'],
    ['mn', '2026 оны арван хоёрдугаар сарын 31', '2026-12-31 00:00'],
    ['mn', '2026.03.05', '2026-03-05 00:00'],
    ['zh', '2026年3月5日', '2026-03-05 00:00'],
    ['zh', '２０２６年０３月０５日', '2026-03-05 00:00'],
    ['zh', '2026/3/5', '2026-03-05 00:00'],
    ['fa', '۱۴۰۵/۰۲/۱۵', '2026-05-05 00:00'],
    ['fa', '1405-02-15', '2026-05-05 00:00'],
    ['fa', '۱۵ اردیبهشت ۱۴۰۵', '2026-05-05 00:00'],
    ['fa', '۱ فروردين ۱۴۰۵', '2026-03-21 00:00'],
    ['fa', '15/02/1405', '2026-05-05 00:00'],
    ['fa', '۵ مارس ۲۰۲۶', '2026-03-05 00:00'],
    ['fa', '۱۴۰۳/۱۲/۳۰', '2025-03-20 00:00'],
    ['us', '03/05/2026', '2026-03-05 00:00'],
    ['us', '3/5/26', '2026-03-05 00:00'],
    ['us', 'March 5, 2026', '2026-03-05 00:00'],
    ['us', 'Mar 5th, 2026', '2026-03-05 00:00'],
    ['us', '3/5/2026 2:30 PM', '2026-03-05 14:30'],
    ['gb', '05/03/2026', '2026-03-05 00:00'],
    ['gb', '5 March 2026', '2026-03-05 00:00'],
    ['gb', '05-Mar-2026', '2026-03-05 00:00'],
    ['en', '25/03/2026', '2026-03-25 00:00'],
    ['en', '03/25/2026', '2026-03-25 00:00'],
    ['en', '05/05/2026', '2026-05-05 00:00'],
  ])('%s: %s', (locale, input, day) => {
    const ctx = contexts[locale] ?? base;
    const result = cleanDate(input, ctx);
    expect(result.fixes).toEqual(['date']);
    expect(dayIn(result.value, ctx.timeZone)).toBe(day);
  });

  it('keeps the instant of a time with an offset', () => {
    expect(cleanDate('2026-03-05T14:30:00Z', base).value).toEqual(new Date('2026-03-05T14:30:00Z'));
    expect(cleanDate('2026-03-05T14:30:00+05:00', base).value).toEqual(new Date('2026-03-05T09:30:00Z'));
  });

  it.each([
    ['ru', '31.02.2026', 'invalidDate'],
    ['ru', '29.02.2026', 'invalidDate'],
    ['ru', '32.01.2026', 'invalidDate'],
    ['ru', '2026-13-01', 'invalidDate'],
    ['ru', 'вчера', 'invalidDate'],
    ['ru', '5 марта', 'invalidDate'],
    ['ru', '05.03.2026 25:00', 'invalidDate'],
    ['fa', '۱۴۰۴/۱۲/۳۰', 'invalidDate'],
    ['fa', '۳۱ مهر ۱۴۰۵', 'invalidDate'],
    ['fa', '۱۵ اردیبهشت ۲۰۲۶', 'invalidDate'],
    ['zh', '2026年2月30日', 'invalidDate'],
    ['us', '13/02/2026', 'invalidDate'],
    ['us', 'next Friday', 'invalidDate'],
    ['en', '05/03/2026', 'ambiguousDate'],
    ['zh', '05/03/2026', 'ambiguousDate'],
  ])('%s: %s is %s and stays as it was', (locale, input, problem) => {
    expect(cleanDate(input, contexts[locale] ?? base)).toEqual({ value: input, fixes: [], problem });
  });

  it('reads spreadsheet serial numbers in the plausible range', () => {
    expect(dayIn(cleanDate(46086, base).value, base.timeZone)).toBe('2026-03-05 00:00');
    expect(dayIn(cleanDate(46086.5, base).value, base.timeZone)).toBe('2026-03-05 12:00');
    expect(dayIn(cleanDate(1, base).value, base.timeZone)).toBe('1899-12-31 00:00');
    expect(cleanDate(0, base)).toEqual({ value: 0, fixes: [], problem: 'invalidDate' });
    expect(cleanDate(80001, base)).toEqual({ value: 80001, fixes: [], problem: 'invalidDate' });
    expect(cleanDate(-5, base)).toEqual({ value: -5, fixes: [], problem: 'invalidDate' });
  });

  it.each([[new Date(Date.UTC(2026, 2, 5))], [true], [''], ['  ']])('leaves %p unchanged', (input) => {
    expect(cleanDate(input, base)).toEqual({ value: input, fixes: [] });
  });

  it('is idempotent', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'0123456789۰۱۴۵２./-: 年月日'.split('')),
      fc.constantFrom(' марта ', ' March ', ' наурыз ', ' اردیبهشت ', ' оны ', ' сарын ', 'T', ' pm', 'Z', '+05:00'),
    );
    const dateLike = fc.oneof(
      fc.string({ unit, maxLength: 20 }),
      fc.tuple(fc.integer({ min: 1, max: 35 }), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1290, max: 2100 }))
        .map(([day, month, year]) => `${day}.${month}.${year}`),
      fc.double({ min: -10, max: 90_000, noNaN: true }),
    );
    fc.assert(
      fc.property(dateLike, fc.constantFrom(...Object.values(contexts)), (value, ctx) => {
        const once = cleanDate(value, ctx);
        expect(cleanDate(once.value, ctx)).toEqual(once.fixes.length > 0 ? { value: once.value, fixes: [] } : once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('date rules', () => {
  it.each([
    ['en_US', 'monthFirst'],
    ['es_US', 'monthFirst'],
    ['en_PH', 'monthFirst'],
    ['ru_RU', 'dayFirst'],
    ['ru', 'dayFirst'],
    ['kk_KZ', 'dayFirst'],
    ['mn_MN', 'dayFirst'],
    ['fa_IR', 'dayFirst'],
    ['en_GB', 'dayFirst'],
    ['de-DE', 'dayFirst'],
    ['en', 'unknown'],
    ['en_CA', 'unknown'],
    ['zh_CN', 'unknown'],
    ['', 'unknown'],
  ])('%s orders day and month %s', (locale, order) => {
    expect(dayMonthOrder(locale)).toBe(order);
  });

  it.each([
    ['00', 2000],
    ['26', 2026],
    ['29', 2029],
    ['30', 1930],
    ['99', 1999],
    ['2026', 2026],
  ])('two-digit year %s is %i', (digits, year) => {
    expect(fullYear(digits)).toBe(year);
  });
});
