/**
 * What a merge reads besides the customer table to choose its values: how the cleaners read
 * cells, which customers' totals the Purchases sheet makes (the recount writes theirs), and when
 * capture last wrote to each customer. One read of the Counted column and one of the ledger.
 */
import { CAPTURE_LOG_SHEET } from '../../core/capture/captureRecords';
import type { CellValue } from '../../core/customerRecord';
import { DEFAULT_HEADERS, type RecognisedColumns } from '../../core/headerRoles';
import type { MergeRequest } from '../../core/merge/mergePlan';
import { captureTimes } from '../../core/merge/valueChoice';
import { PURCHASES } from '../../core/purchases/historySheets';
import { contributionsOf } from '../../core/purchases/purchaseRecords';
import type { ActionContext } from '../actionContext';
import { cleaningOptions } from '../cleaning/cleaning';
import { findHistorySheet } from '../purchases/historySheet';
import { findRecordSheet } from '../recordSheets';

function countedIds(context: ActionContext): Set<string> {
  const sheet = findHistorySheet(context.spreadsheet, PURCHASES);
  if (!sheet || sheet.getLastRow() < 2) return new Set();
  const counted = PURCHASES.recognise(sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0]!).counted;
  if (counted === undefined) return new Set();
  const cells = sheet.getRange(2, counted + 1, sheet.getLastRow() - 1, 1).getValues().map((row) => row[0] as CellValue);
  return new Set([...contributionsOf(cells)].map((contribution) => contribution.customerId));
}

function ledger(context: ActionContext): CellValue[][] {
  const sheet = findRecordSheet(context.spreadsheet, CAPTURE_LOG_SHEET);
  return sheet && sheet.getLastRow() >= 2 ? (sheet.getDataRange().getValues() as CellValue[][]) : [];
}

/** The merge of `groups` (sheet rows) of the table `values`, as Merge and its preview ask core for it, with the user's rules. */
export function mergeRequest(context: ActionContext, values: MergeRequest['values'], columns: RecognisedColumns, groups: MergeRequest['groups']): MergeRequest {
  return {
    values,
    columns,
    groups,
    rules: context.settings.mergeRules,
    otherContactsHeader: DEFAULT_HEADERS[context.language].otherContacts,
    cleaning: cleaningOptions(context.spreadsheet, context.settings, context.language),
    countedIds: countedIds(context),
    capturedAt: captureTimes(ledger(context)),
  };
}
