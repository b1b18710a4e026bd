/**
 * NPS by group: by period (month or quarter, in the spreadsheet's time zone) or by any column.
 * Pure: uses only `Intl`, which Apps Script's V8 runtime has.
 */
import { addScore, summaryFromCounts, type NpsCounts, type NpsSummary } from './npsScore';

export type PeriodGranularity = 'month' | 'quarter';

export interface GroupedScore {
  /** A valid score, a whole number 0–10. */
  score: number;
  group: string;
}

export interface GroupSummary {
  group: string;
  summary: NpsSummary;
}

/** One formatter per time zone: building an Intl.DateTimeFormat is costly, formatting is not. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Gregorian calendar and Latin digits whatever the runtime's default locale.
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone, year: 'numeric', month: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;

/**
 * periodKey with a memory, for many dates: a period changes only at local midnight, so when
 * the start and the end of a UTC day fall in the same period, so does every moment of it (one
 * pair of calls per day); otherwise per quarter hour, since time zone offsets are whole
 * quarter hours. Formatting a date with Intl is what makes periodKey slow.
 */
export function periodReader(by: PeriodGranularity, timeZone: string): (date: Date) => string {
  const byDay = new Map<number, string | null>();
  const byQuarterHour = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    const day = Math.floor(time / DAY_MS);
    let key = byDay.get(day);
    if (key === undefined) {
      const start = periodKey(new Date(day * DAY_MS), by, timeZone);
      key = start === periodKey(new Date((day + 1) * DAY_MS - 1), by, timeZone) ? start : null;
      byDay.set(day, key);
    }
    if (key !== null) return key;
    const quarter = Math.floor(time / QUARTER_HOUR_MS);
    let exact = byQuarterHour.get(quarter);
    if (exact === undefined) {
      exact = periodKey(date, by, timeZone);
      byQuarterHour.set(quarter, exact);
    }
    return exact;
  };
}

/**
 * The period a moment falls in, in the given IANA time zone (e.g. the spreadsheet's):
 * `'2026-03'` by month, `'2026-Q1'` by quarter. Keys sort in time order as plain strings
 * (for years 1000–9999). Throws a RangeError on an invalid date or an unknown time zone.
 */
export function periodKey(date: Date, by: PeriodGranularity, timeZone: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('periodKey: invalid date');
  let year = '';
  let month = 0;
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = Number(part.value);
  }
  const yyyy = year.padStart(4, '0');
  return by === 'month' ? `${yyyy}-${String(month).padStart(2, '0')}` : `${yyyy}-Q${Math.ceil(month / 3)}`;
}

/** Orders group keys by code unit, the same in every locale (period keys in time order). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The NPS summary of each group, sorted by group (plain string order, so period keys come in
 * time order). Groups with no responses do not appear. Throws a RangeError on a score that is
 * not a whole number from 0 to 10.
 */
export function npsByGroup(responses: readonly GroupedScore[]): GroupSummary[] {
  return npsOfGroups(responses, (response) => response.score, (response) => response.group);
}

/**
 * npsByGroup over any items, reading each one's score and group, so that half a million
 * answers need not be copied into {score, group} pairs first.
 */
export function npsOfGroups<T>(items: readonly T[], scoreOf: (item: T) => number, groupOf: (item: T) => string): GroupSummary[] {
  const counts = new Map<string, NpsCounts>();
  for (const item of items) {
    const group = groupOf(item);
    let groupCounts = counts.get(group);
    if (!groupCounts) {
      groupCounts = { promoters: 0, passives: 0, detractors: 0 };
      counts.set(group, groupCounts);
    }
    addScore(groupCounts, scoreOf(item));
  }
  return [...counts.keys()].sort(compareKeys).map((group) => ({
    group,
    summary: summaryFromCounts(counts.get(group) as NpsCounts),
  }));
}
