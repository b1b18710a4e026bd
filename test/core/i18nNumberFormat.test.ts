import fc from 'fast-check';
import { dateFormatter } from '../../src/core/card/customerCard';
import { formatMessage } from '../../src/core/i18n/formatMessage';
import { LANGUAGES, type Language } from '../../src/core/i18n/languages';
import { CATALOGUE } from '../../src/core/i18n/messages';
import { DIGIT_STYLES, numberFormat } from '../../src/core/i18n/numberFormat';
import { flowArrow, valueDirection } from '../../src/core/i18n/valueDirection';

const LRM = '\u200e';

/** What each language's view shows, with its default digits and with Latin digits chosen. */
const TABLE: [Language, { number: string; fraction: string; negative: string; percent: string }, { number: string; negative: string; percent: string }][] = [
  ['en', { number: '1,234,567', fraction: '1,234.5', negative: '-31', percent: '42%' }, { number: '1,234,567', negative: '-31', percent: '42%' }],
  ['ru', { number: '1\u00a0234\u00a0567', fraction: '1\u00a0234,5', negative: '-31', percent: '42%' }, { number: '1\u00a0234\u00a0567', negative: '-31', percent: '42%' }],
  ['kk', { number: '1\u00a0234\u00a0567', fraction: '1\u00a0234,5', negative: '-31', percent: '42%' }, { number: '1\u00a0234\u00a0567', negative: '-31', percent: '42%' }],
  ['mn', { number: '1,234,567', fraction: '1,234.5', negative: '-31', percent: '42%' }, { number: '1,234,567', negative: '-31', percent: '42%' }],
  ['fa', { number: '۱٬۲۳۴٬۵۶۷', fraction: '۱٬۲۳۴٫۵', negative: `${LRM}-۳۱`, percent: '۴۲٪' }, { number: '1,234,567', negative: `${LRM}-31`, percent: '42%' }],
  ['zh', { number: '1,234,567', fraction: '1,234.5', negative: '-31', percent: '42%' }, { number: '1,234,567', negative: '-31', percent: '42%' }],
];

describe('one number formatter per view (numberFormat)', () => {
  it.each(TABLE)('%s writes counts, decimals, negatives and percentages in one digit style', (language, native, latin) => {
    const own = numberFormat(language);
    expect([own.number(1234567), own.number(1234.46, 1), own.number(-31.2), own.percent(0.4213)]).toEqual([native.number, native.fraction, native.negative, native.percent]);
    const chosen = numberFormat(language, 'latin');
    expect([chosen.number(1234567), chosen.number(-31), chosen.percent(0.42)]).toEqual([latin.number, latin.negative, latin.percent]);
  });

  it.each(TABLE.map(([language]) => language))('%s never mixes digit styles, whatever the number', (language) => {
    for (const style of DIGIT_STYLES) {
      const format = numberFormat(language, style);
      const persian = language === 'fa' && style === 'native';
      fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 2 }), (value, fraction) => {
        const text = format.number(value, fraction) + format.percent(value / 1e6);
        expect(/[0-9]/.test(text)).toBe(!persian);
        expect(/[۰-۹]/.test(text)).toBe(persian);
      }));
    }
  });

  it('a count written by the formatter still picks its plural form', () => {
    for (const language of LANGUAGES) {
      const template = CATALOGUE[language].summaryRows;
      expect(formatMessage(CATALOGUE[language].cleanChangedCells, { count: numberFormat(language).number(1) })).toBe(formatMessage(CATALOGUE[language].cleanChangedCells, { count: language === 'fa' ? '۱' : 1 }));
      expect(formatMessage(template, { count: numberFormat(language).number(2500) })).toContain(numberFormat(language).number(2500));
    }
  });

  it('Persian dates follow the digit setting; the calendar stays Solar Hijri', () => {
    const day = Date.UTC(2026, 10, 20, 12);
    expect(dateFormatter('fa', 'Asia/Tehran')(day)).toBe('۱۴۰۵/۰۸/۲۹');
    expect(dateFormatter('fa', 'Asia/Tehran', 'latin')(day)).toBe('1405/08/29');
    expect(dateFormatter('ru', 'Asia/Almaty', 'native')(day)).toBe('2026-11-20');
  });
});

describe('counts in a sentence the server worded (counts)', () => {
  it.each([
    ['Cleaned 431 cells.', 'Cleaned ۴۳۱ cells.'],
    ['Merged 1,204 rows into 18 groups', 'Merged ۱٬۲۰۴ rows into ۱۸ groups'],
    ['NPS 31.5 (n=12)', 'NPS ۳۱٫۵ (n=۱۲)'],
    ['C-000002 and +77011234567 stay', 'C-000002 and +77011234567 stay'],
    ['2026-12-01 at 09:30, aigerim2@gmail.com, cell A12', '2026-12-01 at 09:30, aigerim2@gmail.com, cell A12'],
  ])('fa: %s → %s', (text, shown) => {
    expect(numberFormat('fa').counts(text)).toBe(shown);
  });

  it('leaves the sentence alone in Latin digits (every other language, or fa with Latin chosen)', () => {
    expect(numberFormat('ru').counts('Очищено 431 ячеек.')).toBe('Очищено 431 ячеек.');
    expect(numberFormat('fa', 'latin').counts('Cleaned 431 cells.')).toBe('Cleaned 431 cells.');
  });
});

describe('values keep their own direction (valueDirection)', () => {
  it.each([
    ['+77011234567', 'ltr'],
    ['-31', 'ltr'],
    ['۰۹۱۲۱۲۳۴۵۶۷', 'ltr'],
    ['C-000007', 'ltr'],
    ['aigerim@gmail.com', 'ltr'],
    ['2026-04-15', 'ltr'],
    ['علی رضایی', 'rtl'],
    ['۱۲ خیابان آزادی', 'rtl'],
    ['Айгерим', 'ltr'],
    ['', 'ltr'],
  ] as const)('%s is shown %s', (text, direction) => {
    expect(valueDirection(text)).toBe(direction);
  });

  it('the arrow from before to after points the way the text reads', () => {
    expect([flowArrow('ltr'), flowArrow('rtl')]).toEqual(['→', '←']);
  });
});
