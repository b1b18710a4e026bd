import fc from 'fast-check';
import type { CleaningContext } from '../../../src/core/cleaning/cleanResult';
import { cleanPersianLetters, isPersianText } from '../../../src/core/cleaning/persianLetters';

const ruCtx: CleaningContext = { locale: 'ru_RU', timeZone: 'Asia/Almaty', language: 'ru', phoneFormat: 'E164', countryStyle: 'code' };
const faCtx: CleaningContext = { ...ruCtx, locale: 'fa_IR', language: 'fa' };

describe('cleanPersianLetters', () => {
  it.each([
    ['Arabic yeh in a Persian name with پ', 'پريسا', 'پریسا'],
    ['Arabic kaf and yeh with گ', 'گلي كريمي', 'گلی کریمی'],
    ['alef maksura in Persian', 'موسى كاظمى', 'موسی کاظمی'],
    ['Arabic-script text with no Arabic-only signal is Persian', 'علي رضايي', 'علی رضایی'],
    ['a city', 'تهران، خيابان ولي عصر', 'تهران، خیابان ولی عصر'],
    ['teh marbuta is kept in Persian text', 'فاطمة كريمي پور', 'فاطمة کریمی پور'],
  ])('%s', (_name, input, expected) => {
    expect(cleanPersianLetters(input, ruCtx)).toEqual({ value: expected, fixes: ['persianLetters'] });
  });

  it.each([
    ['Arabic text (teh marbuta)', 'مكتبة الملك فهد'],
    ['Arabic text (Arabic-Indic digits)', 'شارع ١٢ علي'],
    ['Persian text already right', 'علی کریمی'],
    ['Russian', 'Иванов Иван'],
    ['Kazakh', 'Әлия Қайратқызы'],
    ['Mongolian', 'Бат-Эрдэнэ'],
    ['Chinese', '王小明'],
    ['English', 'Ali Karimi'],
  ])('leaves %s unchanged', (_name, input) => {
    expect(cleanPersianLetters(input, ruCtx)).toEqual({ value: input, fixes: [] });
  });

  it('reads Arabic-looking text as Persian in a Persian sheet', () => {
    expect(cleanPersianLetters('مكتبة علي', faCtx)).toEqual({ value: 'مکتبة علی', fixes: ['persianLetters'] });
    expect(isPersianText('مكتبة علي', { ...ruCtx, locale: 'fa' })).toBe(true);
  });

  it('lets a Persian-only letter outweigh an Arabic-only signal', () => {
    expect(isPersianText('پژوهشکدة', ruCtx)).toBe(true);
    expect(isPersianText('مدرسة', ruCtx)).toBe(false);
  });

  it.each([[12], [true], [new Date(0)]])('leaves a non-text value %p unchanged', (input) => {
    expect(cleanPersianLetters(input, ruCtx)).toEqual({ value: input, fixes: [] });
  });

  it('is idempotent', () => {
    const unit = fc.constantFrom(...'يىكیکةپگعلرضا ١۱ aИ'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.constantFrom(ruCtx, faCtx), (text, ctx) => {
        const once = cleanPersianLetters(text, ctx);
        expect(cleanPersianLetters(once.value, ctx)).toEqual({ value: once.value, fixes: [] });
      }),
      { numRuns: 1000 },
    );
  });
});
