import { LANGUAGES, languageFromLocale, textDirection } from '../../src/core/i18n/languages';
import { CATALOGUE } from '../../src/core/i18n/messages';
import { formatMessage, messageArguments } from '../../src/core/i18n/formatMessage';

const placeholders = messageArguments;

describe('message catalogue', () => {
  const keys = Object.keys(CATALOGUE.en) as (keyof typeof CATALOGUE.en)[];

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s translates every message with the same placeholders', (language) => {
    for (const key of keys) {
      const text = CATALOGUE[language][key];
      expect(text.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(CATALOGUE.en[key]) });
    }
  });

  // Names that stay as they are: the product's own name, brand names (WhatsApp and Telegram are
  // written in Latin letters in Russian, Kazakh, Mongolian and Chinese apps), and SMS, the
  // abbreviation users of Russian, Kazakh and Mongolian phones read (Persian and Chinese have words).
  const mayStayAsInEnglish: readonly string[] = ['sidebarTitle', 'kitChannelWhatsapp', 'kitChannelTelegram', 'kitChannelSms'];

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is really translated, not English left in place', (language) => {
    const same = keys.filter((key) => CATALOGUE[language][key] === CATALOGUE.en[key] && !mayStayAsInEnglish.includes(key));
    expect(same).toEqual([]);
  });
});

describe('language from the Google locale', () => {
  it.each([
    ['en', 'en'],
    ['en_GB', 'en'],
    ['ru', 'ru'],
    ['kk', 'kk'],
    ['mn', 'mn'],
    ['fa', 'fa'],
    ['fa-IR', 'fa'],
    ['zh_CN', 'zh'],
    ['zh-TW', 'zh'],
    ['de', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('%s -> %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });

  it('lays out Persian right to left and the others left to right', () => {
    expect(LANGUAGES.filter((l) => textDirection(l) === 'rtl')).toEqual(['fa']);
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Row {row}, column “{column}”', { row: 7 })).toBe('Row 7, column “{column}”');
  });
});
