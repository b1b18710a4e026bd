/**
 * What Clientele does after a person edits the customer sheet: the plan for one edit event.
 *
 * - Each edited data row that has (or gets) a customer ID gets Updated = now.
 * - A row with data but no customer ID (typed or pasted as a new customer) gets the next ID,
 *   past the high-water mark (never reused), and Created = now.
 * - Edited email and phone cells are checked: an invalid email, an invalid phone or a phone
 *   cleaning would rewrite gets a note saying so; the value itself is never changed. A cell
 *   that is fine again loses Clientele's note (the person's own note text is kept).
 * - An edit that only touches the system columns (ID, Created, Updated) is recorded but not
 *   stamped: the person's hand edit of a stamp is theirs.
 *
 * Pure: the block of edited rows in, the writes and the audit record out.
 */
import { cleanEmail } from '../cleaning/email';
import { cleanPhone } from '../cleaning/phone';
import { recogniseCountry } from '../cleaning/countries';
import { cleanText } from '../cleaning/text';
import type { CleaningOptions } from '../cleaning/cleaningPlan';
import type { CellValue } from '../customerRecord';
import { SYSTEM_FIELDS } from '../customerFields';
import { formatCustomerId, isBlankCell, nextCustomerNumber } from '../customerIds';
import { formatMessage } from '../i18n/formatMessage';
import type { RecognisedColumns } from '../headerRoles';
import { auditFieldName } from './actionAudit';
import type { AuditRecord } from './auditRecords';

/** Every note line Clientele writes starts with this, so it can take its own lines away again. */
export const NOTE_MARK = 'Clientele: ';

export interface EditNoteTexts {
  auditNoteInvalidEmail: string;
  auditNoteEmailSuggestion: string;
  auditNoteInvalidPhone: string;
  auditNotePhoneFormat: string;
}

export interface EditBlock {
  /** Sheet row of the block's first row (1-based). */
  top: number;
  /** The edited rows, full width of the sheet (columns 1..width). */
  values: readonly (readonly CellValue[])[];
}

export interface EditedRange {
  /** 1-based, inclusive. */
  left: number;
  right: number;
}

/** A column of the block to write back (1-based), one value per block row. */
export interface ColumnWrite {
  column: number;
  values: CellValue[];
}

export interface EditStampPlan {
  writes: ColumnWrite[];
  /** The columns whose notes are checked (email, phone) among the edited ones, to read and write. */
  noteColumns: number[];
  lastIdNumber: number;
  audit: AuditRecord | null;
}

export interface EditStampInput {
  headers: readonly CellValue[];
  columns: RecognisedColumns;
  block: EditBlock;
  edited: EditedRange;
  lastIdNumber: number;
  now: Date;
}

/** Plans the stamps and the audit record of one edit event. */
export function planEditStamp(input: EditStampInput): EditStampPlan {
  const { headers, columns, block, edited, now } = input;
  const roles = columns.roles;
  const systemIndexes = new Set(SYSTEM_FIELDS.map((field) => roles[field]).filter((i): i is number => i !== undefined));
  const editedIndexes: number[] = [];
  for (let c = edited.left; c <= edited.right; c++) editedIndexes.push(c - 1);
  const touchesData = editedIndexes.some((i) => !systemIndexes.has(i));
  const idIndex = roles.id;
  const createdIndex = roles.created;
  const updatedIndex = roles.updated;

  const ids = block.values.map((row) => (idIndex === undefined ? '' : row[idIndex] ?? ''));
  let next = nextCustomerNumber(ids, input.lastIdNumber);
  const newIds: CellValue[] = [...ids];
  const created: CellValue[] = block.values.map((row) => (createdIndex === undefined ? '' : row[createdIndex] ?? ''));
  const updated: CellValue[] = block.values.map((row) => (updatedIndex === undefined ? '' : row[updatedIndex] ?? ''));
  const changedColumns = new Set<number>();
  const auditIds: string[] = [];
  const auditRows: number[] = [];

  block.values.forEach((row, i) => {
    const sheetRow = block.top + i;
    if (sheetRow < 2) return;
    const hasData = row.some((value, index) => !systemIndexes.has(index) && !isBlankCell(value));
    const hasId = !isBlankCell(ids[i]);
    if (!hasData && !hasId) return;
    auditRows.push(sheetRow);
    if (touchesData && !hasId && hasData && idIndex !== undefined) {
      newIds[i] = formatCustomerId(next++);
      changedColumns.add(idIndex);
      if (createdIndex !== undefined && isBlankCell(created[i])) {
        created[i] = now;
        changedColumns.add(createdIndex);
      }
    }
    if (!isBlankCell(newIds[i])) auditIds.push(String(newIds[i]).trim());
    if (touchesData && updatedIndex !== undefined && !isBlankCell(newIds[i] ?? '')) {
      updated[i] = now;
      changedColumns.add(updatedIndex);
    }
  });

  const writes: ColumnWrite[] = [];
  if (idIndex !== undefined && changedColumns.has(idIndex)) writes.push({ column: idIndex + 1, values: newIds });
  if (createdIndex !== undefined && changedColumns.has(createdIndex)) writes.push({ column: createdIndex + 1, values: created });
  if (updatedIndex !== undefined && changedColumns.has(updatedIndex)) writes.push({ column: updatedIndex + 1, values: updated });

  const noteColumns = [roles.email, roles.phone].filter((i): i is number => i !== undefined && editedIndexes.includes(i)).map((i) => i + 1);
  const dataRows = block.values.length - Math.max(0, 2 - block.top);
  const audit: AuditRecord | null = dataRows > 0 && auditRows.length > 0
    ? {
        action: 'edit',
        customerIds: auditIds,
        rows: auditRows,
        fields: editedIndexes.map((i) => auditFieldName(headers, columns, i)),
        cells: dataRows * editedIndexes.length,
      }
    : null;
  return { writes, noteColumns, lastIdNumber: Math.max(input.lastIdNumber, next - 1), audit };
}

/** The person's own note lines, without Clientele's. */
function ownNote(note: string): string {
  return note.split('\n').filter((line) => !line.startsWith(NOTE_MARK)).join('\n');
}

export function withNote(note: string, line: string | null): string {
  const own = ownNote(note);
  if (line === null) return own;
  return own === '' ? `${NOTE_MARK}${line}` : `${own}\n${NOTE_MARK}${line}`;
}

/** Clientele's line for an email cell, or null when the address is fine (or empty). */
function emailNote(value: CellValue, options: CleaningOptions, texts: EditNoteTexts): string | null {
  if (isBlankCell(value)) return null;
  const result = cleanEmail(value, { ...options });
  const suggestion = result.suggestion ? formatMessage(texts.auditNoteEmailSuggestion, { suggestion: result.suggestion }) : '';
  if (result.problem) return [texts.auditNoteInvalidEmail, suggestion].filter(Boolean).join(' ');
  return suggestion || null;
}

/** Clientele's line for a phone cell: not a number, or the form cleaning would write it in. */
function phoneNote(value: CellValue, country: string | undefined, options: CleaningOptions, texts: EditNoteTexts): string | null {
  if (isBlankCell(value)) return null;
  const result = cleanPhone(value, { ...options, rowCountry: country });
  if (result.problem) return texts.auditNoteInvalidPhone;
  return result.fixes.length > 0 ? formatMessage(texts.auditNotePhoneFormat, { phone: String(result.value) }) : null;
}

function rowCountry(row: readonly CellValue[], countryIndex: number | undefined, options: CleaningOptions): string | undefined {
  if (countryIndex === undefined) return undefined;
  const cell = row[countryIndex];
  if (cell === undefined || isBlankCell(cell)) return undefined;
  return recogniseCountry(String(cleanText(cell, options).value)) ?? undefined;
}

/**
 * The notes of the note columns (consecutive from `left`, as read) after the check: each email
 * and phone cell gets Clientele's line or loses it; every other note is kept as it was.
 * Null when no note changes.
 */
export function planEditNotes(
  block: EditBlock,
  columns: RecognisedColumns,
  left: number,
  current: readonly (readonly string[])[],
  options: CleaningOptions,
  texts: EditNoteTexts,
): string[][] | null {
  const { email, phone, country } = columns.roles;
  let changed = false;
  const notes = current.map((cells, i) => {
    const row = block.values[i]!;
    const header = block.top + i < 2;
    return cells.map((note, c) => {
      const index = left - 1 + c;
      if (header) return note;
      let line: string | null;
      if (index === email) line = emailNote(row[index] ?? '', options, texts);
      else if (index === phone) line = phoneNote(row[index] ?? '', rowCountry(row, country, options), options, texts);
      else return note;
      const next = withNote(note, line);
      if (next !== note) changed = true;
      return next;
    });
  });
  return changed ? notes : null;
}
