/**
 * Customer insight for the sidebar and the CLI: activity and RFM segments, channels, the
 * win-back list, and each customer's segment columns. Reads the customer sheet and the
 * Responses sheet once each; computes in core (core/segments).
 */
import * as z from 'zod/mini';
import { SettingsSchema } from '../../core/settings';
import { channelLabel } from '../../core/dashboard/dashboardPlan';
import { activityName, rfmLabel } from '../../core/i18n/codeLabels';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Messages } from '../../core/i18n/messages';
import { rankWinBack, type PredictionSummary, type WinBackPrediction } from '../../core/predict/sheetPredictions';
import { customerInsights, type InsightSummary, type WinBackCustomer } from '../../core/segments/insightSummary';
import type { SegmentProblem } from '../../core/segments/customerSegments';
import type { ActionContext } from '../actionContext';
import { findCustomerTable } from '../customerSheet';
import { customerSheetPredictions } from '../predict/predictions';
import { readResponsesSheet } from './responsesSheet';

/** How many win-back customers and problems the sidebar gets; the counts say how many there are in all. */
const LIST_LIMIT = 200;

export interface InsightsPanel {
  sheet: string;
  summary: InsightSummary;
  atRiskDays: number;
  lapsedDays: number;
  npsResponses: 'all' | 'latest';
  /** Where the channels' NPS came from. */
  npsSource: 'responses' | 'customerColumn' | 'none';
  purchasesColumn: string | null;
  /** Probability active, expected purchases and value (core/predict); `missing` names the columns the sheet lacks for them. */
  predictions: PredictionSummary;
  /** Ordered by value at risk when there are predictions, else biggest spenders first. */
  winBack: (WinBackCustomer & Partial<WinBackPrediction>)[];
  winBackCount: number;
  problems: SegmentProblem[];
  problemCount: number;
}

export interface SegmentColumns {
  sheet: string;
  /** The headers of the added columns, in order. */
  headers: string[];
  /** One row per row of the customer sheet after the header (blank rows get blank cells). */
  rows: (string | number)[][];
  problems: SegmentProblem[];
}

/** "today" from an ISO date (the CLI's --today and tests), else the clock; refused in `text`'s language when it is none. */
export function todayFrom(iso: string | null | undefined, text: Messages): Date {
  if (!iso) return new Date();
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(formatMessage(text.errorNotADate, { value: iso }));
  return date;
}

function insightsOf(context: ActionContext, today: Date) {
  const table = findCustomerTable(context.spreadsheet, context.settings);
  if (!table || table.values.length === 0) return null;
  const insights = customerInsights({
    values: table.values,
    columns: table.columns,
    responses: readResponsesSheet(context.spreadsheet)?.values ?? null,
    settings: context.settings,
    today,
    timeZone: context.spreadsheet.getSpreadsheetTimeZone(),
    locale: context.spreadsheet.getSpreadsheetLocale(),
  });
  return { table, insights };
}

export function insightsPanel(context: ActionContext, today: Date): InsightsPanel | { error: 'noSheet' } {
  const found = insightsOf(context, today);
  if (!found) return { error: 'noSheet' };
  const { insights, table } = found;
  const predictions = customerSheetPredictions(context, table, today);
  return {
    sheet: table.sheet.getName(),
    summary: insights.summary,
    atRiskDays: insights.segments.atRiskDays,
    lapsedDays: insights.segments.lapsedDays,
    npsResponses: context.settings.npsResponses ?? 'latest',
    npsSource: insights.npsSource,
    purchasesColumn: insights.segments.purchasesColumn,
    predictions: { ...predictions.summary, cellProblems: predictions.summary.cellProblems.slice(0, LIST_LIMIT) },
    winBack: rankWinBack(insights.winBack, predictions.byIndex).slice(0, LIST_LIMIT),
    winBackCount: insights.winBack.length,
    problems: insights.segments.problems.slice(0, LIST_LIMIT),
    problemCount: insights.segments.problems.length,
  };
}

/** The segment columns in the user's language: headers and segments as words, never as codes. */
export function segmentColumns(context: ActionContext, today: Date): SegmentColumns | { error: 'noSheet' } {
  const found = insightsOf(context, today);
  if (!found) return { error: 'noSheet' };
  const { insights, table } = found;
  const { text } = context;
  const rows: (string | number)[][] = table.values.slice(1).map(() => ['', '', '', '', '', '', '']);
  for (const c of insights.segments.customers) {
    const rfm = c.rfm === null ? '' : rfmLabel(text, c.rfm);
    rows[c.index - 1] = [activityName(text, c.activity), c.daysSincePurchase ?? '', c.r ?? '', c.f ?? '', c.m ?? '', rfm, channelLabel(text, c.channel)];
  }
  return { sheet: table.sheet.getName(), headers: text.segmentColumnHeaders.split('|'), rows, problems: insights.segments.problems };
}

const InsightSettingsSchema = z.object({
  npsResponses: z.optional(z.enum(['all', 'latest'])),
  segmentAtRiskDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3650))),
  segmentLapsedDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3650))),
  predictionHorizonDays: SettingsSchema.shape.predictionHorizonDays,
  lifetimeValueMonths: SettingsSchema.shape.lifetimeValueMonths,
  discountRatePercent: SettingsSchema.shape.discountRatePercent,
});

/** Saves the insight settings the sidebar shows; throws on a value outside its range (the form checks first). */
export function saveInsightSettings(context: ActionContext, form: unknown): void {
  const chosen = InsightSettingsSchema.parse(form);
  context.store.saveSettings({ ...context.settings, ...chosen });
}

