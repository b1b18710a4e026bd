/**
 * Digits written in other scripts become ASCII digits. Applied by the caller only in phone,
 * number, date and email columns, never in names or notes (where the user's script is kept).
 */
import { type CellValue, type CleanResult, type CleaningContext, unchanged } from './cleanResult';

/** The code point of the zero of each digit system that becomes ASCII. */
const DIGIT_ZEROS = [
  0x06f0, // Extended Arabic-Indic (Persian) ۰-۹
  0x0660, // Arabic-Indic ٠-٩
  0xff10, // full-width ０-９
];

const FOREIGN_DIGIT = /[\u06F0-\u06F9\u0660-\u0669\uFF10-\uFF19]/g;
/** Arabic decimal separator (٫) and thousands separator (٬), only between two digits. */
const ARABIC_DECIMAL_SEPARATOR = /(?<=\d)\u066B(?=\d)/g;
const ARABIC_THOUSANDS_SEPARATOR = /(?<=\d)\u066C(?=\d)/g;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
  return String(code - zero);
}

/** Persian, Arabic-Indic and full-width digits to 0-9; ٫ to `.` and ٬ to `,` between digits. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(FOREIGN_DIGIT, asciiDigit)
    .replace(ARABIC_DECIMAL_SEPARATOR, '.')
    .replace(ARABIC_THOUSANDS_SEPARATOR, ',');
}

export function cleanDigits(value: CellValue, _ctx: CleaningContext): CleanResult {
  if (typeof value !== 'string') return unchanged(value);
  const cleaned = toAsciiDigits(value);
  return cleaned === value ? unchanged(value) : { value: cleaned, fixes: ['digits'] };
}
