/**
 * The customer card: everything about one customer on one screen, as a list of sections built
 * here from what the server read. Each section is made by a builder in CARD_SECTIONS; a feature
 * that has more to say about a customer (churn and lifetime-value predictions, loyalty points)
 * adds its builder to that list and its lines appear on every card, in the sidebar and the CLI.
 *
 * A card opens in two calls: the first reads the customer's row and the small sheets about them
 * and builds every section, the ones that need the big sheets (the purchases, the loyalty points
 * counted from them, the RFM rank among all customers) as placeholders marked `loading`; the
 * second reads those and builds them again in full (CARD_LATER_SECTIONS), and completeCard puts
 * them in their places. The sidebar shows the first at once; the CLI prints both together.
 *
 * Lines are plain text (the sidebar sets them as text, never HTML), newest first, dates in the
 * user's language and calendar (Solar Hijri with Persian digits for Persian), links only of the
 * kinds a person expects to tap: tel:, WhatsApp, Telegram and mailto:.
 */
import type { CellValue } from '../customerRecord';
import { normalisePhone } from '../cleaning/phone';
import type { RecognisedColumns } from '../headerRoles';
import { formatMessage } from '../i18n/formatMessage';
import type { Language } from '../i18n/languages';
import type { Messages } from '../i18n/messages';
import type { Contribution } from '../purchases/purchaseRecords';
import { totalsCells, type CurrencyRules, type Totals } from '../purchases/customerTotals';
import type { SegmentedCustomer } from '../segments/customerSegments';
import { readYesNo } from '../segments/cellReading';
import { gregorianToJalali } from '../cleaning/jalali';
import { isoDay, zonedCalendar } from '../zonedDate';
import { numberFormat, type DigitStyle } from '../i18n/numberFormat';
import type { LoyaltyRule } from '../keepInTouch/loyalty';
import { loyaltySection } from '../keepInTouch/loyaltyCard';

export interface CardLine {
  text: string;
  /** Shown before the text (a formatted date), so lines read newest first down the card. */
  when?: string;
  href?: string;
  /** The value the text ends with (a phone, an email), which a right-to-left view isolates so it reads as written. */
  value?: string;
}

export interface CardSection {
  id: string;
  title: string;
  lines: CardLine[];
  /** Lines left out of a long list. */
  more: number;
  /** A placeholder the card's second call fills in: what to show meanwhile ("Loading purchases…"). */
  loading?: string;
}

export interface CustomerCard {
  customerId: string;
  name: string;
  language: Language;
  direction: 'ltr' | 'rtl';
  sections: CardSection[];
}

/** A dated row of another sheet about this customer (an answer, an interaction, a merged record, an audit line). */
export interface DatedItem {
  time: number | null;
  text: string;
  /** Next contact date of an interaction, if any. */
  next?: number | null;
  done?: boolean;
}

export interface CardInput {
  customerId: string;
  /** The customer's row and the customer sheet's header. */
  headers: readonly CellValue[];
  row: readonly CellValue[];
  columns: RecognisedColumns;
  totals: Totals | null;
  rules: CurrencyRules;
  segment: SegmentedCustomer | null;
  /** The segment is this customer's activity alone: the RFM rank among all customers comes with the card's second call. */
  rfmPending?: boolean;
  segmentDays: { atRiskDays: number; lapsedDays: number };
  consent: { version: string; time: number | null } | null;
  /** points: loyalty points the row redeemed (negative), null when none. Null: not read yet (the card's second call reads them). */
  purchases: (Contribution & { item: string; points: number | null })[] | null;
  answers: DatedItem[];
  followUp: DatedItem[];
  interactions: DatedItem[];
  merged: DatedItem[];
  audit: DatedItem[];
  language: Language;
  /** The user's digit setting (default: the language's own digits). */
  digits?: DigitStyle;
  text: Messages;
  timeZone: string;
  defaultCountry: string | undefined;
  /** Lines per list; the rest are counted in `more`. */
  limit: number;
  /** Keep in touch: the owner's loyalty rule and now (ms), for points and level; absent: no programme. */
  loyalty?: { rule: LoyaltyRule; now: number } | null;
  /** The predictions section (core/predict/predictionCard.ts), made where the fitted models are known; absent: no such section. */
  predictions?: CardSection | null;
}

export type CardSectionBuilder = (input: CardInput) => CardSection | null;

/**
 * Dates as the user reads them, on the spreadsheet's clock: the Solar Hijri calendar for Persian
 * (۱۴۰۵/۰۸/۲۹ in Persian digits, 1405/08/29 when the user chose Latin ones), else yyyy-mm-dd as
 * Clientele shows dates everywhere. Built from the project's own calendars, not Intl: Google
 * does not document Apps Script's Intl data.
 */
export function dateFormatter(language: Language, timeZone: string, digits: DigitStyle = 'native'): (time: number) => string {
  const calendar = zonedCalendar(timeZone);
  if (language !== 'fa') return (time) => isoDay(calendar.dateAt(time));
  const format = numberFormat(language, digits);
  return (time) => {
    const { year, month, day } = gregorianToJalali(calendar.dateAt(time));
    return format.digits(`${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`);
  };
}

/** Amounts to the cent, grouped as each language writes them, in the view's digits. */
export function amountFormatter(language: Language, digits: DigitStyle = 'native'): (amount: number) => string {
  const format = numberFormat(language, digits);
  return (amount) => format.number(amount, 2);
}

function text(value: CellValue | undefined): string {
  return value === undefined || value instanceof Date ? '' : String(value).trim();
}

function section(id: string, title: string, lines: CardLine[], limit: number): CardSection {
  return { id, title, lines: lines.slice(0, limit), more: Math.max(0, lines.length - limit) };
}

/** Newest first; undated items last, in sheet order. */
function newestFirst(items: readonly DatedItem[]): DatedItem[] {
  return [...items].sort((a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity));
}

function datedLines(items: readonly DatedItem[], input: CardInput): CardLine[] {
  const date = dateFormatter(input.language, input.timeZone, input.digits);
  return newestFirst(items).map((item) => (item.time === null ? { text: item.text } : { text: item.text, when: date(item.time) }));
}

const contacts: CardSectionBuilder = (input) => {
  const t = input.text;
  const { roles } = input.columns;
  const lines: CardLine[] = [];
  const phone = roles.phone === undefined ? '' : text(input.row[roles.phone]);
  if (phone !== '') {
    const e164 = normalisePhone(phone, input.defaultCountry);
    if (e164) {
      const digits = e164.replace(/\D/g, '');
      lines.push({ text: `${t.cardCall}: ${phone}`, href: `tel:${e164}`, value: phone });
      lines.push({ text: t.cardWhatsApp, href: `https://wa.me/${digits}` });
      lines.push({ text: t.cardTelegram, href: `https://t.me/+${digits}` });
    } else lines.push({ text: phone, value: phone });
  }
  const email = roles.email === undefined ? '' : text(input.row[roles.email]);
  if (email.includes('@')) lines.push({ text: `${t.cardEmail}: ${email}`, href: `mailto:${email}`, value: email });
  const other = roles.otherContacts === undefined ? '' : text(input.row[roles.otherContacts]);
  if (other !== '') lines.push({ text: other });
  return lines.length === 0 ? null : section('contacts', t.cardContacts, lines, input.limit);
};

const consent: CardSectionBuilder = (input) => {
  const t = input.text;
  const column = input.columns.roles.consent;
  const reading = column === undefined ? null : readYesNo(input.row[column]);
  const answer = reading?.kind === 'value' ? (reading.value ? t.cardConsentYes : t.cardConsentNo) : t.cardConsentUnknown;
  const lines: CardLine[] = [{ text: answer }];
  if (input.consent) {
    const when = input.consent.time === null ? '' : dateFormatter(input.language, input.timeZone, input.digits)(input.consent.time);
    lines.push({ text: formatMessage(t.cardNoticeVersion, { version: input.consent.version, date: when }) });
  }
  return section('consent', t.cardConsent, lines, input.limit);
};

const RFM_KEYS = {
  champions: 'insightRfmChampions', loyal: 'insightRfmLoyal', potentialLoyalists: 'insightRfmPotentialLoyalists', newCustomers: 'insightRfmNewCustomers',
  promising: 'insightRfmPromising', needAttention: 'insightRfmNeedAttention', aboutToSleep: 'insightRfmAboutToSleep', atRisk: 'insightRfmAtRisk',
  cantLose: 'insightRfmCantLose', hibernating: 'insightRfmHibernating', lost: 'insightRfmLost',
} as const satisfies Record<string, keyof Messages>;

const segment: CardSectionBuilder = (input) => {
  const s = input.segment;
  if (!s) return null;
  const t = input.text;
  const { atRiskDays, lapsedDays } = input.segmentDays;
  const { number } = numberFormat(input.language, input.digits);
  const activity = {
    active: formatMessage(t.insightActive, { days: number(atRiskDays) }),
    atRisk: formatMessage(t.insightAtRisk, { from: number(atRiskDays), to: number(lapsedDays - 1) }),
    lapsed: formatMessage(t.insightLapsed, { days: number(lapsedDays) }),
    noPurchase: t.insightNoPurchase,
    unknown: t.insightUnknown,
  }[s.activity];
  const lines: CardLine[] = [{ text: activity }];
  if (s.rfm) lines.push({ text: formatMessage(t.cardRfm, { r: s.r === null ? '–' : number(s.r), f: s.f === null ? '–' : number(s.f), m: s.m === null ? '–' : number(s.m), segment: t[RFM_KEYS[s.rfm]] }) });
  // Only a customer with a readable last purchase gets an RFM score: for the others nothing is coming.
  const pending = input.rfmPending === true && s.daysSincePurchase !== null;
  return { ...section('segment', t.cardSegment, lines, input.limit), ...(pending ? { loading: t.cardLoadingRfm } : {}) };
};

const totals: CardSectionBuilder = (input) => {
  if (!input.totals || input.totals.count === 0) return null;
  const t = input.text;
  const cells = totalsCells(input.totals, input.rules);
  const date = dateFormatter(input.language, input.timeZone, input.digits);
  const amount = amountFormatter(input.language, input.digits);
  const money = (value: CellValue) => (typeof value === 'number' ? `${amount(value)}${input.rules.shopCurrency ? ` ${input.rules.shopCurrency}` : ''}` : '');
  const lines: CardLine[] = [
    { text: formatMessage(t.cardPurchasesCount, { count: amount(input.totals.count) }) },
    { text: formatMessage(t.cardTotalSpent, { amount: money(cells.totalSpent) }) },
  ];
  if (cells.averageOrder !== '') lines.push({ text: formatMessage(t.cardAverageOrder, { amount: money(cells.averageOrder) }) });
  if (input.totals.first !== null && input.totals.last !== null) lines.push({ text: formatMessage(t.cardFirstLast, { first: date(input.totals.first), last: date(input.totals.last) }) });
  if (cells.daysBetween !== '') lines.push({ text: formatMessage(t.cardDaysBetween, { days: amount(Number(cells.daysBetween)) }) });
  if (cells.otherCurrencies !== '') lines.push({ text: formatMessage(t.cardOtherCurrencies, { list: String(cells.otherCurrencies) }) });
  return section('totals', t.cardTotals, lines, input.limit);
};

const purchases: CardSectionBuilder = (input) => {
  if (input.purchases === null) return { id: 'purchases', title: input.text.cardPurchases, lines: [], more: 0, loading: input.text.cardLoadingPurchases };
  const amount = amountFormatter(input.language, input.digits);
  const items: DatedItem[] = input.purchases.map((p) => ({
    time: p.time,
    text: [p.item, p.amount === null ? '' : `${amount(p.amount)} ${p.currency || input.rules.shopCurrency}`.trim()].filter(Boolean).join(' · '),
  }));
  return section('purchases', input.text.cardPurchases, datedLines(items, input), input.limit);
};

const listOf = (id: string, title: keyof Messages, pick: (input: CardInput) => readonly DatedItem[]): CardSectionBuilder => (input) => {
  const items = pick(input);
  return items.length === 0 ? null : section(id, input.text[title], datedLines(items, input), input.limit);
};

const interactions: CardSectionBuilder = (input) => {
  const open = input.interactions.filter((item) => item.next !== null && item.next !== undefined && !item.done);
  const lines = datedLines(input.interactions, input);
  if (open.length > 0) {
    const next = Math.min(...open.map((item) => item.next!));
    lines.unshift({ text: formatMessage(input.text.cardNextContact, { date: dateFormatter(input.language, input.timeZone, input.digits)(next) }) });
  }
  return section('interactions', input.text.cardInteractions, lines, input.limit + (open.length > 0 ? 1 : 0));
};

/** The card's sections in order. Append a builder to add a section to every card. */
export const CARD_SECTIONS: CardSectionBuilder[] = [
  contacts,
  consent,
  segment,
  totals,
  // Called through a wrapper: loyaltyCard imports this module, so its function may not exist yet while this list is built.
  (input) => loyaltySection(input),
  (input) => input.predictions ?? null,
  purchases,
  listOf('nps', 'cardNps', (input) => input.answers),
  listOf('followUp', 'cardFollowUp', (input) => input.followUp),
  interactions,
  listOf('merged', 'cardMerged', (input) => input.merged),
  listOf('audit', 'cardAudit', (input) => input.audit),
];

/** The sections the card's second call builds: the ones that need the Purchases sheet or every customer's ranking columns. */
export const CARD_LATER_SECTIONS: readonly string[] = ['segment', 'loyalty', 'purchases'];

/** Whether the card has placeholders for its second call to fill in. */
export function cardIsPending(card: CustomerCard): boolean {
  return card.sections.some((s) => s.loading !== undefined);
}

/**
 * The card with its placeholders replaced by the second call's sections, each in its place. A
 * placeholder the second call has no section for (the row changed in between) is left out, as a
 * card opened afresh would leave it out.
 */
export function completeCard(card: CustomerCard, later: readonly CardSection[]): CustomerCard {
  return { ...card, sections: card.sections.flatMap((s) => (s.loading === undefined ? [s] : later.filter((l) => l.id === s.id))) };
}

export function buildCard(input: CardInput, builders: readonly CardSectionBuilder[] = CARD_SECTIONS): CustomerCard {
  const { roles } = input.columns;
  const name = roles.name !== undefined ? text(input.row[roles.name]) : `${text(input.row[roles.firstName ?? -1])} ${text(input.row[roles.lastName ?? -1])}`.trim();
  return {
    customerId: input.customerId,
    name: name || input.customerId,
    language: input.language,
    direction: input.language === 'fa' ? 'rtl' : 'ltr',
    sections: builders.map((build) => build(input)).filter((s): s is CardSection => s !== null),
  };
}
