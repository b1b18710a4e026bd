/**
 * The NPS report of the customer sheet: one score per row from its NPS column (or a column
 * the user names), invalid answers counted and listed by row, never guessed; optionally by
 * month, quarter or the values of any column.
 */
import { columnLetter } from '../core/columnLetters';
import type { CellValue } from '../core/customerRecord';
import { isBlankRow } from '../core/customerIds';
import { classifyScore, npsSummary, type NpsSummary } from '../core/nps/npsScore';
import { npsByGroup, periodKey } from '../core/nps/npsGroups';
import type { ActionContext } from './actionContext';
import { findCustomerTable } from './customerSheet';
import { parseDateText } from '../core/cleaning/dates';
import { channelOf } from '../core/nps/acquisitionChannels';

export interface NpsRequest {
  /** 'month', 'quarter', 'channel' (the acquisition channel of the Source column), or the header of a column whose values make the groups. */
  by?: string;
  /** The header of the score column; default the recognised NPS column. */
  column?: string;
}

export interface NpsInvalidAnswer {
  row: number;
  column: string;
  value: string;
  reason: string;
}

export interface NpsReport {
  sheet: string;
  scoreColumn: string;
  /** The headers, for choosing a column to group by. */
  headers: string[];
  /** Customers (non-blank rows); valid answers / customers is the response rate. */
  customers: number;
  summary: NpsSummary;
  invalid: NpsInvalidAnswer[];
  groups?: { group: string; summary: NpsSummary }[];
}

const NO_GROUP = '(none)';

export function npsReport(context: ActionContext, request: NpsRequest = {}): NpsReport | { error: 'noSheet' | 'noScoreColumn' | 'noGroupColumn' } {
  const table = findCustomerTable(context.spreadsheet, context.settings);
  if (!table || table.values.length === 0) return { error: 'noSheet' };
  const headers = (table.values[0] ?? []).map((header) => String(header).trim());
  const scoreIndex = request.column ? headers.indexOf(request.column.trim()) : table.columns.roles.nps ?? -1;
  if (scoreIndex < 0) return { error: 'noScoreColumn' };
  const { roles } = table.columns;
  const dateIndex = roles.created ?? roles.updated ?? roles.lastPurchase;
  const byPeriod = request.by === 'month' || request.by === 'quarter' ? request.by : null;
  const byChannel = request.by === 'channel';
  const groupIndex = byChannel ? roles.source ?? -1 : request.by && !byPeriod ? headers.indexOf(request.by.trim()) : -1;
  if (request.by && !byPeriod && groupIndex < 0) return { error: 'noGroupColumn' };
  const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
  const locale = context.spreadsheet.getSpreadsheetLocale();

  const scores: number[] = [];
  const grouped: { score: number; group: string }[] = [];
  const invalid: NpsInvalidAnswer[] = [];
  let customers = 0;
  table.values.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    customers += 1;
    const answer = classifyScore(row[scoreIndex] ?? '');
    if (answer.kind === 'blank') return;
    if (answer.kind === 'invalid') {
      invalid.push({ row: index + 1, column: columnLetter(scoreIndex), value: String(row[scoreIndex]), reason: answer.reason });
      return;
    }
    scores.push(answer.score);
    if (byChannel) grouped.push({ score: answer.score, group: channelOf(row[groupIndex]) });
    else if (request.by) grouped.push({ score: answer.score, group: groupOf(row, byPeriod, byPeriod ? dateIndex : groupIndex, timeZone, locale) });
  });
  return {
    sheet: table.sheet.getName(),
    scoreColumn: headers[scoreIndex] ?? '',
    headers,
    customers,
    summary: npsSummary(scores),
    invalid,
    ...(request.by ? { groups: npsByGroup(grouped) } : {}),
  };
}

/** A date cell, or a date typed as text (as a CSV holds it); null when there is none. */
function dateOf(value: CellValue | undefined, timeZone: string, locale: string): Date | null {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = parseDateText(value, locale, timeZone);
  return parsed instanceof Date ? parsed : null;
}

function groupOf(row: readonly CellValue[], period: 'month' | 'quarter' | null, index: number | undefined, timeZone: string, locale: string): string {
  const value = index === undefined || index < 0 ? '' : row[index];
  if (period) {
    const date = dateOf(value, timeZone, locale);
    return date ? periodKey(date, period, timeZone) : NO_GROUP;
  }
  const text = String(value ?? '').trim();
  return text === '' ? NO_GROUP : text;
}
