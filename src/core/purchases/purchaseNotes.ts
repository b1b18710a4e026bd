/**
 * Clientele's notes on purchase (and interaction) rows: on the Customer cell when the customer
 * is ambiguous, a name alone, or unknown (never a guess: the candidates are named and a person
 * chooses), and on a cell that cannot be read, with the reason. A note line goes when the cell
 * is fixed; the person's own note text is kept.
 */
import { withNote } from '../audit/editStamp';
import { formatMessage } from '../i18n/formatMessage';
import type { Messages } from '../i18n/messages';
import type { CustomerLink } from './customerLinking';
import type { PurchaseProblem, PurchaseProblemReason } from './purchaseRecords';

const REASONS: Record<PurchaseProblemReason, keyof Messages> = {
  noDate: 'purchaseReasonNoDate',
  notDate: 'purchaseReasonNotDate',
  ambiguousDate: 'purchaseReasonAmbiguousDate',
  notAmount: 'purchaseReasonNotAmount',
  notQuantity: 'purchaseReasonNotQuantity',
  notCurrency: 'purchaseReasonNotCurrency',
  currencyConflict: 'purchaseReasonCurrencyConflict',
  notPoints: 'purchaseReasonNotPoints',
};

export function problemReason(reason: PurchaseProblemReason, text: Messages): string {
  return text[REASONS[reason]];
}

/** The line a customer cell gets for its link, or null when it needs none. */
export function linkNote(link: CustomerLink, idHeader: string, text: Messages): string | null {
  if (link.kind === 'ambiguous') return formatMessage(text.purchaseNoteAmbiguous, { ids: link.candidates.join(', '), column: idHeader });
  if (link.kind === 'nameOnly' && link.candidates.length > 0) return formatMessage(text.purchaseNoteNameOnly, { ids: link.candidates.join(', '), column: idHeader });
  if (link.kind === 'nameOnly' || link.kind === 'unknown') return formatMessage(text.purchaseNoteUnknown, { column: idHeader });
  return null;
}

export interface NotesInput {
  /** The notes of the rows as read: rows × columns from column 1. */
  current: readonly (readonly string[])[];
  /** 1-based sheet row of current[0]. */
  top: number;
  /** 0-based column of the Customer cell. */
  customerColumn: number | undefined;
  links: readonly CustomerLink[];
  problems: readonly PurchaseProblem[];
  /** 0-based columns whose notes this plan owns (the row's cells Clientele reads). */
  checkedColumns: readonly number[];
  idHeader: string;
  text: Messages;
}

/** The rows' notes after the check, or null when no note changes. */
export function planHistoryNotes(input: NotesInput): string[][] | null {
  const lines = new Map<string, string>();
  input.links.forEach((link, i) => {
    if (input.customerColumn === undefined) return;
    const line = linkNote(link, input.idHeader, input.text);
    if (line) lines.set(`${input.top + i}:${input.customerColumn}`, line);
  });
  for (const problem of input.problems) {
    const key = `${problem.row}:${problem.index}`;
    const line = problemReason(problem.reason, input.text);
    lines.set(key, lines.has(key) ? `${lines.get(key)} ${line}` : line);
  }
  const owned = new Set(input.checkedColumns);
  let changed = false;
  const notes = input.current.map((cells, i) =>
    cells.map((note, c) => {
      if (!owned.has(c)) return note;
      const next = withNote(note, lines.get(`${input.top + i}:${c}`) ?? null);
      if (next !== note) changed = true;
      return next;
    }),
  );
  return changed ? notes : null;
}
