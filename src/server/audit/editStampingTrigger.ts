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

function ourTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  const id = spreadsheet.getId();
  return ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === EDIT_HANDLER && t.getEventType() === ScriptApp.EventType.ON_EDIT && t.getTriggerSourceId() === id,
  );
}

export function editStampingOn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return ourTriggers(spreadsheet).length > 0;
}

/** Exactly one edit trigger of this user for this spreadsheet: made when missing, extra ones removed. */
export function ensureEditTrigger(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const existing = ourTriggers(spreadsheet);
  if (existing.length === 0) ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(spreadsheet).onEdit().create();
  for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
}

export function removeEditTrigger(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  for (const trigger of ourTriggers(spreadsheet)) ScriptApp.deleteTrigger(trigger);
}
