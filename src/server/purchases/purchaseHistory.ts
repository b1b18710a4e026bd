/**
 * Every purchase linked to a customer and each customer's totals, written nowhere: what
 * `clientele history` appends to the customer file. Customers are keyed by their row, so a file
 * without customer IDs works too. Reasons are in the user's language (English in an English
 * session, so the CLI's JSON for scripts keeps its English keys and, by default, its English reasons).
 */
import type { CellValue } from '../../core/customerRecord';
import { formatMessage } from '../../core/i18n/formatMessage';
import { problemReason } from '../../core/purchases/purchaseNotes';
import { totalsByCustomer, totalsCells } from '../../core/purchases/customerTotals';
import { PURCHASES } from '../../core/purchases/historySheets';
import { contributionOf, readPurchases, type Contribution } from '../../core/purchases/purchaseRecords';
import type { ActionContext } from '../actionContext';
import { readHistory } from './historySheet';
import { purchaseSetting } from './purchaseContext';

export const HISTORY_HEADERS = ['Purchases', 'Total spent', 'Currency', 'First purchase', 'Last purchase', 'Average order'];

export interface PurchaseHistory {
  customerSheet: string;
  purchases: number;
  linked: number;
  unmatched: number;
  /** 1-based data rows of the purchases (the header is not a row). */
  unmatchedRows: { row: number; reason: string }[];
  /** Linked, but a cell cannot be read (the date, the amount…): not in the totals. */
  notCounted: { row: number; reason: string }[];
  /** Per customer sheet data row, the HISTORY_HEADERS cells. */
  rows: CellValue[][];
}

export function purchaseHistory(context: ActionContext): PurchaseHistory | { error: 'noSheet' | 'noPurchases' } {
  const setting = purchaseSetting(context, false);
  if (!setting) return { error: 'noSheet' };
  const table = readHistory(context.spreadsheet, PURCHASES);
  if (!table || table.values.length === 0) return { error: 'noPurchases' };
  const { purchases, problems } = readPurchases(table.values, table.columns, setting.reading);
  const links = setting.linker.linkAll(purchases.map((p) => ({ customerId: p.customerId, customer: p.customer })));
  const unmatchedRows: PurchaseHistory['unmatchedRows'] = [];
  const byRow = new Map<string, CellValue[]>();
  const contributions: Contribution[] = [];
  const notCounted: PurchaseHistory['notCounted'] = [];
  const reasonsByRow = new Map<number, string>();
  const text = context.text;
  for (const problem of problems) if (!reasonsByRow.has(problem.row)) reasonsByRow.set(problem.row, problemReason(problem.reason, text));
  let linked = 0;
  purchases.forEach((purchase, i) => {
    const link = links[i]!;
    const dataRow = purchase.row - 1;
    if (link.kind !== 'linked') {
      const candidates = 'candidates' in link ? link.candidates.join(', ') : '';
      const reason = link.kind === 'ambiguous' ? formatMessage(text.purchaseReasonAmbiguous, { candidates })
        : link.kind === 'nameOnly' ? (candidates ? formatMessage(text.purchaseReasonNameOnlyCandidates, { candidates }) : text.purchaseReasonNameOnly)
          : link.kind === 'blank' ? text.purchaseReasonBlank : text.purchaseReasonUnknown;
      unmatchedRows.push({ row: dataRow, reason });
      return;
    }
    linked += 1;
    // Keyed by the customer's row: a file without IDs is linked all the same.
    const contribution = contributionOf(purchase, `#${link.index}`);
    if (contribution) contributions.push(contribution);
    else notCounted.push({ row: dataRow, reason: reasonsByRow.get(purchase.row) ?? problemReason('noDate', text) });
  });
  const totals = totalsByCustomer(contributions, setting.rules);
  for (const [key, customerTotals] of totals) {
    const cells = totalsCells(customerTotals, setting.rules);
    byRow.set(key, [cells.purchaseCount, cells.totalSpent, cells.currency, cells.firstPurchase, cells.lastPurchase, cells.averageOrder]);
  }
  const rows = setting.customers.values.slice(1).map((_, i) => byRow.get(`#${i + 1}`) ?? [0, '', '', '', '', '']);
  return { customerSheet: setting.customers.sheet.getName(), purchases: purchases.length, linked, unmatched: unmatchedRows.length, unmatchedRows, notCounted, rows };
}
