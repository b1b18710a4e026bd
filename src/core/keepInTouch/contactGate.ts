/**
 * The one gate every list and every channel goes through. A customer is in a list, is mailed or
 * is given a click-to-chat link only when:
 * - the Consent cell says yes (blank, "no" or unreadable is no: consent is never assumed);
 * - none of their contacts is on the suppression list (privacy/suppression.ts);
 * - the channel has somewhere to send it (an email, or a phone number that reads as a number);
 * - for email, today's MailApp quota has room (MailApp.getRemainingDailyQuota, passed in).
 * A cleared contact can only be made here (its brand is not exported), so a message or a link
 * cannot be built for anyone the gate did not clear.
 */
import { normalisePhone } from '../cleaning/phone';
import { isSuppressed, normaliseEmail } from '../privacy/suppression';

export const CHANNELS = ['email', 'whatsapp', 'telegram', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface ContactCandidate {
  id: string;
  name: string;
  email: string;
  phone: string;
  /** The Consent cell as read: null when blank or unreadable. */
  consent: boolean | null;
  /** ISO code from the row's Country, when it has one. */
  country: string | null;
}

export interface ContactPolicy {
  suppressionSalt: string;
  suppressionHashes: ReadonlySet<string>;
  /** The shop's country, for phone numbers written without their country code. */
  defaultCountry: string | undefined;
}

export type Refusal = 'noConsent' | 'suppressed' | 'noEmail' | 'noPhone' | 'quota';

declare const cleared: unique symbol;

export interface ClearedContact {
  readonly [cleared]: true;
  readonly customer: ContactCandidate;
  readonly channel: Channel;
  /** A normalised email address, or a phone number in E.164. */
  readonly address: string;
}

/** Consent and suppression: whether the customer may be in any list at all. */
export function mayContact(customer: ContactCandidate, policy: ContactPolicy): Refusal | null {
  if (customer.consent !== true) return 'noConsent';
  const contacts = { emails: customer.email === '' ? [] : [customer.email], phones: customer.phone === '' ? [] : [customer.phone] };
  if (isSuppressed(contacts, policy.defaultCountry, policy.suppressionSalt, policy.suppressionHashes)) return 'suppressed';
  return null;
}

/** The customers a list may show, in their order. */
export function contactableOnly<T extends { customer: ContactCandidate }>(entries: readonly T[], policy: ContactPolicy): T[] {
  return entries.filter((entry) => mayContact(entry.customer, policy) === null);
}

function addressFor(customer: ContactCandidate, channel: Channel, policy: ContactPolicy): string | null {
  if (channel === 'email') {
    const email = normaliseEmail(customer.email);
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(email) ? email : null;
  }
  return customer.phone.trim() === '' ? null : normalisePhone(customer.phone, customer.country ?? policy.defaultCountry);
}

export interface GateResult {
  cleared: ClearedContact[];
  refused: { customer: ContactCandidate; reason: Refusal }[];
}

/**
 * The customers who may be sent a message on `channel`, in their order; everyone else with the
 * reason. `emailQuota` is how many emails may still go out today (ignored for the chat channels,
 * which staff send from their own phone).
 */
export function clearForChannel(customers: readonly ContactCandidate[], channel: Channel, policy: ContactPolicy, emailQuota: number): GateResult {
  const result: GateResult = { cleared: [], refused: [] };
  let quota = Math.max(0, Math.floor(emailQuota));
  for (const customer of customers) {
    const refusal = mayContact(customer, policy);
    if (refusal) {
      result.refused.push({ customer, reason: refusal });
      continue;
    }
    const address = addressFor(customer, channel, policy);
    if (address === null) {
      result.refused.push({ customer, reason: channel === 'email' ? 'noEmail' : 'noPhone' });
      continue;
    }
    if (channel === 'email') {
      if (quota === 0) {
        result.refused.push({ customer, reason: 'quota' });
        continue;
      }
      quota -= 1;
    }
    result.cleared.push({ customer, channel, address } as ClearedContact);
  }
  return result;
}
