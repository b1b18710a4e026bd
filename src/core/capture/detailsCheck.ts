/**
 * An answer that names its customer (the Customer ID a "please check your details" link
 * pre-fills) updates that customer, never a new row, and only when the answer is theirs: its
 * email or phone must match that customer and no one else (the matcher's evidence, as for any
 * submission). A changed phone with the same email is that customer correcting their details;
 * an ID that no customer has, or contacts that are someone else's or no one's, go to quarantine
 * with the reason, for a person to look at. (Google documents nothing here: the stricter choice.)
 */
import type { CustomerMatch } from './customerMatch';
import { formatMessage } from '../i18n/formatMessage';
import type { Messages } from '../i18n/messages';

export type DetailsAnswerTarget = { kind: 'row'; row: number } | { kind: 'refused'; reason: string };

export function detailsAnswerTarget(customerId: string, row: number | undefined, match: CustomerMatch, idOf: (row: number) => string, text: Messages): DetailsAnswerTarget {
  if (row === undefined) return { kind: 'refused', reason: formatMessage(text.captureReasonUnknownId, { id: customerId }) };
  if (match.kind === 'match' && match.row === row) return { kind: 'row', row };
  if (match.kind === 'match') return { kind: 'refused', reason: formatMessage(text.captureReasonIdOfOther, { id: customerId, other: idOf(match.row) || `#${match.row + 1}` }) };
  return { kind: 'refused', reason: formatMessage(text.captureReasonIdMismatch, { id: customerId }) };
}
