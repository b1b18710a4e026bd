/**
 * Messages from the sidebar's lists. The list is computed again here (one read of each sheet,
 * as for the digest) and every customer passes the contact gate again, whatever the sidebar
 * showed. Emails go out with MailApp within today's quota, one per customer (MailApp has no
 * batch send), and the audit log gets one line per message in one write: who, which template,
 * which channel. A chat link is opened by staff from the sidebar; that opening is logged the same way.
 */
import * as z from 'zod/mini';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { MessageKey } from '../../core/i18n/messages';
import { CHANNELS, type Channel, type Refusal } from '../../core/keepInTouch/contactGate';
import { listMessages, OUTREACH_LISTS, type ListMessages, type OutreachList } from '../../core/keepInTouch/listMessages';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { detailsLinks } from './detailsCheck';
import { readDigest } from './todayDigest';

export const OutreachRequestSchema = z.object({
  list: z.enum(OUTREACH_LISTS),
  channel: z.enum(CHANNELS),
  customerIds: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(5000))),
});

export type OutreachRequest = z.infer<typeof OutreachRequestSchema>;

const REFUSAL_TEXT: Record<Refusal, MessageKey> = {
  noConsent: 'kitRefusedNoConsent', suppressed: 'kitRefusedSuppressed', noEmail: 'kitRefusedNoEmail', noPhone: 'kitRefusedNoPhone', quota: 'kitRefusedQuota',
};

export interface OutreachPreview {
  list: OutreachList;
  channel: Channel;
  messages: { id: string; name: string; direction: 'rtl' | 'ltr'; language: string; text: string; link?: string }[];
  /** Who the gate kept out, and why, in the user's language. */
  refused: { id: string; name: string; reason: string }[];
}

function plan(context: ActionContext, request: OutreachRequest, now: Date): ListMessages | null {
  const read = readDigest(context, now);
  if ('error' in read) return null;
  const emailQuota = request.channel === 'email' ? MailApp.getRemainingDailyQuota() : 0;
  return listMessages({
    digest: read.report.digest, list: request.list, channel: request.channel, only: request.customerIds,
    customers: read.customers, policy: read.policy, emailQuota,
    shop: context.settings.shopName || context.spreadsheet.getName(), shopLanguage: context.language, text: context.text,
    ...(request.list === 'detailsCheck' ? { detailsLinkOf: detailsLinks(context) } : {}),
  });
}

function previewOf(context: ActionContext, request: OutreachRequest, planned: ListMessages | null): OutreachPreview {
  return {
    list: request.list,
    channel: request.channel,
    messages: (planned?.messages ?? []).map(({ id, name, direction, language, text, link }) => ({ id, name, direction, language, text, ...(link ? { link } : {}) })),
    refused: (planned?.refused ?? []).map(({ id, name, reason }) => ({ id, name, reason: context.text[REFUSAL_TEXT[reason]] })),
  };
}

/** What each customer of the list would get on the channel (the chat links ready to open), and who may not be contacted. */
export function outreachPreview(context: ActionContext, form: unknown, now: Date): OutreachPreview {
  const request = OutreachRequestSchema.parse(form);
  return previewOf(context, request, plan(context, request, now));
}

/** Sends the list's emails (to the ticked customers only, when given); the audit log records each one sent, even if a later one fails. */
export function sendListEmails(context: ActionContext, form: unknown, now: Date): { sent: number; message: string; preview: OutreachPreview } {
  const request = { ...OutreachRequestSchema.parse(form), channel: 'email' as const };
  const planned = plan(context, request, now);
  const sent: ListMessages['messages'] = [];
  try {
    for (const message of planned?.messages ?? []) {
      const email = message.email!;
      MailApp.sendEmail(email.to, email.subject, email.body, { htmlBody: email.htmlBody, name: context.settings.shopName || context.spreadsheet.getName() });
      sent.push(message);
    }
  } finally {
    appendAudit(context.spreadsheet, sent.map((message) => message.audit));
  }
  return { sent: sent.length, message: formatMessage(context.text.kitSent, { count: sent.length }), preview: previewOf(context, request, planned) };
}

/** Staff opened a chat link from the sidebar: logged when the gate still clears that customer on that channel. */
export function logChatOpened(context: ActionContext, form: unknown, now: Date): boolean {
  const request = OutreachRequestSchema.parse(form);
  if (request.channel === 'email' || request.customerIds?.length !== 1) return false;
  const planned = plan(context, request, now);
  const message = planned?.messages[0];
  if (!message) return false;
  appendAudit(context.spreadsheet, [{ ...message.audit, detail: `${message.audit.detail} · ${context.text.kitLinkOpened}` }]);
  return true;
}
