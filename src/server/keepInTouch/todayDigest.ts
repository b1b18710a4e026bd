/**
 * The day's digest for the sidebar, the CLI and (next) the scheduled email: one read of the
 * customer sheet, the Purchases sheet, the Responses and Follow-up sheets and the suppression
 * list, whatever their size; core/keepInTouch computes it.
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
import { readPurchaseRows, type CustomerKeys } from '../../core/keepInTouch/purchaseRows';
import { parseRecallServices, type RecallProblem } from '../../core/keepInTouch/recalls';
import { digestText, todayDigest, type TodayDigest } from '../../core/keepInTouch/todayDigest';
import { customerInsights } from '../../core/segments/insightSummary';
import { zonedCalendar } from '../../core/zonedDate';
import type { ActionContext } from '../actionContext';
import { findCustomerTable } from '../customerSheet';
import { readAnswerRecords, sheetNamedInAnyLanguage } from '../nps/npsSources';
import { readResponsesSheet } from '../nps/responsesSheet';
import { readSuppressionList } from '../privacy/suppressionList';

/** The Purchases sheet's names (issue 16 names it so in the six languages). */
const PURCHASES_SHEET_NAMES = ['Purchases', 'Покупки', 'Сатып алулар', 'Худалдан авалт', 'خریدها', '购买记录'];
const FOLLOW_UP_SHEET_NAMES = LANGUAGES.map((language) => messagesFor(language).followUpSheet);

export interface TodayDigestReport {
  digest: TodayDigest;
  /** The digest as the owner's email reads, in their language. */
  subject: string;
  text: string;
  purchases: { sheet: string | null; linked: number; unlinked: number; unreadableRows: number[]; missingColumns: string[] };
  recallProblems: RecallProblem[];
  /** Days without a purchase that put a customer on the win-back list. */
  winBackDays: number;
  /** The Keep in touch settings as saved, for the sidebar's form. */
  settings: { shopName: string; recallServices: string; ownerAlerts: OwnerAlerts | null };
}

function valuesOf(sheet: GoogleAppsScript.Spreadsheet.Sheet | null): CellValue[][] {
  return sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : [];
}

/** The digest, and what it was computed from that a message from its lists needs again. */
export interface DigestRead {
  report: TodayDigestReport;
  customers: { values: CellValue[][]; columns: RecognisedColumns };
  policy: ContactPolicy;
}

export function todayDigestReport(context: ActionContext, now: Date): TodayDigestReport | { error: 'noSheet' } {
  const read = readDigest(context, now);
  return 'error' in read ? read : read.report;
}

export function readDigest(context: ActionContext, now: Date): DigestRead | { error: 'noSheet' } {
  const { spreadsheet, settings, text } = context;
  const table = findCustomerTable(spreadsheet, settings);
  if (!table || table.values.length === 0) return { error: 'noSheet' };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const locale = spreadsheet.getSpreadsheetLocale();
  const { roles } = table.columns;
  const cellText = (row: readonly CellValue[], index: number | undefined) => (index === undefined ? '' : String(row[index] ?? '').trim());
  const keys: CustomerKeys[] = table.values.slice(1).map((row) => ({ id: cellText(row, roles.id), email: cellText(row, roles.email), phone: cellText(row, roles.phone) }));

  const purchasesSheet = sheetNamedInAnyLanguage(spreadsheet, PURCHASES_SHEET_NAMES);
  const purchases = readPurchaseRows(valuesOf(purchasesSheet), keys, { locale, timeZone, defaultCountry: settings.defaultCountry });
  const answers = readAnswerRecords(context);
  const detractors = answers
    ? planFollowUp({ answers: answers.answers, existing: valuesOf(sheetNamedInAnyLanguage(spreadsheet, FOLLOW_UP_SHEET_NAMES)), now, days: settings.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS, text }).open
    : [];
  const insights = customerInsights({ values: table.values, columns: table.columns, responses: readResponsesSheet(spreadsheet)?.values ?? null, settings, today: now, timeZone, locale });
  const suppression = readSuppressionList(spreadsheet);
  const recalls = parseRecallServices(settings.recallServices ?? '');
  const policy: ContactPolicy = { suppressionSalt: suppression.salt, suppressionHashes: suppression.hashes, defaultCountry: settings.defaultCountry };

  const digest = todayDigest({
    customers: { values: table.values, columns: table.columns },
    purchases: purchases.rows,
    detractors,
    followUps: [],
    winBack: insights.winBack,
    today: zonedCalendar(timeZone).dayNumber(now.getTime()),
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
    purchases: { sheet: purchasesSheet?.getName() ?? null, linked: purchases.rows.length, unlinked: purchases.unlinked, unreadableRows: purchases.unreadable, missingColumns: purchases.missing },
    recallProblems: recalls.problems,
    winBackDays: insights.segments.atRiskDays,
    settings: { shopName: settings.shopName ?? '', recallServices: settings.recallServices ?? '', ownerAlerts: settings.ownerAlerts ?? null },
  };
  return { report, customers: { values: table.values, columns: table.columns }, policy };
}

const KeepInTouchSettingsSchema = z.object({
  shopName: z.optional(z.string().check(z.maxLength(100))),
  recallServices: z.optional(z.string().check(z.maxLength(4000))),
  loyalty: z.optional(z.nullable(LoyaltyRuleSchema)),
});

/** Saves the recall services and the loyalty rule (null removes the programme); throws on a rule outside its ranges. */
export function saveKeepInTouchSettings(context: ActionContext, form: unknown): RecallProblem[] {
  const chosen = KeepInTouchSettingsSchema.parse(form);
  const next = { ...context.settings };
  if (chosen.recallServices !== undefined) next.recallServices = chosen.recallServices;
  if (chosen.shopName !== undefined) next.shopName = chosen.shopName.trim();
  if (chosen.loyalty === null) delete next.loyalty;
  else if (chosen.loyalty !== undefined) next.loyalty = chosen.loyalty;
  context.store.saveSettings(next);
  return parseRecallServices(next.recallServices ?? '').problems;
}
