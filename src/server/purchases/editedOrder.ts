/**
 * An order form answer edited in Forms ("allow response editing"): Forms writes the edit over the
 * answer's row of the responses sheet and fires the form-submit trigger again for that row (see
 * local/formSubmissions.ts), so the event names an answer the ledger already holds. Its Purchases
 * row then follows the edit, through the path a typed edit takes (processPurchaseRows: linking,
 * notes, the customer's totals taken out and put in again, one audit line); never a second row.
 *
 * The ledger keeps, for each answer, the Purchases row it wrote and two keys: what the answer said
 * (the same key again is the same event delivered twice) and what its Purchases row held. The row
 * is taken for the answer's only when it still holds that: where the row was (one read), else
 * wherever it went after a sort or rows deleted above it (the sheet read once). A row changed by
 * hand since, deleted, or alike another is not guessed at: the answer's row gets a note saying so.
 */
import { orderAnswerColumns, orderCellsKey, purchaseRowOfEditedAnswer, type OrderFormTitles } from '../../core/purchases/orderAnswer';
import { PURCHASES } from '../../core/purchases/historySheets';
import type { CellValue } from '../../core/customerRecord';
import { valueToWrite } from '../../core/sheetWriting';
import type { ActionContext } from '../actionContext';
import { textFormats } from '../card/cardActions';
import { ensureHistorySheet } from './historySheet';
import type { OrderOutcome } from './orderForm';
import { processPurchaseRows } from './purchaseEdit';
import { columnRuns } from '../sheetColumns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The hidden ledger's columns; one captured before edits were followed has the first two only. */
export const ORDER_LEDGER_HEADERS = ['Captured at', 'Submission ID', 'Purchases row', 'Answer', 'Purchase'];

export interface OrderLedgerEntry {
  ledgerRow: number;
  purchasesRow: number;
  /** orderCellsKey of the answer as last captured ('' in a ledger row from before edits were followed). */
  answer: string;
  /** orderCellsKey of its Purchases row as Clientele last wrote it. */
  purchase: string;
}

/** Every captured answer by submission ID, in one read; an older two-column ledger gets the new headers. */
export function readOrderLedger(ledger: Sheet): Map<string, OrderLedgerEntry> {
  const values = ledger.getRange(1, 1, Math.max(1, ledger.getLastRow()), ORDER_LEDGER_HEADERS.length).getValues();
  if (String(values[0]?.[2] ?? '') === '') ledger.getRange(1, 1, 1, ORDER_LEDGER_HEADERS.length).setValues([ORDER_LEDGER_HEADERS]);
  const entries = new Map<string, OrderLedgerEntry>();
  values.slice(1).forEach((row, i) => {
    entries.set(String(row[1] ?? ''), { ledgerRow: i + 2, purchasesRow: Number(row[2]) || 0, answer: String(row[3] ?? ''), purchase: String(row[4] ?? '') });
  });
  return entries;
}

/** The Purchases row that still holds what the answer wrote, with its cells, or null. */
function rowStillHolding(sheet: Sheet, width: number, entry: OrderLedgerEntry, columns: readonly number[]): { row: number; cells: CellValue[] } | null {
  const last = sheet.getLastRow();
  if (entry.purchase === '' || last < 2) return null;
  if (entry.purchasesRow >= 2 && entry.purchasesRow <= last) {
    const cells = sheet.getRange(entry.purchasesRow, 1, 1, width).getValues()[0] as CellValue[];
    if (orderCellsKey(cells, columns) === entry.purchase) return { row: entry.purchasesRow, cells };
  }
  // Moved by a sort, or by rows inserted or deleted above it: looked for by what it holds.
  const all = sheet.getRange(2, 1, last - 1, width).getValues() as CellValue[][];
  const matches = all.flatMap((cells, i) => (orderCellsKey(cells, columns) === entry.purchase ? [i] : []));
  return matches.length === 1 ? { row: matches[0]! + 2, cells: all[matches[0]!]! } : null;
}

export interface EditedAnswer {
  ledger: Sheet;
  entry: OrderLedgerEntry;
  answer: { header: readonly unknown[]; row: readonly unknown[] };
  titles: OrderFormTitles;
  responsesSheet: Sheet;
  responsesRow: number;
}

/** An event for an answer the ledger holds: the same event again, or an edit its Purchases row follows. Called under the document lock. */
export function followEditedAnswer(context: ActionContext, edited: EditedAnswer): OrderOutcome {
  const { sheet, headers, columns } = ensureHistorySheet(context.spreadsheet, PURCHASES, context.language);
  const width = headers.length;
  const cells = purchaseRowOfEditedAnswer(edited.answer, edited.titles, { width, columns });
  if (!cells) return { kind: 'ignored-blank' };
  const answerColumns = orderAnswerColumns(columns);
  const answerKey = orderCellsKey(cells, answerColumns);
  // An answer captured before edits were followed cannot be told from its own event delivered again.
  if (edited.entry.answer === '' || edited.entry.answer === answerKey) return { kind: 'order-duplicate-delivery' };
  const found = rowStillHolding(sheet, width, edited.entry, answerColumns);
  if (!found) {
    edited.responsesSheet.getRange(edited.responsesRow, 1).setNote(context.text.orderEditNotFollowed);
    return { kind: 'order-edit-not-followed', responsesRow: edited.responsesRow };
  }
  const blankDate = columns.date !== undefined && cells[columns.date] === '';
  const changed = answerColumns.filter((column) => !(blankDate && column === columns.date) && orderCellsKey(cells, [column]) !== orderCellsKey(found.cells, [column]));
  const formats = textFormats(PURCHASES, columns, width);
  for (const [start, runWidth] of columnRuns(changed)) {
    const run = Array.from({ length: runWidth }, (_, i) => start + i);
    sheet.getRange(found.row, start + 1, 1, runWidth).setValues([run.map((column) => valueToWrite(cells[column] ?? '', formats[column] ?? ''))]);
  }
  // A new customer answer is linked again from the Customer cell; otherwise the row keeps its Customer ID (one settled by hand too).
  const customerChanged = changed.includes(columns.customer!);
  const left = (customerChanged ? columns.customer! : (changed[0] ?? columns.customer!)) + 1;
  processPurchaseRows(context, sheet, { top: found.row, height: 1, left, right: left, written: changed });
  const stored = sheet.getRange(found.row, 1, 1, width).getValues()[0] as CellValue[];
  edited.ledger.getRange(edited.entry.ledgerRow, 3, 1, 3).setValues([[found.row, answerKey, orderCellsKey(stored, answerColumns)]]);
  return { kind: 'order-edited', purchasesRow: found.row, customerId: String(stored[columns.customerId!] ?? '') };
}
