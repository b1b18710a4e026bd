/**
 * Messages from the digest's lists: which template each list uses and what fills it, and the
 * messages for the customers of one list on one channel, each through the contact gate (again:
 * a list drawn earlier in the sidebar is never trusted). An email is ready for MailApp with its
 * unsubscribe line; a chat channel gives the link staff open on their phone. Every message comes
 * with the audit line that records it, the proof of consent: customer, template, channel.
 */
import type { AuditRecord } from '../audit/auditRecords';
import type { CellValue } from '../customerRecord';
import type { RecognisedColumns } from '../headerRoles';
import type { Language } from '../i18n/languages';
import { messageAuditDetail } from '../i18n/codeLabels';
import type { Messages } from '../i18n/messages';
import { clearForChannel, type Channel, type ContactCandidate, type ContactPolicy, type Refusal } from './contactGate';
import { chatLink, composeMessage, customerLanguage, emailFor, type EmailMessage, type MessageKind, type MessageValues } from './outreach';
import { candidateOfRow, type TodayDigest } from './todayDigest';

export const OUTREACH_LISTS = ['birthdays', 'anniversaries', 'recallsDue', 'winBack', 'tierChanges', 'detractors', 'detailsCheck'] as const;
export type OutreachList = (typeof OUTREACH_LISTS)[number];

const LIST_KIND: Record<OutreachList, MessageKind> = {
  birthdays: 'birthday', anniversaries: 'anniversary', recallsDue: 'recall', winBack: 'winBack', tierChanges: 'tierChange', detractors: 'detractor', detailsCheck: 'detailsCheck',
};

type EntryValues = Omit<MessageValues, 'shop'>;

function shiftIso(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
}

/** The list's customers in order, once each, with what fills their template ("please check your details": the customers asked for, in `only`). */
export function listEntries(digest: TodayDigest, list: OutreachList, only: readonly string[] = []): { id: string; values: EntryValues }[] {
  const entries: { id: string; values: EntryValues }[] = (() => {
    switch (list) {
      case 'birthdays': return digest.birthdays.map((b) => ({ id: b.id, values: {} }));
      case 'anniversaries': return digest.anniversaries.map((a) => ({ id: a.id, values: { since: Number(a.date.slice(0, 4)) - a.years } }));
      case 'recallsDue': return digest.recallsDue.map((r) => ({ id: r.id, values: { service: r.service, lastVisit: r.lastVisit } }));
      case 'winBack': return digest.winBack.map((w) => ({ id: w.id, values: { lastVisit: shiftIso(digest.today, w.daysSincePurchase) } }));
      case 'tierChanges': return digest.tierChanges.map((t) => ({ id: t.id, values: { tier: t.to ?? '—', points: t.points } }));
      case 'detractors': return digest.detractors.map((d) => ({ id: d.id, values: {} }));
      case 'detailsCheck': return only.map((id) => ({ id, values: {} }));
    }
  })();
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
}

export interface ListMessage {
  id: string;
  name: string;
  language: Language;
  direction: 'rtl' | 'ltr';
  subject: string;
  text: string;
  /** The click-to-chat link (chat channels), or the email MailApp sends. */
  link?: string;
  email?: EmailMessage;
  audit: AuditRecord;
}

export interface ListMessages {
  messages: ListMessage[];
  refused: { id: string; name: string; reason: Refusal }[];
}

export interface ListMessagesInput {
  digest: TodayDigest;
  list: OutreachList;
  channel: Channel;
  /** Only these customers (the ones ticked); all of the list when absent. */
  only?: readonly string[];
  customers: { values: readonly (readonly CellValue[])[]; columns: RecognisedColumns };
  policy: ContactPolicy;
  /** MailApp.getRemainingDailyQuota() for email; ignored for the chat channels. */
  emailQuota: number;
  shop: string;
  shopLanguage: Language;
  /** The user's language, for the Audit log. */
  text: Messages;
  /** "Please check your details": the link pre-filled for a customer. */
  detailsLinkOf?: (customer: ContactCandidate) => string;
}

export function listMessages(input: ListMessagesInput): ListMessages {
  const { channel, shop } = input;
  const wanted = input.only ? new Set(input.only) : null;
  const entries = listEntries(input.digest, input.list, input.only).filter((entry) => !wanted || wanted.has(entry.id));
  const candidates = new Map<string, ContactCandidate>();
  input.customers.values.forEach((row, index) => {
    const candidate = index === 0 ? null : candidateOfRow(row, input.customers.columns);
    if (candidate && !candidates.has(candidate.id)) candidates.set(candidate.id, candidate);
  });
  const listed = entries.flatMap((entry) => {
    const customer = candidates.get(entry.id);
    return customer ? [{ customer, values: entry.values }] : [];
  });
  const gate = clearForChannel(listed.map((l) => l.customer), channel, input.policy, input.emailQuota);
  const valuesOf = new Map(listed.map((l) => [l.customer.id, l.values]));
  const kind = LIST_KIND[input.list];
  const messages = gate.cleared.map((contact): ListMessage => {
    const language = customerLanguage(contact.customer.country, input.shopLanguage);
    const link = input.detailsLinkOf?.(contact.customer);
    const message = composeMessage(contact, kind, { ...valuesOf.get(contact.customer.id), shop, ...(link ? { link } : {}) }, language);
    const audit: AuditRecord = { action: 'message', customerIds: [contact.customer.id], cells: 0, detail: messageAuditDetail(input.text, kind, channel) };
    const base = { id: contact.customer.id, name: contact.customer.name, language, direction: message.direction, subject: message.subject, text: message.text, audit };
    return channel === 'email' ? { ...base, email: emailFor(contact as typeof contact & { channel: 'email' }, message, shop) } : { ...base, link: chatLink(contact, message) };
  });
  return { messages, refused: gate.refused.map(({ customer, reason }) => ({ id: customer.id, name: customer.name, reason })) };
}
