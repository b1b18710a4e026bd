import type { CellValue } from '../../src/core/customerRecord';
import { recogniseColumns } from '../../src/core/headerRoles';
import { setUpQuestion } from '../../src/core/setUpQuestion';

const table = (rows: CellValue[][]) => {
  const values = [['Name', 'Phone', 'Country'], ...rows];
  return { values, columns: recogniseColumns(values[0]!) };
};

describe('the set-up question’s suggestion (issue 19)', () => {
  it.each<[string, CellValue[][], string, string | null]>([
    // Chinese numbers in rows that say China do not need the default; the bare Kazakh ones do.
    ['rows naming their country are read by it', [
      ['a', '138 0013 8000', 'China'], ['b', '139 1234 5678', '中国'], ['c', '159 5589 9400', 'CN'],
      ['d', '8 701 729 1870', ''], ['e', '8 (705) 581-06-52', ''],
    ], 'en_US', 'KZ'],
    ['a row whose country does not read its number still counts', [['a', '0912 345 6789', 'Kazakhstan']], 'en_US', 'IR'],
    ['numbers with a country code say nothing', [['a', '+77011234567', ''], ['b', '+8613800138000', '']], 'ru_RU', 'RU'],
    ['a locale country outside the list is not preselected', [], 'en_NG', null],
    ['no phones and no region in the locale', [], 'en', null],
  ])('%s', (_, rows, locale, expected) => {
    expect(setUpQuestion(table(rows), locale, 'en').suggestedCountry).toBe(expected);
  });

  it('offers only countries with a numbering plan, named in the interface language', () => {
    const { countries } = setUpQuestion(null, 'en', 'zh');
    expect(countries).toContainEqual({ code: 'MN', name: '蒙古' });
    expect(countries.length).toBeGreaterThan(20);
    expect(countries.every((country) => /^[A-Z]{2}$/.test(country.code) && country.name !== country.code)).toBe(true);
  });
});
