import { localeCountry, suggestDefaultCountry } from '../../../src/core/cleaning/defaultCountry';

describe('the default country set-up suggests (issue 19)', () => {
  it.each([
    [['8 701 729 1870', '8 (777) 123-45-67', '+7 916 123 45 67'], 'en_US', 'KZ'],
    [['0912 345 6789', '09351234567', '+98 21 8888 0000'], 'en_US', 'IR'],
    [['8 916 123 45 67', '8 (903) 555-12-34'], 'kk_KZ', 'RU'],
    [['138 0013 8000'], 'en_US', 'CN'],
    [['9911 2233', '8800 1122'], 'en_US', 'MN'],
    [['+77011234567', '+989123456789'], 'ru_RU', 'RU'],
    [[], 'fa_IR', 'IR'],
    [[], 'en', null],
  ])('phones %j in locale %s -> %s', (phones, locale, expected) => {
    expect(suggestDefaultCountry(phones, locale)).toBe(expected);
  });

  it.each([['ru_RU', 'RU'], ['zh-CN', 'CN'], ['en', null]])('reads the country of locale %s', (locale, expected) => {
    expect(localeCountry(locale)).toBe(expected);
  });
});
