/**
 * One way of writing numbers per view: every count, amount, percentage and date Clientele
 * shows goes through `numberFormat`, so a table never mixes Persian and Latin digits. Persian
 * is written in its own digits unless the user chose Latin ones (the `digits` setting); the
 * other five languages write Latin digits. Only what Clientele shows is formatted here: values
 * in the sheet are never rewritten, and a value read from the sheet is shown as it was typed.
 *
 * Built from the project's own tables, not Intl: Google does not document Apps Script's Intl
 * data, and the sidebar's browser may differ from the server.
 */
import type { Language } from './languages';

export const DIGIT_STYLES = ['native', 'latin'] as const;
/** `native`: the language's own digits (Persian for fa); `latin`: 0–9 in every language. */
export type DigitStyle = (typeof DIGIT_STYLES)[number];

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Grouping and decimal marks as each language writes them (CLDR), with Latin digits for fa when chosen. */
const SEPARATORS: Record<Language, [thousands: string, decimal: string]> = {
  en: [',', '.'], ru: ['\u00a0', ','], kk: ['\u00a0', ','], mn: [',', '.'], fa: ['٬', '٫'], zh: [',', '.'],
};

/**
 * Left-to-right mark before a minus in a right-to-left language: without it a bidi paragraph
 * shows −31 as "31-" (CLDR's Persian number pattern starts negatives with the same mark).
 */
const LRM = '\u200e';

export interface NumberFormat {
  /** ASCII digits in a text Clientele made (a date, a range) in the view's digits. */
  digits(text: string): string;
  /** A number rounded to `fractionDigits` (default 0), grouped, in the view's digits. */
  number(value: number, fractionDigits?: number): string;
  /** A share (0.42) as a whole percentage (42%). */
  percent(share: number): string;
  /**
   * The counts in a sentence the server wrote ("Cleaned 431 cells.") in the view's digits; a
   * number that is part of a value (C-000002, +77011234567, 2026-12-01, a@b1.com, A12) is left
   * as written.
   */
  counts(text: string): string;
}

/** A number standing alone: not touching a letter, a digit or a sign that makes it part of a value. */
const STANDALONE_NUMBER = /(?<![\p{L}\p{N}\-+@/:._#])\d+(?:,\d{3})*(?:\.\d+)?(?![\p{L}\p{N}\-+@/:_#]|[.,]\d)/gu;

export function usesPersianDigits(language: Language, style: DigitStyle): boolean {
  return language === 'fa' && style === 'native';
}

export function numberFormat(language: Language, style: DigitStyle = 'native'): NumberFormat {
  const persian = usesPersianDigits(language, style);
  const [thousands, decimal] = persian || language !== 'fa' ? SEPARATORS[language] : SEPARATORS.en;
  const digits = (text: string) => (persian ? text.replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)] as string) : text);
  const minus = language === 'fa' ? `${LRM}-` : '-';
  const number = (value: number, fractionDigits = 0) => {
    if (!Number.isFinite(value)) return '—';
    const scale = 10 ** fractionDigits;
    const rounded = Math.round(Math.abs(value) * scale) / scale;
    const [whole = '', fraction] = String(rounded).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
    const sign = value < 0 && rounded !== 0 ? minus : '';
    return digits(`${sign}${grouped}${fraction ? decimal + fraction : ''}`);
  };
  return {
    digits,
    number,
    percent: (share) => `${number(share * 100)}${persian ? '٪' : '%'}`,
    counts: (text) => (persian ? text.replace(STANDALONE_NUMBER, (found) => digits(found.replace(/,/g, thousands).replace('.', decimal))) : text),
  };
}
