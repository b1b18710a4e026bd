/**
 * The NPS answers to count, from one of two places:
 * - the Responses sheet (date, customer ID, score, comment, source), when it has rows: a
 *   customer can answer many times;
 * - otherwise the customer sheet's score column, one answer per customer.
 *
 * Decisions (see also the README):
 * - `latest` (the default) counts each customer's latest valid answer per period: the period
 *   being the month or quarter when the report is grouped by one, else the whole range. NPS is
 *   a share of customers, so a customer who answers every week must not weigh more than one
 *   who answers once; `all` counts every answer (a "transactional" NPS).
 * - Latest means the latest date; an answer with no readable date is older than every dated
 *   one, and among equal dates the lower row (appended later) wins. Blank and invalid answers
 *   never replace a valid one: blank is no answer, invalid is listed by row.
 * - An answer whose customer ID is blank or not on the customer sheet still counts: it is a
 *   response. Its column groups are "(none)"; its channel comes from its own Source cell. With
 *   `latest`, answers with the same unknown ID are still one customer's; answers with no ID each
 *   count on their own.
 */
import { columnLetter } from '../columnLetters';
import type { CellValue } from '../customerRecord';
import { isBlankRow } from '../customerIds';
import { recogniseResponseColumns } from '../responses/responseColumns';
import { readDate } from '../segments/cellReading';
import { classifyScore, type InvalidScoreReason } from './npsScore';

export type NpsResponsesMode = 'all' | 'latest';

export interface NpsAnswer {
  score: number;
  /** When it was given: the response's date, or for a customer-sheet score the customer's Created date. */
  date: Date | null;
  /** The customer's row in the customer sheet's values, or null when the answer names no known customer. */
  customerIndex: number | null;
  /** The response's own Source cell ('' for answers from the customer sheet). */
  source: CellValue;
}

export interface NpsInvalidAnswer {
  row: number;
  column: string;
  value: string;
  reason: InvalidScoreReason;
}

export interface NpsAnswers {
  answers: NpsAnswer[];
  /** Invalid answers by row and column of the sheet they came from. */
  invalid: NpsInvalidAnswer[];
  /** Customers on the customer sheet with at least one counted answer. */
  respondents: number;
  /** Counted answers whose customer ID is blank or not on the customer sheet. */
  unknownCustomers: number;
}

/** Data rows that are not blank: the Responses sheet is the source as soon as it has one. */
export function hasResponseRows(responses: readonly (readonly CellValue[])[] | null | undefined): boolean {
  return !!responses && responses.some((row, index) => index > 0 && !isBlankRow(row));
}

/** One answer per customer row, from its score column. */
export function answersFromCustomerColumn(
  values: readonly (readonly CellValue[])[],
  scoreIndex: number,
  dateIndex: number | undefined,
  timeZone: string,
  locale: string,
): NpsAnswers {
  const answers: NpsAnswer[] = [];
  const invalid: NpsInvalidAnswer[] = [];
  values.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const answer = classifyScore(row[scoreIndex] ?? '');
    if (answer.kind === 'blank') return;
    if (answer.kind === 'invalid') {
      invalid.push({ row: index + 1, column: columnLetter(scoreIndex), value: String(row[scoreIndex]), reason: answer.reason });
      return;
    }
    const date = dateIndex === undefined ? null : readDate(row[dateIndex], locale, timeZone);
    answers.push({ score: answer.score, date: date?.kind === 'value' ? date.value : null, customerIndex: index, source: '' });
  });
  return { answers, invalid, respondents: answers.length, unknownCustomers: 0 };
}

/** Customer ID → index of its row in the customer sheet's values (the first row holding it). */
export function customerIndexById(values: readonly (readonly CellValue[])[], idIndex: number | undefined): Map<string, number> {
  const byId = new Map<string, number>();
  if (idIndex === undefined) return byId;
  values.forEach((row, index) => {
    const id = index === 0 ? '' : String(row[idIndex] ?? '').trim();
    if (id !== '' && !byId.has(id)) byId.set(id, index);
  });
  return byId;
}

export interface ResponsesInput {
  /** The Responses sheet's values, header row first. */
  responses: readonly (readonly CellValue[])[];
  customerIds: ReadonlyMap<string, number>;
  mode: NpsResponsesMode;
  /** The period an answer's date falls in when the report is grouped by period; null: the whole range is one period. */
  periodOf: ((date: Date) => string) | null;
  timeZone: string;
  locale: string;
}

/** A valid score, or null for blank and invalid answers (the invalid ones are listed). Whole numbers 0–10, the common case, skip the classifier. */
function scoreOf(value: CellValue | undefined, index: number, column: number, invalid: NpsInvalidAnswer[]): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10) return value + 0;
  const answer = classifyScore(value ?? '');
  if (answer.kind === 'valid') return answer.score;
  if (answer.kind === 'invalid') invalid.push({ row: index + 1, column: columnLetter(column), value: String(value), reason: answer.reason });
  return null;
}

function dateOf(value: CellValue | undefined, locale: string, timeZone: string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const reading = readDate(value, locale, timeZone);
  return reading.kind === 'value' ? reading.value : null;
}

/** The answers of the Responses sheet, all or the latest per customer per period (see the module comment). */
export function answersFromResponses(input: ResponsesInput): NpsAnswers {
  const { responses, customerIds, mode, periodOf, timeZone, locale } = input;
  const columns = recogniseResponseColumns(responses[0] ?? []);
  const invalid: NpsInvalidAnswer[] = [];
  const counted: NpsAnswer[] = [];
  const scoreIndex = columns.score;
  if (scoreIndex === undefined) return { answers: [], invalid, respondents: 0, unknownCustomers: 0 };
  const answerAt = (index: number, score: number, date: Date | null, id: string): NpsAnswer => ({
    score,
    date,
    customerIndex: id === '' ? null : customerIds.get(id) ?? null,
    source: columns.source === undefined ? '' : responses[index]?.[columns.source] ?? '',
  });
  // Latest per key: only the row and what it is compared by are kept while reading, so that
  // half a million answers do not each become an object.
  // Per period, then per customer ID: the ID strings come from the sheet as they are, so no
  // key is built per answer.
  const latest = new Map<string, Map<string, { index: number; time: number; score: number; date: Date | null; id: string }>>();

  for (let index = 1; index < responses.length; index += 1) {
    const row = responses[index] as readonly CellValue[];
    const score = scoreOf(row[scoreIndex], index, scoreIndex, invalid);
    if (score === null) continue;
    const date = columns.date === undefined ? null : dateOf(row[columns.date], locale, timeZone);
    const id = columns.customerId === undefined ? '' : String(row[columns.customerId] ?? '').trim();
    if (mode === 'all' || id === '') {
      counted.push(answerAt(index, score, date, id));
      continue;
    }
    const period = periodOf && date ? periodOf(date) : '';
    let ofPeriod = latest.get(period);
    if (!ofPeriod) {
      ofPeriod = new Map();
      latest.set(period, ofPeriod);
    }
    const time = date ? date.getTime() : -Infinity;
    const previous = ofPeriod.get(id);
    if (!previous) ofPeriod.set(id, { index, time, score, date, id });
    else if (time >= previous.time) {
      previous.index = index;
      previous.time = time;
      previous.score = score;
      previous.date = date;
    }
  }
  for (const ofPeriod of latest.values()) for (const { index, score, date, id } of ofPeriod.values()) counted.push(answerAt(index, score, date, id));

  const respondents = new Set<number>();
  let unknownCustomers = 0;
  for (const answer of counted) {
    if (answer.customerIndex === null) unknownCustomers += 1;
    else respondents.add(answer.customerIndex);
  }
  return { answers: counted, invalid, respondents: respondents.size, unknownCustomers };
}
