/**
 * Each customer's activity segment, RFM scores and segment, and acquisition channel, from the
 * customer sheet's values. Pure: "today" and the spreadsheet's time zone and locale come in.
 *
 * - Activity, from the days since the last purchase: active (fewer than the at-risk days,
 *   default 30), at risk (from 30), lapsed (from the lapsed days, default 90), no purchase (the
 *   cell is blank), unknown (the cell cannot be read as a date: listed, never guessed). A last
 *   purchase in the future counts as today.
 * - RFM, for customers with a readable last purchase date: R by quintiles of the days since it
 *   (fewer days, higher score), F by quintiles of a purchase count column when the sheet has
 *   one ("Purchases", "Количество покупок", "购买次数"…), M by quintiles of Total spent (blank
 *   is 0). Without a purchase count column F is left out and the segment reads R against M:
 *   Clientele does not stand in survey answers or anything else for purchases. A customer whose
 *   count or total cannot be read gets no RFM score (the cell is listed).
 */
import { columnLetter } from '../columnLetters';
import type { CellValue } from '../customerRecord';
import { isBlankRow } from '../customerIds';
import { normaliseHeader, type RecognisedColumns } from '../headerRoles';
import { channelReader, type Channel } from '../nps/acquisitionChannels';
import type { Settings } from '../settings';
import { dayCounter, readAmount, readCount, readDate, readYesNo, type Reading, type UnreadableReason } from './cellReading';
import { frequencyMonetary, quintileScoreOf, quintileScores, rfmSegment, type RfmScore, type RfmSegment } from './rfm';

export const ACTIVITY_SEGMENTS = ['active', 'atRisk', 'lapsed', 'noPurchase', 'unknown'] as const;
export type ActivitySegment = (typeof ACTIVITY_SEGMENTS)[number];

export const DEFAULT_AT_RISK_DAYS = 30;
export const DEFAULT_LAPSED_DAYS = 90;

export interface SegmentedCustomer {
  /** Index of the row in the values (0 is the header). */
  index: number;
  /** 1-based sheet row. */
  row: number;
  activity: ActivitySegment;
  /** Whole days since the last purchase, in the spreadsheet's time zone; null without a readable date. */
  daysSincePurchase: number | null;
  r: RfmScore | null;
  f: RfmScore | null;
  m: RfmScore | null;
  rfm: RfmSegment | null;
  channel: Channel;
  /** Total spent as read; null when blank or unreadable. */
  spent: number | null;
  /** Consent to be contacted; null when blank or unreadable. */
  consent: boolean | null;
}

/** A cell that could not be read: left as it is, named by row and column. */
export interface SegmentProblem {
  row: number;
  /** Column letter, e.g. "F". */
  column: string;
  header: string;
  value: string;
  reason: UnreadableReason;
}

export interface CustomerSegments {
  customers: SegmentedCustomer[];
  problems: SegmentProblem[];
  atRiskDays: number;
  lapsedDays: number;
  /** The header of the purchase count column used for F, or null when there is none. */
  purchasesColumn: string | null;
}

export interface SegmentInput {
  /** The customer sheet's values, header row first. */
  values: readonly (readonly CellValue[])[];
  columns: RecognisedColumns;
  settings: Settings;
  today: Date;
  timeZone: string;
  locale: string;
  /**
   * Segment this customer only (index into `values`): every row is still read for the quintiles,
   * but only this one is returned, scored among all (the card's RFM rank), and only its problems.
   */
  only?: number;
}

/** Headers of a purchase (or visit, or order) count column, in the six languages. */
const PURCHASE_COUNT_HEADERS = new Set(
  [
    'purchases', 'number of purchases', 'purchase count', 'orders', 'number of orders', 'order count', 'visits', 'number of visits',
    'количество покупок', 'число покупок', 'покупок', 'количество заказов', 'число заказов', 'заказов', 'количество визитов', 'визитов',
    'сатып алу саны', 'сатып алулар саны', 'тапсырыс саны', 'тапсырыстар саны', 'келу саны',
    'худалдан авалтын тоо', 'захиалгын тоо', 'зочилсон тоо',
    'تعداد خرید', 'تعداد سفارش', 'تعداد مراجعه',
    '购买次数', '订单数', '订单数量', '消费次数', '到店次数',
  ].map(normaliseHeader),
);

/** The purchase count column: one the user keeps with a count header and no other role. */
export function purchaseCountIndex(headers: readonly CellValue[], columns: RecognisedColumns): number | null {
  const index = columns.extras.find((i) => PURCHASE_COUNT_HEADERS.has(normaliseHeader(String(headers[i] ?? ''))));
  return index ?? null;
}

export function activityThresholds(settings: Settings): { atRiskDays: number; lapsedDays: number } {
  const atRiskDays = settings.segmentAtRiskDays ?? DEFAULT_AT_RISK_DAYS;
  // A lapsed threshold below the at-risk one would make "at risk" empty: lapsed starts no earlier.
  return { atRiskDays, lapsedDays: Math.max(atRiskDays, settings.segmentLapsedDays ?? DEFAULT_LAPSED_DAYS) };
}

export function activityOf(days: number, atRiskDays: number, lapsedDays: number): ActivitySegment {
  if (days >= lapsedDays) return 'lapsed';
  if (days >= atRiskDays) return 'atRisk';
  return 'active';
}

function textOf(value: CellValue | undefined): string {
  return value instanceof Date ? value.toISOString() : String(value ?? '');
}

export function segmentCustomers(input: SegmentInput): CustomerSegments {
  const { values, columns, timeZone, locale } = input;
  const { roles } = columns;
  const headers = values[0] ?? [];
  const { atRiskDays, lapsedDays } = activityThresholds(input.settings);
  const countIndex = purchaseCountIndex(headers, columns);
  const dayOf = dayCounter(timeZone);
  const today = dayOf(input.today);
  const problems: SegmentProblem[] = [];
  const channelOf = channelReader();

  const read = <T>(reading: Reading<T>, index: number, column: number | undefined, row: readonly CellValue[]): T | null => {
    if (reading.kind === 'value') return reading.value;
    if (reading.kind === 'unreadable' && column !== undefined && (input.only === undefined || input.only === index)) {
      problems.push({ row: index + 1, column: columnLetter(column), header: String(headers[column] ?? ''), value: textOf(row[column]), reason: reading.reason });
    }
    return null;
  };

  const customers: SegmentedCustomer[] = [];
  /** Each returned customer's place in the recency, frequency and monetary lists. */
  const places: number[] = [];
  const recency: (number | null)[] = [];
  const frequency: (number | null)[] = [];
  const monetary: (number | null)[] = [];
  values.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const returned = input.only === undefined || input.only === index;
    const purchase = roles.lastPurchase === undefined ? ({ kind: 'blank' } as const) : readDate(row[roles.lastPurchase], locale, timeZone);
    const lastPurchase = read(purchase, index, roles.lastPurchase, row);
    const spentReading = roles.totalSpent === undefined ? ({ kind: 'blank' } as const) : readAmount(row[roles.totalSpent]);
    const spent = read(spentReading, index, roles.totalSpent, row);
    const countReading = countIndex === null ? ({ kind: 'blank' } as const) : readCount(row[countIndex]);
    const count = read(countReading, index, countIndex ?? undefined, row);
    const consent = !returned || roles.consent === undefined ? null : read(readYesNo(row[roles.consent]), index, roles.consent, row);

    const days = lastPurchase ? Math.max(0, today - dayOf(lastPurchase)) : null;
    const activity: ActivitySegment = days !== null ? activityOf(days, atRiskDays, lapsedDays) : purchase.kind === 'blank' ? 'noPurchase' : 'unknown';
    const scored = days !== null && spentReading.kind !== 'unreadable' && countReading.kind !== 'unreadable';
    recency.push(scored ? -days : null);
    frequency.push(scored && countIndex !== null ? (count ?? 0) : null);
    monetary.push(scored && roles.totalSpent !== undefined ? (spent ?? 0) : null);
    if (!returned) return;
    places.push(recency.length - 1);
    customers.push({
      index,
      row: index + 1,
      activity,
      daysSincePurchase: days,
      r: null,
      f: null,
      m: null,
      rfm: null,
      channel: roles.source === undefined ? 'unknown' : channelOf(row[roles.source]),
      spent,
      consent,
    });
  });

  // Every customer's scores sort each list once; one customer's are counted in one pass.
  const scores = (list: (number | null)[]) => {
    if (input.only !== undefined) return (place: number) => quintileScoreOf(list, list[place] ?? null);
    const all = quintileScores(list);
    return (place: number) => all[place] ?? null;
  };
  const r = scores(recency);
  const f = scores(frequency);
  const m = scores(monetary);
  customers.forEach((customer, i) => {
    const place = places[i]!;
    const recencyScore = r(place);
    if (recencyScore === null) return;
    customer.r = recencyScore;
    customer.f = f(place);
    customer.m = m(place);
    const fm = frequencyMonetary(customer.f, customer.m);
    customer.rfm = fm === null ? null : rfmSegment(recencyScore, fm);
  });
  problems.sort((a, b) => a.row - b.row);
  return { customers, problems, atRiskDays, lapsedDays, purchasesColumn: countIndex === null ? null : String(headers[countIndex] ?? '') };
}
