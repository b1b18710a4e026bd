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
  const counts = new Map<string, NpsCounts>();
  for (const { score, group } of responses) {
    let groupCounts = counts.get(group);
    if (!groupCounts) {
      groupCounts = { promoters: 0, passives: 0, detractors: 0 };
      counts.set(group, groupCounts);
    }
    addScore(groupCounts, score);
  }
  return [...counts.keys()].sort(compareKeys).map((group) => ({
    group,
    summary: summaryFromCounts(counts.get(group) as NpsCounts),
  }));
}
