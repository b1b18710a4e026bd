/**
 * The card's loyalty section: the customer's points balance and level by the owner's rule, from
 * the purchases the card already read, and each change of level as a dated line of the card's
 * timeline (newest first). No section when there is no loyalty programme; a placeholder until
 * the card's second call has read the purchases.
 */
import type { CardInput, CardSection } from '../card/customerCard';
import { dateFormatter } from '../card/customerCard';
import { formatMessage } from '../i18n/formatMessage';
import { numberFormat } from '../i18n/numberFormat';
import { zonedCalendar } from '../zonedDate';
import { loyaltyAccount, loyaltyEntriesOf } from './loyalty';

const DAY_MS = 86_400_000;

export function loyaltySection(input: CardInput): CardSection | null {
  if (!input.loyalty) return null;
  const { rule, now } = input.loyalty;
  const t = input.text;
  if (input.purchases === null) return { id: 'loyalty', title: t.kitCardHeading, lines: [], more: 0, loading: t.cardLoadingPurchases };
  const calendar = zonedCalendar(input.timeZone);
  const entries = input.purchases.flatMap((p) => loyaltyEntriesOf({ day: calendar.dayNumber(p.time), amount: p.amount, currency: p.currency, points: p.points }));
  const account = loyaltyAccount(entries, rule, calendar.dayNumber(now));
  // A day number is a calendar day already: formatted at its noon in UTC, it stays that day.
  const date = dateFormatter(input.language, 'UTC', input.digits);
  const changes = [...account.tierChanges].reverse().map((change) => ({
    when: date(change.day * DAY_MS + DAY_MS / 2),
    text: formatMessage(t.kitCardTierChange, { from: change.from ?? '—', to: change.to ?? '—' }),
  }));
  const shown = changes.slice(0, input.limit);
  return {
    id: 'loyalty',
    title: t.kitCardHeading,
    lines: [
      { text: formatMessage(t.kitCardPoints, { points: numberFormat(input.language, input.digits).number(account.balance) }) },
      { text: formatMessage(t.kitCardTier, { tier: account.tier ?? '—' }) },
      ...shown,
    ],
    more: changes.length - shown.length,
  };
}
