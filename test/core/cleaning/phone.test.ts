import fc from 'fast-check';
import type { CellValue, CleaningContext } from '../../../src/core/cleaning/cleanResult';
import { cleanPhone, normalisePhone } from '../../../src/core/cleaning/phone';

const context = (
  phoneFormat: CleaningContext['phoneFormat'],
  rowCountry?: string,
  defaultCountry?: string,
): CleaningContext => ({
  rowCountry,
  defaultCountry,
  locale: 'ru_RU',
  timeZone: 'Asia/Almaty',
  language: 'ru',
  phoneFormat,
  countryStyle: 'code',
});

type Row = [CellValue, string | undefined, string | undefined, string, string];

// value, row country, default country, E.164, international
const valid: Row[] = [
  // Kazakhstan: mobile and Almaty landline, with and without the trunk 8, as text and as numbers
  ['+7 701 123 45 67', undefined, 'KZ', '+77011234567', '+7 701 123 4567'],
  ['8 (701) 123-45-67', undefined, 'KZ', '+77011234567', '+7 701 123 4567'],
  ['87011234567', 'KZ', undefined, '+77011234567', '+7 701 123 4567'],
  ['8 701 123 45 67', 'KZ', 'RU', '+77011234567', '+7 701 123 4567'],
  ['+7(701)1234567', undefined, undefined, '+77011234567', '+7 701 123 4567'],
  ['8 (727) 250-12-34', 'KZ', undefined, '+77272501234', '+7 7272 50 12 34'],
  [77011234567, 'KZ', undefined, '+77011234567', '+7 701 123 4567'],
  [87011234567, undefined, 'KZ', '+77011234567', '+7 701 123 4567'],
  [7011234567, 'KZ', undefined, '+77011234567', '+7 701 123 4567'],
  // Russia
  ['8 (495) 123-45-67', 'RU', undefined, '+74951234567', '+7 495 123 45 67'],
  ['+7 916 123-45-67', undefined, undefined, '+79161234567', '+7 916 123 45 67'],
  [79161234567, undefined, undefined, '+79161234567', '+7 916 123 45 67'],
  // Iran: Persian and Arabic-Indic digits, 0098, the lost leading zero of a number cell
  ['0912 345 6789', 'IR', undefined, '+989123456789', '+98 912 345 6789'],
  ['۰۹۱۲۳۴۵۶۷۸۹', 'IR', undefined, '+989123456789', '+98 912 345 6789'],
  ['٠٩١٢٣٤٥٦٧٨٩', undefined, 'IR', '+989123456789', '+98 912 345 6789'],
  ['۰۲۱ ۸۸۷۷ ۶۶۵۵', 'IR', undefined, '+982188776655', '+98 21 8877 6655'],
  ['+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹', undefined, undefined, '+989123456789', '+98 912 345 6789'],
  ['0098 912 345 6789', undefined, undefined, '+989123456789', '+98 912 345 6789'],
  ['0098 912 345 6789', 'KZ', undefined, '+989123456789', '+98 912 345 6789'],
  [9123456789, 'IR', undefined, '+989123456789', '+98 912 345 6789'],
  [989123456789, undefined, 'KZ', '+989123456789', '+98 912 345 6789'],
  // China
  ['138 0013 8000', 'CN', undefined, '+8613800138000', '+86 138 0013 8000'],
  ['138-0013-8000', undefined, 'CN', '+8613800138000', '+86 138 0013 8000'],
  ['010 6552 9988', 'CN', undefined, '+861065529988', '+86 10 6552 9988'],
  ['+86 138 0013 8000', 'KZ', undefined, '+8613800138000', '+86 138 0013 8000'],
  ['１３８００１３８０００', 'CN', undefined, '+8613800138000', '+86 138 0013 8000'],
  [8613800138000, undefined, undefined, '+8613800138000', '+86 138 0013 8000'],
  // Mongolia
  ['+976 9911 2233', undefined, undefined, '+97699112233', '+976 9911 2233'],
  ['9911 2233', 'MN', undefined, '+97699112233', '+976 9911 2233'],
  [99112233, 'MN', undefined, '+97699112233', '+976 9911 2233'],
  // neighbours and elsewhere
  ['+998 90 123 45 67', undefined, 'KZ', '+998901234567', '+998 90 123 45 67'],
  ['+996 555 123 456', undefined, 'KZ', '+996555123456', '+996 555 123 456'],
  ['+82 10-1234-5678', undefined, 'KZ', '+821012345678', '+82 10 1234 5678'],
  ['(202) 555-0143', 'US', 'KZ', '+12025550143', '+1 202 555 0143'],
  ['+44 20 7946 0958', undefined, 'KZ', '+442079460958', '+44 20 7946 0958'],
  // a leading + lost: not valid in the row's country, valid with +
  [77011234567, 'CN', undefined, '+77011234567', '+7 701 123 4567'],
  ['7 701 123 45 67', 'CN', undefined, '+77011234567', '+7 701 123 4567'],
  // the row's country first, then the sheet's default
  ['8 701 123 45 67', 'IR', 'KZ', '+77011234567', '+7 701 123 4567'],
];

const extensions: Row[] = [
  ['+7 701 123 45 67 доб. 12', 'KZ', undefined, '+77011234567 ext. 12', '+7 701 123 4567 ext. 12'],
  ['+7 701 123 45 67 ext. 12', 'KZ', undefined, '+77011234567 ext. 12', '+7 701 123 4567 ext. 12'],
  ['+7 701 123 45 67 x12', 'KZ', undefined, '+77011234567 ext. 12', '+7 701 123 4567 ext. 12'],
  ['+7 701 123 45 67 #12', 'KZ', undefined, '+77011234567 ext. 12', '+7 701 123 4567 ext. 12'],
  ['8 (727) 250-12-34, вн. 105', 'KZ', undefined, '+77272501234 ext. 105', '+7 7272 50 12 34 ext. 105'],
  ['8 (727) 250-12-34 ішкі 105', 'KZ', undefined, '+77272501234 ext. 105', '+7 7272 50 12 34 ext. 105'],
  ['+976 7011 2233 дотоод 3', undefined, 'MN', '+97670112233 ext. 3', '+976 7011 2233 ext. 3'],
  ['۰۲۱ ۸۸۷۷ ۶۶۵۵ داخلی ۱۲', 'IR', undefined, '+982188776655 ext. 12', '+98 21 8877 6655 ext. 12'],
  ['010 6552 9988 转 808', 'CN', undefined, '+861065529988 ext. 808', '+86 10 6552 9988 ext. 808'],
  ['+86 10 6552 9988 分機 12', undefined, undefined, '+861065529988 ext. 12', '+86 10 6552 9988 ext. 12'],
];

describe('cleanPhone', () => {
  test.each([...valid, ...extensions])('%p (row %s, default %s) -> %s / %s', (value, row, def, e164, international) => {
    const expected = (target: string) => ({ value: target, fixes: target === value ? [] : ['phoneFormat'] });
    expect(cleanPhone(value, context('E164', row, def))).toEqual(expected(e164));
    expect(cleanPhone(value, context('INTERNATIONAL', row, def))).toEqual(expected(international));
  });

  test.each([
    ['+77011234567', 'E164'],
    ['+77011234567 ext. 12', 'E164'],
    ['+989123456789', 'E164'],
    ['+7 701 123 4567', 'INTERNATIONAL'],
    ['+86 138 0013 8000', 'INTERNATIONAL'],
    ['+98 21 8877 6655 ext. 12', 'INTERNATIONAL'],
  ] as const)('%s already in %s: no fixes', (value, format) => {
    expect(cleanPhone(value, context(format, 'KZ'))).toEqual({ value, fixes: [] });
  });

  test.each<[CellValue, string | undefined]>([
    ['12345', 'KZ'],
    ['+7 000 000 00 00', 'KZ'],
    ['8 (701) 123-45', 'KZ'],
    ['+86 123 4567 8901', undefined],
    ['+7 701 123 45 67 (Асель)', 'KZ'],
    ['+7 701 123 45 67, +7 702 123 45 67', 'KZ'],
    ['нет телефона', 'RU'],
    ['ندارد', 'IR'],
    ['无', 'CN'],
    ['0912 345 6789', undefined],
    [12345, 'KZ'],
    [7.5, 'KZ'],
    [-77011234567, 'KZ'],
    [true, 'KZ'],
    [new Date(2024, 4, 1), 'KZ'],
  ])('%p is not a valid number and stays exactly as it was', (value, row) => {
    expect(cleanPhone(value, context('E164', row))).toEqual({ value, fixes: [], problem: 'invalidPhone' });
  });

  test('an empty cell is left alone without a problem', () => {
    expect(cleanPhone('', context('E164', 'KZ'))).toEqual({ value: '', fixes: [] });
  });

  test('a country that is not an ISO code is ignored, not an error', () => {
    expect(cleanPhone('87011234567', context('E164', 'Kazakhstan', 'KZ')).value).toBe('+77011234567');
    expect(cleanPhone('87011234567', context('E164', 'kz')).value).toBe('+77011234567');
  });
});

describe('normalisePhone', () => {
  test.each<[string | number, string | undefined, string | null]>([
    ['8 (701) 123-45-67', 'KZ', '+77011234567'],
    ['+7 701 123 45 67 доб. 12', undefined, '+77011234567'],
    ['۰۹۱۲۳۴۵۶۷۸۹', 'IR', '+989123456789'],
    [77011234567, undefined, '+77011234567'],
    ['138 0013 8000', 'CN', '+8613800138000'],
    ['138 0013 8000', undefined, null],
    ['12345', 'KZ', null],
    ['', 'KZ', null],
  ])('normalisePhone(%p, %s) = %s', (text, country, expected) => {
    expect(normalisePhone(text, country)).toBe(expected);
  });
});

describe('cleanPhone is idempotent', () => {
  const samples = [...valid, ...extensions].map(([value]) => value);
  const phoneLike = fc
    .array(fc.constantFrom(...'0123456789۰۱۲۳۴۵۶۷۸۹ +-()'.split('')), { minLength: 1, maxLength: 18 })
    .map((chars) => chars.join(''));
  const anything = fc.oneof(
    fc.constantFrom(...samples),
    phoneLike,
    fc.string(),
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  );

  test.each(['E164', 'INTERNATIONAL'] as const)('clean(clean(v).value) has no fixes and the same value (%s)', (format) => {
    fc.assert(
      fc.property(anything, fc.constantFrom('KZ', 'RU', 'IR', 'CN', 'MN', undefined), (value, country) => {
        const ctx = context(format, country);
        const once = cleanPhone(value, ctx);
        const twice = cleanPhone(once.value, ctx);
        expect(twice.fixes).toEqual([]);
        expect(twice.value).toEqual(once.value);
        if (once.problem) expect(once.value).toBe(value);
      }),
      { numRuns: 400 },
    );
  });
});
