/**
 * Days, months and wall-clock times in an IANA time zone (the spreadsheet's), and back.
 *
 * Google does not document which `Intl` data Apps Script's V8 runtime has, nor whether its
 * time zone data is complete. So `Intl.DateTimeFormat` is used when the runtime has it and
 * knows the zone; otherwise the offsets come from a source the server provides
 * (`provideZoneOffsets`), built on `Utilities.formatDate`, which Google documents. Core stays
 * pure: it never reaches an Apps Script service, it only calls the function it was given.
 * Both sources answer one question, the zone's offset from UTC at an instant, and everything
 * here is derived from that answer, so the two give the same days wherever their offsets agree.
 */
import type { CalendarDate } from './cleaning/jalali';

export type { CalendarDate };

export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** A time zone's offset from UTC at an instant, in milliseconds, east positive. */
export type ZoneOffsets = (millis: number) => number;

/** Offsets of any zone by its IANA id, as the server can tell them. */
export type ZoneOffsetSource = (millis: number, timeZone: string) => number;

export interface ZonedCalendar {
  offsetAt(millis: number): number;
  /** The local calendar day as a whole number of days since 1970-01-01, so two days subtract to the days between them. */
  dayNumber(millis: number): number;
  dateAt(millis: number): CalendarDate;
  wallTimeAt(millis: number): WallTime;
  /**
   * The instant a wall time is shown in the zone. When it is shown twice (clocks turned back),
   * the first; when never (clocks jumped over it), the wall time moved forward by the jump,
   * so a day whose midnight was skipped starts when its clocks do (Tehran's DST began at midnight).
   */
  instantOf(wall: WallTime): Date;
}

const DAY_MS = 86_400_000;
/** Bounds each calendar's memory: a run may read a few million cells over centuries of days. */
const MAX_CACHED = 100_000;

/** Milliseconds since the epoch of a wall time read as UTC (years below 100 included). */
export function wallMillis({ year, month, day, hour, minute, second, millisecond }: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

function wallTimeOf(localMillis: number): WallTime {
  const d = new Date(localMillis);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(),
  };
}

function remember<K, V>(cache: Map<K, V>, key: K, compute: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}

/**
 * A calendar over any offset function. The offset is asked once per UTC day (at its start):
 * when two consecutive day starts agree, no transition falls between them (tz data has no
 * two transitions within one day that cancel out), so every instant of the day has that offset. Only on the
 * few days a year with a transition is the instant itself asked.
 */
export function calendarFromOffsets(offsets: ZoneOffsets): ZonedCalendar {
  const atDayStart = new Map<number, number>();
  const atInstant = new Map<number, number>();
  const offsetAtStartOf = (day: number) => offsets(day * DAY_MS);
  const dayStart = (day: number) => remember(atDayStart, day, offsetAtStartOf);
  const offsetAt = (millis: number): number => {
    const day = Math.floor(millis / DAY_MS);
    const start = dayStart(day);
    return start === dayStart(day + 1) ? start : remember(atInstant, millis, offsets);
  };
  return {
    offsetAt,
    dayNumber: (millis) => Math.floor((millis + offsetAt(millis)) / DAY_MS),
    dateAt: (millis) => {
      const { year, month, day } = wallTimeOf(millis + offsetAt(millis));
      return { year, month, day };
    },
    wallTimeAt: (millis) => wallTimeOf(millis + offsetAt(millis)),
    instantOf: (wall) => {
      // The instant is within 14 hours of the wall time read as UTC: with no transition from
      // the day before to two days after, the one offset of those days applies.
      const target = wallMillis(wall);
      const day = Math.floor(target / DAY_MS);
      const offset = dayStart(day - 1);
      if ([day, day + 1, day + 2].every((d) => dayStart(d) === offset)) return new Date(target - offset);
      let best: { instant: number; shown: number } | null = null;
      for (const candidate of new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetAt(target + shift)))) {
        const instant = target - candidate;
        const shown = instant + offsetAt(instant);
        if (shown < target) continue;
        if (!best || shown < best.shown || (shown === best.shown && instant < best.instant)) best = { instant, shown };
      }
      return new Date(best ? best.instant : target);
    },
  };
}

/**
 * Intl's offsets for a zone, or null when the runtime has no Intl or throws on the zone
 * (no data for it, or no such zone). Gregorian calendar and Latin digits whatever the
 * runtime's default locale; the offset is read to the second, as Intl shows it.
 */
export function intlOffsets(timeZone: string): ZoneOffsets | null {
  if (typeof Intl !== 'object' || typeof Intl.DateTimeFormat !== 'function') return null;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
  return (millis) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(millis))) parts[part.type] = part.value;
    const year = Number(parts.year);
    const wall = wallMillis({
      year: parts.era === 'BC' ? 1 - year : year, month: Number(parts.month), day: Number(parts.day),
      hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second), millisecond: 0,
    });
    return wall - Math.floor(millis / 1000) * 1000;
  };
}

/**
 * The Java `SimpleDateFormat` pattern the server formats an instant with for
 * `offsetFromZoneText`: the zone's RFC 822 offset (`+0330`, whole minutes) and the wall
 * time of day, whose seconds carry what the minutes lose (the local mean times before
 * standard time, such as New York's -4:56:02). No date fields: Java shows dates before
 * 15 October 1582 in the Julian calendar, times of day are the same in both.
 */
export const ZONE_TEXT_PATTERN = 'Z HH:mm:ss';

/** The offset, in milliseconds, of an instant formatted with ZONE_TEXT_PATTERN in some zone. */
export function offsetFromZoneText(millis: number, text: string): number {
  const match = /^([+-])(\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`Unexpected zone text "${text}" for the pattern ${ZONE_TEXT_PATTERN}.`);
  const [, sign, hours, minutes, hour, minute, second] = match;
  const approximate = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  const wallOfDay = ((Number(hour) * 60 + Number(minute)) * 60 + Number(second)) * 1000;
  const utcOfDay = (((Math.floor(millis / 1000) * 1000) % DAY_MS) + DAY_MS) % DAY_MS;
  // The offset is the one congruent to wall - UTC modulo a day that lies within a minute of the RFC 822 offset.
  const difference = (((wallOfDay - utcOfDay) % DAY_MS) + DAY_MS) % DAY_MS;
  return difference + Math.round((approximate - difference) / DAY_MS) * DAY_MS;
}

let provided: ZoneOffsetSource | null = null;
const calendars = new Map<string, ZonedCalendar>();

/** Where offsets come from for a zone Intl cannot tell (the server provides it once, at load). */
export function provideZoneOffsets(source: ZoneOffsetSource | null): void {
  provided = source;
  calendars.clear();
}

/**
 * The calendar of an IANA time zone: Intl's when the runtime knows the zone, else the
 * provided source's. Throws a RangeError when neither can tell the zone.
 */
export function zonedCalendar(timeZone: string): ZonedCalendar {
  let calendar = calendars.get(timeZone);
  if (!calendar) {
    const source = provided;
    const offsets = intlOffsets(timeZone) ?? (source ? (millis: number) => source(millis, timeZone) : null);
    if (!offsets) throw new RangeError(`Unknown time zone: ${timeZone}`);
    calendar = calendarFromOffsets(offsets);
    calendars.set(timeZone, calendar);
  }
  return calendar;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** A day as yyyy-mm-dd (years 1000–9999 sort as plain strings). */
export function isoDay({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** An instant as yyyy-mm-dd hh:mm on the zone's clock: the form Clientele shows dates and times in every language. */
export function isoMinute(millis: number, timeZone: string): string {
  const wall = zonedCalendar(timeZone).wallTimeAt(millis);
  return `${isoDay(wall)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}
