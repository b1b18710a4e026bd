/**
 * The loyalty rule as the Keep in touch settings form writes it: points per currency unit and
 * per visit as typed (Persian and Arabic digits, a decimal comma), the currency code, one tier a
 * line ("Gold: 1000"), and the window tiers are judged over. Read into a LoyaltyRule checked by
 * its zod/mini schema, or refused with a message naming the field (and the line) to correct:
 * a rule is never half saved. Zero points and no tiers is no programme (null).
 */
import { toAsciiDigits } from '../cleaning/digits';
import { formatMessage } from '../i18n/formatMessage';
import type { Messages } from '../i18n/messages';
import { LoyaltyRuleSchema, type LoyaltyRule } from './loyalty';

export interface LoyaltyForm {
  pointsPerUnit: string;
  pointsPerVisit: string;
  currency: string;
  /** One "name: threshold" a line. */
  tiers: string;
  tierWindow: LoyaltyRule['tierWindow'];
}

/** "Gold: 1000", "Золото — 1 000", "طلایی: ۱۰۰۰", "金卡：1000". */
const TIER_LINE = /^(.+?)\s*[:：—–-]\s*(\d[\d\s\u00a0\u202f,.]*)$/u;

function readNumber(text: string): number | null {
  const plain = toAsciiDigits(text).trim().replace(/[\s\u00a0\u202f]/g, '').replace(/[٫,]/g, '.');
  if (plain === '') return 0;
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

export function loyaltyFormOf(rule: LoyaltyRule | null): LoyaltyForm {
  if (!rule) return { pointsPerUnit: '', pointsPerVisit: '', currency: '', tiers: '', tierWindow: 'allTime' };
  return {
    pointsPerUnit: String(rule.pointsPerUnit),
    pointsPerVisit: String(rule.pointsPerVisit),
    currency: rule.currency,
    tiers: [...rule.tiers].sort((a, b) => a.threshold - b.threshold).map((tier) => `${tier.name}: ${tier.threshold}`).join('\n'),
    tierWindow: rule.tierWindow,
  };
}

export function loyaltyRuleFromForm(form: LoyaltyForm, text: Messages): { rule: LoyaltyRule | null } | { problem: string } {
  const pointsPerUnit = readNumber(form.pointsPerUnit);
  if (pointsPerUnit === null || pointsPerUnit > 1000) return { problem: formatMessage(text.loyaltyFormBadPerUnit, { value: form.pointsPerUnit.trim() }) };
  const pointsPerVisit = readNumber(form.pointsPerVisit);
  if (pointsPerVisit === null || !Number.isInteger(pointsPerVisit) || pointsPerVisit > 100_000) return { problem: formatMessage(text.loyaltyFormBadPerVisit, { value: form.pointsPerVisit.trim() }) };
  const currency = form.currency.trim().toUpperCase();
  if (!/^([A-Z]{3})?$/.test(currency)) return { problem: formatMessage(text.loyaltyFormBadCurrency, { value: form.currency.trim() }) };
  const tiers: LoyaltyRule['tiers'] = [];
  const lines = form.tiers.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const match = TIER_LINE.exec(toAsciiDigits(line));
    const threshold = match ? readNumber(match[2]!.replace(/[,.](?=\d{3}\b)/g, '')) : null;
    const name = match?.[1]!.trim() ?? '';
    if (!match || threshold === null || !Number.isInteger(threshold) || name.length > 40) return { problem: formatMessage(text.loyaltyFormBadTier, { line: i + 1, value: line }) };
    tiers.push({ name, threshold });
  }
  if (pointsPerUnit === 0 && pointsPerVisit === 0 && tiers.length === 0) return { rule: null };
  const checked = LoyaltyRuleSchema.safeParse({ pointsPerUnit, pointsPerVisit, currency, tiers, tierWindow: form.tierWindow });
  if (!checked.success) return { problem: text.loyaltyFormTooManyTiers };
  return { rule: checked.data };
}
