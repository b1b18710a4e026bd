import fc from 'fast-check';
import type { CleaningContext } from '../../../src/core/cleaning/cleanResult';
import { cleanNameCase } from '../../../src/core/cleaning/nameCase';

const ctx: CleaningContext = { locale: 'kk_KZ', timeZone: 'Asia/Almaty', language: 'kk', phoneFormat: 'E164', countryStyle: 'code' };

describe('cleanNameCase', () => {
  it.each([
    ['Russian, all caps', 'ИВАНОВ ИВАН', 'Иванов Иван'],
    ['Russian with patronymic, all lower', 'петрова анна сергеевна', 'Петрова Анна Сергеевна'],
    ['Russian hyphenated', 'АННА-МАРИЯ СОКОЛОВА', 'Анна-Мария Соколова'],
    ['Kazakh, all lower', 'әлия', 'Әлия'],
    ['Kazakh letters ә ғ қ ң ө ұ ү һ і', 'ЖҰМАБЕКОВА ӘЛИЯ ҚАЙРАТҚЫЗЫ', 'Жұмабекова Әлия Қайратқызы'],
    ['Kazakh, every special capital', 'ғалым өмірзақ ұлан үміт іңкәр һәм', 'Ғалым Өмірзақ Ұлан Үміт Іңкәр Һәм'],
    ['Mongolian hyphenated', 'БАТ-ЭРДЭНЭ ДОРЖ', 'Бат-Эрдэнэ Дорж'],
    ['Mongolian with ө ү', 'өлзийсайхан түмэн', 'Өлзийсайхан Түмэн'],
    ['English, all caps', 'JOHN SMITH', 'John Smith'],
    ['Mc', 'MCDONALD', 'McDonald'],
    ['Mac', 'ANGUS MACLEOD', 'Angus MacLeod'],
    ['Mack is not Mac + a name', 'MACK', 'Mack'],
    ['Macy is not Mac + a name', 'macy gray', 'Macy Gray'],
    ['Machado is not Mac + a name', 'ANA MACHADO', 'Ana Machado'],
    ["O'", "o'brien", "O'Brien"],
    ["O' with a typographic apostrophe", 'O’BRIEN', 'O’Brien'],
    ["d' particle when not first", "charles d'artagnan", "Charles d'Artagnan"],
    ["D' as the first word", "D'ANGELO RUSSO", "D'Angelo Russo"],
    ['an apostrophe inside a longer word', "MA'RUF KARIMOV", "Ma'ruf Karimov"],
    ['van der', 'JAN VAN DER BERG', 'Jan van der Berg'],
    ['von', 'ludwig von mises', 'Ludwig von Mises'],
    ['de la', 'JEAN DE LA FONTAINE', 'Jean de la Fontaine'],
    ['da, di, du', 'leonardo da vinci', 'Leonardo da Vinci'],
    ['a particle first is a name', 'DA SILVA', 'Da Silva'],
    ['a particle last is a surname', 'LI DU', 'Li Du'],
    ['hyphenated French', 'jean-luc picard', 'Jean-Luc Picard'],
    ['initials', 'J.R.R. TOLKIEN', 'J.R.R. Tolkien'],
    ['Chinese in pinyin', 'WANG XIAOMING', 'Wang Xiaoming'],
    ['Latin with Persian', 'ALI علی', 'Ali علی'],
    ['spaces are kept as they are', 'ИВАНОВ  ИВАН', 'Иванов  Иван'],
  ])('%s: %s', (_name, input, expected) => {
    expect(cleanNameCase(input, ctx)).toEqual({ value: expected, fixes: ['nameCase'] });
  });

  it.each([
    ['mixed case: a user choice', 'McDonald'],
    ['mixed case like iPhone', 'iPhone Store'],
    ['mixed case Cyrillic', 'Иванов ИВАН'],
    ['already right (Kazakh)', 'Әлия Нұрланқызы'],
    ['Persian has no case', 'علی کریمی'],
    ['Chinese has no case', '王小明'],
    ['digits and signs only', '12-34'],
    ['a single capital', 'A'],
    ['empty', ''],
  ])('leaves %s unchanged', (_name, input) => {
    expect(cleanNameCase(input, ctx)).toEqual({ value: input, fixes: [] });
  });

  it.each([[42], [true], [new Date(0)]])('leaves a non-text value %p unchanged', (input) => {
    expect(cleanNameCase(input, ctx)).toEqual({ value: input, fixes: [] });
  });

  it('is idempotent', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'aAbBmMcCoOdD ИиВвӘәҚқҮүІі علی王 -\'’.1ßßİıŉǅ'.split('')),
      fc.constantFrom('mc', 'mac', 'MAC', 'van ', ' de ', "o'", "d'", 'ΣΟΦΙΑ'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 25 }), (text) => {
        const once = cleanNameCase(text, ctx);
        expect(cleanNameCase(once.value, ctx)).toEqual({ value: once.value, fixes: [] });
      }),
      { numRuns: 2000 },
    );
  });
});
