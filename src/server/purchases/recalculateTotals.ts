/**
 * Recalculate totals: every purchase row linked again (an ID beside it is kept when that
 * customer still exists), its Counted cell rewritten, then every customer's totals made from the
 * Counted column alone and written in one call per run of totals columns. A step costs the same
 * few calls whatever the sizes: the rows still to do read once, the Customer ID and Counted cells
 * of the rows done written once, the customer sheet read once and its totals written once.
 *
 * Big sheets are done in steps: a step stops linking after STEP_BUDGET_MS and keeps where it got
 * to in a document property; the next call (the sidebar asks again by itself) goes on from there,
 * and the last step sums the whole Counted column. A customer Clientele has never counted (blank
 * purchase count) and who has no purchase keeps the Total spent and Last purchase typed by hand.
 */
import { formatMessage } from '../../core/i18n/formatMessage';
import { withDocumentLock } from '../documentLock';
import { emptyTotals, totalsByCustomer, type Totals } from '../../core/purchases/customerTotals';
import { PURCHASES } from '../../core/purchases/historySheets';
import { planPurchaseRows } from '../../core/purchases/purchasePlan';
import { contributionsOf, type PurchaseProblem } from '../../core/purchases/purchaseRecords';
import type { CellValue } from '../../core/customerRecord';
import { isBlankCell } from '../../core/customerIds';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { ensureHistorySheet, findHistorySheet } from './historySheet';
import { purchaseSetting } from './purchaseContext';
import { writeTotals } from './totalsColumns';
import { updateScheduler } from '../scheduler/scheduler';

/** Apps Script stops an execution at 6 minutes: a step links for at most 4. */
const STEP_BUDGET_MS = 240_000;
/** Rows linked between two looks at the clock. */
const CHUNK_ROWS = 100_000;
const PROBLEM_LIMIT = 200;
const PROGRESS_PROPERTY = 'clientele.totalsRecalculation';

export interface RecalculationProgress {
  done: boolean;
  /** Purchase rows read so far, of all. */
  processed: number;
  total: number;
  customers: number;
  purchases: number;
  problems: PurchaseProblem[];
  problemCount: number;
  /** This step went on from an earlier one. */
  resumed: boolean;
}

/** A recalculation left half done waits for its next step (the scheduler reads the properties once). */
export function recalculationWaitingIn(properties: Readonly<Record<string, string>>): boolean {
  return properties[PROGRESS_PROPERTY] !== undefined;
}

function savedNextRow(): number {
  const stored = Number(PropertiesService.getDocumentProperties().getProperty(PROGRESS_PROPERTY));
  return Number.isInteger(stored) && stored >= 2 ? stored : 2;
}

/**
 * One step under the document lock (the sidebar and the scheduler call this). `schedule`: the
 * caller may install the scheduler (it holds the triggers permission), so that a recalculation
 * left half done goes on by itself; it is removed again once nothing needs it.
 */
export function recalculateTotalsStep(context: ActionContext, budgetMs = STEP_BUDGET_MS, schedule = false): RecalculationProgress {
  const progress = withDocumentLock(30_000, () => recalculateTotals(context, budgetMs));
  if (schedule && (!progress.done || progress.resumed)) updateScheduler(context);
  return progress;
}

/** One step; the caller holds the document lock. */
export function recalculateTotals(context: ActionContext, budgetMs = STEP_BUDGET_MS): RecalculationProgress {
  const started = Date.now();
  const setting = purchaseSetting(context);
  const empty: RecalculationProgress = { done: true, processed: 0, total: 0, customers: 0, purchases: 0, problems: [], problemCount: 0, resumed: false };
  if (!setting || !findHistorySheet(context.spreadsheet, PURCHASES)) return empty;
  const { sheet, headers, columns } = ensureHistorySheet(context.spreadsheet, PURCHASES, context.language);
  const lastRow = sheet.getLastRow();
  const properties = PropertiesService.getDocumentProperties();
  const from = Math.min(savedNextRow(), Math.max(2, lastRow + 1));
  const rows = lastRow >= from ? (sheet.getRange(from, 1, lastRow - from + 1, headers.length).getValues() as CellValue[][]) : [];

  const customerIds: string[] = [];
  const counted: string[] = [];
  const problems: PurchaseProblem[] = [];
  let done = 0;
  while (done < rows.length && (done === 0 || Date.now() - started < budgetMs)) {
    const chunk = rows.slice(done, done + CHUNK_ROWS);
    const plan = planPurchaseRows({
      headers, columns, rows: chunk, top: from + done, customerEdited: false,
      customers: setting.customers.values, linker: setting.linker, totalsColumns: setting.totalsColumns, rules: setting.rules, reading: setting.reading,
    });
    customerIds.push(...plan.customerIds);
    counted.push(...plan.counted);
    problems.push(...plan.problems);
    done += chunk.length;
  }
  if (done > 0) {
    sheet.getRange(from, columns.customerId! + 1, done, 1).setValues(customerIds.map((id) => [id]));
    sheet.getRange(from, columns.counted! + 1, done, 1).setValues(counted.map((cell) => [cell]));
  }
  const total = Math.max(0, lastRow - 1);
  if (done < rows.length) {
    properties.setProperty(PROGRESS_PROPERTY, String(from + done));
    return { done: false, processed: from + done - 2, total, customers: 0, purchases: 0, problems: problems.slice(0, PROBLEM_LIMIT), problemCount: problems.length, resumed: from > 2 };
  }
  properties.deleteProperty(PROGRESS_PROPERTY);

  // Rows of earlier steps are on the sheet already; this step's are in memory.
  const earlier = from > 2 ? sheet.getRange(2, columns.counted! + 1, from - 2, 1).getValues().map((row) => row[0] as CellValue) : [];
  const byId = totalsByCustomer(contributionsOf([...earlier, ...counted]), setting.rules);
  const updates = new Map<number, Totals>();
  for (const [id, totals] of byId) {
    const index = setting.linker.rowOfId(id);
    if (index !== undefined) updates.set(index, totals);
  }
  const countColumn = setting.totalsColumns.purchaseCount!;
  setting.customers.values.forEach((row, index) => {
    if (index > 0 && !updates.has(index) && !isBlankCell(row[countColumn])) updates.set(index, emptyTotals());
  });
  writeTotals(setting.customers, setting.totalsColumns, updates, setting.rules);
  let purchases = 0;
  for (const totals of byId.values()) purchases += totals.count;
  appendAudit(context.spreadsheet, [{ action: 'recalculate', customerIds: [...byId.keys()], cells: updates.size, detail: formatMessage(context.text.auditDetailPurchases, { count: purchases }) }]);
  return { done: true, processed: total, total, customers: byId.size, purchases, problems: problems.slice(0, PROBLEM_LIMIT), problemCount: problems.length, resumed: from > 2 };
}
