/**
 * Customer insight in one pass over the sheets' values: activity and RFM segment counts,
 * customers, revenue and NPS per acquisition channel, and the win-back list. Plain data, for
 * the sidebar, the CLI and the Dashboard sheet.
 *
 * Revenue never adds two currencies together: a row's Total spent is in the currency its
 * Currency column (or the amount's own sign, "3680元") names; what is in the shop's currency,
 * says none, or converts to it (rial and toman; the user's rates) is the channel's revenue, and
 * every other currency is summed apart, as the Purchases totals do (customerTotals.ts).
 */
import { currencyCode, convertAmount } from '../cleaning/currencies';
import { parseMoney } from '../cleaning/amounts';
import type { CellValue } from '../customerRecord';
import { findTotalsColumns, round } from '../purchases/customerTotals';
import { CHANNELS, channelReader, type Channel } from '../nps/acquisitionChannels';
import { answersFromCustomerColumn, answersFromResponses, customerIndexById, hasResponseRows, type NpsAnswers } from '../nps/npsAnswers';
import { addScore, summaryFromCounts, type NpsCounts, type NpsSummary } from '../nps/npsScore';
import { ACTIVITY_SEGMENTS, segmentCustomers, type ActivitySegment, type CustomerSegments, type SegmentInput } from './customerSegments';
import { RFM_SEGMENTS, type RfmSegment } from './rfm';
import { compareCodeUnits } from '../codeUnitOrder';

export interface InsightInput extends SegmentInput {
  /** The Responses sheet's values, header row first; null or absent when there is none. */
  responses?: readonly (readonly CellValue[])[] | null;
}

export interface ChannelRow {
  channel: Channel;
  customers: number;
  /** Sum of Total spent of the channel's customers in the shop's currency (unreadable amounts left out, and listed). */
  revenue: number;
  /** Total spent in each currency that does not convert to the shop's, by ISO code in code order: never added to `revenue`. */
  otherCurrencies: CurrencyAmount[];
  nps: NpsSummary;
}

export interface CurrencyAmount {
  currency: string;
  amount: number;
}

export interface InsightSummary {
  /** Customers (non-blank rows of the customer sheet). */
  customers: number;
  activity: Record<ActivitySegment, number>;
  rfm: Record<RfmSegment, number>;
  /** Channels with at least one customer or answer, in CHANNELS order. */
  channels: ChannelRow[];
}

export interface WinBackCustomer {
  row: number;
  id: string;
  name: string;
  email: string;
  phone: string;
  daysSincePurchase: number;
  spent: number | null;
  rfm: RfmSegment | null;
}

export interface CustomerInsights {
  summary: InsightSummary;
  segments: CustomerSegments;
  /** Inactive for at least the at-risk days and consented to be contacted; biggest spenders first. */
  winBack: WinBackCustomer[];
  /** Where the channels' NPS came from. */
  npsSource: 'responses' | 'customerColumn' | 'none';
}

function countsOf<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function npsAnswersOf(input: InsightInput): { answers: NpsAnswers | null; source: CustomerInsights['npsSource'] } {
  const { values, columns, settings, timeZone, locale } = input;
  if (hasResponseRows(input.responses)) {
    const answers = answersFromResponses({
      responses: input.responses ?? [],
      customerIds: customerIndexById(values, columns.roles.id),
      mode: settings.npsResponses ?? 'latest',
      periodOf: null,
      timeZone,
      locale,
    });
    return { answers, source: 'responses' };
  }
  const scoreIndex = columns.roles.nps;
  if (scoreIndex === undefined) return { answers: null, source: 'none' };
  return { answers: answersFromCustomerColumn(values, scoreIndex, undefined, timeZone, locale), source: 'customerColumn' };
}

interface ChannelSums {
  customers: number;
  revenue: number;
  others: Map<string, number>;
  counts: NpsCounts;
}

/**
 * The currency of a row's Total spent: what its Currency column names, else the sign written in
 * the amount; null when neither says (then it is the shop's). Rial and toman both count as the
 * shop's currency when that is one of them (convertAmount).
 */
function rowCurrencyReader(input: InsightInput): (row: readonly CellValue[] | undefined) => string | null {
  const column = findTotalsColumns(input.values[0] ?? [], input.columns).currency;
  const spent = input.columns.roles.totalSpent;
  return (row) => {
    const stated = column === undefined ? '' : String(row?.[column] ?? '').trim();
    // A Currency cell no code reads is kept apart under its own text rather than taken for the shop's.
    if (stated !== '') return currencyCode(stated) ?? stated;
    const amount = spent === undefined ? undefined : row?.[spent];
    return typeof amount === 'string' ? parseMoney(amount)?.currency ?? null : null;
  };
}

function textAt(row: readonly CellValue[] | undefined, index: number | undefined): string {
  if (!row || index === undefined) return '';
  const value = row[index];
  return value instanceof Date ? value.toISOString() : String(value ?? '').trim();
}

export function customerInsights(input: InsightInput): CustomerInsights {
  const segments = segmentCustomers(input);
  const { roles } = input.columns;
  const activity = countsOf(ACTIVITY_SEGMENTS);
  const rfm = countsOf(RFM_SEGMENTS);
  const perChannel = new Map<Channel, ChannelSums>();
  const channelRow = (channel: Channel) => {
    let entry = perChannel.get(channel);
    if (!entry) {
      entry = { customers: 0, revenue: 0, others: new Map(), counts: { promoters: 0, passives: 0, detractors: 0 } };
      perChannel.set(channel, entry);
    }
    return entry;
  };
  const currencyOf = rowCurrencyReader(input);
  const shopCurrency = input.settings.shopCurrency ?? '';
  const channelByIndex = new Map<number, Channel>();
  const winBack: WinBackCustomer[] = [];
  for (const customer of segments.customers) {
    activity[customer.activity] += 1;
    if (customer.rfm) rfm[customer.rfm] += 1;
    const entry = channelRow(customer.channel);
    entry.customers += 1;
    if (customer.spent !== null) {
      const currency = currencyOf(input.values[customer.index]);
      const converted = currency === null ? customer.spent : convertAmount(customer.spent, currency, shopCurrency, input.settings.currencyRates);
      if (converted !== null) entry.revenue += converted;
      else entry.others.set(currency!, (entry.others.get(currency!) ?? 0) + customer.spent);
    }
    channelByIndex.set(customer.index, customer.channel);
    if (customer.consent === true && customer.daysSincePurchase !== null && customer.daysSincePurchase >= segments.atRiskDays) {
      const row = input.values[customer.index];
      const name = textAt(row, roles.name) || [textAt(row, roles.firstName), textAt(row, roles.lastName)].filter(Boolean).join(' ');
      winBack.push({
        row: customer.row,
        id: textAt(row, roles.id),
        name,
        email: textAt(row, roles.email),
        phone: textAt(row, roles.phone),
        daysSincePurchase: customer.daysSincePurchase,
        spent: customer.spent,
        rfm: customer.rfm,
      });
    }
  }
  winBack.sort((a, b) => (b.spent ?? 0) - (a.spent ?? 0) || a.daysSincePurchase - b.daysSincePurchase || a.row - b.row);

  const { answers, source } = npsAnswersOf(input);
  const channelOf = channelReader();
  for (const answer of answers?.answers ?? []) {
    const known = answer.customerIndex === null ? 'unknown' : channelByIndex.get(answer.customerIndex) ?? 'unknown';
    const channel = known === 'unknown' ? channelOf(answer.source) : known;
    addScore(channelRow(channel).counts, answer.score);
  }
  const channels = CHANNELS.filter((channel) => perChannel.has(channel)).map((channel) => {
    const entry = perChannel.get(channel) as ChannelSums;
    const otherCurrencies = [...entry.others.entries()].sort(([a], [b]) => compareCodeUnits(a, b)).map(([currency, amount]) => ({ currency, amount: round(amount) }));
    return { channel, customers: entry.customers, revenue: round(entry.revenue), otherCurrencies, nps: summaryFromCounts(entry.counts) };
  });
  return {
    summary: { customers: segments.customers.length, activity, rfm, channels },
    segments,
    winBack,
    npsSource: source,
  };
}

/** The counts the Dashboard sheet charts: activity and RFM segments, and the channel table. */
export function insightSummary(input: InsightInput): InsightSummary {
  return customerInsights(input).summary;
}
