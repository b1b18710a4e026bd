/**
 * Merging duplicate groups on the customer sheet: core plans it; here the table is read once,
 * the survivors are written in one block, the merged rows are deleted (one call per run of
 * rows, so the rows under them move up with their formulas), the merged rows are appended to
 * the Merged sheet with the survivor's ID and the time, and the undo log records the changed
 * cells, the removed rows and the appended rows.
 */
import { cellsAudit } from '../../core/audit/actionAudit';
import { blocksForEdits, sameCell } from '../../core/cellBlock';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { CellValue } from '../../core/customerRecord';
import { planMerge } from '../../core/merge/mergePlan';
import * as z from 'zod/mini';
import { CUSTOMER_FIELDS } from '../../core/customerFields';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { writeBlocks } from '../sheetContents';
import { findCustomerContents } from '../customerSheet';
import { appendRows, recordSheet } from '../recordSheets';
import { appendUndoLog } from '../cleaning/undoSheet';
import { runsOf } from '../cleaning/undoAction';
import { rowPrint } from '../../core/undoLog';
import { undoRecord } from '../../core/undoPlan';
import { applyHistoryMoves, planHistoryMoves, recountCustomers } from '../purchases/historyMoves';
import { withDocumentLock } from '../documentLock';
import { appendReviewLabels } from './duplicates';
import { mergeRequest } from './mergeInputs';

export const MERGED_SHEET = 'Merged';

export interface MergeResult {
  groups: number;
  rowsMerged: number;
}

/** `reviewed`: the reviewer merged these groups one by one (Merge in the panel): each is a label the next matching learns from. */
export function mergeGroups(context: ActionContext, groups: readonly (readonly number[])[], reviewed = false): MergeResult {
  return withDocumentLock(30_000, () => {
    const table = findCustomerContents(context.spreadsheet, context.settings);
    if (!table || table.contents.values.length < 2) return { groups: 0, rowsMerged: 0 };
    const { sheet, contents } = table;
    const plan = planMerge(mergeRequest(context, contents.values, table.columns, groups));
    if (plan.merged.length === 0) return { groups: 0, rowsMerged: 0 };
    if (reviewed) appendReviewLabels(context, { values: contents.values, columns: table.columns }, groups, true);
    const idColumn = table.columns.roles.id;
    if (idColumn !== undefined) context.store.rememberIssuedIds(plan.merged.map((row) => row.values[idColumn]));

    const width = plan.table[0]!.length;
    if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    const appended = appendMergedRows(context, contents.values[0] ?? [], plan.merged);
    const removedAbove = (row: number) => plan.merged.filter((merged) => merged.sheetRow < row).length;
    const changes = plan.survivors.flatMap((survivor) =>
      survivor.after.flatMap((after, c) => {
        const before = survivor.before[c] ?? '';
        return sameCell(before, after) ? [] : [{ row: survivor.sheetRow - removedAbove(survivor.sheetRow), column: c + 1, before, after }];
      }),
    );
    // Their purchases and interactions go to the survivor (undo moves them back).
    const history = planHistoryMoves(context.spreadsheet, new Map(idColumn === undefined ? [] : plan.merged.map((row) => [String(row.values[idColumn] ?? '').trim(), String(row.survivorId)] as [string, string])));
    // A survivor whose totals the plan left to the recount is recounted, whoever's purchases moved.
    for (const survivor of plan.survivors) if (survivor.recounted && idColumn !== undefined) history.customers.add(String(survivor.before[idColumn] ?? '').trim());
    appendUndoLog(
      context.spreadsheet,
      { operation: `merge-${Date.now()}`, action: 'merge', time: new Date(), sheet: sheet.getName() },
      {
        ...undoRecord({
          after: plan.table,
          idColumn: idColumn === undefined ? null : idColumn + 1,
          changes,
          removed: plan.merged,
          addedColumn: plan.addedOtherContacts ? plan.otherContactsColumn + 1 : null,
        }),
        appended: [appended],
        elsewhere: history.undo,
      },
    );
    // Survivors are written in place; merged rows are deleted, so the rows under them move up
    // with their formulas, as when a person deletes a row.
    const header = plan.addedOtherContacts ? [{ row: 1, column: plan.otherContactsColumn + 1, value: plan.table[0]![plan.otherContactsColumn]! }] : [];
    const survivorEdits = plan.survivors.flatMap((survivor) =>
      survivor.after.flatMap((value, c) => (sameCell(survivor.before[c] ?? '', value) ? [] : [{ row: survivor.sheetRow, column: c + 1, value }])),
    );
    writeBlocks(sheet, blocksForEdits([...header, ...survivorEdits], contents));
    for (const [first, count] of runsOf(plan.merged.map((row) => row.sheetRow)).reverse()) sheet.deleteRows(first, count);
    applyHistoryMoves(history);
    recountCustomers(history.customers);
    // The survivors' changed cells and the merged rows' cells; rows moving up are not changes.
    const changed = survivorEdits.map((edit) => ({ row: edit.row, column: edit.column }));
    const removed = plan.merged.flatMap((row) => row.values.flatMap((value, c) => (value === '' ? [] : [{ row: row.sheetRow, column: c + 1 }])));
    appendAudit(context.spreadsheet, [cellsAudit('merge', contents.values, table.columns, [...changed, ...removed], formatMessage(context.text.auditDetailGroups, { count: plan.survivors.length }))]);
    return { groups: plan.survivors.length, rowsMerged: plan.merged.length };
  });
}

/** The merged rows, whole, on the Merged sheet (made on first use), with the survivor's ID and the time. */
function appendMergedRows(context: ActionContext, headers: readonly CellValue[], merged: ReturnType<typeof planMerge>['merged']) {
  const extraHeaders = context.text.mergedExtraHeaders.split('|');
  const width = headers.length + extraHeaders.length;
  const sheet = recordSheet(context.spreadsheet, MERGED_SHEET, [...headers, ...extraHeaders], { language: context.language });
  const now = new Date();
  const rows = merged.map((row) => [...headers.map((_, c) => row.values[c] ?? ''), row.survivorId, now]);
  const firstRow = appendRows(sheet, rows, width);
  return { sheet: sheet.getName(), firstRow, width, prints: rows.map((row) => rowPrint(row, width)) };
}

const MergeRulesSchema = z.partialRecord(z.enum(CUSTOMER_FIELDS), z.enum(['recent', 'oldest', 'longest']));

/** Stores the merge rules the user chose; they come from the browser, so they are checked. */
export function saveMergeRulesSetting(context: ActionContext, rules: unknown): void {
  context.store.saveSettings({ ...context.settings, mergeRules: MergeRulesSchema.parse(rules) });
}
