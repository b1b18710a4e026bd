/**
 * The append-only Audit log: who changed which customers, when, and how many cells, for edits in
 * the sheet and every action Clientele performs. Rows are only ever appended, in one write per
 * action, each carrying a check chained to the row above (see core/audit/auditRecords.ts).
 */
import { AUDIT_COLUMNS, AUDIT_SHEET, auditCells, chainRows } from '../../core/audit/auditRecords';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import type { Settings } from '../../core/settings';
import { protectAuditSheet } from './auditProtection';
import { appendRows, findRecordSheet, recordSheet } from '../recordSheets';
import { userLanguage } from '../userLanguage';
import { DocumentStore } from '../settingsStore';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface AuditEntry {
  action: 'edit' | 'clean' | 'merge' | 'capture' | 'import' | 'restore' | 'erase' | 'export' | string;
  /** Customer IDs concerned (never names, emails or old values). */
  customerIds: string[];
  /** Sheet rows concerned (1-based), when meaningful. */
  rows?: number[];
  /** Field names touched, never values. */
  fields?: string[];
  cells: number;
  /** A short non-personal detail, e.g. "3 groups", "request R-0004". */
  detail?: string;
}

export interface AuditOptions {
  /** Who acted, when the caller knows better than the session (an edit event's e.user). */
  user?: string;
}

/** The Audit log sheet if it exists (it is made on the first append). */
export function findAuditSheet(spreadsheet: Spreadsheet): Sheet | null {
  return findRecordSheet(spreadsheet, AUDIT_SHEET);
}

function auditSheet(spreadsheet: Spreadsheet, settings: Settings): Sheet {
  const existing = findAuditSheet(spreadsheet);
  if (existing) return existing;
  const headers = messagesFor(userLanguage(settings)).auditHeaders.split('|');
  const sheet = recordSheet(spreadsheet, AUDIT_SHEET, headers, { language: userLanguage(settings) });
  protectAuditSheet(sheet, settings.protection ?? 'warning');
  return sheet;
}

/**
 * The acting user's email. Google gives '' when it may not say (a consumer account, another
 * domain, or a trigger run for someone else); the log then says so in the acting user's
 * language ("(not given by Google)") rather than guess or invent a name.
 */
function actingUser(text: Messages): string {
  try {
    return Session.getActiveUser().getEmail() || text.auditUserNotGiven;
  } catch {
    return text.auditUserNotGiven;
  }
}


/** The check of the last row, to chain the new rows to ('' when the log has no rows yet). */
function lastCheck(sheet: Sheet): string {
  const last = sheet.getLastRow();
  if (last < 2) return '';
  return String(sheet.getRange(last, AUDIT_COLUMNS.check + 1).getValue() ?? '');
}

/** Appends entries in one write; stamps time and the acting user (Session.getActiveUser email when Google gives it, else "(not given by Google)" in their language). */
export function appendAudit(spreadsheet: Spreadsheet, entries: AuditEntry[], options: AuditOptions = {}): void {
  if (entries.length === 0) return;
  const { settings } = DocumentStore.open().loadSettings();
  const sheet = auditSheet(spreadsheet, settings);
  const user = options.user || actingUser(messagesFor(userLanguage(settings)));
  const now = new Date();
  const rows = chainRows(lastCheck(sheet), entries.map((entry) => auditCells(entry, now, user)));
  appendRows(sheet, rows, AUDIT_COLUMNS.check + 1);
}

