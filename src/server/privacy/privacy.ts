/**
 * The Privacy panel's data: consent coverage, open data-subject requests with their due dates,
 * a customer found by ID, email or phone with what Clientele holds about them, and logging a
 * request that arrived by email or phone.
 */
import { consentCoverage, type ConsentCoverage } from '../../core/privacy/consentCoverage';
import { oneMonthAfter } from '../../core/privacy/dueDate';
import { PRIVACY_REQUESTS_SHEET, type ErasureRule } from '../../core/privacy/personData';
import { isNameOf } from '../../core/i18n/sheetNames';
import { openRequests, REQUEST_CHANNELS, REQUEST_KINDS, type OpenRequest, type RequestChannel, type RequestKind } from '../../core/privacy/privacyRequests';
import { cellText } from '../../core/privacy/suppression';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { ActionContext } from '../actionContext';
import { findCustomerTable } from '../customerSheet';
import { findPerson, personLabels, readPrivacyData, todayIn } from './privacyData';
import { logRequest, readRequestsOf } from './privacyRequests';
import { withDocumentLock } from '../documentLock';

export interface PrivacyPanel {
  consent: ConsentCoverage | null;
  requests: OpenRequest[];
  today: string;
}

export function privacyPanel(context: ActionContext, today?: string): PrivacyPanel {
  const day = todayIn(context, today);
  const table = findCustomerTable(context.spreadsheet, context.settings);
  return {
    consent: table ? consentCoverage(table.values, table.columns) : null,
    requests: openRequests(readRequestsOf(context.spreadsheet), day),
    today: day,
  };
}

export interface FoundCustomer {
  customerIds: string[];
  /** The name on their customer row, for the user to see it is the right person. */
  name: string;
  held: { sheet: string; rows: number; rule: ErasureRule }[];
}

export function findPrivacyCustomer(context: ActionContext, query: string): FoundCustomer | { error: string } {
  const data = readPrivacyData(context);
  if (!data) return { error: context.text.summaryNoSheet };
  const found = findPerson(data, query);
  if (!found) return { error: context.text.privacyNotFound };
  const { roles } = data.customers.columns;
  const first = data.customers.values[found.person.customerRows[0]!] ?? [];
  const name = roles.name !== undefined ? cellText(first[roles.name]) : [roles.firstName, roles.lastName].map((c) => (c === undefined ? '' : cellText(first[c]))).join(' ').trim();
  return {
    customerIds: personLabels(found),
    name,
    held: found.rows.filter((entry) => entry.rows.length > 0).map((entry) => ({ sheet: entry.sheet, rows: entry.rows.length, rule: entry.rule })),
  };
}

export interface RequestForm {
  kind: RequestKind;
  /** Customer ID, email or phone. */
  customer: string;
  /** YYYY-MM-DD; today when absent. */
  received?: string;
  channel?: RequestChannel;
}

/** Logs a request that arrived by email, phone or letter, open until the export or erasure that answers it. */
export function logPrivacyRequest(context: ActionContext, form: RequestForm, today?: string): { message: string } | { error: string } {
  if (!REQUEST_KINDS.includes(form.kind)) return { error: context.text.privacyRequestKindMissing };
  return withDocumentLock(60_000, () => {
    const data = readPrivacyData(context);
    if (!data) return { error: context.text.summaryNoSheet };
    const found = findPerson(data, form.customer ?? '');
    if (!found) return { error: context.text.privacyNotFound };
    const received = form.received && /^\d{4}-\d{2}-\d{2}$/.test(form.received) ? form.received : todayIn(context, today);
    const channel = form.channel && REQUEST_CHANNELS.includes(form.channel) ? form.channel : 'email';
    const values = data.managed.find((sheet) => isNameOf(PRIVACY_REQUESTS_SHEET, sheet.name))?.values ?? [];
    const id = logRequest(context.spreadsheet, readRequestsOf(context.spreadsheet, values), { kind: form.kind, customerId: found.person.customerIds[0] ?? '', received, channel }, context.text);
    return { message: formatMessage(context.text.privacyRequestLogged, { id, due: oneMonthAfter(received) }) };
  });
}
