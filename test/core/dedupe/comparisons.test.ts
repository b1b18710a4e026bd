import { ELSE, EXACT, NULL, RowComparer, STRONG, WEAK, compareValues } from '../../../src/core/dedupe/comparisons';
import { FieldReader, fieldSpecs } from '../../../src/core/dedupe/fieldValues';
import fc from 'fast-check';
import { editDistance } from '../../../src/core/cleaning/email';
import { jaroWinkler, withinOneEdit } from '../../../src/core/dedupe/jaroWinkler';
import type { CellValue } from '../../../src/core/customerRecord';
import { recogniseColumns } from '../../../src/core/headerRoles';

const header = ['Name', 'First name', 'Last name', 'Email', 'Phone', 'Date of birth', 'Postcode', 'Address', 'City', 'Country'];
const columns = recogniseColumns(header);
const specs = fieldSpecs(columns);
const reader = new FieldReader(specs, columns, { timeZone: 'UTC', locale: 'en_GB', defaultCountry: 'KZ' });
const field = (kind: string) => specs.findIndex((spec) => spec.kind === kind);

function level(kind: string, a: CellValue, b: CellValue): number {
  const f = field(kind);
  const row = (value: CellValue) => header.map((_, i) => (i === specs[f]!.column ? value : ''));
  const x = reader.read(row(a))[f];
  const y = reader.read(row(b))[f];
  return x && y ? compareValues(specs[f]!.kind, x, y) : NULL;
}

describe('Jaro-Winkler', () => {
  test.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['', 'abc', 0],
    ['same', 'same', 1],
  ])('%s / %s ≈ %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  test('one edit', () => {
    expect(withinOneEdit('2257', '2283')).toBe(false);
    expect(withinOneEdit('2257', '2258')).toBe(true);
    expect(withinOneEdit('abcd', 'abdc')).toBe(true);
    expect(withinOneEdit('abc', 'abcd')).toBe(true);
  });

  test('one edit is an optimal-string-alignment distance of exactly 1, on any texts', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'я', '😀'), maxLength: 6 });
    fc.assert(fc.property(text, text, (a, b) => withinOneEdit(a, b) === (editDistance(a, b) === 1)), { numRuns: 2_000 });
  });
});

describe('comparison levels', () => {
  test.each([
    ['personName', 'Иванов Иван', 'Ivan Ivanov', EXACT],
    ['personName', 'Дорж Оюунчимэг', 'Д.Оюунчимэг', STRONG],
    ['personName', 'Dmitry Sokolov', 'Dmitri Sokolova', STRONG],
    ['personName', 'Гульнара Ахметова', 'Айдана Ахметова', ELSE],
    ['personName', '刘洋', '刘丽', ELSE],
    // Persian and Latin meet only on consonants (weak); Chinese characters and pinyin on the pinyin table, never exactly (王, 汪: wang).
    ['personName', 'محمد حسینی', 'Mohammad Hosseini', WEAK],
    ['personName', 'محمد حسینی', 'Reza Ahmadi', NULL],
    ['personName', '李娜', 'Li Na', STRONG],
    ['personName', '王芳', 'Fang Wang', STRONG],
    ['personName', '张子涵', 'Zhang Zihan', STRONG],
    ['personName', '欧阳娜', 'Ouyang Na', STRONG],
    ['personName', '王芳', 'Wang Wei', ELSE],
    // A character not in the table: no pinyin, no comparison.
    ['personName', '王龘', 'Wang Da', NULL],
    ['city', 'تهران', 'Tehran', STRONG],
    ['email', 'Ivan.Ivanov@yandex.ru', 'ivan.ivanov@yandex.ru', EXACT],
    ['email', 'i.v.a.n+shop@gmail.com', 'ivan@googlemail.com', EXACT],
    ['email', 'sarah.oconnor@gmail.com', 'sarah.oconnor@gmial.com', STRONG],
    ['email', 'ivan.petrov12@mail.ru', 'ivan.petrov85@mail.ru', ELSE],
    ['email', 'ivan.petrov@mail.ru', 'ivan.petorv@mail.ru', WEAK],
    ['phone', '+7 701 234 56 78', '8 (701) 234-56-78', EXACT],
    // No country on the row and KZ by default: the national number meets on its trailing digits only.
    ['phone', '۰۹۱۲۳۴۵۶۷۸۹', '+98 912 345 6789', STRONG],
    ['phone', '+7 985 123 00 11', '+7 985 123 00 12', WEAK],
    ['phone', '+7 701 234 56 78', '+7 702 999 11 22', ELSE],
    ['date', '19770501', '19770501', EXACT],
    ['date', '19770501', '19770105', STRONG],
    ['date', '19770501', '19771230', WEAK],
    // Another year is another person, however close the digits.
    ['date', '19770501', '19780501', ELSE],
    ['date', '19770501', '19870501', ELSE],
    ['date', '19770501', '19770502', STRONG],
    ['date', '19770501', '19770601', STRONG],
    ['postcode', '2257', '2258', STRONG],
    ['address', 'ул. Абая, 12, кв. 5', 'Абая ул 12 кв 5', EXACT],
    ['address', 'Сөүлийн гудамж, 114', 'Сөүлийн гудамж, 16', ELSE],
    // Ordinals and their words, street types, house markers, numbers as numbers, trailing descriptions.
    ['address', '1110 3rd ave.', '1110 third avenue', EXACT],
    ['address', '42 E. 20th St. between Park Ave. S and Broadway', '42 East 20th Street', EXACT],
    // 3rd Avenue and 3rd Street are two streets.
    ['address', '1110 3rd Ave', '1110 3rd St', ELSE],
    ['address', '1110 Lexington Ave', '1110 Lexington', STRONG],
    ['address', '1110 3rd Ave', '1112 3rd Ave', ELSE],
    ['address', 'улица Абая, д. 012', 'ул. Абая 12', EXACT],
    ['address', '2-я Парковая ул., 5', 'Вторая Парковая улица, д. 5', EXACT],
    ['address', 'пр. Мира, 25', 'проспект Мира, 25', EXACT],
    ['address', 'ул. Абая, 12, кв. 5', 'ул. Абая, 12', WEAK],
    ['address', 'خیابان ولیعصر، کوچه سوم، پلاک ۱۲', 'خ. ولیعصر، کوچه ۳، پلاک 12', EXACT],
    ['address', '南京路100号', '南京街 100 号', EXACT],
    ['address', '3-р хороолол, 12-р байр', 'гуравдугаар хороолол, 12 байр', EXACT],
    ['city', 'Алматы', 'Almaty', EXACT],
    ['city', '上海', '上海市', EXACT],
    ['city', 'Москва', 'Шымкент', ELSE],
    ['country', 'Казахстан', 'KZ', EXACT],
  ])('%s: %s vs %s', (kind, a, b, expected) => {
    expect(level(kind, a, b)).toBe(expected);
  });

  test('first and last names in each other’s columns agree', () => {
    const comparer = new RowComparer(specs);
    const row = (first: string, last: string) => reader.read(header.map((h) => (h === 'First name' ? first : h === 'Last name' ? last : '')));
    const out = new Uint8Array(specs.length);
    comparer.compare(row('mikhayla', 'hannagan'), row('hannagan', 'mikhayla'), out);
    expect(out[field('givenName')]).toBe(EXACT);
    expect(out[field('familyName')]).toBe(EXACT);
  });
});
