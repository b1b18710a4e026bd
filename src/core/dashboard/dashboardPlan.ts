/**
 * The Dashboard sheet as a plan: small tables of plain values (never formulas that need the
 * add-on, so the sheet stays readable without it) and the native charts drawn from them.
 * Pure: answers in, cells and chart specs out; the server writes the plan in one block.
 * The answers are counted as the NPS report counts them (core/nps/npsAnswers.ts, the
 * npsResponses setting), so the sheet and the sidebar show the same score.
 *
 * Layout: title in A1, the "updated" line in A2, then one section after another from row 4:
 * a heading row, a header row, the rows. A section's chart is anchored beside its table (column
 * G, at the heading row), and a section is at least as tall as its chart so charts never overlap.
 */
import type { CellValue } from '../customerRecord';
import { formatMessage } from '../i18n/formatMessage';
import type { Messages } from '../i18n/messages';
import type { Channel } from '../nps/acquisitionChannels';
import type { NpsAnswers } from '../nps/npsAnswers';
import { npsByGroup, periodReader } from '../nps/npsGroups';
import { isoMinute } from '../zonedDate';
import { npsSummary, type NpsSummary } from '../nps/npsScore';
import type { ChannelRow, CurrencyAmount } from '../segments/insightSummary';

export type ChartKind = 'LINE' | 'COLUMN' | 'BAR' | 'PIE';

export interface DashboardSection {
  key: string;
  heading: string;
  headers: string[];
  rows: CellValue[][];
  /** How the table is drawn: over its first `columns` columns (the first is the labels). */
  chart?: { type: ChartKind; columns: number; options: Record<string, unknown> };
}

export interface ChartSpec {
  section: string;
  type: ChartKind;
  /** The table the chart reads, header row included (1-based). */
  range: { row: number; column: number; numRows: number; numColumns: number };
  anchor: { row: number; column: number };
  options: Record<string, unknown>;
}

export interface DashboardPlan {
  values: CellValue[][];
  numberFormats: string[][];
  fontWeights: ('bold' | 'normal')[][];
  charts: ChartSpec[];
  answers: number;
}

export const DASHBOARD_WIDTH = 5;
export const CHART_COLUMN = 7;
const CHART_WIDTH = 520;
const CHART_HEIGHT = 300;
/** Rows a chart covers at Sheets' default row height of 21 pixels, plus a spare one. */
export const CHART_ROWS = Math.ceil(CHART_HEIGHT / 21) + 1;

const PLAIN_TEXT = '@';
const WHOLE = '0';
const ONE_DECIMAL = '0.0';

/** Brand names stay as they are; the generic channels are translated. */
const BRANDS: Partial<Record<Channel, string>> = {
  instagram: 'Instagram', telegram: 'Telegram', whatsapp: 'WhatsApp', facebook: 'Facebook', vk: 'VK', tiktok: 'TikTok',
  youtube: 'YouTube', google: 'Google', yandex: 'Yandex', wechat: 'WeChat', xiaohongshu: 'Xiaohongshu', douyin: 'Douyin',
};

export function channelLabel(text: Messages, channel: Channel): string {
  const generic: Record<string, string> = {
    maps: text.dashboardChannelMaps,
    friend: text.dashboardChannelFriend,
    walkIn: text.dashboardChannelWalkIn,
    ads: text.dashboardChannelAds,
    website: text.dashboardChannelWebsite,
    other: text.dashboardChannelOther,
    unknown: text.dashboardChannelUnknown,
  };
  return BRANDS[channel] ?? generic[channel] ?? channel;
}

export const chartOptions = (title: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  title,
  width: CHART_WIDTH,
  height: CHART_HEIGHT,
  'legend.position': 'bottom',
  ...extra,
});

function summarySection(text: Messages, summary: NpsSummary, invalid: number): DashboardSection {
  return {
    key: 'summary',
    heading: text.dashboardSummary,
    headers: [text.dashboardMeasure, text.dashboardValue],
    rows: [
      [text.dashboardNps, summary.nps ?? ''],
      [text.dashboardLow, summary.interval95?.[0] ?? ''],
      [text.dashboardHigh, summary.interval95?.[1] ?? ''],
      [text.dashboardResponses, summary.responses],
      [text.dashboardInvalid, invalid],
    ],
  };
}

function bucketSection(text: Messages, summary: NpsSummary): DashboardSection {
  return {
    key: 'buckets',
    heading: text.dashboardBuckets,
    headers: [text.dashboardGroup, text.dashboardResponses],
    rows: [
      [text.dashboardPromoters, summary.promoters],
      [text.dashboardPassives, summary.passives],
      [text.dashboardDetractors, summary.detractors],
    ],
    chart: { type: 'PIE', columns: 2, options: chartOptions(text.dashboardBuckets, { colors: ['#34a853', '#fbbc04', '#ea4335'] }) },
  };
}

function distributionSection(text: Messages, scores: readonly number[]): DashboardSection {
  const counts = Array.from({ length: 11 }, () => 0);
  for (const score of scores) counts[score]! += 1;
  return {
    key: 'distribution',
    heading: text.dashboardDistribution,
    headers: [text.dashboardScore, text.dashboardResponses],
    // Scores as text labels, so the chart draws 11 categories rather than a number axis.
    rows: counts.map((count, score) => [String(score), count]),
    chart: { type: 'COLUMN', columns: 2, options: chartOptions(text.dashboardDistribution, { 'legend.position': 'none' }) },
  };
}

function trendSection(text: Messages, monthly: NpsAnswers, timeZone: string): DashboardSection {
  const monthOf = periodReader('month', timeZone);
  const dated = monthly.answers.filter((a) => a.date !== null).map((a) => ({ score: a.score, group: monthOf(a.date!) }));
  return {
    key: 'trend',
    heading: text.dashboardTrend,
    headers: [text.dashboardMonth, text.dashboardNps, text.dashboardLow, text.dashboardHigh, text.dashboardResponses],
    rows: npsByGroup(dated).map(({ group, summary }) => [group, summary.nps ?? '', summary.interval95?.[0] ?? '', summary.interval95?.[1] ?? '', summary.responses]),
    chart: {
      type: 'LINE',
      columns: 4,
      options: chartOptions(text.dashboardTrend, {
        colors: ['#1a73e8', '#9aa0a6', '#9aa0a6'],
        series: { 1: { lineDashStyle: [4, 4] }, 2: { lineDashStyle: [4, 4] } },
        'vAxis.viewWindow.min': -100,
        'vAxis.viewWindow.max': 100,
      }),
    },
  };
}

/** "CNY 3680; KZT 54000": each currency apart, as the Purchases totals write their Other currencies. */
export function otherCurrenciesText(amounts: readonly CurrencyAmount[]): string {
  return amounts.map(({ currency, amount }) => `${currency} ${amount}`).join('; ');
}

function channelSection(text: Messages, channels: readonly ChannelRow[]): DashboardSection {
  return {
    key: 'channels',
    heading: text.dashboardChannels,
    headers: [text.dashboardChannel, text.dashboardNps, text.dashboardResponses, text.dashboardCustomers, text.dashboardRevenue, text.channelRevenueOther],
    rows: channels.map((row) => [channelLabel(text, row.channel), row.nps.nps ?? '', row.nps.responses, row.customers, row.revenue, otherCurrenciesText(row.otherCurrencies)]),
    chart: { type: 'BAR', columns: 2, options: chartOptions(text.dashboardChannels, { 'legend.position': 'none', 'hAxis.viewWindow.min': -100, 'hAxis.viewWindow.max': 100 }) },
  };
}

/** Customer counts by segment, for the segments table and chart; labels already in the user's language. */
export interface SegmentCount {
  label: string;
  customers: number;
}

export function segmentSection(text: Messages, segments: readonly SegmentCount[]): DashboardSection {
  return {
    key: 'segments',
    heading: text.dashboardSegments,
    headers: [text.dashboardSegment, text.dashboardCustomers],
    rows: segments.map((s) => [s.label, s.customers]),
    chart: { type: 'COLUMN', columns: 2, options: chartOptions(text.dashboardSegments, { 'legend.position': 'none' }) },
  };
}

export interface DashboardInput {
  /** The answers counted for the whole range (as the NPS report without grouping). */
  overall: NpsAnswers;
  /** The answers counted per month (as the NPS report by month). */
  monthly: NpsAnswers;
  /** Customers, revenue and NPS per acquisition channel (insightSummary). */
  channels: readonly ChannelRow[];
  /** Customers per segment, labels in the user's language; no section when absent. */
  segments?: readonly SegmentCount[];
  /** Further sections after the others (the predictions, core/predict/predictionDashboard.ts). */
  extraSections?: readonly DashboardSection[];
  text: Messages;
  now: Date;
  timeZone: string;
}

/** The sections of the dashboard, in order: adding one is adding an entry here. */
export function dashboardSections(input: DashboardInput): DashboardSection[] {
  const { text, timeZone } = input;
  const scores = input.overall.answers.map((a) => a.score);
  const summary = npsSummary(scores);
  return [
    summarySection(text, summary, input.overall.invalid.length),
    bucketSection(text, summary),
    distributionSection(text, scores),
    trendSection(text, input.monthly, timeZone),
    channelSection(text, input.channels),
    ...(input.segments ? [segmentSection(text, input.segments)] : []),
    ...(input.extraSections ?? []),
  ];
}

function formatOf(value: CellValue): string {
  if (typeof value === 'number') return Number.isInteger(value) ? WHOLE : ONE_DECIMAL;
  return PLAIN_TEXT;
}

/**
 * "Updated …" in the user's language, the time as yyyy-mm-dd hh:mm on the spreadsheet's
 * clock: the form backups are listed in, and one that needs no locale data from the runtime
 * (Google does not document Apps Script's Intl locales).
 */
function updatedLine(text: Messages, now: Date, timeZone: string): string {
  const date = isoMinute(now.getTime(), timeZone);
  return formatMessage(text.dashboardUpdated, { date });
}

/** Lays the sections out on the sheet: the cells (one block from A1) and the charts over them. */
export function planDashboard(input: DashboardInput): DashboardPlan {
  const { text } = input;
  const lines: { values: CellValue[]; bold: boolean }[] = [
    { values: [text.dashboardTitle], bold: true },
    { values: [updatedLine(text, input.now, input.timeZone)], bold: false },
    { values: [], bold: false },
  ];
  const charts: ChartSpec[] = [];
  for (const section of dashboardSections(input)) {
    const top = lines.length + 1;
    const rows = section.rows.length > 0 ? section.rows : [[text.dashboardNoData]];
    lines.push({ values: [section.heading], bold: true }, { values: section.headers, bold: true }, ...rows.map((values) => ({ values, bold: false })));
    if (section.chart && section.rows.length > 0) {
      charts.push({
        section: section.key,
        type: section.chart.type,
        range: { row: top + 1, column: 1, numRows: section.rows.length + 1, numColumns: section.chart.columns },
        anchor: { row: top, column: CHART_COLUMN },
        options: section.chart.options,
      });
      while (lines.length + 1 - top < CHART_ROWS) lines.push({ values: [], bold: false });
    }
    lines.push({ values: [], bold: false });
  }
  const pad = (values: CellValue[]): CellValue[] => Array.from({ length: DASHBOARD_WIDTH }, (_, c) => values[c] ?? '');
  const values = lines.map((line) => pad(line.values));
  return {
    values,
    numberFormats: values.map((row) => row.map(formatOf)),
    fontWeights: lines.map((line) => Array.from({ length: DASHBOARD_WIDTH }, (): 'bold' | 'normal' => (line.bold ? 'bold' : 'normal'))),
    charts,
    answers: input.overall.answers.length,
  };
}
