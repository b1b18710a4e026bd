/**
 * Java `SimpleDateFormat` patterns, which `Utilities.formatDate` uses, rendered
 * in a time zone with the English (US) names Apps Script produces.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Letters Java reserves in patterns; any other unquoted ASCII letter is illegal. */
const JAVA_PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number; // 0-23
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
}

const formatterCache = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatterCache.has(timeZone)) {
    try {
      formatterCache.set(timeZone, new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
      }));
    } catch {
      formatterCache.set(timeZone, null);
    }
  }
  return formatterCache.get(timeZone) ?? null;
}

/** Java's custom zone ids: GMT+h, GMT+hh, GMT+hh:mm, GMT+hhmm. */
function customOffsetMinutes(timeZone: string): number | null {
  const match = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function zonedParts(date: Date, timeZone: string): ZonedParts {
  const millisecond = ((date.getTime() % 1000) + 1000) % 1000;
  const fixed = customOffsetMinutes(timeZone);
  const formatter = fixed === null ? zoneFormatter(timeZone) : null;
  // Java's TimeZone.getTimeZone falls back to GMT for an id it does not know.
  const offsetMinutes = fixed ?? (formatter ? zoneOffsetMinutes(date, formatter) : 0);
  const shifted = new Date(date.getTime() + offsetMinutes * 60000);
  return {
    year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(), millisecond, offsetMinutes,
  };
}

function zoneOffsetMinutes(date: Date, formatter: Intl.DateTimeFormat): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const instant = date.getTime() - (((date.getTime() % 1000) + 1000) % 1000);
  return Math.round((wall - instant) / 60000);
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function formatOffset(offsetMinutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (style !== 'Z' && offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offsetMinutes) / 60), 2);
  const minutes = pad(Math.abs(offsetMinutes) % 60, 2);
  if (style === 'X') return sign + hours;
  if (style === 'XXX') return `${sign}${hours}:${minutes}`;
  return sign + hours + minutes;
}

function field(letter: string, count: number, p: ZonedParts): string {
  switch (letter) {
    case 'G': return 'AD';
    case 'y': return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
      if (count >= 4) return MONTHS[p.month - 1]!;
      if (count === 3) return MONTHS[p.month - 1]!.slice(0, 3);
      return pad(p.month, count);
    case 'd': return pad(p.day, count);
    case 'E': return count >= 4 ? DAYS[p.weekday]! : DAYS[p.weekday]!.slice(0, 3);
    case 'u': return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'a': return p.hour < 12 ? 'AM' : 'PM';
    case 'H': return pad(p.hour, count);
    case 'k': return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K': return pad(p.hour % 12, count);
    case 'h': return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm': return pad(p.minute, count);
    case 's': return pad(p.second, count);
    case 'S': return pad(p.millisecond, count);
    case 'Z': return formatOffset(p.offsetMinutes, 'Z');
    case 'X':
      if (count > 3) throw new Error('invalid ISO 8601 format: length=' + count);
      return formatOffset(p.offsetMinutes, (['X', 'XX', 'XXX'] as const)[count - 1]!);
    default: throw new Error(`Pattern letter '${letter}' is valid in Java but not supported by the local host.`);
  }
}

export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const parts = zonedParts(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      // '' is a literal quote, inside or outside a quoted run.
      if (pattern[i + 1] === "'") { out += "'"; i += 2; continue; }
      let literal = '';
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") { literal += "'"; j += 2; continue; }
        if (pattern[j] === "'") break;
        literal += pattern[j];
        j += 1;
      }
      if (j >= pattern.length) throw new Error('Unterminated quote');
      out += literal;
      i = j + 1;
      continue;
    }
    if (/[a-zA-Z]/.test(ch)) {
      if (!JAVA_PATTERN_LETTERS.includes(ch)) throw new Error(`Illegal pattern character '${ch}'`);
      let count = 1;
      while (pattern[i + count] === ch) count += 1;
      out += field(ch, count, parts);
      i += count;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
