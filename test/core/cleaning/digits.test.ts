import fc from 'fast-check';
import type { CleaningContext } from '../../../src/core/cleaning/cleanResult';
import { cleanDigits, toAsciiDigits } from '../../../src/core/cleaning/digits';

const ctx: CleaningContext = { locale: 'fa_IR', timeZone: 'Asia/Tehran', language: 'fa', phoneFormat: 'E164', countryStyle: 'code' };

describe('toAsciiDigits', () => {
  it.each([
    ['Persian phone', '۰۹۱۲ ۳۴۵ ۶۷۸۹', '0912 345 6789'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['full-width digits (Chinese)', '１３８ ００１３ ８０００', '138 0013 8000'],
    ['Persian Solar Hijri date', '۱۴۰۵/۰۲/۱۵', '1405/02/15'],
    ['Persian thousands separators', '۴٬۵۰۰٬۰۰۰', '4,500,000'],
    ['Persian decimal separator', '۲٫۵', '2.5'],
    ['separators outside numbers stay', 'الف٬ب ٫', 'الف٬ب ٫'],
    ['email with Persian digits', 'ali۱۳۶۸@gmail.com', 'ali1368@gmail.com'],
    ['Russian, Kazakh and Mongolian text have no digits to change', '+7 701 123 45 67', '+7 701 123 45 67'],
    ['Persian letters stay', 'تلفن: ۰۲۱-۸۸۷۷۶۶۵۵', 'تلفن: 021-88776655'],
  ])('%s', (_name, input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });
});

describe('cleanDigits', () => {
  it('reports the digits fix', () => {
    expect(cleanDigits('۰۹۱۲۱۲۳۴۵۶۷', ctx)).toEqual({ value: '09121234567', fixes: ['digits'] });
  });

  it.each([['09121234567'], [9121234567], [false], [new Date(0)]])('leaves %p unchanged', (input) => {
    expect(cleanDigits(input, ctx)).toEqual({ value: input, fixes: [] });
  });

  it('is idempotent and leaves no foreign digit', () => {
    const unit = fc.constantFrom(...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩０１２３４５６７８９٫٬,. +-/اآبپ'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const once = cleanDigits(text, ctx);
        expect(cleanDigits(once.value, ctx)).toEqual({ value: once.value, fixes: [] });
        expect(String(once.value)).not.toMatch(/[۰-۹٠-٩０-９]/);
      }),
      { numRuns: 1000 },
    );
  });
});
