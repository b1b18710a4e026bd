/**
 * Loyalty points and tiers from a customer's purchases, by the owner's rule: points per unit of
 * the shop's currency, points per visit, or both. A purchase or visit earns; a refund (a negative
 * amount) takes back what its amount earned; a redemption (a row of negative points) spends.
 * Amounts in another currency earn only the visit's points: points are never converted
 * without a rate (they are counted in `otherCurrency` so the owner sees it).
 *
 * The tier is the highest whose threshold the points earned reach, over all time or the last
 * 12 months (a redemption never lowers a tier: spending points is what they are for). Each change
 * of tier is an event, dated the day a purchase raised it or an old purchase left the 12 months.
 */
import * as z from 'zod/mini';
import { dayNumber, gregorianOfDay } from './anniversaries';

export const LoyaltyRuleSchema = z.object({
  /** Points per whole unit of `currency` spent (0: none). */
  pointsPerUnit: z.number().check(z.gte(0), z.lte(1000)),
  /** Points per purchase or visit (0: none). */
  pointsPerVisit: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
  /** ISO code of the currency points are earned in; '' when the shop names none (amounts with no currency earn). */
  currency: z.string().check(z.regex(/^([A-Z]{3})?$/)),
  /** Names and thresholds (points earned), in any order. */
  tiers: z.array(z.object({ name: z.string().check(z.minLength(1), z.maxLength(40)), threshold: z.number().check(z.int(), z.gte(0)) })).check(z.maxLength(10)),
  tierWindow: z.enum(['allTime', 'last12Months']),
});

export type LoyaltyRule = z.infer<typeof LoyaltyRuleSchema>;

export type LoyaltyEntry =
  /** A purchase (amount > 0), a visit (amount null) or a refund (amount < 0). */
  | { kind: 'purchase'; day: number; amount: number | null; currency: string }
  /** Points spent: a row of negative points. */
  | { kind: 'redemption'; day: number; points: number };

export interface TierChange {
  day: number;
  from: string | null;
  to: string | null;
}

export interface LoyaltyAccount {
  /** Points earned less points refunds took back. */
  earned: number;
  redeemed: number;
  balance: number;
  /** More redeemed than earned: shown to the owner, never hidden by a floor at zero. */
  overdrawn: boolean;
  /** Points the tier is judged on (all time, or the last 12 months). */
  tierPoints: number;
  tier: string | null;
  tierChanges: TierChange[];
  /** Purchases in a currency points are not earned in: they earned only their visit's points. */
  otherCurrency: number;
}

/**
 * What one Purchases row means for loyalty: a purchase, visit or refund, and the points it
 * redeemed. A row of points redeemed and no amount is a redemption alone: taking a reward with
 * points earns no visit points.
 */
export function loyaltyEntriesOf(row: { day: number; amount: number | null; currency: string; points: number | null }): LoyaltyEntry[] {
  const redemption: LoyaltyEntry[] = row.points !== null && row.points < 0 ? [{ kind: 'redemption', day: row.day, points: row.points }] : [];
  if (redemption.length > 0 && row.amount === null) return redemption;
  return [{ kind: 'purchase', day: row.day, amount: row.amount, currency: row.currency }, ...redemption];
}

/** What one purchase row earns (negative for a refund). */
export function pointsFor(entry: Extract<LoyaltyEntry, { kind: 'purchase' }>, rule: LoyaltyRule): { points: number; otherCurrency: boolean } {
  const { amount } = entry;
  const visit = amount === null || amount > 0 ? rule.pointsPerVisit : 0;
  if (amount === null || amount === 0) return { points: visit, otherCurrency: false };
  const currencyFits = entry.currency === rule.currency || entry.currency === '';
  if (!currencyFits) return { points: visit, otherCurrency: true };
  const byAmount = Math.floor(Math.abs(amount) * rule.pointsPerUnit + 1e-9);
  return { points: visit + Math.sign(amount) * byAmount, otherCurrency: false };
}

/** The same day a year later (28 February for 29 February): the first day a purchase no longer counts in 12 months. */
export function yearLater(day: number): number {
  const { year, month, day: date } = gregorianOfDay(day);
  const length = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  return dayNumber({ year: year + 1, month, day: Math.min(date, length) });
}

export function tierFor(points: number, tiers: LoyaltyRule['tiers']): string | null {
  let best: { name: string; threshold: number } | null = null;
  for (const tier of tiers) if (points >= tier.threshold && (!best || tier.threshold > best.threshold)) best = tier;
  return best?.name ?? null;
}

/** One customer's account on `today`, from their entries in any order. */
export function loyaltyAccount(entries: readonly LoyaltyEntry[], rule: LoyaltyRule, today: number): LoyaltyAccount {
  const earnings: { day: number; points: number }[] = [];
  let earned = 0;
  let redeemed = 0;
  let otherCurrency = 0;
  for (const entry of entries) {
    if (entry.day > today) continue;
    if (entry.kind === 'redemption') {
      redeemed += Math.abs(entry.points);
      continue;
    }
    const { points, otherCurrency: other } = pointsFor(entry, rule);
    if (other) otherCurrency += 1;
    earned += points;
    if (points !== 0) earnings.push({ day: entry.day, points });
  }
  // A sweep over the days the tier points change: a purchase's points come in on its day and, over
  // 12 months, go out a year later.
  const windowed = rule.tierWindow === 'last12Months';
  const changes = earnings.flatMap((e) => (windowed ? [e, { day: yearLater(e.day), points: -e.points }] : [e]))
    .filter((change) => change.day <= today)
    .sort((a, b) => a.day - b.day);
  const tierChanges: TierChange[] = [];
  let tierPoints = 0;
  let current: string | null = null;
  for (let i = 0; i < changes.length; i++) {
    tierPoints += changes[i]!.points;
    if (changes[i + 1]?.day === changes[i]!.day) continue;
    const next = tierFor(tierPoints, rule.tiers);
    if (next !== current) tierChanges.push({ day: changes[i]!.day, from: current, to: next });
    current = next;
  }
  return {
    earned,
    redeemed,
    balance: earned - redeemed,
    overdrawn: redeemed > earned,
    tierPoints,
    tier: tierFor(tierPoints, rule.tiers),
    tierChanges,
    otherCurrency,
  };
}
