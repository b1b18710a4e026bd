/**
 * One submission's answers made ready to write: each field cleaned by the cleaners the
 * cleaning feature uses (trimmed, E.164 phone, lower-case email, country code, proper-case
 * name, a date cell for a date, a number for an amount), then checked against the customer
 * schema (zod). A text value a cleaner cannot clean (an email without "@", a phone of the
 * wrong length) is written exactly as received: it is the person's own answer and never
 * lost. A value that does not fit a typed field (a score of 11, "maybe" for consent, a date
 * that is not one) cannot be written and sends the submission to quarantine, with the field named.
 */
import { customerFromRow, type CellValue } from '../customerRecord';
import type { CustomerField } from '../customerFields';
import type { CleaningContext } from '../cleaning/cleanResult';
import { cleanersFor, runCleaners } from '../cleaning/columnCleaners';
import { recogniseCountry } from '../cleaning/countries';
import { toAsciiDigits } from '../cleaning/digits';
import type { CaptureInput } from './captureInput';

/**
 * Google Sheets holds at most 50,000 characters in a cell, and an answer is written with the
 * leading apostrophe that keeps it text: 49,999 characters of it fit.
 */
export const CELL_CHARACTER_LIMIT = 49_999;

/** Fields a submission may not set: Clientele writes them. */
const SYSTEM_FIELDS: ReadonlySet<CustomerField> = new Set(['id', 'created', 'updated', 'otherContacts']);

export type CaptureCleaning = Omit<CleaningContext, 'rowCountry'>;

export interface PreparedSubmission {
  values: Partial<Record<CustomerField, CellValue>>;
  score: number | null;
  comment: string;
  /** Fields whose answer was longer than a cell holds and was cut (the original goes to quarantine). */
  cut: { field: CustomerField | 'comment'; original: string }[];
}

export type Preparation =
  | { kind: 'ready'; submission: PreparedSubmission }
  | { kind: 'blank' }
  | { kind: 'invalid'; field: CustomerField | 'score'; value: string; reason: 'reasonNotNumber' | 'reasonNotDate' | 'reasonNpsRange' | 'reasonNotYesNo' };

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

export function isBlankInput(input: CaptureInput): boolean {
  return Object.values(input.fields).every(isBlank) && isBlank(input.score) && isBlank(input.comment);
}

function cutToCell(text: string): string {
  return text.length > CELL_CHARACTER_LIMIT ? text.slice(0, CELL_CHARACTER_LIMIT) : text;
}

/** Reads a 0–10 answer ("9", "۹", "9 - very likely"); null when blank; NaN when not a score. */
function parseScore(raw: string | undefined): number | null {
  if (isBlank(raw)) return null;
  const match = /^\s*(\d{1,2})(?:\s*[-–—:.]\s*\D.*)?\s*$/su.exec(toAsciiDigits(raw!));
  const score = match ? Number(match[1]) : NaN;
  return score >= 0 && score <= 10 ? score : NaN;
}

export function prepareSubmission(input: CaptureInput, cleaning: CaptureCleaning): Preparation {
  if (isBlankInput(input)) return { kind: 'blank' };
  const cut: PreparedSubmission['cut'] = [];
  const received = (Object.entries(input.fields) as [CustomerField, string][])
    .filter(([field, value]) => !SYSTEM_FIELDS.has(field) && !isBlank(value))
    .map(([field, value]) => {
      if (value.length > CELL_CHARACTER_LIMIT) cut.push({ field, original: value });
      return [field, cutToCell(value)] as const;
    });
  const country = received.find(([field]) => field === 'country')?.[1];
  const context: CleaningContext = { ...cleaning, rowCountry: (country && recogniseCountry(country)) || undefined };
  const fields = received.map(([field]) => field);
  const row: CellValue[] = received.map(([field, value]) => runCleaners(value, cleanersFor(field), context).value);
  const roles = Object.fromEntries(fields.map((field, index) => [field, index]));
  // The schema check: a typed field's value must read as its type (zod parses the record).
  const { customer, problems } = customerFromRow(row, 2, fields, roles, []);
  const problem = problems[0];
  // The value as it came, not as a cleaner left it (a number cleaner turns "ten" into NaN).
  if (problem) return { kind: 'invalid', field: problem.field, value: received.find(([field]) => field === problem.field)?.[1] ?? problem.value, reason: problem.reason };
  const score = parseScore(input.score);
  if (Number.isNaN(score)) return { kind: 'invalid', field: 'score', value: input.score ?? '', reason: 'reasonNpsRange' };
  const values: PreparedSubmission['values'] = {};
  for (const field of fields) values[field] = customer[field] as CellValue;
  const comment = input.comment ?? '';
  if (comment.length > CELL_CHARACTER_LIMIT) cut.push({ field: 'comment', original: comment });
  return { kind: 'ready', submission: { values, score, comment: cutToCell(comment).trim(), cut } };
}

