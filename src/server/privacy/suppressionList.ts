/**
 * The suppression list on the sheet: a hidden "Clientele suppression" sheet of salted hashes (see
 * core/privacy/suppression.ts), its salt in the first row under the header so that the list and
 * its salt travel together (a copy of the spreadsheet keeps suppressing). Read in one call, added
 * to in one append. It is not a backed-up sheet: restoring an older backup must never take a
 * suppression away, and it holds no personal data a backup would need to keep.
 */
import type { CellValue } from '../../core/customerRecord';
import { isSuppressed, readSuppression, SUPPRESSION_HEADERS, SUPPRESSION_SHEET, suppressionHash, type Contacts } from '../../core/privacy/suppression';
import { appendRows, findRecordSheet, recordSheet } from '../recordSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SALT_COLUMN = 2;

export interface SuppressionList {
  salt: string;
  hashes: Set<string>;
}

function valuesOf(spreadsheet: Spreadsheet): CellValue[][] {
  const sheet = findRecordSheet(spreadsheet, SUPPRESSION_SHEET);
  return sheet && sheet.getLastRow() > 0 ? (sheet.getDataRange().getValues() as CellValue[][]) : [];
}

export function readSuppressionList(spreadsheet: Spreadsheet): SuppressionList {
  const values = valuesOf(spreadsheet);
  return { salt: String(values[1]?.[SALT_COLUMN] ?? ''), hashes: readSuppression(values) };
}

/** The check capture and import make before upserting (no call per submission: hashing is in core). */
export function suppressionCheck(list: SuppressionList, defaultCountry: string | undefined): ((contacts: Contacts) => boolean) | undefined {
  if (list.hashes.size === 0) return undefined;
  return (contacts) => isSuppressed(contacts, defaultCountry, list.salt, list.hashes);
}

/** Adds the hashes of these contact keys (core contactKeys); returns how many were new. */
export function addToSuppression(spreadsheet: Spreadsheet, keys: readonly string[]): number {
  const list = readSuppressionList(spreadsheet);
  const salt = list.salt || Utilities.getUuid();
  const fresh = [...new Set(keys.map((key) => suppressionHash(salt, key)))].filter((hash) => !list.hashes.has(hash));
  if (fresh.length === 0) return 0;
  const sheet = recordSheet(spreadsheet, SUPPRESSION_SHEET, SUPPRESSION_HEADERS, { hidden: true });
  const now = new Date();
  // The salt rides on the first row ever written: a new list starts with it.
  appendRows(sheet, fresh.map((hash, i) => [hash, now, list.salt === '' && i === 0 ? salt : '']), SALT_COLUMN + 1);
  return fresh.length;
}
