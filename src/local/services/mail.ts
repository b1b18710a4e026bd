import type { Faithful } from '../faithful';
import type { HostContext } from '../hostContext';

/** Quotas for Google Services: 100 email recipients per day for consumer accounts, reset 24 hours after the first request. */
export const DAILY_RECIPIENT_QUOTA = 100;
const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;
export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
/** developers.google.com/apps-script/guides/services/quotas: "Email recipients per message: 50 / msg", "Email body size: 200 KB / msg" (consumer accounts). */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_BODY_BYTES = 200 * 1024;
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
export const BODY_TOO_LARGE = 'Limit Exceeded: Email Body Size.';

export interface SentEmail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  at: Date;
}

interface QuotaWindow {
  startedAt: number;
  used: number;
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function addresses(list: string | undefined): string[] {
  return (list ?? '').split(',').map((a) => a.trim()).filter((a) => a !== '');
}

/** MailApp: nothing leaves the machine; every message lands in the host's `outbox`. */
export class LocalMailApp implements Faithful<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'> {
  /** Host: every message sent, oldest first. */
  readonly outbox: SentEmail[] = [];
  private quota = new Map<string, QuotaWindow>();

  constructor(private readonly ctx: HostContext) {}

  getRemainingDailyQuota(): number {
    return DAILY_RECIPIENT_QUOTA - this.window().used;
  }

  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(recipient: string, subject: string, body: string, options?: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(...args: unknown[]): void {
    const message = toMessage(args);
    const recipients = [...addresses(message.to), ...addresses(message.cc), ...addresses(message.bcc)];
    if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
    if (recipients.length > MAX_RECIPIENTS_PER_MESSAGE) throw new Error(TOO_MANY_RECIPIENTS);
    if (new TextEncoder().encode(message.htmlBody ?? message.body).length > MAX_BODY_BYTES) throw new Error(BODY_TOO_LARGE);
    for (const address of [...recipients, ...addresses(message.replyTo)]) {
      if (!EMAIL.test(address)) throw new Error(`Invalid email: ${address}`);
    }
    const window = this.window();
    if (window.used + recipients.length > DAILY_RECIPIENT_QUOTA) throw new Error(QUOTA_EXCEEDED);
    window.used += recipients.length;
    this.outbox.push({ ...message, at: this.ctx.now() });
  }

  private window(): QuotaWindow {
    const now = this.ctx.now().getTime();
    const user = this.ctx.user.email;
    const current = this.quota.get(user);
    if (current && now - current.startedAt < QUOTA_WINDOW_MS) return current;
    const fresh = { startedAt: now, used: 0 };
    this.quota.set(user, fresh);
    return fresh;
  }

  exportState(): unknown {
    return {
      outbox: this.outbox.map((m) => ({ ...m, at: m.at.toISOString() })),
      quota: Object.fromEntries(this.quota),
    };
  }

  importState(state: unknown): void {
    const s = state as { outbox: (Omit<SentEmail, 'at'> & { at: string })[]; quota: Record<string, QuotaWindow> };
    this.outbox.splice(0, this.outbox.length, ...s.outbox.map((m) => ({ ...m, at: new Date(m.at) })));
    this.quota = new Map(Object.entries(s.quota));
  }
}

type Message = Omit<SentEmail, 'at'>;

/** The four documented call shapes of MailApp.sendEmail. */
function toMessage(args: unknown[]): Message {
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
    const p = args[0] as GoogleAppsScript.Mail.MailAdvancedParameters;
    return clean({ to: p.to ?? '', cc: p.cc, bcc: p.bcc, subject: p.subject ?? '', body: p.body ?? '', htmlBody: p.htmlBody, name: p.name, replyTo: p.replyTo, noReply: p.noReply });
  }
  if (args.length === 4 && typeof args[3] === 'string') {
    const [to, replyTo, subject, body] = args.map(String) as [string, string, string, string];
    return { to, replyTo, subject, body };
  }
  const [to, subject, body, options] = args as [string, string, string, GoogleAppsScript.Mail.MailAdvancedParameters | undefined];
  const o = options ?? {};
  return clean({ to: String(to), subject: String(subject), body: String(body), cc: o.cc, bcc: o.bcc, htmlBody: o.htmlBody, name: o.name, replyTo: o.replyTo, noReply: o.noReply });
}

/** Drops absent options so outbox entries compare cleanly in tests. */
function clean(message: Message): Message {
  return Object.fromEntries(Object.entries(message).filter(([, v]) => v !== undefined)) as unknown as Message;
}
