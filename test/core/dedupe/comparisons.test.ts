import { ELSE, EXACT, NULL, RowComparer, STRONG, WEAK, compareValues } from '../../../src/core/dedupe/comparisons';
import { FieldReader, fieldSpecs } from '../../../src/core/dedupe/fieldValues';
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
});

describe('comparison levels', () => {
  test.each([
    ['personName', 'Иванов Иван', 'Ivan Ivanov', EXACT],
    ['personName', 'Дорж Оюунчимэг', 'Д.Оюунчимэг', STRONG],
    ['personName', 'Dmitry Sokolov', 'Dmitri Sokolova', STRONG],
    ['personName', 'Гульнара Ахметова', 'Айдана Ахметова', ELSE],
    ['personName', '刘洋', '刘丽', ELSE],
    // Persian and Latin meet only on consonants (weak); Chinese characters and pinyin not at all.
    ['personName', 'محمد حسینی', 'Mohammad Hosseini', WEAK],
    ['personName', 'محمد حسینی', 'Reza Ahmadi', NULL],
    ['personName', '李娜', 'Li Na', NULL],
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
    ['postcode', '2257', '2258', STRONG],
    ['address', 'ул. Абая, 12, кв. 5', 'Абая ул 12 кв 5', EXACT],
    ['address', 'Сөүлийн гудамж, 114', 'Сөүлийн гудамж, 16', ELSE],
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
