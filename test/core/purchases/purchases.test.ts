import fc from 'fast-check';
import { gregorianToJalali, jalaliToGregorian } from '../../../src/core/cleaning/jalali';
import { amountFormatter, dateFormatter } from '../../../src/core/card/customerCard';
import { parseMoney, parsePlainNumber } from '../../../src/core/cleaning/amounts';
import { convertAmount, currencyCode } from '../../../src/core/cleaning/currencies';
import type { CellValue } from '../../../src/core/customerRecord';
import { recogniseColumns } from '../../../src/core/headerRoles';
import { LANGUAGES } from '../../../src/core/i18n/languages';
import { CustomerLinker, parseCustomerText } from '../../../src/core/purchases/customerLinking';
import {
  applyContribution, emptyTotals, findTotalsColumns, readTotals, totalsByCustomer, totalsCells, totalsHeaders, type CurrencyRules,
} from '../../../src/core/purchases/customerTotals';
import { PURCHASE_HEADERS, PURCHASES_SHEET_NAMES, recognisePurchaseColumns, type PurchaseField } from '../../../src/core/purchases/historySheets';
import { importedCell } from '../../../src/core/purchases/purchaseFile';
import { readPurchases, type Contribution } from '../../../src/core/purchases/purchaseRecords';
import { purchaseCountIndex } from '../../../src/core/segments/customerSegments';

const READING = { locale: 'ru_RU', timeZone: 'Asia/Almaty', shopCurrency: 'KZT' };
const CONTEXT = { timeZone: 'Asia/Almaty', locale: 'ru_RU', defaultCountry: 'KZ' };

describe('amounts with their currency', () => {
  it.each<[string, number, string | null]>([
    ['54 000 тг', 54000, 'KZT'],
    ['$1,200.50', 1200.5, 'USD'],
    ['1 234,50 ₽', 1234.5, 'RUB'],
    ['۴٬۵۰۰٬۰۰۰ تومان', 4500000, 'IRT'],
    ['45,000,000 ریال', 45000000, 'IRR'],
    ['3680元', 3680, 'CNY'],
    ['714 000₮', 714000, 'MNT'],
    ['EUR 30', 30, 'EUR'],
    ['-500 тг', -500, 'KZT'],
    ['12000', 12000, null],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it.each(['2.39 million', '12 34', 'about 500', '50%'])('%s is not read', (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it('reads currency columns in codes, signs and words', () => {
    expect(['KZT', '₸', 'тенге', 'usd', 'تومان', 'ریال', '人民币', 'gel'].map(currencyCode)).toEqual(['KZT', 'KZT', 'KZT', 'USD', 'IRT', 'IRR', 'CNY', 'GEL']);
    expect(currencyCode('money')).toBeNull();
  });

  it('converts rial and toman exactly, other currencies only by a rate the user gave', () => {
    expect(convertAmount(45_000_000, 'IRR', 'IRT')).toBe(4_500_000);
    expect(convertAmount(100, 'IRT', 'IRR')).toBe(1000);
    expect(convertAmount(10, 'USD', 'KZT')).toBeNull();
    expect(convertAmount(10, 'USD', 'KZT', { USD: 520 })).toBe(5200);
  });
});

describe('the Purchases sheet', () => {
  it('has its name and headers in six languages, each recognised in every other', () => {
    expect(Object.keys(PURCHASES_SHEET_NAMES).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      const headers = Object.values(PURCHASE_HEADERS[language]);
      const columns = recognisePurchaseColumns(headers);
      expect(Object.keys(columns).sort()).toEqual(Object.keys(PURCHASE_HEADERS.en).sort());
    }
  });

  it('recognises a till export and keeps its other columns without a role', () => {
    expect(recognisePurchaseColumns(['Order date', 'Client', 'Итого', 'Товар', 'Кассир', 'Receipt no.'])).toEqual({ date: 0, customer: 1, amount: 2, item: 3, staff: 4 });
  });

  it('reads dates (Solar Hijri too) and amounts, and lists what cannot be read by row and column', () => {
    const values: CellValue[][] = [
      ['Date', 'Customer', 'Amount', 'Currency', 'Quantity'],
      ['05.03.2026', 'C-000001', '54 000 тг', '', '2'],
      ['۱۴۰۵/۰۲/۱۵', 'Aida', '۴٬۵۰۰٬۰۰۰ تومان', '', ''],
      ['tomorrow', 'C-000002', '100', '', ''],
      ['2026-03-06', 'C-000003', '2.39 million', '', 'many'],
      ['', 'C-000004', '100', 'USD', ''],
      ['2026-03-07', 'C-000005', '$5', 'EUR', ''],
    ];
    const { purchases, problems } = readPurchases(values, recognisePurchaseColumns(values[0]!), READING);
    expect(purchases.map((p) => [p.row, p.date?.toISOString() ?? null, p.amount, p.currency, p.countable])).toEqual([
      [2, '2026-03-04T19:00:00.000Z', 54000, 'KZT', true],
      [3, '2026-05-04T19:00:00.000Z', 4500000, 'IRT', true],
      [4, null, 100, 'KZT', false],
      [5, '2026-03-05T19:00:00.000Z', null, 'KZT', false],
      [6, null, 100, 'USD', false],
      [7, '2026-03-06T19:00:00.000Z', 5, 'USD', false],
    ]);
    expect(problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [4, 'A', 'notDate'],
      [5, 'C', 'notAmount'],
      [5, 'E', 'notQuantity'],
      [6, 'A', 'noDate'],
      [7, 'D', 'currencyConflict'],
    ]);
  });
});

const CUSTOMERS: CellValue[][] = [
  ['Customer ID', 'Name', 'Email', 'Phone'],
  ['C-000001', 'Айгерим Серикова', 'aigerim@example.kz', '+77011234567'],
  ['C-000002', 'Петров Иван', 'ivan@example.ru', '+79161234567'],
  ['C-000003', 'Wang Fang', 'wang@example.cn', '+8613800138000'],
  ['C-000004', 'Ali Rezaei', 'family@example.ir', '+989121234567'],
  ['C-000005', 'Sara Rezaei', 'family@example.ir', '+989121234568'],
  ['C-000006', 'Aida Nur', 'aida1@example.kz', '+77021111111'],
  ['C-000007', 'Aida Nur', 'aida2@example.kz', '+77022222222'],
];

function linker(): CustomerLinker {
  return new CustomerLinker(CUSTOMERS, recogniseColumns(CUSTOMERS[0]!), CONTEXT);
}

describe('linking a purchase to its customer with the capture matcher', () => {
  it.each<[string, string, unknown]>([
    ['an ID', 'c-000003', { kind: 'linked', customerId: 'C-000003' }],
    ['a phone in another format', '8 (701) 123-45-67', { kind: 'linked', customerId: 'C-000001' }],
    ['an email in capitals', 'IVAN@EXAMPLE.RU', { kind: 'linked', customerId: 'C-000002' }],
    ['a name in another script with a phone', 'Ivan Petrov, +7 916 123 45 67', { kind: 'linked', customerId: 'C-000002' }],
    ['a name alone, even exact and unique', 'Wang Fang', { kind: 'nameOnly', candidates: ['C-000003'] }],
    ['a name alone in another script', 'Ivan Petrov', { kind: 'nameOnly', candidates: ['C-000002'] }],
    ['a name shared by two customers', 'Aida Nur', { kind: 'nameOnly', candidates: ['C-000006', 'C-000007'] }],
    ['an email two customers share, no name', 'family@example.ir', { kind: 'ambiguous', candidates: ['C-000004', 'C-000005'] }],
    ['someone unknown', 'Bolat +77779999999', { kind: 'unknown' }],
    ['nothing', '', { kind: 'blank' }],
  ])('%s', (_case, typed, expected) => {
    const [link] = linker().linkAll([{ customerId: '', customer: typed }]);
    expect(link).toMatchObject(expected as object);
  });

  it('takes the email, phone and name out of one cell', () => {
    expect(parseCustomerText('Иван Петров, 8 (916) 123-45-67; IVAN@example.ru')).toEqual({ emails: ['IVAN@example.ru'], phones: ['8 (916) 123-45-67'], name: 'Иван Петров' });
  });
});

const RULES: CurrencyRules = { shopCurrency: 'KZT', rates: {} };
const DAY = 86_400_000;

describe('customer totals', () => {
  it('counts purchases, sums each currency apart, and converts only by the rate table', () => {
    const contributions: Contribution[] = [
      { customerId: 'C-1', time: 10 * DAY, amount: 1000, currency: 'KZT' },
      { customerId: 'C-1', time: 20 * DAY, amount: 3000, currency: '' },
      { customerId: 'C-1', time: 40 * DAY, amount: 20, currency: 'USD' },
      { customerId: 'C-1', time: 30 * DAY, amount: null, currency: 'KZT' },
      { customerId: 'C-1', time: 35 * DAY, amount: -500, currency: 'KZT' },
    ];
    const plain = totalsCells(totalsByCustomer(contributions, { shopCurrency: 'KZT', rates: {} }).get('C-1')!, RULES);
    expect(plain).toEqual({
      purchaseCount: 4, totalSpent: 3500, currency: 'KZT', firstPurchase: new Date(10 * DAY), lastPurchase: new Date(40 * DAY),
      averageOrder: 1166.67, daysBetween: 10, otherCurrencies: 'USD 20 ×1',
    });
    const rated: CurrencyRules = { shopCurrency: 'KZT', rates: { USD: 500 } };
    expect(totalsCells(totalsByCustomer(contributions, rated).get('C-1')!, rated)).toMatchObject({ totalSpent: 13500, averageOrder: 3375, otherCurrencies: '' });
  });

  it('adds toman and rial as one currency', () => {
    const rules: CurrencyRules = { shopCurrency: 'IRT', rates: {} };
    const totals = totalsByCustomer([
      { customerId: 'C-1', time: DAY, amount: 4_500_000, currency: 'IRT' },
      { customerId: 'C-1', time: 2 * DAY, amount: 10_000_000, currency: 'IRR' },
    ], rules).get('C-1')!;
    expect(totalsCells(totals, rules)).toMatchObject({ purchaseCount: 2, totalSpent: 5_500_000, otherCurrencies: '' });
  });

  it('is read back from the columns it writes, in every language', () => {
    for (const language of LANGUAGES) {
      const labels = totalsHeaders(language);
      const headers = ['Customer ID', ...Object.values(labels)];
      const columns = recogniseColumns(headers);
      const found = findTotalsColumns(headers, columns);
      expect(Object.keys(found).sort()).toEqual(Object.keys(labels).sort());
      // The purchase count is the one the segments take for F.
      expect(purchaseCountIndex(headers, columns)).toBe(found.purchaseCount);
    }
  });

  const contribution = fc.record({
    customerId: fc.constantFrom('C-1', 'C-2'),
    time: fc.integer({ min: 0, max: 1000 }).map((d) => d * DAY),
    amount: fc.option(fc.integer({ min: -1000, max: 100_000 }).map((n) => n / 100), { nil: null }),
    currency: fc.constantFrom('', 'KZT', 'USD', 'EUR'),
  });

  it('one purchase added or taken out at a time, through the columns, gives what a full recount gives (property)', () => {
    fc.assert(
      fc.property(fc.array(contribution, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 30 }), (all, removals) => {
        const rules: CurrencyRules = { shopCurrency: 'KZT', rates: { EUR: 550 } };
        const columns = findTotalsColumns(['Purchases', ...Object.values(totalsHeaders('en')).slice(1)], recogniseColumns(['Purchases', ...Object.values(totalsHeaders('en')).slice(1)]));
        const width = 8;
        const rows = new Map<string, CellValue[]>();
        const write = (id: string, totals: ReturnType<typeof emptyTotals>) => {
          const row: CellValue[] = Array.from({ length: width }, () => '');
          for (const [field, value] of Object.entries(totalsCells(totals, rules))) row[columns[field as keyof typeof columns]!] = value;
          rows.set(id, row);
        };
        const kept = [...all];
        for (const c of all) {
          const totals = readTotals(rows.get(c.customerId) ?? [], columns);
          applyContribution(totals, c, 1, rules);
          write(c.customerId, totals);
        }
        for (const r of removals) {
          if (kept.length === 0) break;
          const [c] = kept.splice(r % kept.length, 1);
          const totals = readTotals(rows.get(c!.customerId)!, columns);
          if (!applyContribution(totals, c!, -1, rules)) {
            write(c!.customerId, totalsByCustomer(kept, rules, new Set([c!.customerId])).get(c!.customerId) ?? emptyTotals());
          } else write(c!.customerId, totals);
        }
        const expected = totalsByCustomer(kept, rules);
        for (const id of ['C-1', 'C-2']) {
          const want = totalsCells(expected.get(id) ?? emptyTotals(), rules);
          const got = totalsCells(readTotals(rows.get(id) ?? [], columns), rules);
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Solar Hijri dates on the card', () => {
  it('turn a Gregorian day into the Jalali day that jalaliToGregorian turns back (property)', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (millis) => {
      const d = new Date(millis);
      const day = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      expect(jalaliToGregorian(gregorianToJalali(day))).toEqual(day);
    }), { numRuns: 2000 });
    expect(gregorianToJalali({ year: 2026, month: 3, day: 21 })).toEqual({ year: 1405, month: 1, day: 1 });
    expect(dateFormatter('fa', 'Asia/Tehran')(Date.UTC(2026, 10, 20, 12))).toBe('۱۴۰۵/۰۸/۲۹');
    expect(dateFormatter('ru', 'Asia/Almaty')(Date.UTC(2026, 10, 20, 20))).toBe('2026-11-21');
    expect([amountFormatter('ru')(54000.5), amountFormatter('fa')(4500000), amountFormatter('en')(-1234)]).toEqual(['54\u00a0000,5', '۴٬۵۰۰٬۰۰۰', '-1,234']);
  });
});

describe('a file’s Date, Amount and Quantity cells as an import writes them', () => {
  const TEHRAN = { locale: 'fa_IR', timeZone: 'Asia/Tehran' };
  const TORONTO = { locale: 'en_CA', timeZone: 'America/Toronto' };

  it.each<[string, string | null]>([
    ['12000', null], ['12 000', null], ['1 234,50', null], ['-500', null], ['۱۵۰٬۰۰۰', null], ['٤٥٠٠', null],
    ['12 000 тг', 'KZT'], ['$15', 'USD'], ['۱۵۰٬۰۰۰ تومان', 'IRT'], ['EUR 30', 'EUR'], ['-500 тг', 'KZT'],
  ])('%s: a plain number only without a currency (%s)', (text, currency) => {
    expect(parsePlainNumber(text)).toBe(currency === null ? parseMoney(text)!.amount : null);
  });

  it.each<[PurchaseField, string, CellValue, { locale: string; timeZone: string }]>([
    ['date', '2026-11-20', new Date('2026-11-19T19:00:00Z'), READING],
    ['date', '20.11.2026', new Date('2026-11-19T19:00:00Z'), READING],
    ['date', '5 марта 2026 г.', new Date('2026-03-04T19:00:00Z'), READING],
    ['date', '2026-11-20T14:30:05Z', new Date('2026-11-20T14:30:05Z'), READING],
    // A fraction of a second a cell may not keep exactly: as written.
    ['date', '2026-11-20T14:30:05.250Z', '2026-11-20T14:30:05.250Z', READING],
    // Solar Hijri, in any digits, numeric or with its month's name: Sheets has no format for it.
    ['date', '1405/09/01', '1405/09/01', TEHRAN],
    ['date', '۱۴۰۵/۰۹/۰۱', '۱۴۰۵/۰۹/۰۱', TEHRAN],
    ['date', '01/09/1405', '01/09/1405', TEHRAN],
    ['date', '۱۵ اردیبهشت ۱۴۰۵', '۱۵ اردیبهشت ۱۴۰۵', TEHRAN],
    ['date', '۲۰۲۶/۱۱/۲۰', new Date('2026-11-19T20:30:00Z'), TEHRAN],
    ['date', '20 نوامبر 2026', new Date('2026-11-19T20:30:00Z'), TEHRAN],
    ['date', '03/04/2026', '03/04/2026', TORONTO],
    ['date', '32.13.2026', '32.13.2026', READING],
    ['amount', '12 000', 12000, READING],
    ['amount', '12 000 тг', '12 000 тг', READING],
    ['amount', 'twelve', 'twelve', READING],
    ['amount', '2.39 million', '2.39 million', READING],
    ['quantity', '۳', 3, TEHRAN],
    ['quantity', '1,5', 1.5, READING],
    // The reader refuses a negative quantity: as written, so that its note quotes it.
    ['quantity', '-1', '-1', READING],
    ['quantity', '2 шт', '2 шт', READING],
    ['item', '12000', '12000', READING],
    ['note', '2026-11-20', '2026-11-20', READING],
    ['customer', '77011234567', '77011234567', READING],
  ])('%s %s → %p', (field, text, expected, reading) => {
    expect(importedCell(field, text, reading)).toEqual(expected);
  });

  it('writes numbers, Dates and blank cells (an XLSX file’s) as they are', () => {
    const date = new Date('2026-11-20T10:00:00.123Z');
    expect([importedCell('date', date, READING), importedCell('date', 46000, READING), importedCell('amount', 12.5, READING), importedCell('amount', '  ', READING), importedCell(null, '12', READING)])
      .toEqual([date, 46000, 12.5, '  ', '12']);
  });

  it('reads as the file’s text reads: the same date, amount, currency, quantity and problems, whatever the text', () => {
    const columns = { date: 0, customer: 1, customerId: 2, amount: 3, currency: 4, quantity: 5 };
    const dateText = fc.oneof(
      fc.constantFrom('2026-11-20', '20.11.2026', '03/04/2026', '13/04/2026', '1405/09/01', '۱۴۰۵/۰۹/۰۱', '5 марта 2026', '2026-11-20 14:30', '2026-11-20T14:30:05.250Z', '2026年3月5日', '32.13.2026', 'soon', ''),
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }).map((millis) => new Date(millis).toISOString()),
      fc.string(),
    );
    const numberText = fc.oneof(
      fc.constantFrom('12000', '12 000', '12 000 тг', '$15', '۱۵۰٬۰۰۰', '۱۵۰٬۰۰۰ تومان', '-500', '1,234', '0,125', '1.234,50', '-0', 'twelve', '2.39 million', '1e3', ''),
      fc.double({ noNaN: true }).map(String),
      fc.integer().map((n) => n.toLocaleString('ru-RU')),
      fc.string(),
    );
    const settings = fc.constantFrom({ locale: 'ru_RU', timeZone: 'Asia/Almaty' }, { locale: 'en_US', timeZone: 'America/New_York' }, { locale: 'en_CA', timeZone: 'America/Toronto' }, { locale: 'fa_IR', timeZone: 'Asia/Tehran' }, { locale: 'zh_CN', timeZone: 'Asia/Shanghai' });
    fc.assert(fc.property(dateText, numberText, numberText, fc.constantFrom('', 'KZT', 'USD'), settings, (date, amount, quantity, currency, setting) => {
      const reading = { ...setting, shopCurrency: 'KZT' };
      const row = [date, 'C-000001', 'C-000001', amount, currency, quantity];
      const typed = row.map((value, i) => importedCell(i === 0 ? 'date' : i === 3 ? 'amount' : i === 5 ? 'quantity' : null, value, reading));
      expect(readPurchases([['Date'], typed], columns, reading)).toEqual(readPurchases([['Date'], row], columns, reading));
    }), { numRuns: 2000 });
  });
});
