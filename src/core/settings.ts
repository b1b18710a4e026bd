import * as z from 'zod/mini';
import { CUSTOMER_FIELDS } from './customerFields';
import { LANGUAGES } from './i18n/languages';
import { DIGIT_STYLES } from './i18n/numberFormat';
import { LoyaltyRuleSchema } from './keepInTouch/loyalty';
import { OwnerAlertsSchema } from './keepInTouch/ownerAlerts';

/** The add-on's settings, stored as one JSON document property. */
export const SettingsSchema = z.object({
  /** Name of the sheet that holds the customers. */
  customerSheet: z.optional(z.string().check(z.minLength(1))),
  /** Field -> header text, for columns whose role the user chose (overrides recognition). */
  columns: z.optional(z.partialRecord(z.enum(CUSTOMER_FIELDS), z.string().check(z.minLength(1)))),
  /** ISO 3166-1 alpha-2 code used for phone numbers and countries a row does not state. */
  defaultCountry: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  /** Interface language; absent means "from the user's Google locale". */
  language: z.optional(z.enum(LANGUAGES)),
  /** How the views write numbers: the language's own digits (Persian for fa) or Latin ones; absent: 'native'. The sheet's values are never rewritten. */
  digits: z.optional(z.enum(DIGIT_STYLES)),
  /** How cleaning writes phone numbers (default E.164). */
  phoneFormat: z.optional(z.enum(['E164', 'INTERNATIONAL'])),
  /** How cleaning writes countries (default the ISO code). */
  countryStyle: z.optional(z.enum(['code', 'english', 'language'])),
  /** How a merge fills each field (default: the most recent non-empty value). */
  mergeRules: z.optional(z.partialRecord(z.enum(CUSTOMER_FIELDS), z.enum(['recent', 'oldest', 'longest']))),
  /** Responses sheet: every answer, or only each customer's latest per period (default 'latest'). */
  npsResponses: z.optional(z.enum(['all', 'latest'])),
  /** Days without a purchase after which a customer is at risk (default 30) and lapsed (default 90). */
  segmentAtRiskDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3650))),
  segmentLapsedDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3650))),
  /** Predictions: expected purchases over this many days (default 90); lifetime value over this many months (default 12), discounted at this annual rate in percent (default 10). */
  predictionHorizonDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3650))),
  lifetimeValueMonths: z.optional(z.number().check(z.int(), z.gte(1), z.lte(120))),
  discountRatePercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
  /** The Follow-up list takes detractors who answered within this many days (default 90). */
  followUpDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3650))),
  /** Scheduled backups: daily at an hour, or weekly on a day at an hour (absent: none). */
  backupSchedule: z.optional(z.object({
    every: z.enum(['day', 'week']),
    hour: z.number().check(z.int(), z.gte(0), z.lte(23)),
    weekDay: z.optional(z.enum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'])),
  })),
  /** How many daily, weekly and monthly backups rotation keeps (default 7, 4, 12). */
  backupRetention: z.optional(z.object({
    daily: z.number().check(z.int(), z.gte(1), z.lte(60)),
    weekly: z.number().check(z.int(), z.gte(0), z.lte(52)),
    monthly: z.number().check(z.int(), z.gte(0), z.lte(120)),
  })),
  /** Keep in touch: how messages to customers are signed (absent: the spreadsheet's name). */
  shopName: z.optional(z.string().check(z.maxLength(100))),
  /** Keep in touch: services to recall, one "name: days" a line ("check-up: 180 days"). */
  recallServices: z.optional(z.string().check(z.maxLength(4000))),
  /** Keep in touch: how purchases earn points and the tiers (absent: no loyalty programme). */
  loyalty: z.optional(LoyaltyRuleSchema),
  /** Keep in touch: the owner's daily digest and detractor alerts, to whom and in which language (absent: none). */
  ownerAlerts: z.optional(OwnerAlertsSchema),
  /** How the system columns (ID, Created, Updated) and the Audit log are protected (default 'warning'). */
  protection: z.optional(z.enum(['warning', 'owner'])),
  /** The shop's currency (ISO 4217, or IRT for the toman) for purchases that do not say; absent: amounts are just "the shop's". */
  shopCurrency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  /** Units of the shop's currency per unit of another, given by the user: the only way other currencies join Total spent. */
  currencyRates: z.optional(z.record(z.string().check(z.regex(/^[A-Z]{3}$/)), z.number().check(z.gt(0)))),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_PROPERTY = 'clientele.settings';

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored settings were not usable, for the user to see; null when they were fine. */
  problem: string | null;
}

/** Reads the stored JSON. Damaged settings never crash an entry point: defaults apply and the problem is reported. */
export function parseStoredSettings(raw: string | null): LoadedSettings {
  if (raw === null || raw === '') return { settings: {}, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { settings: {}, problem: 'not valid JSON' };
  }
  const result = SettingsSchema.safeParse(json);
  if (result.success) return { settings: result.data, problem: null };
  const detail = result.error.issues
    .map((issue) => `${issue.path.map(String).join('.') || 'settings'}: ${issue.message}`)
    .join('; ');
  return { settings: {}, problem: detail };
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify(SettingsSchema.parse(settings));
}
