import fc from 'fast-check';
import type { CleaningContext } from '../../../src/core/cleaning/cleanResult';
import { cleanEmail, editDistance, isValidEmail, suggestEmailDomain } from '../../../src/core/cleaning/email';

const ctx: CleaningContext = {
  locale: 'ru_RU',
  timeZone: 'Asia/Almaty',
  language: 'ru',
  phoneFormat: 'E164',
  countryStyle: 'language',
};

describe('cleanEmail', () => {
  test.each([
    // already clean
    ['aigerim.nurlanova@mail.ru', 'aigerim.nurlanova@mail.ru', []],
    ['bat-erdene.b@gmail.com', 'bat-erdene.b@gmail.com', []],
    ['zhang.wei@163.com', 'zhang.wei@163.com', []],
    ['12345678@qq.com', '12345678@qq.com', []],
    ['reza.ahmadi@yahoo.com', 'reza.ahmadi@yahoo.com', []],
    ['s.ivanov+shop@yandex.kz', 's.ivanov+shop@yandex.kz', []],
    ['info@kaspi-shop.kz', 'info@kaspi-shop.kz', []],
    // internationalised addresses (RFC 6531) are valid
    ['иван@почта.рф', 'иван@почта.рф', []],
    ['علی@ایران.ایران', 'علی@ایران.ایران', []],
    ['user@例子.中国', 'user@例子.中国', []],
    // case
    ['Aigerim.Nurlanova@Mail.RU', 'aigerim.nurlanova@mail.ru', ['emailCase']],
    ['ИВАН@ПОЧТА.РФ', 'иван@почта.рф', ['emailCase']],
    // wrappers and surrounding space
    ['<dauren@bk.ru>', 'dauren@bk.ru', ['whitespace']],
    ['mailto:dauren@bk.ru', 'dauren@bk.ru', ['whitespace']],
    ['<mailto:Dauren@BK.ru>', 'dauren@bk.ru', ['whitespace', 'emailCase']],
    ['  wang.fang@126.com ', 'wang.fang@126.com', ['whitespace']],
  ])('%s -> %s', (input, value, fixes) => {
    const result = cleanEmail(input, ctx);
    expect(result).toEqual({ value, fixes });
  });

  test.each([
    'aigerim.nurlanova',
    'aigerim@',
    '@mail.ru',
    'a@@mail.ru',
    'a..b@mail.ru',
    'aigerim@mail',
    'Айгерим <aigerim@mail.ru>',
    'aigerim@mail.ru, dauren@bk.ru',
    'aigerim@mail.ru dauren@bk.ru',
    'ivаnov@mail.ru', // Cyrillic а in a Latin name
    'ivanov@mаil.ru', // Cyrillic а in a Latin domain
    'нет',
    'ندارد',
    '无',
  ])('%s is invalid and stays exactly as it was', (input) => {
    const result = cleanEmail(input, ctx);
    expect(result.value).toBe(input);
    expect(result.fixes).toEqual([]);
    expect(result.problem).toBe('invalidEmail');
  });

  test.each([123, true, new Date(2024, 0, 1)])('a non-text cell %p is invalid and unchanged', (input) => {
    expect(cleanEmail(input, ctx)).toEqual({ value: input, fixes: [], problem: 'invalidEmail' });
  });

  test('an empty cell is left alone without a problem', () => {
    expect(cleanEmail('', ctx)).toEqual({ value: '', fixes: [] });
  });

  test.each([
    ['aigerim@gmial.com', 'aigerim@gmail.com'],
    ['aigerim@gmal.com', 'aigerim@gmail.com'],
    ['aigerim@gmai.com', 'aigerim@gmail.com'],
    ['aigerim@gamil.com', 'aigerim@gmail.com'],
    ['aigerim@gmail.co', 'aigerim@gmail.com'],
    ['aigerim@gmail.con', 'aigerim@gmail.com'],
    ['aigerim@gmail.cim', 'aigerim@gmail.com'],
    ['aigerim@gmail.cm', 'aigerim@gmail.com'],
    ['aigerim@gmail.ru', 'aigerim@gmail.com'],
    ['aigerim@gmail.kz', 'aigerim@gmail.com'],
    ['aigerim@gmial.con', 'aigerim@gmail.com'],
    ['aigerim@googlemial.com', 'aigerim@googlemail.com'],
    ['s.ivanov@yandx.ru', 's.ivanov@yandex.ru'],
    ['s.ivanov@yadex.ru', 's.ivanov@yandex.ru'],
    ['s.ivanov@yndex.ru', 's.ivanov@yandex.ru'],
    ['s.ivanov@yandex.ry', 's.ivanov@yandex.ru'],
    ['s.ivanov@yandx.kz', 's.ivanov@yandex.kz'],
    ['s.ivanov@ya.ry', 's.ivanov@ya.ru'],
    ['dauren@mial.ru', 'dauren@mail.ru'],
    ['dauren@mail.ry', 'dauren@mail.ru'],
    ['dauren@maill.ru', 'dauren@mail.ru'],
    ['dauren@kb.ru', 'dauren@bk.ru'],
    ['dauren@inbx.ru', 'dauren@inbox.ru'],
    ['dauren@lsit.ru', 'dauren@list.ru'],
    ['dauren@rambler.ry', 'dauren@rambler.ru'],
    ['dauren@ramber.ru', 'dauren@rambler.ru'],
    ['john@iclod.com', 'john@icloud.com'],
    ['john@icloud.ru', 'john@icloud.com'],
    ['john@outlok.com', 'john@outlook.com'],
    ['john@hotmial.com', 'john@hotmail.com'],
    ['john@hotmail.con', 'john@hotmail.com'],
    ['john@live.con', 'john@live.com'],
    ['john@yaho.com', 'john@yahoo.com'],
    ['12345678@qq.con', '12345678@qq.com'],
    ['12345678@qq.ru', '12345678@qq.com'],
    ['zhang.wei@163.con', 'zhang.wei@163.com'],
    ['zhang.wei@136.com', 'zhang.wei@163.com'],
    ['zhang.wei@126.cm', 'zhang.wei@126.com'],
    ['zhang.wei@162.com', 'zhang.wei@126.com'],
    ['zhang.wei@sian.com', 'zhang.wei@sina.com'],
    ['zhang.wei@foxmial.com', 'zhang.wei@foxmail.com'],
    ['Zhang.Wei@Gmial.com', 'zhang.wei@gmail.com'],
  ])('%s is valid, kept, and gets the suggestion %s', (input, suggestion) => {
    const result = cleanEmail(input, ctx);
    expect(result.problem).toBeUndefined();
    expect(result.value).toBe(input.toLowerCase());
    expect(result.suggestion).toBe(suggestion);
    expect(suggestEmailDomain(input)).toBe(suggestion);
  });

  test.each([
    ['aigerim@gmail', 'aigerim@gmail.com'],
    ['aigerim@gmailcom', 'aigerim@gmail.com'],
    ['dauren@mail,ru', 'dauren@mail.ru'],
  ])('%s is invalid, unchanged, with the suggestion %s', (input, suggestion) => {
    expect(cleanEmail(input, ctx)).toEqual({ value: input, fixes: [], problem: 'invalidEmail', suggestion });
  });

  test.each([
    'gmail.com', 'googlemail.com', 'yandex.ru', 'yandex.kz', 'yandex.com', 'ya.ru', 'mail.ru', 'mail.kz',
    'mail.com', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'icloud.com', 'outlook.com', 'hotmail.com',
    'live.com', 'yahoo.com', 'qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', '163.net',
  ])('a known domain %s never gets a suggestion', (domain) => {
    expect(suggestEmailDomain(`user@${domain}`)).toBeNull();
    expect(cleanEmail(`user@${domain}`, ctx).suggestion).toBeUndefined();
  });

  test.each([
    'user@kaspi.kz', 'user@company.mn', 'user@ut.ac.ir', 'user@lise.ru', 'user@fotmail.com', 'user@123.com', 'user@mai.ru', 'user@mal.ru',
  ])('no guess for %s (an ordinary domain, or two services equally close)', (email) => {
    expect(suggestEmailDomain(email)).toBeNull();
  });
});

describe('isValidEmail and editDistance', () => {
  test.each([
    ['a.b@c.kz', true],
    ['a@b', false],
    ['', false],
    ['"quoted"@mail.ru', true],
  ])('isValidEmail(%s) = %s', (text, valid) => {
    expect(isValidEmail(text)).toBe(valid);
  });

  test.each([
    ['gmail', 'gmail', 0],
    ['gmial', 'gmail', 1],
    ['gmal', 'gmail', 1],
    ['136', '163', 1],
    ['yndx', 'yandex', 2],
    ['', 'abc', 3],
  ])('editDistance(%s, %s) = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('cleanEmail is idempotent', () => {
  const local = fc.stringMatching(/^[A-Za-z0-9._+-]{1,12}$/);
  const domain = fc.constantFrom('Gmail.com', 'MAIL.ru', 'gmial.com', 'yandex.kz', 'qq.con', 'почта.рф', 'mail', 'x..y');
  const wrapped = fc
    .tuple(fc.constantFrom('', ' ', '<', 'mailto:', '<mailto:'), local, fc.constantFrom('@', '@@', ''), domain, fc.constantFrom('', '>', ' '))
    .map((parts) => parts.join(''));
  const anything = fc.oneof(wrapped, fc.string(), fc.integer(), fc.boolean());

  test('clean(clean(v).value) has no fixes and the same value', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const once = cleanEmail(value, ctx);
        const twice = cleanEmail(once.value, ctx);
        expect(twice.fixes).toEqual([]);
        expect(twice.value).toEqual(once.value);
        if (once.problem) expect(once.value).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
