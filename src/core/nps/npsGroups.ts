/**
 * NPS by group: by period (month or quarter, in the spreadsheet's time zone) or by any column.
 * Months are the spreadsheet's, through zonedDate (Intl where the runtime has it).
 */
import { compareCodeUnits } from '../codeUnitOrder';
import { zonedCalendar, type ZonedCalendar } from '../zonedDate';
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

/** periodKey for many dates in one zone, remembered per local day (customers' dates share few days). */
export function periodReader(by: PeriodGranularity, timeZone: string): (date: Date) => string {
  const calendar = zonedCalendar(timeZone);
  const byDay = new Map<number, string>();
  return (date) => {
    if (Number.isNaN(date.getTime())) throw new RangeError('periodKey: invalid date');
    const day = calendar.dayNumber(date.getTime());
    let key = byDay.get(day);
    if (key === undefined) {
      key = periodOf(date, by, calendar);
      byDay.set(day, key);
    }
    return key;
  };
}

function periodOf(date: Date, by: PeriodGranularity, calendar: ZonedCalendar): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('periodKey: invalid date');
  const { year, month } = calendar.dateAt(date.getTime());
  const yyyy = String(year).padStart(4, '0');
  return by === 'month' ? `${yyyy}-${String(month).padStart(2, '0')}` : `${yyyy}-Q${Math.ceil(month / 3)}`;
}

/**
 * The period a moment falls in, in the given IANA time zone (e.g. the spreadsheet's):
 * `'2026-03'` by month, `'2026-Q1'` by quarter. Keys sort in time order as plain strings
 * (for years 1000–9999). Throws a RangeError on an invalid date or an unknown time zone.
 */
export function periodKey(date: Date, by: PeriodGranularity, timeZone: string): string {
  return periodOf(date, by, zonedCalendar(timeZone));
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
  return [...counts.keys()].sort(compareCodeUnits).map((group) => ({
    group,
    summary: summaryFromCounts(counts.get(group) as NpsCounts),
  }));
}
