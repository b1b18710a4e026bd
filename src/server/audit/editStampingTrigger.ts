import { ensureSpreadsheetTrigger, removeSpreadsheetTriggers, spreadsheetTriggers, type TriggerInstall } from '../documentTriggers';

/**
 * The installable edit trigger behind audited editing. Its handler is `onCustomerEdit`, not
 * `onEdit`: Apps Script also calls a top-level `onEdit` as a simple trigger on every edit, so an
 * installable trigger pointing at `onEdit` would run the handler twice per edit (once limited,
 * once full). The simple trigger cannot do this work anyway: it runs in AuthMode.LIMITED, for
 * 30 seconds, and cannot read the document properties' ID high-water mark under a lock.
 * Installable edit triggers fire for edits by any user, run as the user who made the trigger,
 * and are never fired by scripts' own writes.
 */
export const EDIT_HANDLER = 'onCustomerEdit';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function editStampingOn(spreadsheet: Spreadsheet): boolean {
  return spreadsheetTriggers(spreadsheet, EDIT_HANDLER, 'edit').length > 0;
}

/** Exactly one edit trigger of this user for this spreadsheet, or why Google would not make it. */
export function ensureEditTrigger(spreadsheet: Spreadsheet): TriggerInstall {
  return ensureSpreadsheetTrigger(spreadsheet, EDIT_HANDLER, 'edit');
}

export function removeEditTrigger(spreadsheet: Spreadsheet): void {
  removeSpreadsheetTriggers(spreadsheet, EDIT_HANDLER, 'edit');
}
