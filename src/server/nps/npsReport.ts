/**
 * The NPS report: from the Responses sheet when it has rows (every answer, or each customer's
 * latest per period: the npsResponses setting), else one score per customer row from its NPS
 * column (or a column the user names). Invalid answers are counted and listed by row, never
 * guessed; optionally by month, quarter, acquisition channel or the values of any column of
 * the customer sheet (a response is joined to its customer by ID). See core/nps/npsAnswers.ts.
 */
import type { CellValue } from '../../core/customerRecord';
import { isBlankRow } from '../../core/customerIds';
import { channelReader } from '../../core/nps/acquisitionChannels';
import {
  answersFromCustomerColumn,
  answersFromResponses,
  customerIndexById,
  hasResponseRows,
  type NpsAnswer,
  type NpsInvalidAnswer,
  type NpsResponsesMode,
} from '../../core/nps/npsAnswers';
import { npsOfGroups, periodReader, type PeriodGranularity } from '../../core/nps/npsGroups';
import { addScore, summaryFromCounts, type NpsCounts, type NpsSummary } from '../../core/nps/npsScore';
import type { ActionContext } from '../actionContext';
import { recogniseResponseColumns } from '../../core/responses/responseColumns';
import { npsDateColumn } from '../../core/headerRoles';
import { findCustomerTable } from '../customerSheet';
import { readResponsesSheet } from './responsesSheet';

export type { NpsInvalidAnswer } from '../../core/nps/npsAnswers';

export interface NpsRequest {
  /** 'month', 'quarter', 'channel' (the acquisition channel of the Source column), or the header of a column whose values make the groups. */
  by?: string;
  /** The header of the score column on the customer sheet; default the recognised NPS column. Naming one reads the customer sheet even when there is a Responses sheet. */
  column?: string;
}

export interface NpsReport {
  sheet: string;
  /** Where the answers came from: the Responses sheet, or the customer sheet's score column. */
  from: 'responses' | 'customerColumn';
  /** The sheet the answers (and the rows of `invalid`) are on. */
  answersSheet: string;
  /** With the Responses sheet: every answer, or each customer's latest per period. */
  responsesMode: NpsResponsesMode | null;
  scoreColumn: string;
  /** The headers of the customer sheet, for choosing a column to group by. */
  headers: string[];
  /** Customers (non-blank rows); respondents / customers is the response rate. */
  customers: number;
  /** Customers with at least one counted answer. */
  respondents: number;
  /** Counted answers whose customer ID is blank or not on the customer sheet (Responses sheet only). */
  unknownCustomers: number;
  summary: NpsSummary;
  invalid: NpsInvalidAnswer[];
  groups?: { group: string; summary: NpsSummary }[];
}

export type NpsReportError = { error: 'noSheet' | 'noScoreColumn' | 'noGroupColumn' };

const NO_GROUP = '(none)';

export function npsReport(context: ActionContext, request: NpsRequest = {}): NpsReport | NpsReportError {
  const table = findCustomerTable(context.spreadsheet, context.settings);
  if (!table || table.values.length === 0) return { error: 'noSheet' };
  const values = table.values;
  const headers = (values[0] ?? []).map((header) => String(header).trim());
  const { roles } = table.columns;
  const byPeriod: PeriodGranularity | null = request.by === 'month' || request.by === 'quarter' ? request.by : null;
  const byChannel = request.by === 'channel';
  const groupIndex = byChannel ? roles.source ?? -1 : request.by && !byPeriod ? headers.indexOf(request.by.trim()) : -1;
  const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
  const locale = context.spreadsheet.getSpreadsheetLocale();
  const responses = request.column ? null : readResponsesSheet(context.spreadsheet);
  const fromResponses = responses !== null && hasResponseRows(responses.values);
  if (request.by && !byPeriod && groupIndex < 0 && !(byChannel && fromResponses)) return { error: 'noGroupColumn' };
  const customers = values.reduce((count, row, index) => (index > 0 && !isBlankRow(row) ? count + 1 : count), 0);
  const mode = context.settings.npsResponses ?? 'latest';

  const periodOf = byPeriod ? periodReader(byPeriod, timeZone) : null;
  const channelOf = channelReader();
  let answers;
  let scoreColumn: string;
  if (fromResponses) {
    answers = answersFromResponses({
      responses: responses.values,
      customerIds: customerIndexById(values, roles.id),
      mode,
      periodOf,
      timeZone,
      locale,
    });
    scoreColumn = String(responses.values[0]?.[scoreIndexOfResponses(responses.values)] ?? '');
  } else {
    const scoreIndex = request.column ? headers.indexOf(request.column.trim()) : roles.nps ?? -1;
    if (scoreIndex < 0) return { error: 'noScoreColumn' };
    // The answer's own date when the sheet keeps one ("Survey date"), else when the customer was added.
    const dateIndex = npsDateColumn(values[0] ?? []) ?? roles.created ?? roles.updated ?? roles.lastPurchase;
    answers = answersFromCustomerColumn(values, scoreIndex, dateIndex, timeZone, locale);
    scoreColumn = headers[scoreIndex] ?? '';
  }

  const groupOf = (answer: NpsAnswer): string => {
    const row = answer.customerIndex === null ? null : values[answer.customerIndex];
    if (periodOf) return answer.date ? periodOf(answer.date) : NO_GROUP;
    if (byChannel) {
      const channel = row && groupIndex >= 0 ? channelOf(row[groupIndex]) : 'unknown';
      return channel === 'unknown' ? channelOf(answer.source) : channel;
    }
    const text = row ? cellText(row[groupIndex]) : '';
    return text === '' ? NO_GROUP : text;
  };
  return {
    sheet: table.sheet.getName(),
    from: fromResponses ? 'responses' : 'customerColumn',
    answersSheet: fromResponses ? responses.name : table.sheet.getName(),
    responsesMode: fromResponses ? mode : null,
    scoreColumn,
    headers,
    customers,
    respondents: answers.respondents,
    unknownCustomers: answers.unknownCustomers,
    summary: summaryOf(answers.answers),
    invalid: answers.invalid,
    ...(request.by ? { groups: npsOfGroups(answers.answers, (answer) => answer.score, groupOf) } : {}),
  };
}

function scoreIndexOfResponses(values: readonly (readonly CellValue[])[]): number {
  return recogniseResponseColumns(values[0] ?? []).score ?? -1;
}

function cellText(value: CellValue | undefined): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').trim();
}

function summaryOf(answers: readonly NpsAnswer[]): NpsSummary {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const answer of answers) addScore(counts, answer.score);
  return summaryFromCounts(counts);
}
