import { featureMessages } from './featureMessages';

/** The digit setting: how the views write numbers (the sheet's values are never rewritten). */
export const digitMessages = featureMessages({
  en: {
    settingsDigits: 'Digits shown',
    settingsDigitsNative: 'The language’s own',
    settingsDigitsLatin: 'Latin (0123456789)',
  },
  ru: {
    settingsDigitsNative: 'Цифры языка интерфейса',
    settingsDigits: 'Цифры',
    settingsDigitsLatin: 'Латинские (0123456789)',
  },
  kk: {
    settingsDigits: 'Цифрлар',
    settingsDigitsNative: 'Интерфейс тілінің цифрлары',
    settingsDigitsLatin: 'Латын цифрлары (0123456789)',
  },
  mn: {
    settingsDigits: 'Тоо',
    settingsDigitsNative: 'Интерфейсийн хэлний тоо',
    settingsDigitsLatin: 'Латин тоо (0123456789)',
  },
  fa: {
    settingsDigits: 'ارقام',
    settingsDigitsNative: 'فارسی (۰۱۲۳۴۵۶۷۸۹)',
    settingsDigitsLatin: 'لاتین (0123456789)',
  },
  zh: {
    settingsDigits: '数字写法',
    settingsDigitsNative: '界面语言的数字',
    settingsDigitsLatin: '拉丁数字（0123456789）',
  },
});
