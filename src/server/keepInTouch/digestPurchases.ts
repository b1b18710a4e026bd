/**
 * The purchases the day's digest counts (recalls due, loyalty points and levels), read in one of
 * two ways:
 *
 * - A Purchases sheet Clientele keeps (it has a Counted column and the customer sheet has its
 *   totals columns) is read as counted: who, when and how much from the Counted column, and the
 *   item (only when recall services are set) and points (only with a loyalty programme) beside
 *   it. One to three columns of a dozen, and nothing linked again: at a million purchases, each
 *   column is about ten seconds of cell reads on Apps Script (src/local/executionCost.ts). A row
 *   that did not count is left out, as the totals leave it out; the row's note says why.
 * - Any other Purchases sheet (a file the CLI put in, a sheet never set up) is read whole and
 *   every row linked, and what could not be read or linked is counted for the CLI to report.
 */
import type { CellValue } from '../../core/customerRecord';
import { countedDigestPurchases, digestPurchases, type CountedRow, type DigestPurchase } from '../../core/keepInTouch/todayDigest';
import { PURCHASES } from '../../core/purchases/historySheets';
import { readPurchases } from '../../core/purchases/purchaseRecords';
import type { ActionContext } from '../actionContext';
import { headerRow, readColumns } from '../sheetColumns';
import { findHistorySheet } from '../purchases/historySheet';
import type { PurchaseSetting } from '../purchases/purchaseContext';

export interface DigestPurchasesReport {
  sheet: string | null;
  /** 'counted': from the Counted column (rows that did not count are marked in their rows); 'rows': every row read and linked. */
  source: 'counted' | 'rows';
  linked: number;
  /** Rows with no customer, or not exactly one ('rows' only: from the Counted column, 0). */
  unlinked: number;
  /** 1-based rows that could not be read ('rows' only: from the Counted column, none). */
  unreadableRows: number[];
  /** Columns a purchase cannot be counted without ('date', 'customer'), missing from the sheet. */
  missingColumns: string[];
}

export function readDigestPurchases(context: ActionContext, setting: PurchaseSetting): { purchases: DigestPurchase[]; report: DigestPurchasesReport } {
  const sheet = findHistorySheet(context.spreadsheet, PURCHASES);
  if (!sheet) return { purchases: [], report: { sheet: null, source: 'rows', linked: 0, unlinked: 0, unreadableRows: [], missingColumns: [] } };
  const lastRow = sheet.getLastRow();
  const headers = headerRow(sheet);
  const width = headers.length;
  const columns = PURCHASES.recognise(headers);
  const { timeZone } = setting.reading;

  if (columns.counted !== undefined && setting.totalsColumns.purchaseCount !== undefined) {
    const item = (context.settings.recallServices ?? '').trim() !== '' ? columns.item : undefined;
    const points = context.settings.loyalty ? columns.points : undefined;
    const read = [columns.counted, item, points].filter((column): column is number => column !== undefined);
    const values = readColumns(sheet, read, lastRow, width);
    const rows: CountedRow[] = values.map((row) => ({ counted: row[columns.counted!]!, item: item === undefined ? '' : row[item]!, points: points === undefined ? '' : row[points]! }));
    const purchases = countedDigestPurchases(rows, timeZone);
    return { purchases, report: { sheet: sheet.getName(), source: 'counted', linked: purchases.length, unlinked: 0, unreadableRows: [], missingColumns: [] } };
  }

  const body = lastRow < 2 ? [] : (sheet.getRange(2, 1, lastRow - 1, width).getValues() as CellValue[][]);
  const { purchases: records } = readPurchases([headers, ...body], columns, setting.reading);
  const linked = digestPurchases(records, setting.linker.linkAll(records.map((p) => ({ customerId: p.customerId, customer: p.customer }))), timeZone);
  const missingColumns = [...(columns.date === undefined ? ['date'] : []), ...(columns.customer === undefined && columns.customerId === undefined ? ['customer'] : [])];
  return { purchases: linked.rows, report: { sheet: sheet.getName(), source: 'rows', linked: linked.rows.length, unlinked: linked.unlinked, unreadableRows: linked.unreadableRows, missingColumns } };
}
