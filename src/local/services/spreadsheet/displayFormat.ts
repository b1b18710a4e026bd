import { type CellValue, PLAIN_TEXT_FORMAT, DEFAULT_NUMBER_FORMAT } from './cellValues';
import { wallClockOf } from './zonedTime';

/**
 * The text a cell shows (`getDisplayValues()`), for the number formats the
 * add-on uses. Unknown formats fall back to Sheets' automatic display.
 */
const DATE_TOKEN = /yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|am\/pm|"[^"]*"|./gi;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatDate(date: Date, format: string, timeZone: string): string {
  const w = wallClockOf(date, timeZone);
  const tokens = format.match(DATE_TOKEN) ?? [];
  const twelveHour = tokens.some((t) => t.toLowerCase() === 'am/pm');
  let out = '';
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    // "m" is minutes right after an hour or right before seconds, months otherwise.
    const prev = tokens.slice(0, i).reverse().find((t) => /[a-z]/i.test(t))?.toLowerCase() ?? '';
    const next = tokens.slice(i + 1).find((t) => /[a-z]/i.test(t))?.toLowerCase() ?? '';
    const isMinute = (lower === 'm' || lower === 'mm') && (prev.startsWith('h') || next.startsWith('s'));
    const hour = twelveHour ? ((w.hour + 11) % 12) + 1 : w.hour;
    switch (lower) {
      case 'yyyy': out += pad(w.year, 4); break;
      case 'yy': out += pad(w.year % 100); break;
      case 'mmmm': out += MONTHS[w.month - 1]; break;
      case 'mmm': out += (MONTHS[w.month - 1] ?? '').slice(0, 3); break;
      case 'mm': out += isMinute ? pad(w.minute) : pad(w.month); break;
      case 'm': out += isMinute ? String(w.minute) : String(w.month); break;
      case 'dd': out += pad(w.day); break;
      case 'd': out += String(w.day); break;
      case 'hh': out += pad(hour); break;
      case 'h': out += String(hour); break;
      case 'ss': out += pad(w.second); break;
      case 's': out += String(w.second); break;
      case 'am/pm': out += w.hour < 12 ? 'AM' : 'PM'; break;
      default: out += token.startsWith('"') ? token.slice(1, -1) : token;
    }
  });
  return out;
}

function automaticNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

function formatNumber(n: number, format: string): string {
  const percent = format.endsWith('%');
  const body = percent ? format.slice(0, -1) : format;
  const m = /^(#,##)?0(?:\.(0+))?$/.exec(body);
  if (!m) return automaticNumber(n);
  const value = percent ? n * 100 : n;
  const decimals = m[2]?.length ?? 0;
  const fixed = value.toFixed(decimals);
  const text = m[1] ? Number(fixed).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : fixed;
  return percent ? `${text}%` : text;
}

/** A format with a year, day or hour part is a date/time format (quoted literals aside). */
const isDateFormat = (format: string) => /[ydh]/i.test(format.replace(/"[^"]*"/g, ''));

export function displayText(value: CellValue | undefined, numberFormat: string | undefined, timeZone: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const format = numberFormat === undefined || numberFormat === DEFAULT_NUMBER_FORMAT ? undefined : numberFormat;
  if (value instanceof Date) {
    if (format !== undefined && format !== PLAIN_TEXT_FORMAT && isDateFormat(format)) return formatDate(value, format, timeZone);
    const w = wallClockOf(value, timeZone);
    const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
    return formatDate(value, midnight ? 'M/d/yyyy' : 'M/d/yyyy H:mm:ss', timeZone);
  }
  if (format === undefined || format === PLAIN_TEXT_FORMAT) return automaticNumber(value);
  return formatNumber(value, format);
}
