import { isLanguage, LANGUAGES, type Language } from '../../core/i18n/languages';
import { usageError } from './cliErrors';

/** The base language of a locale: `ru_RU.UTF-8` → `ru`, `zh-CN` → `zh`, `C` → `c`. */
const baseOf = (locale: string) => locale.trim().toLowerCase().split(/[_.@-]/)[0] ?? '';

/**
 * The language the CLI speaks: --lang if given (a language or a locale such as ru_RU),
 * else the first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX orders them;
 * English when that names no language Clientele speaks (C, POSIX, de_DE…).
 */
export function chooseLanguage(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (option !== undefined) {
    const base = baseOf(option);
    if (!isLanguage(base)) throw usageError(`unknown language: ${option} (choose one of ${LANGUAGES.join(', ')})`);
    return base;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value.trim() !== '');
  const base = locale === undefined ? '' : baseOf(locale);
  return isLanguage(base) ? base : 'en';
}
