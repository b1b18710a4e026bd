/**
 * The Follow-up sheet: recent detractors (scores 0–6) with their comment and contact, and a Status
 * the team sets (to contact, contacted, resolved). Pure: answers and the sheet's current values
 * in, the rows to append out.
 *
 * Refreshing never rewrites or deletes a row: the team's statuses and anything else they typed
 * stay as they are; only detractors not yet listed are appended. An answer is recognised by its
 * response ID when it has one (Responses sheet), else by its customer ID and date.
 * "Recent" means answered within the last `days` days (default 90) by the answer's date (the
 * Responses sheet's Date, else the customer's Updated or Created date). An answer with no
 * readable date is listed too: nothing says it is old, and a detractor missed costs more than
 * one listed twice (it is listed once: the key stops repeats).
 */
import type { CellValue } from '../customerRecord';
import { isBlankRow } from '../customerIds';
import { DEFAULT_HEADERS, normaliseHeader } from '../headerRoles';
import { LANGUAGES, type Language } from '../i18n/languages';
import { messagesFor, type Messages } from '../i18n/messages';
import { RESPONSE_HEADERS } from '../responses/responseColumns';
import type { AnswerRecord } from './answerRecords';

export const FOLLOW_UP_FIELDS = ['customerId', 'name', 'email', 'phone', 'score', 'comment', 'date', 'responseId', 'status'] as const;
export type FollowUpField = (typeof FOLLOW_UP_FIELDS)[number];

export const FOLLOW_UP_STATUSES = ['toContact', 'contacted', 'resolved'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const DEFAULT_FOLLOW_UP_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export function followUpHeaders(language: Language): string[] {
  const customer = DEFAULT_HEADERS[language];
  const response = RESPONSE_HEADERS[language];
  const text = messagesFor(language);
  const byField: Record<FollowUpField, string> = {
    customerId: customer.id,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    score: response.score,
    comment: response.comment,
    date: response.date,
    responseId: response.responseId,
    status: text.followUpStatus,
  };
  return FOLLOW_UP_FIELDS.map((field) => byField[field]);
}

/** The status labels in a language, in FOLLOW_UP_STATUSES order (the dropdown's items). */
export function statusLabels(text: Messages): string[] {
  return [text.followUpToContact, text.followUpContacted, text.followUpResolved];
}

const HEADER_FIELDS: ReadonlyMap<string, FollowUpField> = new Map(
  LANGUAGES.flatMap((language) => followUpHeaders(language).map((header, i) => [normaliseHeader(header), FOLLOW_UP_FIELDS[i]!] as const)),
);

/** A status label in any of the six languages → the status; the team may have switched languages. */
const STATUS_OF_LABEL: ReadonlyMap<string, FollowUpStatus> = new Map(
  LANGUAGES.flatMap((language) => statusLabels(messagesFor(language)).map((label, i) => [label.trim().toLowerCase(), FOLLOW_UP_STATUSES[i]!] as const)),
);

export function statusOfLabel(value: CellValue | undefined): FollowUpStatus | null {
  return STATUS_OF_LABEL.get(String(value ?? '').trim().toLowerCase()) ?? null;
}

function dateKey(value: CellValue | undefined): string {
  if (value instanceof Date) return String(value.getTime());
  return String(value ?? '').trim();
}

function answerKey(customerId: string, responseId: string, date: CellValue | undefined): string {
  return responseId !== '' ? `response:${responseId}` : `customer:${customerId}|${dateKey(date)}`;
}

export interface FollowUpInput {
  answers: readonly AnswerRecord[];
  /** The Follow-up sheet's values, header row first; [] when the sheet does not exist yet. */
  existing: readonly (readonly CellValue[])[];
  now: Date;
  days: number;
  text: Messages;
}

export interface OpenFollowUp {
  customerId: string;
  name: string;
  score: CellValue;
  comment: string;
}

export interface FollowUpPlan {
  /** Rows to append, laid out like the sheet's header (a new sheet: FOLLOW_UP_FIELDS order), newest answer first. */
  newRows: CellValue[][];
  width: number;
  /** The 0-based column of the Status, for its dropdown. */
  statusColumn: number;
  /** Rows already listed (kept as they are) plus the new ones, by status; 'other' for a status no one recognises. */
  counts: Record<FollowUpStatus | 'other', number>;
  /** The detractors still to contact, listed ones first, then the new ones. */
  open: OpenFollowUp[];
}

/** Where each field is: the header's columns when it has the ID and Status columns, else the default order. */
function layoutOf(header: readonly CellValue[]): Record<FollowUpField, number> {
  const found: Partial<Record<FollowUpField, number>> = {};
  header.forEach((cell, index) => {
    const field = HEADER_FIELDS.get(normaliseHeader(String(cell ?? '')));
    if (field && found[field] === undefined) found[field] = index;
  });
  if (found.customerId === undefined || found.status === undefined) {
    return Object.fromEntries(FOLLOW_UP_FIELDS.map((field, i) => [field, i])) as Record<FollowUpField, number>;
  }
  // A field whose column the team deleted goes after the last column rather than over another one.
  let next = header.length;
  return Object.fromEntries(FOLLOW_UP_FIELDS.map((field) => [field, found[field] ?? next++])) as Record<FollowUpField, number>;
}

export function planFollowUp(input: FollowUpInput): FollowUpPlan {
  const header = input.existing[0] ?? [];
  const column = layoutOf(header);
  const counts: FollowUpPlan['counts'] = { toContact: 0, contacted: 0, resolved: 0, other: 0 };
  const open: OpenFollowUp[] = [];
  const listed = new Set<string>();
  input.existing.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const at = (field: FollowUpField) => row[column[field]];
    const customerId = String(at('customerId') ?? '').trim();
    listed.add(answerKey(customerId, String(at('responseId') ?? '').trim(), at('date')));
    const status = statusOfLabel(at('status')) ?? 'other';
    counts[status] += 1;
    if (status === 'toContact') open.push({ customerId, name: String(at('name') ?? ''), score: at('score') ?? '', comment: String(at('comment') ?? '') });
  });

  const since = input.now.getTime() - input.days * DAY_MS;
  const fresh = input.answers
    .filter((a) => a.score <= 6 && (a.date === null || a.date.getTime() >= since))
    .filter((a) => {
      const key = answerKey(a.customerId, a.responseId, a.date ?? '');
      if (listed.has(key)) return false;
      listed.add(key);
      return true;
    })
    .sort((a, b) => (b.date?.getTime() ?? Number.MAX_SAFE_INTEGER) - (a.date?.getTime() ?? Number.MAX_SAFE_INTEGER));
  counts.toContact += fresh.length;
  const width = Math.max(header.length, ...Object.values(column).map((c) => c + 1));
  const newRows = fresh.map((a) => {
    const byField: Record<FollowUpField, CellValue> = {
      customerId: a.customerId,
      name: a.customer?.name ?? '',
      email: a.customer?.email ?? '',
      phone: a.customer?.phone ?? '',
      score: a.score,
      comment: a.comment,
      date: a.date ?? '',
      responseId: a.responseId,
      status: input.text.followUpToContact,
    };
    const row: CellValue[] = Array.from({ length: width }, () => '');
    for (const field of FOLLOW_UP_FIELDS) row[column[field]] = byField[field];
    return row;
  });
  open.push(...fresh.map((a) => ({ customerId: a.customerId, name: a.customer?.name ?? '', score: a.score, comment: a.comment })));
  return { newRows, width, statusColumn: column.status, counts, open };
}
