import fc from 'fast-check';
import { formatJavaDate } from '../../src/local/services/javaDateFormat';
import {
  calendarFromOffsets, intlOffsets, isoDay, offsetFromZoneText, provideZoneOffsets, zonedCalendar, ZONE_TEXT_PATTERN, type ZonedCalendar,
} from '../../src/core/zonedDate';

/**
 * The fallback, as the server builds it: offsets read from what the host's
 * Utilities.formatDate answers with ZONE_TEXT_PATTERN (src/server/zoneOffsets.ts).
 */
function utilitiesCalendar(timeZone: string): ZonedCalendar {
  return calendarFromOffsets((millis) => offsetFromZoneText(millis, formatJavaDate(new Date(millis), timeZone, ZONE_TEXT_PATTERN)));
}

function intlCalendar(timeZone: string): ZonedCalendar {
  return calendarFromOffsets(intlOffsets(timeZone)!);
}

const ZONES = [
  'Asia/Tehran', 'Asia/Almaty', 'Asia/Ulaanbaatar', 'Europe/Moscow', 'Asia/Shanghai', 'Asia/Kolkata', 'Asia/Kathmandu',
  'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Havana', 'America/Santiago', 'America/St_Johns',
  'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Apia', 'Pacific/Kiritimati', 'Etc/GMT+12', 'UTC',
];

/** Instants around which clocks changed: Tehran's DST at midnight (until 2022), Almaty's move to +5 (2024), Samoa's skipped day (2011)… */
const TRANSITIONS = [
  '2021-03-21T20:30:00Z', '2021-09-21T19:30:00Z', '2024-02-29T18:00:00Z', '2011-12-30T10:00:00Z', '2016-03-26T23:00:00Z',
  '1991-03-30T21:00:00Z', '2011-03-26T23:00:00Z', '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-03-29T01:00:00Z',
  '2026-04-05T02:00:00Z', '2026-09-06T04:00:00Z',
].map((iso) => Date.parse(iso));
const AROUND = [-86_400_000, -3_600_001, -1, 0, 1, 1_799_999, 3_600_000, 86_400_000];

/** 1975–2040: the host's Utilities.formatDate, like Java's 'Z', shows whole minutes, and every zone's offset is whole minutes since Monrovia's -0:44:30 ended in 1972. */
const MODERN = { min: Date.UTC(1975, 0, 1), max: Date.UTC(2040, 0, 1) };

describe('zonedDate: the Utilities.formatDate fallback gives the same days, months and times as Intl', () => {
  describe.each(ZONES)('%s', (timeZone) => {
    const fallback = utilitiesCalendar(timeZone);
    const intl = intlCalendar(timeZone);

    test('at and around every listed transition', () => {
      for (const transition of TRANSITIONS) {
        for (const shift of AROUND) {
          const millis = transition + shift;
          expect({ millis, wall: fallback.wallTimeAt(millis), day: fallback.dayNumber(millis) })
            .toEqual({ millis, wall: intl.wallTimeAt(millis), day: intl.dayNumber(millis) });
        }
      }
    });

    test('at any instant (property)', () => {
      fc.assert(fc.property(fc.integer(MODERN), (millis) => {
        expect(fallback.wallTimeAt(millis)).toEqual(intl.wallTimeAt(millis));
        expect(fallback.dateAt(millis)).toEqual(intl.dateAt(millis));
      }), { numRuns: 300 });
    });

    test('the instant of any wall time, midnights of transition days included (property)', () => {
      const days = TRANSITIONS.map((t) => new Date(t)).map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
      for (const day of days) {
        for (const hour of [0, 1, 2, 3, 12, 23]) {
          const wall = { ...day, hour, minute: 0, second: 0, millisecond: 0 };
          expect({ wall, at: fallback.instantOf(wall).toISOString() }).toEqual({ wall, at: intl.instantOf(wall).toISOString() });
        }
      }
      fc.assert(fc.property(fc.integer(MODERN), (millis) => {
        const wall = intl.wallTimeAt(millis);
        expect(fallback.instantOf(wall).getTime()).toBe(intl.instantOf(wall).getTime());
      }), { numRuns: 200 });
    });
  });
});

describe('zonedDate: a calendar', () => {
  test.each([
    // A day whose midnight was skipped starts when its clocks do (Tehran's DST began at 00:00 until 2022).
    ['Asia/Tehran', { year: 2021, month: 3, day: 22, hour: 0 }, '2021-03-21T20:30:00.000Z'],
    // Clocks turned back: the first of the two instants shown.
    ['America/New_York', { year: 2026, month: 11, day: 1, hour: 1 }, '2026-11-01T05:00:00.000Z'],
    // Almaty moved from +6 to +5 on 1 March 2024 at 00:00.
    ['Asia/Almaty', { year: 2024, month: 3, day: 1, hour: 0 }, '2024-02-29T19:00:00.000Z'],
    ['Asia/Almaty', { year: 2024, month: 2, day: 29, hour: 0 }, '2024-02-28T18:00:00.000Z'],
    // Samoa skipped 30 December 2011: its midnight is the first instant after the jump, its noon a day later than asked.
    ['Pacific/Apia', { year: 2011, month: 12, day: 30, hour: 0 }, '2011-12-30T10:00:00.000Z'],
    ['Pacific/Apia', { year: 2011, month: 12, day: 30, hour: 12 }, '2011-12-30T22:00:00.000Z'],
    // New York's 02:30 never shown on 8 March 2026: moved forward by the hour clocks jumped.
    ['America/New_York', { year: 2026, month: 3, day: 8, hour: 2 }, '2026-03-08T07:00:00.000Z'],
  ])('%s: %j is the instant %s, through Intl and through Utilities', (timeZone, time, iso) => {
    const wall = { ...time, minute: 0, second: 0, millisecond: 0 };
    expect(intlCalendar(timeZone).instantOf(wall).toISOString()).toBe(iso);
    expect(utilitiesCalendar(timeZone).instantOf(wall).toISOString()).toBe(iso);
  });

  test('counts local days, so two of them subtract to the days between', () => {
    const calendar = zonedCalendar('Asia/Ulaanbaatar');
    const day = (iso: string) => calendar.dayNumber(Date.parse(iso));
    expect(day('2026-03-01T16:00:00Z') - day('2026-02-28T15:59:59Z')).toBe(2);
    expect(isoDay(calendar.dateAt(Date.parse('2026-12-31T16:00:00Z')))).toBe('2027-01-01');
  });
});

describe('zonedDate: offsets from Utilities.formatDate text (Java SimpleDateFormat "Z HH:mm:ss")', () => {
  // The texts are Java's: 'Z' is the offset in whole minutes (truncated), HH:mm:ss the exact wall time.
  test.each([
    ['2026-03-05T12:00:00Z', '+0330 15:30:00', 3.5 * 3_600_000],
    ['2026-03-05T12:00:00.750Z', '-0500 07:00:00', -5 * 3_600_000],
    ['2026-03-05T23:30:00Z', '+0545 05:15:00', (5 * 60 + 45) * 60_000],
    ['2026-03-05T01:00:00Z', '-1000 15:00:00', -10 * 3_600_000],
    ['2026-03-05T12:00:00Z', '+1400 02:00:00', 14 * 3_600_000],
    ['2026-03-05T12:00:00Z', '+0000 12:00:00', 0],
    // Local mean times before standard time keep their seconds: New York -4:56:02, Tehran +3:25:44.
    ['1880-01-01T00:00:00Z', '-0456 19:03:58', -(4 * 3600 + 56 * 60 + 2) * 1000],
    ['1900-01-01T00:00:00Z', '+0325 03:25:44', (3 * 3600 + 25 * 60 + 44) * 1000],
    // Accra -0:00:52, within a minute of UTC on the other side of midnight.
    ['1900-01-01T00:00:30Z', '+0000 23:59:38', -52_000],
  ])('at %s, "%s" is %i ms', (iso, text, offset) => {
    expect(offsetFromZoneText(Date.parse(iso), text)).toBe(offset);
  });

  test('refuses text of another pattern rather than guessing', () => {
    expect(() => offsetFromZoneText(0, '+03:30')).toThrow(RangeError);
  });
});

describe('zonedDate: where the offsets come from', () => {
  afterEach(() => provideZoneOffsets(null));

  test('a zone Intl cannot tell is a RangeError, unless the server provided a source', () => {
    expect(() => zonedCalendar('Not/AZone')).toThrow(RangeError);
    provideZoneOffsets(() => 3 * 3_600_000);
    expect(zonedCalendar('Not/AZone').wallTimeAt(Date.parse('2026-03-05T21:00:00Z'))).toMatchObject({ day: 6, hour: 0 });
  });

  test('Intl is used where it knows the zone, whatever source is provided', () => {
    provideZoneOffsets(() => 0);
    expect(zonedCalendar('Asia/Tehran').offsetAt(Date.parse('2026-03-05T12:00:00Z'))).toBe(3.5 * 3_600_000);
  });
});
