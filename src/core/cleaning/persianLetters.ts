/**
 * Persian typed on an Arabic keyboard (or pasted from Arabic software) carries the Arabic
 * forms of yeh and kaf: ي (U+064A), ى (U+0649) and ك (U+0643). They look alike but search,
 * sort and dedupe treat them as different letters, so in Persian text they become the Persian
 * ی (U+06CC) and ک (U+06A9). Teh marbuta (ة) is kept: it is rare in Persian and meaningful.
 *
 * When the text is Persian (in this order):
 * 1. it has a Persian-only letter (پ چ ژ گ ی ک) or Persian digits: Persian;
 * 2. the sheet's locale or the user's language is Persian: Persian;
 * 3. it has an Arabic-only signal (ة, Arabic-Indic digits ٠-٩): Arabic, left alone;
 * 4. otherwise (Arabic script and nothing Arabic-only): Persian, the script's usual language
 *    among Clientele's users.
 */
import { type CellValue, type CleanResult, type CleaningContext, unchanged } from './cleanResult';

const ARABIC_FORMS = /[\u064A\u0649\u0643]/g;
const HAS_ARABIC_FORM = /[\u064A\u0649\u0643]/;
const PERSIAN_ONLY = /[\u067E\u0686\u0698\u06AF\u06CC\u06A9\u06F0-\u06F9]/;
const ARABIC_ONLY = /[\u0629\u0660-\u0669]/;
const PERSIAN_FORM: Record<string, string> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9' };

function contextIsPersian(ctx: CleaningContext): boolean {
  return ctx.language === 'fa' || /^fa(?:[_-]|$)/i.test(ctx.locale);
}

/** Whether the Arabic-script letters of `text` are to be read as Persian (rules above). */
export function isPersianText(text: string, ctx: CleaningContext): boolean {
  if (PERSIAN_ONLY.test(text)) return true;
  if (contextIsPersian(ctx)) return true;
  return !ARABIC_ONLY.test(text);
}

/** ي ى ك become ی ی ک, whatever the text: callers decide with `isPersianText`. */
export function toPersianLetters(text: string): string {
  return text.replace(ARABIC_FORMS, (letter) => PERSIAN_FORM[letter] ?? letter);
}

export function cleanPersianLetters(value: CellValue, ctx: CleaningContext): CleanResult {
  if (typeof value !== 'string') return unchanged(value);
  if (!HAS_ARABIC_FORM.test(value) || !isPersianText(value, ctx)) return unchanged(value);
  return { value: toPersianLetters(value), fixes: ['persianLetters'] };
}
