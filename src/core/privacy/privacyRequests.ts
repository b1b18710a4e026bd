/**
 * Data-subject requests (GDPR articles 15, 17 and 20) on the "Privacy requests" sheet: when a
 * request was received, its kind, the customer, its status and the day it is due (one month after
 * receipt, art. 12(3)). A request that arrived by email or phone is logged open before anyone acts
 * on it; an export or an erasure closes the open requests of its kind for that customer, or logs
 * one already done. The sheet keeps customer IDs only, never contacts.
 */
import type { CellValue } from '../customerRecord';
import { LANGUAGES } from '../i18n/languages';
import { messagesFor, type MessageKey, type Messages } from '../i18n/messages';
import { isOverdue, oneMonthAfter } from './dueDate';

export const REQUEST_HEADERS = ['Request', 'Received', 'Kind', 'Customer ID', 'Status', 'Due', 'Closed', 'Channel'];
export const REQUEST_WIDTH = REQUEST_HEADERS.length;
export const REQUEST_KINDS = ['access', 'erasure'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_CHANNELS = ['email', 'phone', 'letter', 'inPerson', 'sidebar'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

const COLUMN = { id: 0, received: 1, kind: 2, customerId: 3, status: 4, due: 5, closed: 6, channel: 7 } as const;

/**
 * The sheet holds a request's kind, status and channel in the words of the user who wrote the row
 * (a person reads this sheet); they are read back from those words in any of the six languages, or
 * from the codes the previous version wrote (`access`, `done`, `email`).
 */
const WORDS = {
  access: 'privacyKindAccess', erasure: 'privacyKindErasure',
  open: 'privacyStatusOpen', done: 'privacyStatusDone',
  email: 'privacyChannelEmail', phone: 'privacyChannelPhone', letter: 'privacyChannelLetter', inPerson: 'privacyChannelInPerson', sidebar: 'privacyChannelSidebar',
} as const satisfies Record<RequestKind | 'open' | 'done' | RequestChannel, MessageKey>;
type Coded = keyof typeof WORDS;

const word = (text: Messages, code: Coded): string => text[WORDS[code]];

const CODE_OF = new Map<string, Coded>((Object.keys(WORDS) as Coded[]).flatMap((code) => [
  [code.toLowerCase(), code] as [string, Coded],
  ...LANGUAGES.map((language) => [word(messagesFor(language), code).toLowerCase(), code] as [string, Coded]),
]));

function codeOf(value: CellValue | undefined): Coded | undefined {
  return CODE_OF.get(String(value ?? '').trim().toLowerCase());
}

export interface PrivacyRequest {
  /** 1-based sheet row. */
  row: number;
  id: string;
  received: string;
  kind: RequestKind;
  customerId: string;
  status: 'open' | 'done';
  due: string;
  closed: string;
  channel: string;
}

function day(value: CellValue | undefined): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? '').trim();
}

export function readRequests(values: readonly (readonly CellValue[])[]): PrivacyRequest[] {
  const requests: PrivacyRequest[] = [];
  values.forEach((row, index) => {
    if (index === 0) return;
    const id = String(row[COLUMN.id] ?? '').trim();
    const kind = codeOf(row[COLUMN.kind]);
    if (id === '' || (kind !== 'access' && kind !== 'erasure')) return;
    const received = day(row[COLUMN.received]);
    requests.push({
      row: index + 1,
      id,
      received,
      kind,
      customerId: String(row[COLUMN.customerId] ?? '').trim(),
      status: codeOf(row[COLUMN.status]) === 'done' ? 'done' : 'open',
      due: day(row[COLUMN.due]) || (/^\d{4}-\d{2}-\d{2}$/.test(received) ? oneMonthAfter(received) : ''),
      closed: day(row[COLUMN.closed]),
      channel: String(row[COLUMN.channel] ?? '').trim(),
    });
  });
  return requests;
}

export function nextRequestId(requests: readonly PrivacyRequest[]): string {
  const highest = Math.max(0, ...requests.map((request) => Number(/^R-(\d+)$/.exec(request.id)?.[1] ?? 0)));
  return `R-${String(highest + 1).padStart(4, '0')}`;
}

export interface NewRequest {
  kind: RequestKind;
  customerId: string;
  /** YYYY-MM-DD */
  received: string;
  channel: RequestChannel;
}

/** A request's row, its kind, status and channel in the words of `text` (the user's language). */
export function requestRow(id: string, request: NewRequest, closedOn: string | null, text: Messages): CellValue[] {
  return [id, request.received, word(text, request.kind), request.customerId, word(text, closedOn ? 'done' : 'open'), oneMonthAfter(request.received), closedOn ?? '', word(text, request.channel)];
}

/** The open requests of this kind for these customers: an export or an erasure answers them. */
export function requestsAnswered(requests: readonly PrivacyRequest[], kind: RequestKind, customerIds: readonly string[]): PrivacyRequest[] {
  return requests.filter((request) => request.status === 'open' && request.kind === kind && customerIds.includes(request.customerId));
}

/** Status, Due and Closed of a request now done: 1-based first column and the three cells. */
export const STATUS_COLUMN = COLUMN.status + 1;
export function closedCells(request: PrivacyRequest, today: string, text: Messages): CellValue[] {
  return [word(text, 'done'), request.due, today];
}

export interface OpenRequest extends PrivacyRequest {
  overdue: boolean;
}

/** Open requests, the soonest due first, each marked overdue when its day has passed. */
export function openRequests(requests: readonly PrivacyRequest[], today: string): OpenRequest[] {
  return requests
    .filter((request) => request.status === 'open')
    .map((request) => ({ ...request, overdue: isOverdue(request.due, today) }))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
