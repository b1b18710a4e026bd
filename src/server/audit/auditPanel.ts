/**
 * The Audit panel's server side: whether audited editing is on (the edit trigger exists), the
 * protection setting, and the log itself: how many rows, the latest ones, and the first row
 * whose check is broken (a row changed, removed or inserted by hand), read in one getValues.
 */
import { AUDIT_COLUMNS, firstBrokenRow } from '../../core/audit/auditRecords';
import type { CellValue } from '../../core/customerRecord';
import type { ActionContext } from '../actionContext';
import { auditUserLabel } from '../../core/audit/auditUser';
import { findAuditSheet } from './auditLog';
import { applyProtectionSetting, type ProtectionMode } from './auditProtection';
import { withRefusal, type TriggerInstall } from '../documentTriggers';
import { editStampingOn, ensureEditTrigger, removeEditTrigger } from './editStampingTrigger';

export interface AuditRow {
  row: number;
  time: string;
  user: string;
  action: string;
  customerIds: string;
  fields: string;
  cells: number;
}

export interface AuditPanel {
  editing: boolean;
  protection: ProtectionMode;
  entries: number;
  /** The first sheet row whose check does not follow from the rows above; null when the log is intact. */
  brokenRow: number | null;
  /** The latest rows, newest first. */
  recent: AuditRow[];
  /** Why audited editing could not be switched on (its trigger was refused), in the user's language. */
  notice?: string;
}

const RECENT_ROWS = 20;

function timeText(value: CellValue): string {
  return value instanceof Date ? value.toISOString() : String(value ?? '');
}

export function auditPanel(context: ActionContext): AuditPanel {
  const editing = editStampingOn(context.spreadsheet);
  const protection = context.settings.protection ?? 'warning';
  const sheet = findAuditSheet(context.spreadsheet);
  if (!sheet || sheet.getLastRow() < 2) return { editing, protection, entries: 0, brokenRow: null, recent: [] };
  const values = sheet.getRange(1, 1, sheet.getLastRow(), AUDIT_COLUMNS.check + 1).getValues() as CellValue[][];
  const rows = values.map((cells, i) => ({ cells, row: i + 1 })).slice(1);
  const recent = rows.slice(-RECENT_ROWS).reverse().map(({ cells, row }) => ({
    row,
    time: timeText(cells[AUDIT_COLUMNS.time]!),
    user: auditUserLabel(context.text, String(cells[AUDIT_COLUMNS.user] ?? '')),
    action: String(cells[AUDIT_COLUMNS.action] ?? ''),
    customerIds: String(cells[AUDIT_COLUMNS.customerIds] ?? ''),
    fields: String(cells[AUDIT_COLUMNS.fields] ?? ''),
    cells: Number(cells[AUDIT_COLUMNS.cells] ?? 0),
  }));
  return { editing, protection, entries: rows.length, brokenRow: firstBrokenRow(values), recent };
}

/** The Audited editing switch (exactly one edit trigger, or none) and the protection setting. */
export function setAuditedEditing(context: ActionContext, on: boolean, protection?: ProtectionMode): AuditPanel {
  let install: TriggerInstall = { installed: true };
  if (on) install = ensureEditTrigger(context.spreadsheet);
  else removeEditTrigger(context.spreadsheet);
  let settings = context.settings;
  if (protection && protection !== (settings.protection ?? 'warning')) {
    settings = { ...settings, protection };
    context.store.saveSettings(settings);
    applyProtectionSetting(context.spreadsheet, protection);
  }
  const panel = auditPanel({ ...context, settings });
  return install.installed ? panel : { ...panel, notice: withRefusal(context.text, '', install, 'deployAuditedEditingRefused') };
}
