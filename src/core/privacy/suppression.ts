/**
 * The suppression list: after an erasure, a salted SHA-256 of each of the person's contacts
 * (normalised email, E.164 phone) is kept — never the contact itself — so that a form
 * submission or an import bringing them back is recognised and dropped. The salt is the
 * document's own: the same contact hashes differently in another spreadsheet. A hash of a phone
 * number is a pseudonym, not anonymity (the space of numbers is small): it keeps the person
 * out, it is not meant to be secret.
 */
import type { CellValue } from '../customerRecord';
import { normalisePhone } from '../cleaning/phone';
import { sha256Hex } from '../sha256';

export const SUPPRESSION_SHEET = 'Clientele suppression';
export const SUPPRESSION_HEADERS = ['Hash', 'Added at', 'Salt'];

export interface Contacts {
  emails: readonly string[];
  phones: readonly string[];
}

const EMAIL_PATTERN = /[^\s<>()[\]:;,"']+@[^\s<>()[\]:;,"']+\.[^\s<>()[\]:;,"']+/gu;

export function normaliseEmail(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** The keys a person's contacts hash to: "email:…" and "phone:+…"; a phone that cannot be read as a number is left out. */
export function contactKeys(contacts: Contacts, defaultCountry: string | undefined): string[] {
  const keys = new Set<string>();
  for (const email of contacts.emails) {
    const normalised = normaliseEmail(email);
    if (normalised.includes('@')) keys.add(`email:${normalised}`);
  }
  for (const phone of contacts.phones) {
    const e164 = phone.trim() === '' ? null : normalisePhone(phone, defaultCountry);
    if (e164) keys.add(`phone:${e164}`);
  }
  return [...keys];
}

export function suppressionHash(salt: string, key: string): string {
  return sha256Hex(`${salt}\u0000${key}`);
}

/** Is any of these contacts on the list? */
export function isSuppressed(contacts: Contacts, defaultCountry: string | undefined, salt: string, hashes: ReadonlySet<string>): boolean {
  if (hashes.size === 0) return false;
  return contactKeys(contacts, defaultCountry).some((key) => hashes.has(suppressionHash(salt, key)));
}

/** The hashes on the suppression sheet's values (header first). */
export function readSuppression(values: readonly (readonly CellValue[])[]): Set<string> {
  return new Set(values.slice(1).map((row) => String(row[0] ?? '').trim()).filter((hash) => /^[0-9a-f]{64}$/.test(hash)));
}

/** Emails and phones written inside free text (Other contacts: "Email: old@x.kz; Phone: +7…"). */
export function contactsInText(text: string): Contacts {
  const emails = text.match(EMAIL_PATTERN) ?? [];
  const phones = text.split(/[;\n]/u).map((part) => part.replace(/^[^:]*:/u, '').trim()).filter((part) => /\d{6,}/u.test(part.replace(/\D/gu, '')) && !part.includes('@'));
  return { emails, phones };
}

export function cellText(value: CellValue | undefined): string {
  if (value === undefined) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}
