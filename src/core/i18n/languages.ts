/** The interface languages. Persian is written right to left. */
export const LANGUAGES = ['en', 'ru', 'kk', 'mn', 'fa', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  mn: 'Монгол',
  fa: 'فارسی',
  zh: '中文',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Apps Script reports locales as `en`, `ru`, `zh_CN`, `fa-IR`…: the part before `_`/`-` picks the language. */
export function languageFromLocale(locale: string | null | undefined): Language {
  const base = (locale ?? '').trim().toLowerCase().split(/[_-]/)[0] ?? '';
  return isLanguage(base) ? base : 'en';
}

export function textDirection(language: Language): 'rtl' | 'ltr' {
  return language === 'fa' ? 'rtl' : 'ltr';
}

/** Between the items of a list ("2 created, 1 updated"): Persian and Chinese write their own comma. */
export function listSeparator(language: Language): string {
  if (language === 'fa') return '، ';
  if (language === 'zh') return '，';
  return ', ';
}
