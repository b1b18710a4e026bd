/**
 * An interaction typed or pasted on the Interactions sheet (the installable edit trigger): its
 * customer is found as a purchase's is (capture's matcher; never a name alone) and the customer
 * ID written beside it, or the Customer cell gets a note naming the candidates. Constant calls:
 * the edited rows read once, the customer sheet once, one write, the notes read and written once.
 */
import { withDocumentLock } from '../documentLock';
import type { CellValue } from '../../core/customerRecord';
import { INTERACTIONS, type InteractionField } from '../../core/purchases/historySheets';
import { planHistoryNotes } from '../../core/purchases/purchaseNotes';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { ensureHistorySheet } from './historySheet';
import { purchaseSetting } from './purchaseContext';
import type { EditedBlock } from './purchaseEdit';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function recordInteractionEdit(context: ActionContext, sheet: Sheet, edited: EditedBlock, editor?: string): { rows: number; linked: number } {
  return withDocumentLock(30_000, () => {
    const { headers, columns } = ensureHistorySheet(context.spreadsheet, INTERACTIONS, context.language);
    // The IDs, and the matcher's columns only when a row names its customer otherwise: no totals.
    const setting = purchaseSetting(context, false, 'asNeeded');
    const top = Math.max(2, edited.top);
    const height = edited.top + edited.height - top;
    if (!setting || height <= 0 || columns.customerId === undefined) return { rows: 0, linked: 0 };
    const rows = sheet.getRange(top, 1, height, headers.length).getValues() as CellValue[][];
    const covers = (field: InteractionField) => columns[field] !== undefined && columns[field]! + 1 >= edited.left && columns[field]! + 1 <= edited.right;
    const customerEdited = covers('customer') && !covers('customerId');
    const text = (row: CellValue[], field: InteractionField) => (columns[field] === undefined ? '' : String(row[columns[field]!] ?? '').trim());
    const links = setting.linker.linkAll(rows.map((row) => ({ customerId: customerEdited ? '' : text(row, 'customerId'), customer: text(row, 'customer') })));
    const ids = links.map((link) => (link.kind === 'linked' ? link.customerId : ''));
    sheet.getRange(top, columns.customerId + 1, height, 1).setValues(ids.map((id) => [id]));
    if (columns.customer !== undefined) {
      const noteRange = sheet.getRange(top, 1, height, headers.length);
      const notes = planHistoryNotes({ current: noteRange.getNotes(), top, customerColumn: columns.customer, links, problems: [], checkedColumns: [columns.customer], idHeader: String(headers[columns.customerId] ?? ''), text: context.text });
      if (notes) noteRange.setNotes(notes);
    }
    const linked = ids.filter((id) => id !== '');
    appendAudit(context.spreadsheet, [{ action: 'interaction', customerIds: [...new Set(linked)], rows: rows.map((_, i) => top + i), fields: headers.slice(edited.left - 1, edited.right).map(String), cells: height * (edited.right - edited.left + 1), detail: sheet.getName() }], editor ? { user: editor } : {});
    return { rows: height, linked: linked.length };
  });
}
