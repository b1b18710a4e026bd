/**
 * The NPS answers the dashboard and the follow-up list work from, each with its customer's
 * name and contact. Pure: sheet values in, answers out.
 *
 * Where answers come from: the Responses sheet when it holds at least one valid answer (every
 * answer, dated, with its own comment); otherwise the customer sheet's NPS column, one answer per
 * customer, dated by the row's Updated date (else Created), with the Notes column as comment.
 * Blank and invalid scores are not answers: invalid ones are counted (the NPS panel lists them by row).
 */
import { parseDateText, serialToDate } from '../cleaning/dates';
import type { CellValue } from '../customerRecord';
import { isBlankCell, isBlankRow } from '../customerIds';
import type { ColumnRoles } from '../headerRoles';
import { classifyScore } from '../nps/npsScore';
import { recogniseResponseColumns } from '../responses/responseColumns';

export interface Customer {
  id: string;
  name: string;
  email: string;
  phone: string;
  /** The free-text "how did you hear about us" answer. */
  source: string;
}

export interface AnswerRecord {
  customerId: string;
  score: number;
  date: Date | null;
  comment: string;
  /** The Responses sheet's response ID, '' for a score from the customer sheet. */
  responseId: string;
  customer: Customer | null;
}

export interface AnswerRecords {
  from: 'responses' | 'customers';
  answers: AnswerRecord[];
  invalid: number;
}

export interface AnswerSources {
  /** The customer sheet's values, header row first. */
  customers: readonly (readonly CellValue[])[];
  roles: ColumnRoles;
  /** The Responses sheet's values, header row first, or null when there is no such sheet. */
  responses: readonly (readonly CellValue[])[] | null;
  timeZone: string;
  locale: string;
}

const text = (value: CellValue | undefined): string => (value === undefined || isBlankCell(value) ? '' : String(value).trim());

/** A date cell, a date typed as text, or a spreadsheet serial number; null when it is none of them. */
export function readAnswerDate(value: CellValue | undefined, locale: string, timeZone: string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return serialToDate(value, timeZone);
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = parseDateText(value, locale, timeZone);
  return parsed instanceof Date ? parsed : null;
}

function cell(row: readonly CellValue[], index: number | undefined): CellValue | undefined {
  return index === undefined ? undefined : row[index];
}

function customerOf(row: readonly CellValue[], roles: ColumnRoles): Customer {
  const full = text(cell(row, roles.name));
  const name = full || [text(cell(row, roles.firstName)), text(cell(row, roles.lastName))].filter(Boolean).join(' ');
  return {
    id: text(cell(row, roles.id)),
    name,
    email: text(cell(row, roles.email)),
    phone: text(cell(row, roles.phone)),
    source: text(cell(row, roles.source)),
  };
}

function fromCustomerSheet(sources: AnswerSources): AnswerRecords {
  const { roles } = sources;
  const answers: AnswerRecord[] = [];
  let invalid = 0;
  if (roles.nps === undefined) return { from: 'customers', answers, invalid };
  sources.customers.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const score = classifyScore(row[roles.nps!] ?? '');
    if (score.kind === 'invalid') invalid += 1;
    if (score.kind !== 'valid') return;
    const customer = customerOf(row, roles);
    const date = readAnswerDate(cell(row, roles.updated), sources.locale, sources.timeZone) ?? readAnswerDate(cell(row, roles.created), sources.locale, sources.timeZone);
    answers.push({ customerId: customer.id, score: score.score, date, comment: text(cell(row, roles.notes)), responseId: '', customer });
  });
  return { from: 'customers', answers, invalid };
}

function fromResponsesSheet(responses: readonly (readonly CellValue[])[], sources: AnswerSources): AnswerRecords | null {
  const columns = recogniseResponseColumns(responses[0] ?? []);
  if (columns.score === undefined) return null;
  const byId = new Map<string, Customer>();
  sources.customers.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const customer = customerOf(row, sources.roles);
    if (customer.id !== '' && !byId.has(customer.id)) byId.set(customer.id, customer);
  });
  const answers: AnswerRecord[] = [];
  let invalid = 0;
  responses.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const score = classifyScore(row[columns.score!] ?? '');
    if (score.kind === 'invalid') invalid += 1;
    if (score.kind !== 'valid') return;
    const customerId = text(cell(row, columns.customerId));
    answers.push({
      customerId,
      score: score.score,
      date: readAnswerDate(cell(row, columns.date), sources.locale, sources.timeZone),
      comment: text(cell(row, columns.comment)),
      responseId: text(cell(row, columns.responseId)),
      customer: byId.get(customerId) ?? null,
    });
  });
  return answers.length > 0 ? { from: 'responses', answers, invalid } : null;
}

/** Every valid NPS answer, from the Responses sheet if it has any, else from the customer sheet. */
export function answerRecords(sources: AnswerSources): AnswerRecords {
  return (sources.responses && fromResponsesSheet(sources.responses, sources)) ?? fromCustomerSheet(sources);
}
