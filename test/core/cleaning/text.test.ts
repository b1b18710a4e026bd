import fc from 'fast-check';
import type { CleaningContext } from '../../../src/core/cleaning/cleanResult';
import { cleanText } from '../../../src/core/cleaning/text';

const ctx: CleaningContext = { locale: 'ru_RU', timeZone: 'Asia/Almaty', language: 'ru', phoneFormat: 'E164', countryStyle: 'code' };
const ZWNJ = '\u200C';
const ZWJ = '\u200D';

/** Strings mixing the users' scripts with every kind of space, invisible character and digit. */
const messyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'aZ Ии Әә ҚқӨө علیكيپ 王李 ۱۲٣٤１2 ,.\'-'.split('')),
    fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00A0', '\u202F', '\u2007', '\u3000', '\u200B', '\u2060', '\uFEFF', ZWNJ, ZWJ, '\u0007', '\u0085', '\u009F'),
    fc.constantFrom('e\u0301', '\u0301', 'й', 'и\u0306', '👨', '\uFE0F'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('cleanText', () => {
  it.each([
    ['trims and collapses spaces (English)', '  John   Smith  ', 'John Smith', ['whitespace']],
    ['turns no-break spaces into spaces (Russian)', 'Иван\u00A0Петров', 'Иван Петров', ['whitespace']],
    ['narrow and figure no-break spaces (amount-like text)', '1\u202F234\u2007руб.', '1 234 руб.', ['whitespace']],
    ['removes zero-width spaces, word joiners and a BOM anywhere (Kazakh)', '\uFEFFӘлия\u200B Нұр\u2060ланқызы', 'Әлия Нұрланқызы', ['whitespace']],
    ['removes control characters (Mongolian)', 'Бат\u0007-Эрдэнэ\u009F', 'Бат-Эрдэнэ', ['whitespace']],
    ['turns tabs into spaces', 'Алматы\tАбая 10', 'Алматы Абая 10', ['whitespace']],
    ['keeps line breaks in notes, with CRLF as LF and each line trimmed', ' Позвонить  в пн \r\n  Скидка 10% \r\n', 'Позвонить в пн\nСкидка 10%', ['whitespace']],
    ['keeps blank lines between paragraphs', 'первая\n\nвторая', 'первая\n\nвторая', []],
    ['keeps the ZWNJ inside a Persian word', 'می\u200Cخواهم', 'می\u200Cخواهم', []],
    ['removes the ZWNJ at a word edge (Persian)', 'خانه\u200C \u200Cها', 'خانه ها', ['whitespace']],
    ['collapses a doubled ZWNJ (Persian)', 'کتاب\u200C\u200Cها', 'کتاب\u200Cها', ['whitespace']],
    ['keeps the ZWJ of an emoji sequence', 'Семья 👨\u200D👩\u200D👧', 'Семья 👨\u200D👩\u200D👧', []],
    ['removes a ZWJ at a word edge', 'Wang\u200D Wei', 'Wang Wei', ['whitespace']],
    ['keeps apostrophes and hyphens in names', "O'Brien-Smith", "O'Brien-Smith", []],
    ['keeps Chinese text as it is', '王小明', '王小明', []],
    ['composes to NFC', 'Jose\u0301 Каи\u0306рат', 'José Кайрат', ['unicode']],
    ['fixes spaces and composition together', ' Zoe\u0308\u00A0', 'Zoë', ['whitespace', 'unicode']],
    ['turns ideographic spaces into spaces (Chinese)', '王\u3000小明', '王 小明', ['whitespace']],
    ['leaves a clean value unchanged', 'Anna Schmidt', 'Anna Schmidt', []],
  ])('%s', (_name, input, value, fixes) => {
    expect(cleanText(input, ctx)).toEqual({ value, fixes });
  });

  it.each([[42], [true], [new Date(Date.UTC(2026, 2, 5))]])('returns a non-text value %p unchanged', (input) => {
    expect(cleanText(input, ctx)).toEqual({ value: input, fixes: [] });
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const once = cleanText(text, ctx);
        const twice = cleanText(once.value, ctx);
        expect(twice).toEqual({ value: once.value, fixes: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no leading or trailing space, no double space and no invisible character', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const cleaned = String(cleanText(text, ctx).value);
        expect(cleaned).toBe(cleaned.trim());
        // eslint-disable-next-line no-control-regex -- no control character may remain
        expect(cleaned).not.toMatch(/ {2}|[\u00A0\u200B\u2060\uFEFF\r\t]|[\u0000-\u0009\u000B-\u001F]/);
      }),
      { numRuns: 1000 },
    );
  });
});
