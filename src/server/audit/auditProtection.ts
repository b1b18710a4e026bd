/**
 * How Clientele protects what it writes: the system columns (ID, Created, Updated) of the
 * customer sheet and the whole Audit log sheet, following the setting `protection`:
 * - 'warning' (default): everyone may still edit, Sheets asks them to confirm first. Every
 *   editor's Clientele actions can append to the log; a hand change to a log row shows as a
 *   broken check.
 * - 'owner': only the spreadsheet's owner (and whoever runs this, as Google's reference asks)
 *   may edit; other editors are removed from the protection and domain-wide editing is off.
 *   Scripts run as the user, so another editor's Clientele actions cannot append to the log
 *   then: choose it where the owner runs Clientele (the edit trigger runs as its creator).
 */
import { AUDIT_SHEET } from '../../core/audit/auditRecords';
import type { Settings } from '../../core/settings';
import { findRecordSheet } from '../recordSheets';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type ProtectionMode = NonNullable<Settings['protection']>;

/** Set-up marks its system-column protections with this prefix (customerSheet.ts). */
const CLIENTELE_MARK = 'Clientele';
const AUDIT_DESCRIPTION = 'Clientele: audit log, appended to by Clientele only';

function applyMode(protection: Protection, mode: ProtectionMode): void {
  if (mode === 'warning') {
    protection.setWarningOnly(true);
    return;
  }
  protection.setWarningOnly(false);
  protection.addEditor(Session.getEffectiveUser());
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Protects the Audit log sheet as the setting says. */
export function protectAuditSheet(sheet: Sheet, mode: ProtectionMode): void {
  applyMode(sheet.protect().setDescription(AUDIT_DESCRIPTION), mode);
}

/** Applies the setting to the Audit log and to every system-column protection Clientele made. */
export function applyProtectionSetting(spreadsheet: Spreadsheet, mode: ProtectionMode): void {
  const audit = findRecordSheet(spreadsheet, AUDIT_SHEET);
  if (audit) protectAuditSheet(audit, mode);
  for (const protection of spreadsheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (protection.getDescription().startsWith(CLIENTELE_MARK)) applyMode(protection, mode);
  }
}
