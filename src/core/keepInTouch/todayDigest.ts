/**
 * The day's digest: birthdays and customer-since anniversaries from today through the next 7
 * days (in each customer's calendar), the festivals of those days with how many customers to
 * greet, recalls due, follow-ups due, detractors to call, the win-back list and the week's tier
 * changes. Every list goes through the contact gate: a customer who has not agreed to be
 * contacted, or is on the suppression list, is in none of them (only counted in `withheld`).
 * Pure: the sheets' values, today and the policy come in; plain JSON goes out.
 */
import { recogniseCountry } from '../cleaning/countries';
import type { CellValue } from '../customerRecord';
import { isBlankRow } from '../customerIds';
import type { RecognisedColumns } from '../headerRoles';
import { formatMessage } from '../i18n/formatMessage';
import type { Messages } from '../i18n/messages';
import { readYesNo } from '../segments/cellReading';
import { isoDay } from '../zonedDate';
import { gregorianOfDay, readWrittenDate, recurrencesBetween, type Calendar } from './anniversaries';
import { mayContact, type ContactCandidate, type ContactPolicy } from './contactGate';
import { festivalsBetween, keepsFestival, type Festival } from './festivals';
import type { CustomerLink } from '../purchases/customerLinking';
import { decodeContribution, redeemedPoints, type PurchaseRecord } from '../purchases/purchaseRecords';
import { dayCounter } from '../segments/cellReading';
import { loyaltyAccount, loyaltyEntriesOf, type LoyaltyEntry, type LoyaltyRule } from './loyalty';
import { FESTIVAL_NAME_KEYS } from './outreach';
import { recallsDue, type RecallService } from './recalls';

/** Today and the next 7 days. */
export const DIGEST_DAYS_AHEAD = 7;

export interface DigestPerson {
  id: string;
  name: string;
}

export interface TodayDigest {
  today: string;
  birthdays: (DigestPerson & { date: string; years: number; calendar: Calendar })[];
  anniversaries: (DigestPerson & { date: string; years: number })[];
  festivals: { festival: Festival; date: string; customers: number }[];
  recallsDue: (DigestPerson & { service: string; lastVisit: string; dueDate: string })[];
  followUpsDue: (DigestPerson & { due: string; text: string })[];
  detractors: (DigestPerson & { score: number | string; comment: string })[];
  winBack: (DigestPerson & { daysSincePurchase: number })[];
  tierChanges: (DigestPerson & { date: string; from: string | null; to: string | null; points: number })[];
  /** Customers left out of every list: no consent to be contacted, or on the suppression list. */
  withheld: number;
}

/** A Purchases sheet row as the digest counts it: whose, which day (in the spreadsheet's zone), what, and what it earns or redeems. */
export interface DigestPurchase {
  customerId: string;
  day: number;
  item: string;
  entries: LoyaltyEntry[];
}

/**
 * The Purchases sheet's rows (read and linked by issue 16's reader and linker) the digest can
 * count: a row that cannot be read (no date, an amount that is not one…) or linked to exactly one
 * customer is counted in `unreadableRows` or `unlinked`, never guessed.
 */
export function digestPurchases(purchases: readonly PurchaseRecord[], links: readonly CustomerLink[], timeZone: string): { rows: DigestPurchase[]; unlinked: number; unreadableRows: number[] } {
  const dayOf = dayCounter(timeZone);
  const rows: DigestPurchase[] = [];
  const unreadableRows: number[] = [];
  let unlinked = 0;
  purchases.forEach((purchase, i) => {
    const link = links[i]!;
    if (!purchase.countable || purchase.date === null) unreadableRows.push(purchase.row);
    else if (link.kind !== 'linked' || link.customerId === '') unlinked += 1;
    else {
      const day = dayOf(purchase.date);
      rows.push({ customerId: link.customerId, day, item: purchase.item, entries: loyaltyEntriesOf({ day, amount: purchase.amount, currency: purchase.currency, points: purchase.points }) });
    }
  });
  return { rows, unlinked, unreadableRows };
}

/** One Purchases row as Clientele counted it: its Counted cell, and the item and points cells beside it ('' when the sheet has no such column). */
export interface CountedRow {
  counted: CellValue;
  item: CellValue;
  points: CellValue;
}

/**
 * The rows a Purchases sheet kept by Clientele counted, read from their Counted cells (who, when,
 * how much, in which currency: what the totals are made of) with no linking again: the same
 * purchases `digestPurchases` makes of a counted row. A row with no Counted cell (no customer,
 * something unreadable, pasted before the set-up and not recalculated yet) is left out, as the
 * totals leave it out. A Points cell that does not read is no redemption (a row with one is not
 * counted: the edit trigger took it out of the totals).
 */
export function countedDigestPurchases(rows: Iterable<CountedRow>, timeZone: string): DigestPurchase[] {
  const dayOf = dayCounter(timeZone);
  const purchases: DigestPurchase[] = [];
  for (const row of rows) {
    const contribution = decodeContribution(row.counted);
    if (!contribution) continue;
    const day = dayOf(new Date(contribution.time));
    const redeemed = redeemedPoints(row.points);
    const item = row.item instanceof Date ? '' : String(row.item ?? '').trim();
    purchases.push({ customerId: contribution.customerId, day, item, entries: loyaltyEntriesOf({ day, amount: contribution.amount, currency: contribution.currency, points: redeemed === 'unreadable' ? null : redeemed }) });
  }
  return purchases;
}

export interface DigestInput {
  customers: { values: readonly (readonly CellValue[])[]; columns: RecognisedColumns };
  purchases: readonly DigestPurchase[];
  /** Detractors still to call (Follow-up sheet "to contact" and new ones). */
  detractors: readonly { customerId: string; name: string; score: CellValue; comment: string }[];
  /** Interactions whose next contact is due (overdue or today). */
  followUps: readonly { customerId: string; due: number; text: string }[];
  winBack: readonly { id: string; daysSincePurchase: number }[];
  /** Today as a day number in the spreadsheet's time zone. */
  today: number;
  locale: string;
  timeZone: string;
  policy: ContactPolicy;
  recallServices: readonly RecallService[];
  loyalty: LoyaltyRule | null;
}

const iso = (day: number) => isoDay(gregorianOfDay(day));

/** The customer of one sheet row as the contact gate sees them; null for a blank row or one without an ID. */
export function candidateOfRow(row: readonly CellValue[], columns: RecognisedColumns): ContactCandidate | null {
  if (isBlankRow(row)) return null;
  const at = (field: keyof RecognisedColumns['roles']) => {
    const index = columns.roles[field];
    return index === undefined ? undefined : row[index];
  };
  const text = (value: CellValue | undefined) => (value === undefined || value instanceof Date ? '' : String(value).trim());
  const id = text(at('id'));
  if (id === '') return null;
  const name = text(at('name')) || [text(at('firstName')), text(at('lastName'))].filter(Boolean).join(' ');
  const consent = readYesNo(at('consent'));
  const country = text(at('country'));
  return {
    id, name, email: text(at('email')), phone: text(at('phone')),
    consent: consent.kind === 'value' ? consent.value : null,
    country: country === '' ? null : recogniseCountry(country),
  };
}

function candidatesOf(input: DigestInput): Map<string, { candidate: ContactCandidate; row: readonly CellValue[] }> {
  const byId = new Map<string, { candidate: ContactCandidate; row: readonly CellValue[] }>();
  input.customers.values.forEach((row, index) => {
    const candidate = index === 0 ? null : candidateOfRow(row, input.customers.columns);
    if (candidate && !byId.has(candidate.id)) byId.set(candidate.id, { row, candidate });
  });
  return byId;
}

export function todayDigest(input: DigestInput): TodayDigest {
  const { today, locale, timeZone, policy } = input;
  const last = today + DIGEST_DAYS_AHEAD;
  const all = candidatesOf(input);
  const allowed = new Map([...all].filter(([, { candidate }]) => mayContact(candidate, policy) === null));
  const person = (id: string): DigestPerson | null => {
    const found = allowed.get(id);
    return found ? { id, name: found.candidate.name } : null;
  };
  const birthDateColumn = input.customers.columns.roles.birthDate;
  const createdColumn = input.customers.columns.roles.created;

  const birthdays: TodayDigest['birthdays'] = [];
  const anniversaries: TodayDigest['anniversaries'] = [];
  for (const [id, { candidate, row }] of allowed) {
    const birth = birthDateColumn === undefined ? null : readWrittenDate(row[birthDateColumn], locale, timeZone);
    if (birth?.kind === 'value') {
      for (const r of recurrencesBetween(birth.value, today, last)) birthdays.push({ id, name: candidate.name, date: iso(r.day), years: r.years, calendar: birth.value.calendar });
    }
    const since = createdColumn === undefined ? null : readWrittenDate(row[createdColumn], locale, timeZone);
    if (since?.kind === 'value') {
      for (const r of recurrencesBetween(since.value, today, last)) anniversaries.push({ id, name: candidate.name, date: iso(r.day), years: r.years });
    }
  }
  const byDateThenName = (a: { date: string; name: string }, b: { date: string; name: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  birthdays.sort(byDateThenName);
  anniversaries.sort(byDateThenName);

  const festivals = festivalsBetween(today, last).map(({ festival, day }) => ({
    festival,
    date: iso(day),
    customers: [...allowed.values()].filter(({ candidate }) => keepsFestival(festival, candidate.country ?? policy.defaultCountry ?? null)).length,
  }));

  const recalls = recallsDue(input.purchases.map(({ customerId, day, item }) => ({ customerId, day, item })), input.recallServices, today)
    .flatMap((recall) => {
      const who = person(recall.customerId);
      return who ? [{ ...who, service: recall.service, lastVisit: iso(recall.lastDay), dueDate: iso(recall.dueDay) }] : [];
    });

  const tierChanges: TodayDigest['tierChanges'] = [];
  if (input.loyalty) {
    const entries = new Map<string, LoyaltyEntry[]>();
    for (const purchase of input.purchases) {
      const list = entries.get(purchase.customerId);
      if (list) list.push(...purchase.entries);
      else entries.set(purchase.customerId, [...purchase.entries]);
    }
    for (const [id, list] of entries) {
      const who = person(id);
      if (!who) continue;
      const account = loyaltyAccount(list, input.loyalty, today);
      for (const change of account.tierChanges) {
        if (change.day > today - DIGEST_DAYS_AHEAD) tierChanges.push({ ...who, date: iso(change.day), from: change.from, to: change.to, points: account.balance });
      }
    }
  }

  const listed = <T extends { customerId: string }, R>(entries: readonly T[], shape: (entry: T, who: DigestPerson) => R): R[] =>
    entries.flatMap((entry) => {
      const who = person(entry.customerId);
      return who ? [shape(entry, who)] : [];
    });
  return {
    today: iso(today),
    birthdays,
    anniversaries,
    festivals,
    recallsDue: recalls,
    followUpsDue: listed(input.followUps, (f, who) => ({ ...who, due: iso(f.due), text: f.text })),
    detractors: listed(input.detractors, (d, who) => ({ ...who, score: typeof d.score === 'number' ? d.score : String(d.score), comment: d.comment })),
    winBack: listed(input.winBack.map((w) => ({ ...w, customerId: w.id })), (w, who) => ({ ...who, daysSincePurchase: w.daysSincePurchase })),
    tierChanges,
    withheld: all.size - allowed.size,
  };
}

/** How many entries of a list the text shows before "…and N more". */
const SHOWN = 10;

/** The digest as the owner reads it in an email (and the CLI prints it), in their language. */
export function digestText(digest: TodayDigest, text: Messages, winBackDays: number): { subject: string; body: string } {
  const lines: string[] = [text.kitDigestIntro, ''];
  const section = <T>(heading: string, entries: readonly T[], line: (entry: T) => string) => {
    if (entries.length === 0) return;
    lines.push(heading);
    for (const entry of entries.slice(0, SHOWN)) lines.push(`  ${line(entry)}`);
    if (entries.length > SHOWN) lines.push(`  ${formatMessage(text.kitDigestMore, { count: entries.length - SHOWN })}`);
    lines.push('');
  };
  const count = (template: string, entries: readonly unknown[], values: Record<string, string | number> = {}) => formatMessage(template, { ...values, count: entries.length });
  section(count(text.kitDigestBirthdays, digest.birthdays), digest.birthdays, (b) => `${b.date} ${b.name} (${b.years})`);
  section(count(text.kitDigestAnniversaries, digest.anniversaries), digest.anniversaries, (a) => `${a.date} ${a.name} (${a.years})`);
  section(text.kitDigestFestivals, digest.festivals, (f) => formatMessage(text.kitDigestFestivalLine, { festival: text[FESTIVAL_NAME_KEYS[f.festival]], date: f.date, count: f.customers }));
  section(count(text.kitDigestRecalls, digest.recallsDue), digest.recallsDue, (r) => formatMessage(text.kitDigestRecallLine, { name: r.name, service: r.service, lastVisit: r.lastVisit }));
  section(count(text.kitDigestFollowUps, digest.followUpsDue), digest.followUpsDue, (f) => `${f.due} ${f.name}: ${f.text}`);
  section(count(text.kitDigestDetractors, digest.detractors), digest.detractors, (d) => formatMessage(text.kitDigestDetractorLine, { name: d.name, score: d.score, comment: d.comment }));
  section(count(text.kitDigestWinBack, digest.winBack, { days: winBackDays }), digest.winBack, (w) => `${w.name} (${w.daysSincePurchase})`);
  section(count(text.kitDigestTierChanges, digest.tierChanges), digest.tierChanges, (t) => `${t.date} ${t.name}: ${t.from ?? '—'} → ${t.to ?? '—'}`);
  const empty = ['birthdays', 'anniversaries', 'festivals', 'recallsDue', 'followUpsDue', 'detractors', 'winBack', 'tierChanges'].every((key) => (digest[key as keyof TodayDigest] as unknown[]).length === 0);
  if (empty) lines.push(text.kitDigestNothing);
  return { subject: formatMessage(text.kitDigestSubject, { date: digest.today }), body: lines.join('\n').trimEnd() };
}
