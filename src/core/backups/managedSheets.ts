/**
 * The sheets that make up the customer database, for backups: the customer sheet itself and
 * every sheet whose name is one Clientele manages. This is the one list of those names: a
 * feature that adds a sheet adds its name here, so backups carry it.
 */
import { CAPTURE_LOG_SHEET } from '../capture/captureRecords';
import { DATA_QUALITY_SHEET } from '../cleaning/dataQuality';
import { sheetNamesOf } from '../i18n/sheetNames';
import { RESPONSES_SHEET_NAMES } from '../responses/responseColumns';
import { UNDO_SHEET } from '../undoLog';
import { INTERACTIONS_SHEET_NAMES, PURCHASES_SHEET_NAMES } from '../purchases/historySheets';
import { ORDER_LEDGER_SHEET } from '../purchases/orderAnswer';
import { PURCHASE_IMPORT_LEDGER_SHEET } from '../purchases/purchaseFile';

export const MANAGED_SHEET_NAMES: readonly string[] = [
  ...Object.values(RESPONSES_SHEET_NAMES),
  ...[
    'Merged',
    DATA_QUALITY_SHEET,
    'Quarantine',
    'Audit log',
    'Clientele rejections',
    UNDO_SHEET,
    CAPTURE_LOG_SHEET,
    // The team's follow-up statuses are their work; the Dashboard is not listed: Update dashboard remakes it.
    'Follow-up',
    // Data-subject requests are the record that they were answered (the suppression list is not
    // here: restoring an older backup must never take a suppression away).
    'Privacy requests',
  ].flatMap((sheet) => sheetNamesOf(sheet)),
  // A customer's history: purchases (with what each counted in the totals) and interactions.
  ...Object.values(PURCHASES_SHEET_NAMES),
  ...Object.values(INTERACTIONS_SHEET_NAMES),
  // Which order-form answers are already purchases: restored with them, so none is added twice.
  ORDER_LEDGER_SHEET,
  // Which rows of imported files are already purchases: likewise.
  PURCHASE_IMPORT_LEDGER_SHEET,
];

export function isManagedSheet(name: string): boolean {
  return MANAGED_SHEET_NAMES.includes(name);
}

/** The customer sheet first, then the managed sheets in the spreadsheet's order. */
export function sheetsToBackUp(sheetNames: readonly string[], customerSheet: string | null): string[] {
  const managed = sheetNames.filter((name) => name !== customerSheet && isManagedSheet(name));
  return customerSheet !== null && sheetNames.includes(customerSheet) ? [customerSheet, ...managed] : managed;
}
