/** The message an undo shows: how many cells came back, and every cell and row it left as it was, and why. */
import { columnLetter } from './columnLetters';
import { formatMessage } from './i18n/formatMessage';
import type { Messages } from './i18n/messages';
import type { ChangedSince, RowRef } from './undoPlan';

/** Named one by one up to this many; the rest are counted. */
const NAMED = 20;

export interface UndoOutcome {
  cells: number;
  changedSince: readonly ChangedSince[];
  missingRows: readonly RowRef[];
  alreadyThere: readonly RowRef[];
  notPutBack: readonly RowRef[];
  /** Purchases and interactions left with the customer they were merged into (none: absent). */
  historyKept?: { rows: number; ids: readonly string[] };
  /** The tab the merged rows stay on, as it is named in the spreadsheet (absent: its name in the user's language). */
  mergedSheet?: string;
}

function list(items: readonly string[], text: Messages): string {
  const named = items.slice(0, NAMED);
  if (items.length > NAMED) named.push(formatMessage(text.undoMore, { count: items.length - NAMED }));
  return named.join(', ');
}

export function undoSummary(outcome: UndoOutcome, text: Messages): string {
  const row = (ref: RowRef) => ref.id ?? formatMessage(text.undoRowNumber, { row: ref.row });
  const parts = [formatMessage(text.cleanUndone, { count: outcome.cells })];
  if (outcome.changedSince.length > 0) {
    parts.push(formatMessage(text.undoChangedSince, { cells: list(outcome.changedSince.map((cell) => `${columnLetter(cell.column - 1)}${cell.row} (${cell.header})`), text) }));
  }
  if (outcome.missingRows.length > 0) parts.push(formatMessage(text.undoMissingRows, { rows: list(outcome.missingRows.map(row), text) }));
  if (outcome.alreadyThere.length > 0) parts.push(formatMessage(text.undoAlreadyThere, { sheet: outcome.mergedSheet ?? text.sheetMerged, rows: list(outcome.alreadyThere.map(row), text) }));
  if (outcome.notPutBack.length > 0) parts.push(formatMessage(text.undoNotPutBack, { sheet: outcome.mergedSheet ?? text.sheetMerged, rows: list(outcome.notPutBack.map(row), text) }));
  if (outcome.historyKept && outcome.historyKept.rows > 0) parts.push(formatMessage(text.undoHistoryKept, { count: outcome.historyKept.rows, ids: list([...outcome.historyKept.ids], text) }));
  return parts.join(' ');
}
