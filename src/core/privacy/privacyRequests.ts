/**
 * Data-subject requests (GDPR articles 15, 17 and 20) on the "Privacy requests" sheet: when a
 * request was received, its kind, the customer, its status and the day it is due (one month after
 * receipt, art. 12(3)). A request that arrived by email or phone is logged open before anyone acts
 * on it; an export or an erasure closes the open requests of its kind for that customer, or logs
 * one already done. The sheet keeps customer IDs only, never contacts.
 */
import type { CellValue } from '../customerRecord';
import { isOverdue, oneMonthAfter } from './dueDate';

export const REQUEST_HEADERS = ['Request', 'Received', 'Kind', 'Customer ID', 'Status', 'Due', 'Closed', 'Channel'];
export const REQUEST_WIDTH = REQUEST_HEADERS.length;
export const REQUEST_KINDS = ['access', 'erasure'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_CHANNELS = ['email', 'phone', 'letter', 'inPerson', 'sidebar'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

const COLUMN = { id: 0, received: 1, kind: 2, customerId: 3, status: 4, due: 5, closed: 6, channel: 7 } as const;

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
    const kind = String(row[COLUMN.kind] ?? '').trim() as RequestKind;
    if (id === '' || !REQUEST_KINDS.includes(kind)) return;
    const received = day(row[COLUMN.received]);
    requests.push({
      row: index + 1,
      id,
      received,
      kind,
      customerId: String(row[COLUMN.customerId] ?? '').trim(),
      status: String(row[COLUMN.status] ?? '').trim() === 'done' ? 'done' : 'open',
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

export function requestRow(id: string, request: NewRequest, closedOn: string | null): CellValue[] {
  return [id, request.received, request.kind, request.customerId, closedOn ? 'done' : 'open', oneMonthAfter(request.received), closedOn ?? '', request.channel];
}

/** The open requests of this kind for these customers: an export or an erasure answers them. */
export function requestsAnswered(requests: readonly PrivacyRequest[], kind: RequestKind, customerIds: readonly string[]): PrivacyRequest[] {
  return requests.filter((request) => request.status === 'open' && request.kind === kind && customerIds.includes(request.customerId));
}

/** Status, Due and Closed of a request now done: 1-based first column and the three cells. */
export const STATUS_COLUMN = COLUMN.status + 1;
export function closedCells(request: PrivacyRequest, today: string): CellValue[] {
  return ['done', request.due, today];
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
