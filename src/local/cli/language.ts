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
    if (!isLanguage(base)) throw usageError('errLanguage', { value: option, languages: LANGUAGES.join(', ') });
    return base;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value.trim() !== '');
  const base = locale === undefined ? '' : baseOf(locale);
  return isLanguage(base) ? base : 'en';
}

/**
 * The language to tell help and errors in, read before the command line is parsed (an error may
 * be in the parsing itself): the value after --lang (or --lang=xx) when it names a language, else
 * the environment's.
 */
export function languageOfArguments(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const option = index < 0 ? undefined : argv[index]!.startsWith('--lang=') ? argv[index]!.slice('--lang='.length) : argv[index + 1];
  try {
    return chooseLanguage(option, env);
  } catch {
    return chooseLanguage(undefined, env);
  }
}
