/**
 * Update dashboard: the Dashboard sheet rewritten from the NPS answers, with native charts.
 * Idempotent: the same sheet is cleared and its old charts removed before the new ones go in,
 * so charts never pile up. A fixed number of calls whatever the number of customers: one read
 * per sheet, one write per layer (values, number formats, weights), one chart per section.
 */
import type { CellValue } from '../../core/customerRecord';
import { planDashboard, type ChartSpec, type SegmentCount } from '../../core/dashboard/dashboardPlan';
import { LANGUAGES } from '../../core/i18n/languages';
import { rfmLabel } from '../../core/i18n/codeLabels';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import { answersFromCustomerColumn, answersFromResponses, customerIndexById, hasResponseRows, type NpsAnswers } from '../../core/nps/npsAnswers';
import { periodReader } from '../../core/nps/npsGroups';
import { predictionSections } from '../../core/predict/predictionDashboard';
import { customerInsights } from '../../core/segments/insightSummary';
import { RFM_SEGMENTS, type RfmSegment } from '../../core/segments/rfm';
import { valueToWrite } from '../../core/sheetWriting';
import type { ActionContext } from '../actionContext';
import { findCustomerTable, type CustomerTable } from '../customerSheet';
import { customerSheetPredictions } from '../predict/predictions';
import { sheetNamedInAnyLanguage } from './npsSources';
import { readResponsesSheet } from './responsesSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DashboardResult {
  sheet: string;
  answers: number;
  charts: number;
}

export const DASHBOARD_SHEET_NAMES = LANGUAGES.map((language) => messagesFor(language).dashboardSheet);

function dashboardSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  const existing = sheetNamedInAnyLanguage(spreadsheet, DASHBOARD_SHEET_NAMES);
  if (existing) return existing;
  // insertSheet makes the new sheet the active one: the user stays where they were.
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  spreadsheet.setActiveSheet(active);
  return sheet;
}

function insertChart(sheet: Sheet, spec: ChartSpec): void {
  const { row, column, numRows, numColumns } = spec.range;
  let builder = sheet
    .newChart()
    .setChartType(Charts.ChartType[spec.type])
    .addRange(sheet.getRange(row, column, numRows, numColumns))
    .setNumHeaders(1)
    .setPosition(spec.anchor.row, spec.anchor.column, 0, 0);
  for (const [option, value] of Object.entries(spec.options)) builder = builder.setOption(option, value);
  sheet.insertChart(builder.build());
}

/** The answers as the NPS report counts them: whole range, and per month (see core/nps/npsAnswers.ts). */
function countedAnswers(context: ActionContext, table: CustomerTable, responses: CellValue[][] | null, byMonth: boolean): NpsAnswers {
  const { spreadsheet, settings } = context;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const locale = spreadsheet.getSpreadsheetLocale();
  const { roles } = table.columns;
  if (responses && hasResponseRows(responses)) {
    return answersFromResponses({
      responses,
      customerIds: customerIndexById(table.values, roles.id),
      mode: settings.npsResponses ?? 'latest',
      periodOf: byMonth ? periodReader('month', timeZone) : null,
      timeZone,
      locale,
    });
  }
  if (roles.nps === undefined) return { answers: [], invalid: [], respondents: 0, unknownCustomers: 0 };
  return answersFromCustomerColumn(table.values, roles.nps, roles.created ?? roles.updated ?? roles.lastPurchase, timeZone, locale);
}

/** Customers per RFM segment; no section when no customer has one (no purchase dates). */
function rfmSegments(text: Messages, rfm: Record<RfmSegment, number>): SegmentCount[] | undefined {
  if (RFM_SEGMENTS.every((segment) => rfm[segment] === 0)) return undefined;
  return RFM_SEGMENTS.map((segment) => ({ label: rfmLabel(text, segment), customers: rfm[segment] }));
}

export function updateDashboardSheet(context: ActionContext, now: Date): DashboardResult | null {
  const table = findCustomerTable(context.spreadsheet, context.settings);
  if (!table || table.values.length === 0) return null;
  const { spreadsheet, text, language, settings } = context;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const responses = readResponsesSheet(spreadsheet)?.values ?? null;
  const insights = customerInsights({ values: table.values, columns: table.columns, responses, settings, today: now, timeZone, locale: spreadsheet.getSpreadsheetLocale() });
  const plan = planDashboard({
    overall: countedAnswers(context, table, responses, false),
    monthly: countedAnswers(context, table, responses, true),
    channels: insights.summary.channels,
    segments: rfmSegments(text, insights.summary.rfm),
    extraSections: predictionSections(text, customerSheetPredictions(context, table, now).summary),
    text,
    now,
    timeZone,
  });
  const sheet = dashboardSheet(spreadsheet, text.dashboardSheet);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  const rows = plan.values.length;
  const width = plan.values[0]!.length;
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const block = sheet.getRange(1, 1, rows, width);
  block.setNumberFormats(plan.numberFormats);
  block.setValues(plan.values.map((line, r) => line.map((value, c) => valueToWrite(value, plan.numberFormats[r]![c]!))));
  block.setFontWeights(plan.fontWeights);
  sheet.setColumnWidth(1, 240);
  sheet.setRightToLeft(language === 'fa');
  for (const chart of plan.charts) insertChart(sheet, chart);
  return { sheet: sheet.getName(), answers: plan.answers, charts: plan.charts.length };
}
