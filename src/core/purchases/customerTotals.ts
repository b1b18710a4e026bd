/**
 * Each customer's purchase totals, kept as system columns of the customer sheet: number of
 * purchases, total spent in the shop's currency, that currency, first and last purchase, average
 * order, average days between purchases, and what was paid in other currencies.
 *
 * Currencies are never added together without a rate: an amount in the shop's currency (or one
 * that says nothing) goes to Total spent; rial and toman are one currency in two units; any other
 * currency goes there only through the user's rate table, else it is summed apart under Other
 * currencies ("USD 120 ×2"). The columns are a complete record of the totals, so an edit can add
 * or take out one purchase without reading the others: Average order is Total spent over the
 * purchases in the shop's currency (Purchases less those under Other currencies; a visit with no
 * amount counts as 0), and the days between purchases are (last − first) / (Purchases − 1).
 * Only taking out the first or last purchase needs the customer's other purchases (`recount`).
 */
import { convertAmount } from '../cleaning/currencies';
import { compareCodeUnits } from '../codeUnitOrder';
import type { CellValue } from '../customerRecord';
import { isBlankCell } from '../customerIds';
import { DEFAULT_HEADERS, normaliseHeader, type RecognisedColumns } from '../headerRoles';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { Contribution } from './purchaseRecords';

export const TOTALS_FIELDS = ['purchaseCount', 'totalSpent', 'currency', 'firstPurchase', 'lastPurchase', 'averageOrder', 'daysBetween', 'otherCurrencies'] as const;
export type TotalsField = (typeof TOTALS_FIELDS)[number];
/** Columns of the customer sheet by totals field (0-based); the totals a sheet lacks are added at its end. */
export type TotalsColumns = Partial<Record<TotalsField, number>>;

type OwnField = Exclude<TotalsField, 'totalSpent' | 'lastPurchase'>;

/**
 * Headers of the columns only totals have. Total spent and Last purchase are the customer
 * sheet's own fields (DEFAULT_HEADERS). The purchase count's headers are ones the segments
 * recognise as a purchase count ("Purchases", "Количество покупок"…), so RFM gets its F.
 */
const OWN_HEADERS: Record<Language, Record<OwnField, string>> = {
  en: { purchaseCount: 'Purchases', currency: 'Currency', firstPurchase: 'First purchase', averageOrder: 'Average order', daysBetween: 'Days between purchases', otherCurrencies: 'Other currencies' },
  ru: { purchaseCount: 'Количество покупок', currency: 'Валюта', firstPurchase: 'Первая покупка', averageOrder: 'Средний чек', daysBetween: 'Дней между покупками', otherCurrencies: 'Другие валюты' },
  kk: { purchaseCount: 'Сатып алу саны', currency: 'Валюта', firstPurchase: 'Алғашқы сатып алу', averageOrder: 'Орташа чек', daysBetween: 'Сатып алулар арасындағы күн', otherCurrencies: 'Басқа валюталар' },
  mn: { purchaseCount: 'Худалдан авалтын тоо', currency: 'Валют', firstPurchase: 'Анхны худалдан авалт', averageOrder: 'Дундаж захиалга', daysBetween: 'Худалдан авалт хоорондын өдөр', otherCurrencies: 'Бусад валют' },
  fa: { purchaseCount: 'تعداد خرید', currency: 'واحد پول', firstPurchase: 'اولین خرید', averageOrder: 'میانگین خرید', daysBetween: 'روز بین خریدها', otherCurrencies: 'سایر ارزها' },
  zh: { purchaseCount: '购买次数', currency: '币种', firstPurchase: '首次购买', averageOrder: '客单价', daysBetween: '购买间隔天数', otherCurrencies: '其他币种' },
};

export function totalsHeaders(language: Language): Record<TotalsField, string> {
  const own = OWN_HEADERS[language];
  return { ...own, totalSpent: DEFAULT_HEADERS[language].totalSpent, lastPurchase: DEFAULT_HEADERS[language].lastPurchase };
}

const OWN_ROLES: ReadonlyMap<string, OwnField> = new Map(
  LANGUAGES.flatMap((language) => (Object.entries(OWN_HEADERS[language]) as [OwnField, string][]).map(([field, header]) => [normaliseHeader(header), field] as const)),
);

/** Where the totals are on the customer sheet: Total spent and Last purchase by their roles, the rest by header among the user's columns. */
export function findTotalsColumns(headers: readonly unknown[], columns: RecognisedColumns): TotalsColumns {
  const found: TotalsColumns = {};
  if (columns.roles.totalSpent !== undefined) found.totalSpent = columns.roles.totalSpent;
  if (columns.roles.lastPurchase !== undefined) found.lastPurchase = columns.roles.lastPurchase;
  for (const index of columns.extras) {
    const field = OWN_ROLES.get(normaliseHeader(String(headers[index] ?? '')));
    if (field && found[field] === undefined) found[field] = index;
  }
  return found;
}

/** The totals columns a sheet lacks, in order, with their headers in the user's language. */
export function missingTotalsColumns(found: TotalsColumns, language: Language): { field: TotalsField; header: string }[] {
  const headers = totalsHeaders(language);
  return TOTALS_FIELDS.filter((field) => found[field] === undefined).map((field) => ({ field, header: headers[field] }));
}

export interface CurrencyRules {
  /** The shop's currency (ISO code), '' when not set: then amounts that say nothing are the shop's. */
  shopCurrency: string;
  /** Units of the shop's currency per unit of another currency, given by the user. */
  rates: Readonly<Record<string, number>>;
}

export interface Totals {
  count: number;
  /** In the shop's currency, with what the rates and the rial/toman ratio convert. */
  total: number;
  /** What could not be converted, by currency: sum and number of purchases. */
  others: Map<string, { amount: number; count: number }>;
  first: number | null;
  last: number | null;
}

export function emptyTotals(): Totals {
  return { count: 0, total: 0, others: new Map(), first: null, last: null };
}

/** Sums are kept to a hundredth of a cent: enough for any currency, and free of binary fractions' dust. */
export function round(value: number, places = 4): number {
  const factor = 10 ** places;
  // `|| 0`: a sum brought back to nothing is 0, not -0.
  return Math.round(value * factor) / factor || 0;
}

function numberIn(value: CellValue | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function timeIn(value: CellValue | undefined): number | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.getTime() : null;
}

const OTHER_PATTERN = /^([A-Z]{3}) (-?[\d.]+(?:e-?\d+)?) ×(\d+)$/;

function formatOthers(others: Totals['others']): string {
  return [...others.entries()]
    .filter(([, sum]) => sum.count > 0 || sum.amount !== 0)
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([currency, sum]) => `${currency} ${round(sum.amount)} ×${sum.count}`)
    .join('; ');
}

function parseOthers(value: CellValue | undefined): Totals['others'] {
  const others: Totals['others'] = new Map();
  if (typeof value !== 'string') return others;
  for (const part of value.split(';')) {
    const match = OTHER_PATTERN.exec(part.trim());
    if (match) others.set(match[1]!, { amount: Number(match[2]), count: Number(match[3]) });
  }
  return others;
}

/**
 * A customer's totals as the columns hold them. A blank purchase count means Clientele never
 * counted this customer: the totals start from nothing (a hand-typed Total spent is not a sum of
 * purchases, so it is not added to).
 */
export function readTotals(row: readonly CellValue[], columns: TotalsColumns): Totals {
  const cell = (field: TotalsField): CellValue | undefined => (columns[field] === undefined ? undefined : row[columns[field]!]);
  const count = cell('purchaseCount');
  if (count === undefined || isBlankCell(count) || typeof count !== 'number') return emptyTotals();
  return {
    count,
    total: numberIn(cell('totalSpent')),
    others: parseOthers(cell('otherCurrencies')),
    first: timeIn(cell('firstPurchase')),
    last: timeIn(cell('lastPurchase')),
  };
}

/** The cells the totals columns hold. */
export function totalsCells(totals: Totals, rules: CurrencyRules): Record<TotalsField, CellValue> {
  let inOthers = 0;
  for (const sum of totals.others.values()) inOthers += sum.count;
  const inShop = totals.count - inOthers;
  return {
    purchaseCount: totals.count,
    totalSpent: round(totals.total, 2),
    currency: rules.shopCurrency,
    firstPurchase: totals.first === null ? '' : new Date(totals.first),
    lastPurchase: totals.last === null ? '' : new Date(totals.last),
    averageOrder: inShop > 0 ? round(totals.total / inShop, 2) : '',
    daysBetween: totals.count > 1 && totals.first !== null && totals.last !== null ? round((totals.last - totals.first) / 86_400_000 / (totals.count - 1), 1) : '',
    otherCurrencies: formatOthers(totals.others),
  };
}

/** A refund (a negative amount) lowers the total but is not a purchase: it leaves the count and the dates alone. */
export function isPurchase(contribution: Contribution): boolean {
  return contribution.amount === null || contribution.amount >= 0;
}

/**
 * Where one contribution's amount goes: into Total spent (`converted`, in the shop's currency),
 * or, when no rate converts it, under Other currencies (`converted` null, `currency` its code).
 */
export function shopAmount(contribution: Contribution, rules: CurrencyRules): { converted: number | null; currency: string } {
  const amount = contribution.amount ?? 0;
  const currency = contribution.currency === '' ? rules.shopCurrency : contribution.currency;
  return { converted: currency === rules.shopCurrency ? amount : convertAmount(amount, currency, rules.shopCurrency, rules.rates), currency };
}

/** Adds (sign 1) or takes out (sign −1) an amount no rate converts, summed apart by currency. */
export function addToOthers(others: Totals['others'], currency: string, amount: number, purchase: boolean, sign: 1 | -1): void {
  const sum = others.get(currency) ?? { amount: 0, count: 0 };
  sum.amount = round(sum.amount + sign * amount);
  if (purchase) sum.count += sign;
  if (sum.count <= 0 && sum.amount === 0) others.delete(currency);
  else others.set(currency, sum);
}

/**
 * Adds (sign 1) or takes out (sign −1) one purchase. Returns false when the totals can no longer
 * be known from the columns alone: the first or last purchase was taken out while others remain.
 */
export function applyContribution(totals: Totals, contribution: Contribution, sign: 1 | -1, rules: CurrencyRules): boolean {
  const purchase = isPurchase(contribution);
  const { converted, currency } = shopAmount(contribution, rules);
  if (converted !== null) totals.total = round(totals.total + sign * converted);
  else addToOthers(totals.others, currency, contribution.amount ?? 0, purchase, sign);
  if (!purchase) return true;
  totals.count += sign;
  if (sign === 1) {
    totals.first = totals.first === null ? contribution.time : Math.min(totals.first, contribution.time);
    totals.last = totals.last === null ? contribution.time : Math.max(totals.last, contribution.time);
    return true;
  }
  if (totals.count <= 0) {
    totals.first = null;
    totals.last = null;
    return true;
  }
  return contribution.time !== totals.first && contribution.time !== totals.last;
}

/** Every customer's totals from every counted purchase: what Recalculate totals and a recount write. */
export function totalsByCustomer(contributions: Iterable<Contribution>, rules: CurrencyRules, only?: ReadonlySet<string>): Map<string, Totals> {
  const byCustomer = new Map<string, Totals>();
  for (const contribution of contributions) {
    if (only && !only.has(contribution.customerId)) continue;
    let totals = byCustomer.get(contribution.customerId);
    if (!totals) byCustomer.set(contribution.customerId, (totals = emptyTotals()));
    applyContribution(totals, contribution, 1, rules);
  }
  return byCustomer;
}
