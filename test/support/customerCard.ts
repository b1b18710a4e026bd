/**
 * The customer card as the sidebar ends up showing it: the first call's card, then the second
 * call (getCustomerCardPurchases) for the customer and row it names, put together by core's
 * completeCard. Both calls run on the host, as the sidebar's two google.script.run calls do.
 */
import { cardIsPending, completeCard, type CardSection, type CustomerCard } from '../../src/core/card/customerCard';
import type { LocalHost } from '../../src/local/localHost';

export type CardAnswer =
  | { kind: 'card'; card: CustomerCard; row: number }
  | { kind: 'choose'; customers: { id: string; name: string }[]; message: string }
  | { kind: 'message'; message: string };

export type CardLaterAnswer = { kind: 'sections'; sections: CardSection[] } | { kind: 'message'; message: string };

/** The answer of the first call, with its card completed by the second when it has placeholders. */
export function openCard(h: LocalHost, query?: string): CardAnswer {
  const answer = h.run<CardAnswer>('getCustomerCard', ...(query === undefined ? [] : [query]));
  if (answer.kind !== 'card' || !cardIsPending(answer.card)) return answer;
  const later = h.run<CardLaterAnswer>('getCustomerCardPurchases', answer.card.customerId, answer.row);
  if (later.kind !== 'sections') throw new Error(`the second call found no card: ${later.message}`);
  return { ...answer, card: completeCard(answer.card, later.sections) };
}

/** The whole card, or a failed test naming what came instead. */
export function fullCard(h: LocalHost, query?: string): CustomerCard {
  const answer = openCard(h, query);
  if (answer.kind !== 'card') throw new Error(`no card: ${JSON.stringify(answer)}`);
  return answer.card;
}
