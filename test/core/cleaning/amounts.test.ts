import fc from 'fast-check';
import { cleanAmount, parseAmountNumber } from '../../../src/core/cleaning/amounts';
import type { CleaningContext } from '../../../src/core/cleaning/cleanResult';

const ctx: CleaningContext = { locale: 'ru_RU', timeZone: 'Europe/Moscow', language: 'ru', phoneFormat: 'E164', countryStyle: 'code' };

describe('cleanAmount', () => {
  it.each([
    ['Russian, space groups and decimal comma', '1 234,50', 1234.5],
    ['Russian, no-break space groups', '1\u00A0234,50', 1234.5],
    ['Russian rubles', '1 500 руб.', 1500],
    ['Russian rubles, ₽', '2 990 ₽', 2990],
    ['Russian, short', '12,5', 12.5],
    ['Russian, point groups', '1.234,50', 1234.5],
    ['Kazakh tenge', '54 000 тг', 54000],
    ['Kazakh tenge, sign first', '₸ 12 000', 12000],
    ['Kazakh, word', '7 500 теңге', 7500],
    ['Mongolian tugrik', '714 000₮', 714000],
    ['Mongolian, word', '25 000 төг', 25000],
    ['Persian digits', '۱۲۳۴', 1234],
    ['Persian thousands separators', '۴٬۵۰۰٬۰۰۰', 4500000],
    ['Persian decimal separator', '۲٫۵', 2.5],
    ['Persian toman', '۸۵۰٬۰۰۰ تومان', 850000],
    ['Persian rial', '۱۲۰۰۰۰۰ ریال', 1200000],
    ['Chinese yuan', '3680元', 3680],
    ['Chinese yen sign', '¥3680', 3680],
    ['Chinese full-width', '￥３６８０．５０', 3680.5],
    ['Chinese, RMB word', '1,280.00 人民币', 1280],
    ['English', '1,234.50', 1234.5],
    ['English dollars', '$1,200', 1200],
    ['English, millions', '$1,250,000.99', 1250000.99],
    ['a code first', 'USD 45.90', 45.9],
    ['three digits after one comma are thousands', '1,234', 1234],
    ['three digits after one point are thousands', '1.234', 1234],
    ['a leading zero makes it decimal', '0,125', 0.125],
    ['space groups make a single comma decimal', '1 234,567', 1234.567],
    ['negative', '-1 200', -1200],
    ['negative before a currency sign', '-$1,200', -1200],
    ['negative after a currency sign', '$-15.5', -15.5],
    ['a plain number as text', '1200', 1200],
    ['Swiss apostrophe groups', "12'500.50", 12500.5],
  ])('%s: %s', (_name, input, expected) => {
    expect(cleanAmount(input, ctx)).toEqual({ value: expected, fixes: ['amount'] });
  });

  it.each([
    ['Persian million', '۲.۳۹ میلیون'],
    ['Persian thousand', '۵۰۰ هزار تومان'],
    ['Russian million', '1,5 млн руб.'],
    ['Russian thousand', '54 тыс. тг'],
    ['Chinese ten thousand', '3万元'],
    ['English million', '2.5 million'],
    ['English k', '54k'],
    ['percent', '15%'],
    ['two numbers', '100-200'],
    ['Indian grouping', '1,23,456'],
    ['broken space groups', '12 34'],
    ['two decimal commas', '1.234,5,6'],
    ['a word', 'бесплатно'],
    ['two currencies', '$100 USD'],
  ])('flags %s (%s) and leaves it', (_name, input) => {
    expect(cleanAmount(input, ctx)).toEqual({ value: input, fixes: [], problem: 'invalidAmount' });
  });

  it.each([[1234.5], [0], [true], [new Date(0)], [''], [' ']])('leaves %p unchanged', (input) => {
    expect(cleanAmount(input, ctx)).toEqual({ value: input, fixes: [] });
  });

  it('parses the number part by the separator rules', () => {
    expect(parseAmountNumber('1 234 567')).toBe(1234567);
    expect(parseAmountNumber('1.234.567')).toBe(1234567);
    expect(parseAmountNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseAmountNumber('12,50')).toBe(12.5);
    expect(parseAmountNumber('1,')).toBeNull();
    expect(parseAmountNumber('1 234.567,5')).toBeNull();
  });

  it('is idempotent', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'0123456789۰۱۲۴۵٬٫ ,.-$¥₸₮元'.split('')),
      fc.constantFrom(' тг', ' руб.', ' تومان', ' میلیون', '\u00A0', 'USD '),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 20 }), fc.double({ noNaN: true })), (value) => {
        const once = cleanAmount(value, ctx);
        expect(cleanAmount(once.value, ctx)).toEqual(once.fixes.length > 0 ? { value: once.value, fixes: [] } : once);
      }),
      { numRuns: 2000 },
    );
  });
});
