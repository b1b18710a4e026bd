import fc from 'fast-check';
import { bindPlurals, formatMessage, pluralSelectors } from '../../src/core/i18n/formatMessage';
import { LANGUAGES } from '../../src/core/i18n/languages';
import { CATALOGUE, type MessageKey } from '../../src/core/i18n/messages';
import { LANGUAGE_PLURAL_CATEGORIES, pluralCategory } from '../../src/core/i18n/plurals';

const COUNTS = [0, 1, 2, 5, 21, 22, 25, 111];
const keys = Object.keys(CATALOGUE.en) as MessageKey[];
const pluralKeys = keys.filter((key) => Object.keys(pluralSelectors(CATALOGUE.en[key])).length > 0);

/** Every placeholder of a message set to `count`: a count message must read right for any of them. */
function allCounts(key: MessageKey, count: number): Record<string, number> {
  const names = [...CATALOGUE.en[key].matchAll(/\{(\w+)/g)].map((match) => match[1] as string);
  return Object.fromEntries(names.map((name) => [name, count]));
}

describe('bundled CLDR plural rules', () => {
  // Node's ICU carries CLDR: the bundled rules (Apps Script has no documented Intl) must agree with it.
  it.each(LANGUAGES)('%s agrees with CLDR on whole numbers and decimals', (language) => {
    const cldr = new Intl.PluralRules(language);
    expect([...LANGUAGE_PLURAL_CATEGORIES[language]].sort()).toEqual([...cldr.resolvedOptions().pluralCategories].sort());
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 1_000_000 }), fc.integer({ min: 0, max: 2_000 }).map((n) => n / 10)), (n) => {
        expect(pluralCategory(language, n)).toBe(cldr.select(n));
      }),
    );
  });
});

describe('count messages', () => {
  it('every English message that counts something with a plural noun picks its form', () => {
    // "{count} rows", "{rows} new detractors": a placeholder then a word ending in s ("{days}+ days" is
    // a threshold, plural whatever the number).
    // A file, command, option or output name, or a column letter, is never a count ("{file} stays as it was").
    const countsPlainly = keys.filter((key) => /\{(?!(?:file|command|option|output|letter)\})\w+\} (?:\w+ )?\w+s\b/.test(CATALOGUE.en[key]));
    // Not counts: a percentage (“40% said yes”), a list of row numbers (always two or more) and
    // one row's number (“Row 12 now belongs to C-0042”).
    expect(countsPlainly).toEqual(['problemDuplicateId', 'privacyConsentShare', 'purchasesCustomerMade']);
  });

  it('Russian never puts a count before a noun that does not agree with it', () => {
    // \b knows only ASCII letters (it never matches after a Cyrillic word): the end of the word is a non-letter.
    const genitivePlurals = /\{\w+\} (строк|клиентов|ответов|ячеек|листов|записей|значений|контактов|столбцов|отправок|дней|критиков|покупок)(?!\p{L})/u;
    expect(keys.filter((key) => genitivePlurals.test(CATALOGUE.ru[key]))).toEqual([]);
  });

  it.each(LANGUAGES)('%s uses only its own plural categories, always with other, Russian with all four', (language) => {
    for (const key of keys) {
      for (const [name, selectors] of Object.entries(pluralSelectors(CATALOGUE[language][key]))) {
        const categories = selectors.filter((selector) => !selector.startsWith('='));
        expect({ key, name, unknown: categories.filter((c) => !LANGUAGE_PLURAL_CATEGORIES[language].includes(c as never)) }).toEqual({ key, name, unknown: [] });
        expect({ key, name, other: categories.includes('other') }).toEqual({ key, name, other: true });
        if (language === 'ru') expect({ key, name, categories: [...categories].sort() }).toEqual({ key, name, categories: ['few', 'many', 'one', 'other'] });
      }
    }
  });

  it.each(LANGUAGES)('%s writes every count message out in full for 0, 1, 2, 5, 21, 22, 25 and 111', (language) => {
    for (const key of pluralKeys) {
      for (const count of COUNTS) {
        const text = formatMessage(CATALOGUE[language][key], allCounts(key, count));
        expect({ key, count, text, leftover: /[{}#]/.test(text), hasCount: text.includes(String(count)) }).toEqual({ key, count, text, leftover: false, hasCount: true });
      }
    }
  });

  it.each([
    ['en', 'cleanApplied', ['Cleaned 0 cells.', 'Cleaned 1 cell.', 'Cleaned 2 cells.', 'Cleaned 5 cells.', 'Cleaned 21 cells.', 'Cleaned 22 cells.', 'Cleaned 25 cells.', 'Cleaned 111 cells.']],
    ['en', 'quarantineCount', ['0 submissions wait in the Quarantine sheet.', '1 submission waits in the Quarantine sheet.', '2 submissions wait in the Quarantine sheet.', '5 submissions wait in the Quarantine sheet.', '21 submissions wait in the Quarantine sheet.', '22 submissions wait in the Quarantine sheet.', '25 submissions wait in the Quarantine sheet.', '111 submissions wait in the Quarantine sheet.']],
    ['ru', 'backupDone', ['0 строк', '1 строка', '2 строки', '5 строк', '21 строка', '22 строки', '25 строк', '111 строк']],
    ['ru', 'dashboardWritten', ['по 0 ответам', 'по 1 ответу', 'по 2 ответам', 'по 5 ответам', 'по 21 ответу', 'по 22 ответам', 'по 25 ответам', 'по 111 ответам']],
    ['ru', 'privacyConsentLine', ['из 0 клиентов', 'из 1 клиента', 'из 2 клиентов', 'из 5 клиентов', 'из 21 клиента', 'из 22 клиентов', 'из 25 клиентов', 'из 111 клиентов']],
    ['ru', 'predictFitted', ['на 0 клиентах', 'на 1 клиенте', 'на 2 клиентах', 'на 5 клиентах', 'на 21 клиенте', 'на 22 клиентах', 'на 25 клиентах', 'на 111 клиентах']],
    ['fa', 'insightUnknownCustomers', ['0 پاسخ به مشتری‌ای در برگه اشاره نمی‌کند', '1 پاسخ به مشتری‌ای در برگه اشاره نمی‌کند', '2 پاسخ به مشتری‌ای در برگه اشاره نمی‌کنند', '5 پاسخ', '21 پاسخ', '22 پاسخ', '25 پاسخ', '111 پاسخ']],
  ] as const)('%s %s reads right for each count', (language, key, expected) => {
    COUNTS.forEach((count, index) => {
      expect(formatMessage(CATALOGUE[language][key], allCounts(key, count))).toContain(expected[index]);
    });
  });
});

describe('plural syntax', () => {
  it('an exact match wins over the category, and other placeholders inside a form are filled', () => {
    const template = '{count, plural, =0 {No rows on {sheet}} one {# row on {sheet}} other {# rows on {sheet}}}';
    expect([0, 1, 3].map((count) => formatMessage(template, { count, sheet: 'Customers' }))).toEqual(['No rows on Customers', '1 row on Customers', '3 rows on Customers']);
  });

  it.each([
    ['1,234', 'en', 'Cleaned 1,234 cells.'],
    ['1', 'en', 'Cleaned 1 cell.'],
    ['1\u00a0221', 'ru', 'Очищено: 1\u00a0221 ячейка.'],
    ['۲۱', 'ru', 'Очищено: ۲۱ ячейка.'],
    ['1٬222', 'ru', 'Очищено: 1٬222 ячейки.'],
  ] as const)('a count already formatted for the reader (%s, %s) picks the form of the number it shows', (count, language, expected) => {
    const template = bindPlurals(
      language === 'en' ? 'Cleaned {count, plural, one {# cell} other {# cells}}.' : 'Очищено: {count, plural, one {# ячейка} few {# ячейки} many {# ячеек} other {# ячейки}}.',
      language,
    );
    expect(formatMessage(template, { count })).toBe(expected);
  });

  it('leaves a plural with no value visible rather than dropping it', () => {
    expect(formatMessage('Cleaned {count, plural, one {# cell} other {# cells}}.')).toBe('Cleaned {count, plural, one {# cell} other {# cells}}.');
  });
});
