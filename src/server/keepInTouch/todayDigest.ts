/**
 * The day's digest for the sidebar, the CLI and the scheduled email: one read of the customer
 * sheet, of the Purchases sheet's columns it counts (digestPurchases.ts), of the Responses and
 * Follow-up sheets and the suppression list, whatever their size; core/keepInTouch computes it.
 */
import * as z from 'zod/mini';
import { DEFAULT_FOLLOW_UP_DAYS, planFollowUp } from '../../core/dashboard/followUpList';
import type { CellValue } from '../../core/customerRecord';
import type { RecognisedColumns } from '../../core/headerRoles';
import type { ContactPolicy } from '../../core/keepInTouch/contactGate';
import type { OwnerAlerts } from '../../core/keepInTouch/ownerAlerts';
import { LANGUAGES } from '../../core/i18n/languages';
import { messagesFor } from '../../core/i18n/messages';
import { LoyaltyRuleSchema } from '../../core/keepInTouch/loyalty';
import { loyaltyFormOf, loyaltyRuleFromForm, type LoyaltyForm } from '../../core/keepInTouch/loyaltyForm';
import { parseRecallServices, type RecallProblem } from '../../core/keepInTouch/recalls';
import { digestText, todayDigest, type TodayDigest } from '../../core/keepInTouch/todayDigest';
import { INTERACTIONS } from '../../core/purchases/historySheets';
import { todayList, type TodayList } from '../../core/purchases/todayList';
import { customerInsights } from '../../core/segments/insightSummary';
import { zonedCalendar } from '../../core/zonedDate';
import type { ActionContext } from '../actionContext';
import { readAnswerRecords, sheetNamedInAnyLanguage } from '../nps/npsSources';
import { readResponsesSheet } from '../nps/responsesSheet';
import { readSuppressionList } from '../privacy/suppressionList';
import { readHistory } from '../purchases/historySheet';
import { purchaseSetting } from '../purchases/purchaseContext';
import { readDigestPurchases, type DigestPurchasesReport } from './digestPurchases';
const FOLLOW_UP_SHEET_NAMES = LANGUAGES.map((language) => messagesFor(language).followUpSheet);

export interface TodayDigestReport {
  digest: TodayDigest;
  /** The digest as the owner's email reads, in their language. */
  subject: string;
  text: string;
  purchases: DigestPurchasesReport;
  recallProblems: RecallProblem[];
  /** Days without a purchase that put a customer on the win-back list. */
  winBackDays: number;
  /** The Keep in touch settings as saved, for the sidebar's form. */
  settings: { shopName: string; recallServices: string; ownerAlerts: OwnerAlerts | null; loyalty: LoyaltyForm };
}

function valuesOf(sheet: GoogleAppsScript.Spreadsheet.Sheet | null): CellValue[][] {
  return sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : [];
}

/** The digest, and what it was computed from that a message from its lists needs again. */
export interface DigestRead {
  report: TodayDigestReport;
  customers: { values: CellValue[][]; columns: RecognisedColumns };
  policy: ContactPolicy;
  /** The Interactions sheet's follow-ups overdue, due today and this week (for everyone: they are staff's tasks, not messages). */
  followUps: TodayList;
}

export function todayDigestReport(context: ActionContext, now: Date): TodayDigestReport | { error: 'noSheet' } {
  const read = readDigest(context, now);
  return 'error' in read ? read : read.report;
}

export function readDigest(context: ActionContext, now: Date): DigestRead | { error: 'noSheet' } {
  const { spreadsheet, settings, text } = context;
  const setting = purchaseSetting(context, false, 'whole');
  if (!setting) return { error: 'noSheet' };
  const table = setting.customers;
  const { timeZone, locale } = setting.reading;

  const purchases = readDigestPurchases(context, setting);
  const interactions = readHistory(spreadsheet, INTERACTIONS);
  const followUps = interactions ? todayList(interactions.values, interactions.columns, now, locale, timeZone) : { overdue: [], today: [], week: [] };
  // The customer table and the Responses sheet are read once, for the answers and the insights alike.
  const responses = readResponsesSheet(spreadsheet)?.values ?? null;
  const answers = readAnswerRecords(context, { customers: table, responses });
  const detractors = answers
    ? planFollowUp({ answers: answers.answers, existing: valuesOf(sheetNamedInAnyLanguage(spreadsheet, FOLLOW_UP_SHEET_NAMES)), now, days: settings.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS, text }).open
    : [];
  const insights = customerInsights({ values: table.values, columns: table.columns, responses, settings, today: now, timeZone, locale });
  const suppression = readSuppressionList(spreadsheet);
  const recalls = parseRecallServices(settings.recallServices ?? '');
  const policy: ContactPolicy = { suppressionSalt: suppression.salt, suppressionHashes: suppression.hashes, defaultCountry: settings.defaultCountry };

  const calendar = zonedCalendar(timeZone);
  const digest = todayDigest({
    customers: { values: table.values, columns: table.columns },
    purchases: purchases.purchases,
    detractors,
    followUps: [...followUps.overdue, ...followUps.today].map((item) => ({ customerId: item.customerId, due: calendar.dayNumber(item.due), text: [item.kind, item.text].filter(Boolean).join(' · ') })),
    winBack: insights.winBack,
    today: calendar.dayNumber(now.getTime()),
    locale,
    timeZone,
    policy,
    recallServices: recalls.services,
    loyalty: settings.loyalty ?? null,
  });
  const { subject, body } = digestText(digest, text, insights.segments.atRiskDays);
  const report: TodayDigestReport = {
    digest,
    subject,
    text: body,
    purchases: purchases.report,
    recallProblems: recalls.problems,
    winBackDays: insights.segments.atRiskDays,
    settings: { shopName: settings.shopName ?? '', recallServices: settings.recallServices ?? '', ownerAlerts: settings.ownerAlerts ?? null, loyalty: loyaltyFormOf(settings.loyalty ?? null) },
  };
  return { report, customers: { values: table.values, columns: table.columns }, policy, followUps };
}

const KeepInTouchSettingsSchema = z.object({
  shopName: z.optional(z.string().check(z.maxLength(100))),
  recallServices: z.optional(z.string().check(z.maxLength(4000))),
  loyalty: z.optional(z.nullable(LoyaltyRuleSchema)),
  /** The sidebar's form, as typed: read by core/keepInTouch/loyaltyForm.ts. */
  loyaltyForm: z.optional(z.object({
    pointsPerUnit: z.string().check(z.maxLength(40)),
    pointsPerVisit: z.string().check(z.maxLength(40)),
    currency: z.string().check(z.maxLength(40)),
    tiers: z.string().check(z.maxLength(2000)),
    tierWindow: z.enum(['allTime', 'last12Months']),
  })),
});

export type KeepInTouchSettingsForm = z.infer<typeof KeepInTouchSettingsSchema>;

/**
 * Saves the recall services and the loyalty rule (null, or a form with no points and no levels,
 * removes the programme); throws on a rule outside its ranges, with the form's field named,
 * before anything is saved.
 */
export function saveKeepInTouchSettings(context: ActionContext, form: unknown): RecallProblem[] {
  const chosen = KeepInTouchSettingsSchema.parse(form);
  if (chosen.loyaltyForm) {
    const read = loyaltyRuleFromForm(chosen.loyaltyForm, context.text);
    if ('problem' in read) throw new Error(read.problem);
    chosen.loyalty = read.rule;
  }
  const next = { ...context.settings };
  if (chosen.recallServices !== undefined) next.recallServices = chosen.recallServices;
  if (chosen.shopName !== undefined) next.shopName = chosen.shopName.trim();
  if (chosen.loyalty === null) delete next.loyalty;
  else if (chosen.loyalty !== undefined) next.loyalty = chosen.loyalty;
  context.store.saveSettings(next);
  return parseRecallServices(next.recallServices ?? '').problems;
}
