import fc from 'fast-check';
import type { CellValue, CleaningContext } from '../../../src/core/cleaning/cleanResult';
import { cleanCountry, countryKey, countryName, recogniseCountry, spellings } from '../../../src/core/cleaning/countries';
import { COUNTRIES } from '../../../src/core/cleaning/countryNames';
import { LANGUAGES } from '../../../src/core/i18n/languages';
import type { Language } from '../../../src/core/i18n/languages';

const context = (countryStyle: CleaningContext['countryStyle'], language: Language = 'ru'): CleaningContext => ({
  locale: 'ru_RU',
  timeZone: 'Asia/Almaty',
  language,
  phoneFormat: 'E164',
  countryStyle,
});

const REQUIRED = 'KZ RU MN IR CN UZ KG TJ TM AZ AM GE BY UA TR AF IQ AE DE GB US CA FR IT ES KR JP IN TH VN HK TW SG MY ID PK SA KW QA OM EG IL PL CZ NL BE CH AT SE NO FI DK AU NZ BR MX AR'.split(' ');

describe('recogniseCountry', () => {
  test.each([
    // codes
    ['KZ', 'KZ'], ['kz', 'KZ'], ['KAZ', 'KZ'], ['RUS', 'RU'], ['MNG', 'MN'], ['IRN', 'IR'], ['CHN', 'CN'], ['UK', 'GB'], ['GBR', 'GB'],
    // English
    ['Kazakhstan', 'KZ'], ['KAZAKHSTAN', 'KZ'], ['Republic of Kazakhstan', 'KZ'], ['Russian Federation', 'RU'], ['Mongolia', 'MN'],
    ['Iran', 'IR'], ['Iran, Islamic Republic of', 'IR'], ['China', 'CN'], ["People's Republic of China", 'CN'], ['USA', 'US'],
    ['U.S.A.', 'US'], ['United States of America', 'US'], ['the UK', 'GB'], ['Great Britain', 'GB'], ['The Netherlands', 'NL'],
    ['Türkiye', 'TR'], ['Turkiye', 'TR'], ['south korea', 'KR'], ['Viet Nam', 'VN'], ['Hong Kong', 'HK'], ['Hongkong', 'HK'],
    ['Czech Republic', 'CZ'], ['UAE', 'AE'], ['New  Zealand', 'NZ'], ['México', 'MX'], ["O'zbekiston", 'UZ'], ['Kyrgyz Republic', 'KG'],
    // Russian
    ['Казахстан', 'KZ'], ['казахстан', 'KZ'], ['Республика Казахстан', 'KZ'], ['РК', 'KZ'], ['РФ', 'RU'], ['Россия', 'RU'],
    ['Российская Федерация', 'RU'], ['Иран', 'IR'], ['Китай', 'CN'], ['КНР', 'CN'], ['США', 'US'], ['Великобритания', 'GB'],
    ['Объединённые Арабские Эмираты', 'AE'], ['Объединенные Арабские Эмираты', 'AE'], ['ОАЭ', 'AE'], ['Белоруссия', 'BY'],
    ['Беларусь', 'BY'], ['Киргизия', 'KG'], ['Кыргызстан', 'KG'], ['Южная Корея', 'KR'], ['Голландия', 'NL'], ['Тайланд', 'TH'],
    // Kazakh, with and without Kazakh letters
    ['Қазақстан', 'KZ'], ['ҚАЗАҚСТАН', 'KZ'], ['Казакстан', 'KZ'], ['Ресей', 'RU'], ['Қытай', 'CN'], ['Кытай', 'CN'], ['АҚШ', 'US'],
    ['АКШ', 'US'], ['Моңғолия', 'MN'], ['Өзбекстан', 'UZ'], ['Қырғызстан', 'KG'], ['Тәжікстан', 'TJ'], ['Түркия', 'TR'],
    ['Ұлыбритания', 'GB'], ['Үндістан', 'IN'], ['Жапония', 'JP'], ['Мысыр', 'EG'], ['Біріккен Араб Әмірліктері', 'AE'],
    // Mongolian
    ['Монгол', 'MN'], ['Монгол Улс', 'MN'], ['Монголия', 'MN'], ['Орос', 'RU'], ['ОХУ', 'RU'], ['Хятад', 'CN'], ['АНУ', 'US'],
    ['Солонгос', 'KR'], ['Өмнөд Солонгос', 'KR'], ['Япон', 'JP'], ['Их Британи', 'GB'], ['Энэтхэг', 'IN'], ['Гүрж', 'GE'],
    // Persian, with Arabic letter forms and a zero-width non-joiner
    ['ایران', 'IR'], ['ايران', 'IR'], ['روسیه', 'RU'], ['روسيه', 'RU'], ['مغولستان', 'MN'], ['چین', 'CN'], ['قزاقستان', 'KZ'],
    ['ایالات متحده', 'US'], ['ایالات‌متحده آمریکا', 'US'], ['آمریکا', 'US'], ['انگلستان', 'GB'], ['انگلیس', 'GB'], ['ترکیه', 'TR'],
    ['افغانستان', 'AF'], ['عراق', 'IQ'], ['امارات', 'AE'], ['آلمان', 'DE'], ['کره جنوبی', 'KR'], ['كره جنوبي', 'KR'],
    ['جمهوری اسلامی ایران', 'IR'], ['عربستان سعودی', 'SA'], ['ترکمنستان', 'TM'],
    // Chinese, simplified and traditional
    ['中国', 'CN'], ['中國', 'CN'], ['中华人民共和国', 'CN'], ['俄罗斯', 'RU'], ['俄羅斯', 'RU'], ['蒙古', 'MN'], ['蒙古国', 'MN'],
    ['哈萨克斯坦', 'KZ'], ['哈薩克斯坦', 'KZ'], ['美国', 'US'], ['美國', 'US'], ['英国', 'GB'], ['英國', 'GB'], ['韩国', 'KR'],
    ['韓國', 'KR'], ['日本', 'JP'], ['台湾', 'TW'], ['臺灣', 'TW'], ['香港', 'HK'], ['新加坡', 'SG'], ['伊朗', 'IR'], ['德國', 'DE'],
    ['意大利', 'IT'], ['義大利', 'IT'], ['澳洲', 'AU'], ['乌兹别克斯坦', 'UZ'], ['阿联酋', 'AE'],
    // full-width Latin
    ['ＵＳＡ', 'US'],
  ])('%s -> %s', (text, code) => {
    expect(recogniseCountry(text)).toBe(code);
  });

  test.each(['', '   ', 'Ирана', 'Narnia', 'Алматы', 'North Korea', 'КНДР', 'KZT', '123', '-'])('%p is no country we know', (text) => {
    expect(recogniseCountry(text)).toBeNull();
  });

  test('every required country is in the table, with all six names', () => {
    const codes = COUNTRIES.map((entry) => entry.code);
    expect(codes).toEqual(expect.arrayContaining(REQUIRED));
    for (const entry of COUNTRIES) for (const language of LANGUAGES) expect(entry.names[language]).not.toBe('');
  });

  test('no spelling means two countries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of COUNTRIES) {
      for (const spelling of spellings(entry)) {
        const key = countryKey(spelling);
        expect(key).not.toBe('');
        const previous = owner.get(key);
        if (previous !== undefined && previous !== entry.code) clashes.push(`${spelling}: ${previous} / ${entry.code}`);
        owner.set(key, entry.code);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('countryName', () => {
  test.each<[string, 'code' | 'english' | 'language', Language, string]>([
    ['KZ', 'code', 'ru', 'KZ'],
    ['kz', 'code', 'en', 'KZ'],
    ['KZ', 'english', 'fa', 'Kazakhstan'],
    ['KZ', 'language', 'ru', 'Казахстан'],
    ['KZ', 'language', 'kk', 'Қазақстан'],
    ['RU', 'language', 'mn', 'Орос'],
    ['IR', 'language', 'fa', 'ایران'],
    ['CN', 'language', 'zh', '中国'],
    ['US', 'language', 'kk', 'АҚШ'],
    ['GB', 'english', 'zh', 'United Kingdom'],
    ['MN', 'language', 'en', 'Mongolia'],
  ])('countryName(%s, %s, %s) = %s', (code, style, language, name) => {
    expect(countryName(code, style, language)).toBe(name);
  });

  test('a code outside the table stays the code: no name from the runtime\'s undocumented Intl data', () => {
    expect(countryName('PT', 'english', 'en')).toBe('PT');
    expect(countryName('pt', 'language', 'ru')).toBe('PT');
    expect(countryName('ZZ', 'language', 'ru')).toBe('ZZ');
    expect(countryName('XX', 'english', 'en')).toBe('XX');
  });

  test.each(LANGUAGES.flatMap((language) => COUNTRIES.map((entry) => [entry.code, language] as const)))(
    'the canonical names of %s in %s read back as the same country',
    (code, language) => {
      for (const style of ['code', 'english', 'language'] as const) {
        expect(recogniseCountry(countryName(code, style, language))).toBe(code);
      }
    },
  );
});

describe('cleanCountry', () => {
  test.each<[CellValue, CleaningContext['countryStyle'], Language, CellValue]>([
    ['Қазақстан', 'code', 'kk', 'KZ'],
    ['казахстан', 'language', 'ru', 'Казахстан'],
    ['Казакстан', 'language', 'kk', 'Қазақстан'],
    ['РФ', 'english', 'ru', 'Russia'],
    ['Орос', 'language', 'ru', 'Россия'],
    ['монгол улс', 'language', 'mn', 'Монгол'],
    ['ايران', 'language', 'fa', 'ایران'],
    ['iran', 'language', 'fa', 'ایران'],
    ['中國', 'language', 'zh', '中国'],
    ['USA', 'language', 'zh', '美国'],
    ['ایالات متحده آمریکا', 'english', 'fa', 'United States'],
    ['uk', 'code', 'en', 'GB'],
    ['kaz', 'code', 'en', 'KZ'],
  ])('%s (%s, %s) -> %s', (value, style, language, expected) => {
    expect(cleanCountry(value, context(style, language))).toEqual({ value: expected, fixes: ['countryName'] });
  });

  test.each<[CellValue, CleaningContext['countryStyle'], Language]>([
    ['KZ', 'code', 'ru'],
    ['Kazakhstan', 'english', 'kk'],
    ['Қазақстан', 'language', 'kk'],
    ['ایران', 'language', 'fa'],
    ['中国', 'language', 'zh'],
    ['Хятад', 'language', 'mn'],
  ])('%s already canonical (%s, %s): no fixes', (value, style, language) => {
    expect(cleanCountry(value, context(style, language))).toEqual({ value, fixes: [] });
  });

  test.each<CellValue>(['Ирана', 'Алматы', 'Нарния', 'ناکجاآباد', '火星', 42, true, new Date(2024, 0, 1)])(
    '%p is unknown and stays exactly as it was',
    (value) => {
      expect(cleanCountry(value, context('language'))).toEqual({ value, fixes: [], problem: 'unknownCountry' });
    },
  );

  test('an empty cell is left alone without a problem', () => {
    expect(cleanCountry('', context('code'))).toEqual({ value: '', fixes: [] });
  });

  test('clean(clean(v).value) has no fixes and the same value', () => {
    const allSpellings = COUNTRIES.flatMap(spellings);
    const decorate = fc
      .tuple(fc.constantFrom(...allSpellings), fc.constantFrom('', ' ', '.', ' (', '  '), fc.boolean())
      .map(([spelling, extra, upper]) => (upper ? spelling.toUpperCase() : spelling) + extra);
    fc.assert(
      fc.property(
        fc.oneof(decorate, fc.string()),
        fc.constantFrom('code', 'english', 'language') as fc.Arbitrary<CleaningContext['countryStyle']>,
        fc.constantFrom(...LANGUAGES),
        (value, style, language) => {
          const ctx = context(style, language);
          const once = cleanCountry(value, ctx);
          const twice = cleanCountry(once.value, ctx);
          expect(twice.fixes).toEqual([]);
          expect(twice.value).toEqual(once.value);
          if (once.problem) expect(once.value).toBe(value);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
