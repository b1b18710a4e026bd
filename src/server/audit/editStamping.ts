/**
 * Audited editing: the installable edit trigger's work on the customer sheet. One edit event
 * (a typed cell, a pasted range, a multi-row fill) costs the same few calls whatever its size
 * or the sheet's: the edited rows read once, each stamped column written once, the email and
 * phone notes read and written once, one audit append.
 *
 * Script writes fire no edit trigger in Sheets, so Clientele's own stamps cannot loop. The same
 * event delivered twice (two users each with the trigger, or a retry) is recognised by its
 * fingerprint and changes nothing the second time.
 */
import { checkHash } from '../../core/audit/auditRecords';
import { planEditNotes, planEditStamp, type EditBlock } from '../../core/audit/editStamp';
import type { CellValue } from '../../core/customerRecord';
import { resolveColumns } from '../../core/customerColumns';
import { nextCustomerNumber } from '../../core/customerIds';
import { messagesFor } from '../../core/i18n/messages';
import { appendAudit } from './auditLog';
import { cleaningOptions } from '../cleaning/cleaning';
import { noteDuplicatesOfEdit } from '../dedupe/entryDuplicates';
import { DocumentStore } from '../settingsStore';
import { userLanguage } from '../userLanguage';
import { actionContext } from '../actionContext';
import { isInteractionsSheetName, isPurchasesSheetName } from '../../core/purchases/historySheets';
import { recordInteractionEdit } from '../purchases/interactionEdit';
import { recordPurchaseEdit, type PurchaseEditResult } from '../purchases/purchaseEdit';
import { withDocumentLock } from '../documentLock';

type Range = GoogleAppsScript.Spreadsheet.Range;

export interface EditEvent {
  range: Range;
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user?: { getEmail(): string } | null;
}

export interface EditStampResult {
  stamped: number;
  newIds: number;
  notes: boolean;
  /** Why nothing was done: no edit in the event, not the customer sheet, or the same event again. */
  skipped?: 'noEdit' | 'notCustomerSheet' | 'repeated';
  /** An edit of the Purchases sheet: what it did to purchases and totals. */
  purchases?: PurchaseEditResult;
}

export function stampEdit(event: EditEvent | undefined): EditStampResult {
  // Run by hand (the editor's Run button, the playground's Run now) there is no edit to stamp.
  if (!event?.range) return { stamped: 0, newIds: 0, notes: false, skipped: 'noEdit' };
  const range = event.range;
  const sheet = range.getSheet();
  const spreadsheet = event.source ?? SpreadsheetApp.getActiveSpreadsheet();
  if (isPurchasesSheetName(sheet.getName())) {
    const purchases = recordPurchaseEdit(actionContext(), sheet, { top: range.getRow(), height: range.getNumRows(), left: range.getColumn(), right: range.getLastColumn() }, editorEmail(event));
    return { stamped: 0, newIds: 0, notes: false, purchases };
  }
  if (isInteractionsSheetName(sheet.getName())) {
    recordInteractionEdit(actionContext(), sheet, { top: range.getRow(), height: range.getNumRows(), left: range.getColumn(), right: range.getLastColumn() }, editorEmail(event));
    return { stamped: 0, newIds: 0, notes: false };
  }
  const first = DocumentStore.open().loadSettings().settings;
  if (!first.customerSheet || sheet.getName() !== first.customerSheet) return { stamped: 0, newIds: 0, notes: false, skipped: 'notCustomerSheet' };
  const top = range.getRow();
  const left = range.getColumn();
  const height = range.getNumRows();
  const right = left + range.getNumColumns() - 1;

  // The lock capture holds while it issues IDs (capture.ts): an edit and a form response at the
  // same moment must not both take the next ID.
  return withDocumentLock(30_000, () => {
    // Read again under the lock: another edit may have issued IDs meanwhile.
    const store = DocumentStore.open();
    const { settings } = store.loadSettings();
    const width = Math.max(sheet.getLastColumn(), right);
    const headers = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
    const values = sheet.getRange(top, 1, height, width).getValues() as CellValue[][];
    const fingerprint = checkHash(JSON.stringify([sheet.getSheetId(), top, left, height, right, values.map((row) => row.slice(left - 1, right).map(String))]));
    if (fingerprint === store.lastEditFingerprint()) return { stamped: 0, newIds: 0, notes: false, skipped: 'repeated' };

    const columns = resolveColumns(headers, settings.columns);
    const block: EditBlock = { top, values };
    const now = new Date();
    let plan = planEditStamp({ headers, columns, block, edited: { left, right }, lastIdNumber: store.lastCustomerNumber(), now });
    const idIndex = columns.roles.id;
    if (idIndex !== undefined && plan.writes.some((write) => write.column === idIndex + 1)) {
      // New IDs go past every ID in the column too (one typed by hand above the mark), read in one call.
      const ids = sheet.getRange(1, idIndex + 1, Math.max(1, sheet.getLastRow()), 1).getValues().map((row) => row[0]);
      plan = planEditStamp({ headers, columns, block, edited: { left, right }, lastIdNumber: nextCustomerNumber(ids, store.lastCustomerNumber()) - 1, now });
    }
    for (const write of plan.writes) {
      sheet.getRange(top, write.column, height, 1).setValues(write.values.map((value) => [value]));
    }
    if (plan.lastIdNumber > store.lastCustomerNumber()) store.saveLastCustomerNumber(plan.lastIdNumber);

    const language = userLanguage(settings);
    let notes = false;
    if (plan.noteColumns.length > 0) {
      const noteLeft = Math.min(...plan.noteColumns);
      const noteRange = sheet.getRange(top, noteLeft, height, Math.max(...plan.noteColumns) - noteLeft + 1);
      const next = planEditNotes(block, columns, noteLeft, noteRange.getNotes(), cleaningOptions(spreadsheet, settings, language), messagesFor(language));
      if (next) {
        noteRange.setNotes(next);
        notes = true;
      }
    }
    const idWrite = plan.writes.find((write) => write.column - 1 === columns.roles.id);
    noteDuplicatesOfEdit(sheet, columns, block, { left, right }, idWrite, cleaningOptions(spreadsheet, settings, language), messagesFor(language));
    if (plan.audit) appendAudit(spreadsheet, [plan.audit], { user: editorEmail(event) });
    store.saveLastEditFingerprint(fingerprint);
    const newIds = plan.writes.find((write) => write.column - 1 === columns.roles.id) ? countNewIds(values, plan.writes, columns.roles.id!) : 0;
    return { stamped: plan.audit?.rows?.length ?? 0, newIds, notes };
  });
}

function countNewIds(before: readonly (readonly CellValue[])[], writes: { column: number; values: CellValue[] }[], idIndex: number): number {
  const after = writes.find((write) => write.column === idIndex + 1)!.values;
  return after.filter((value, i) => value !== (before[i]![idIndex] ?? '')).length;
}

/** Google fills e.user only when it may say who edited; the audit log then asks the session. */
function editorEmail(event: EditEvent): string | undefined {
  try {
    return event.user?.getEmail() || undefined;
  } catch {
    return undefined;
  }
}
