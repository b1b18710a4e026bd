/**
 * Amounts typed as text in money columns become numbers: "1 234,50", "1,234.50", "1.234,50",
 * "۴٬۵۰۰٬۰۰۰", "54 000 тг", "3680元", "$1,200", "714 000₮", "1 500 руб.".
 *
 * One currency sign, code or word may stand before or after the number (and a minus sign
 * before either); it is dropped, as the column's currency is the sheet's. Anything else
 * (a multiplier such as million, миллион, میلیون, 万, a percent sign, a second number) makes
 * the value `invalidAmount`: it is left as typed rather than guessed.
 *
 * Separators, decided by the pattern, never by the locale:
 * - spaces (also no-break and thin spaces) and apostrophes only group thousands: 54 000;
 * - with both `,` and `.`, the last one is the decimal separator and the other groups
 *   thousands: 1,234.50 and 1.234,50;
 * - a separator that appears more than once groups thousands: 1,234,567 and 1.234.567;
 * - a single `,` or `.`: followed by exactly three digits it groups thousands (1,234 and 1.234
 *   are 1234; an amount with three decimals is rarer than a thousand), unless the number
 *   starts with 0 (0,125); followed by any other count of digits it is the decimal separator
 *   (12,5 and 1 234,50); when spaces already group thousands it is always decimal;
 * - thousands groups are exactly three digits after a first group of one to three, else
 *   `invalidAmount` (1,23,456 and 12 34 are not read).
 */
import { type CellValue, type CleanResult, type CleaningContext, unchanged } from './cleanResult';
import { toAsciiDigits } from './digits';
import { cleanWhitespace } from './text';
import { CURRENCY_WORDS, currencyCode } from './currencies';

/** Longest first, so that "us$" is taken whole before "$". */
const CURRENCIES = Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CURRENCY = `(?:${CURRENCIES.map(escapeRegExp).join('|')})\\.?`;
const LEADING_CURRENCY = new RegExp(`^${CURRENCY} ?`, 'u');
const TRAILING_CURRENCY = new RegExp(` ?${CURRENCY}$`, 'u');
const MINUS = /^[-\u2212] ?/;

function normaliseAmountText(text: string): string {
  return toAsciiDigits(cleanWhitespace(text).normalize('NFKC'))
    .replace(/[\u200C\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u066C\u060C]/g, ',')
    .replace(/\u066B/g, '.')
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** The number part (digits and separators) as a JS number, by the separator rules above. */
export function parseAmountNumber(text: string): number | null {
  if (!/^\d[\d ',.]*$/.test(text) || !/\d$/.test(text)) return null;
  const spaced = /[ ']/.test(text);
  const bare = text.replace(/[ ']/g, '');
  const commas = (bare.match(/,/g) ?? []).length;
  const points = (bare.match(/\./g) ?? []).length;
  let decimal: ',' | '.' | null = null;
  if (commas > 0 && points > 0) {
    decimal = bare.lastIndexOf(',') > bare.lastIndexOf('.') ? ',' : '.';
    if ((decimal === ',' ? commas : points) !== 1) return null;
  } else if (commas + points === 1) {
    const separator = commas === 1 ? ',' : '.';
    const [whole = '', fraction = ''] = bare.split(separator);
    const groupsThousands = fraction.length === 3 && !spaced && !whole.startsWith('0');
    decimal = groupsThousands ? null : separator;
  }
  const [whole = '', fraction] = decimal ? text.split(decimal) : [text];
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const groups = whole.split(/[ ',.]/);
  const grouped = groups.length > 1;
  if (grouped && new Set(whole.replace(/\d/g, '')).size > 1) return null;
  if (grouped && !groups.every((group, index) => (index === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group))) return null;
  return Number(groups.join('') + (fraction === undefined ? '' : '.' + fraction));
}

/** The amount, and the currency sign, code or word written beside it as it is written (null when none). */
function readMoney(text: string): { amount: number; sign: string | null } | null {
  let rest = normaliseAmountText(text);
  let negative = false;
  const takeMinus = (): void => {
    const minus = MINUS.exec(rest);
    if (minus && !negative) {
      negative = true;
      rest = rest.slice(minus[0].length);
    }
  };
  takeMinus();
  let sign: string | null = null;
  const leading = LEADING_CURRENCY.exec(rest);
  if (leading) {
    sign = leading[0];
    rest = rest.slice(leading[0].length);
    takeMinus();
  } else {
    const trailing = TRAILING_CURRENCY.exec(rest);
    if (trailing) {
      sign = trailing[0];
      rest = rest.slice(0, trailing.index);
    }
  }
  const amount = parseAmountNumber(rest);
  if (amount === null) return null;
  return { amount: negative ? -amount : amount, sign };
}

/** An amount typed as text with the currency written beside it (its ISO code, or null when none is written). */
export function parseMoney(text: string): { amount: number; currency: string | null } | null {
  const money = readMoney(text);
  if (!money) return null;
  return { amount: money.amount, currency: money.sign === null ? null : currencyCode(money.sign) };
}

/**
 * A plain number typed as text: digits (any script) with the separators above and a minus sign,
 * no currency sign, code or word; null otherwise. What parseMoney reads of it, with no currency.
 */
export function parsePlainNumber(text: string): number | null {
  const money = readMoney(text);
  return money && money.sign === null && Number.isFinite(money.amount) ? money.amount : null;
}

/** An amount typed as text, read as described above; null when it cannot be read for sure. */
export function parseAmount(text: string): number | null {
  return parseMoney(text)?.amount ?? null;
}

export function cleanAmount(value: CellValue, _ctx: CleaningContext): CleanResult {
  if (typeof value !== 'string' || value.trim() === '') return unchanged(value);
  const amount = parseAmount(value);
  return amount === null ? { value, fixes: [], problem: 'invalidAmount' } : { value: amount, fixes: ['amount'] };
}
