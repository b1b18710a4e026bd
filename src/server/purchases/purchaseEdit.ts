/**
 * A purchase typed, pasted, edited or cleared on the Purchases sheet (the installable edit
 * trigger): each row's customer is found and its ID written beside it, a row whose customer is
 * ambiguous or unknown gets a note, and the totals of every customer the rows touch are updated
 * by taking each row's old contribution out and putting its new one in. The cost is the same few
 * calls whatever the sizes: the edited rows read once; of the customer sheet the ID column, the
 * matcher's columns when a row names its customer by a phone, an email or a name, and the totals
 * of the rows from the first to the last customer the edit changes; one write per column
 * Clientele fills, the notes read and written once, one audit append (a recount, when a
 * customer's first or last purchase was taken out, reads the Counted column once more).
 */
import { withDocumentLock } from '../documentLock';
import { contributionsOf } from '../../core/purchases/purchaseRecords';
import { planHistoryNotes } from '../../core/purchases/purchaseNotes';
import { customersTouched, linkPurchaseRows, planPurchaseRows } from '../../core/purchases/purchasePlan';
import { PURCHASES, type PurchaseField } from '../../core/purchases/historySheets';
import { emptyTotals, totalsByCustomer } from '../../core/purchases/customerTotals';
import type { CellValue } from '../../core/customerRecord';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { ensureHistorySheet } from './historySheet';
import { purchaseSetting, type PurchaseSetting } from './purchaseContext';
import { recalculateTotals } from './recalculateTotals';
import { updateScheduler } from '../scheduler/scheduler';
import { writeTotals } from './totalsColumns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PurchaseEditResult {
  rows: number;
  linked: number;
  /** Rows whose contribution to the totals changed. */
  changed: number;
  /** The edit covered the Counted column, so what the rows had added was unknown: every total was made again. */
  recalculated: boolean;
}

export interface EditedBlock {
  top: number;
  height: number;
  left: number;
  right: number;
  /**
   * The columns (0-based) a row appended by Clientele was written in, for the audit log, when
   * they are not the block's: the card's new purchase is processed as a typed Customer cell but
   * audited with every field it wrote.
   */
  written?: readonly number[];
}

export function recordPurchaseEdit(context: ActionContext, sheet: Sheet, edited: EditedBlock, editor?: string): PurchaseEditResult {
  return withDocumentLock(30_000, () => processPurchaseRows(context, sheet, edited, editor));
}

/**
 * The work of an edit, for a caller that holds the document lock (an edit, a purchase added from
 * the card, an import). `known`: the customer sheet as the caller read it under the same lock.
 */
export function processPurchaseRows(context: ActionContext, sheet: Sheet, edited: EditedBlock, editor?: string, known?: PurchaseSetting): PurchaseEditResult {
  const { headers, columns } = ensureHistorySheet(context.spreadsheet, PURCHASES, context.language);
  // Of the customer sheet, an edit reads the IDs, the matcher's columns when a row names its
  // customer otherwise, and the totals of the customers it changes (purchaseContext.ts).
  const setting = known ?? purchaseSetting(context, true, 'asNeeded');
  const top = Math.max(2, edited.top);
  const height = edited.top + edited.height - top;
  if (!setting || height <= 0) return { rows: 0, linked: 0, changed: 0, recalculated: false };
  const width = headers.length;
  const rows = sheet.getRange(top, 1, height, width).getValues() as CellValue[][];
  const covers = (field: PurchaseField) => columns[field] !== undefined && columns[field]! + 1 >= edited.left && columns[field]! + 1 <= edited.right;
  const input = {
    headers,
    columns,
    rows,
    top,
    customerEdited: covers('customer') && !covers('customerId'),
    customers: setting.customers.values,
    linker: setting.linker,
    totalsColumns: setting.totalsColumns,
    rules: setting.rules,
    reading: setting.reading,
  };
  const linked = linkPurchaseRows(input);
  setting.readTotalsOf(customersTouched(input, linked));
  const plan = planPurchaseRows(input, linked);
  sheet.getRange(top, columns.customerId! + 1, height, 1).setValues(plan.customerIds.map((id) => [id]));
  sheet.getRange(top, columns.counted! + 1, height, 1).setValues(plan.counted.map((counted) => [counted]));

  const noteRange = sheet.getRange(top, 1, height, width);
  const notes = planHistoryNotes({
    current: noteRange.getNotes(),
    top,
    customerColumn: columns.customer,
    links: plan.links,
    problems: plan.problems,
    checkedColumns: (['customer', 'date', 'amount', 'currency', 'quantity', 'points'] as const).flatMap((field) => (columns[field] === undefined ? [] : [columns[field]!])),
    idHeader: String(headers[columns.customerId!] ?? ''),
    text: context.text,
  });
  if (notes) noteRange.setNotes(notes);

  let recalculated = false;
  if (covers('counted')) {
    // A paste over, or a clearing of, the Counted cells hides what those rows had added. On a big
    // sheet the recalculation stops half done at its step budget: the scheduler's totals job
    // finishes it, hour after hour, so the edit keeps (or installs) the scheduler then.
    if (!recalculateTotals(context).done) updateScheduler(context);
    recalculated = true;
  } else {
    if (plan.recount.size > 0) {
      const counted = sheet.getRange(2, columns.counted! + 1, Math.max(1, sheet.getLastRow() - 1), 1).getValues().map((row) => row[0] as CellValue);
      const recounted = totalsByCustomer(contributionsOf(counted), setting.rules, plan.recount);
      for (const id of plan.recount) {
        const index = setting.linker.rowOfId(id);
        if (index !== undefined) plan.totals.set(index, recounted.get(id) ?? emptyTotals());
      }
    }
    writeTotals(setting.customers, setting.totalsColumns, plan.totals, setting.rules);
  }
  const linkedIds = plan.customerIds.filter((id) => id !== '');
  const written = edited.written ?? Array.from({ length: edited.right - edited.left + 1 }, (_, i) => edited.left - 1 + i);
  appendAudit(context.spreadsheet, [{
    action: 'purchase',
    customerIds: [...new Set(linkedIds)],
    rows: rows.map((_, i) => top + i),
    fields: written.map((column) => String(headers[column] ?? '')),
    cells: height * written.length,
    detail: sheet.getName(),
  }], editor ? { user: editor } : {});
  return { rows: height, linked: linkedIds.length, changed: plan.changed, recalculated };
}
