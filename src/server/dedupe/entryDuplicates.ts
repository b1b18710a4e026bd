/**
 * Duplicates caught at entry: a customer row just typed, pasted, captured from a form or
 * imported that is probably an earlier customer gets a note on its ID cell (its first cell
 * without an ID column) naming that customer, in the user's language. Nothing is merged: the
 * duplicates panel does that when the user asks. Given the table already read, it costs two
 * calls (the notes read and written once) whatever the rows' number or the sheet's size.
 */
import type { CellValue } from '../../core/customerRecord';
import { probableDuplicatesOf } from '../../core/dedupe/findDuplicates';
import type { ReadingContext } from '../../core/dedupe/fieldValues';
import type { RecognisedColumns } from '../../core/headerRoles';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Messages } from '../../core/i18n/messages';
import { resolveColumns } from '../../core/customerColumns';
import type { Settings } from '../../core/settings';
import type { ActionContext } from '../actionContext';
import { cleaningOptions } from '../cleaning/cleaning';

/** How Clientele's own note begins in every language: an earlier note of the user's on the cell is kept beneath it. */
const NOTE_PREFIX = 'Clientele';

const IDENTITY_ROLES = ['name', 'firstName', 'lastName', 'email', 'phone'] as const;

/**
 * An edit on the customer sheet: the rows that got a new customer ID (a new customer pasted or
 * begun), and the rows whose name, email or phone was typed (a new customer entered cell by
 * cell), are checked against the whole table, read once. `edited`: 1-based columns.
 */
export function noteDuplicatesOfEdit(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  columns: RecognisedColumns,
  block: { top: number; values: readonly (readonly CellValue[])[] },
  edited: { left: number; right: number },
  idWrite: { values: readonly CellValue[] } | undefined,
  reading: ReadingContext,
  text: Messages,
): number {
  const idColumn = columns.roles.id;
  if (idColumn === undefined) return 0;
  const identityEdited = IDENTITY_ROLES.some((role) => {
    const column = columns.roles[role];
    return column !== undefined && column + 1 >= edited.left && column + 1 <= edited.right;
  });
  const rows = block.values.flatMap((row, i) => {
    const newId = idWrite !== undefined && idWrite.values[i] !== '' && idWrite.values[i] !== (row[idColumn] ?? '');
    return newId || (identityEdited && row.some((value) => value !== '')) ? [block.top + i - 1] : [];
  });
  if (rows.length === 0) return 0;
  return noteProbableDuplicates(sheet, sheet.getDataRange().getValues() as CellValue[][], columns, rows, reading, text);
}

/** Customers a form submission or an import just added (0-based table rows), against the table as planned: no read. */
export function noteDuplicatesOfCaptured(context: ActionContext, settings: Settings, sheet: GoogleAppsScript.Spreadsheet.Sheet, table: readonly (readonly CellValue[])[], rows: readonly number[]): number {
  if (rows.length === 0) return 0;
  const columns = resolveColumns(table[0] ?? [], settings.columns);
  return noteProbableDuplicates(sheet, table, columns, rows, cleaningOptions(context.spreadsheet, settings, context.language), context.text);
}

/**
 * `values`: the customer table as it now is, header first; `rows`: the 0-based table rows just
 * entered (1 = the first data row). Returns how many rows got a note.
 */
export function noteProbableDuplicates(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: readonly (readonly CellValue[])[],
  columns: RecognisedColumns,
  rows: readonly number[],
  reading: ReadingContext,
  text: Messages,
): number {
  const found = probableDuplicatesOf(values, columns, reading, rows.map((row) => row - 1));
  if (found.length === 0) return 0;
  const idColumn = columns.roles.id;
  const noteColumn = (idColumn ?? 0) + 1;
  const top = Math.min(...found.map((match) => match.row)) + 2;
  const bottom = Math.max(...found.map((match) => match.row)) + 2;
  const range = sheet.getRange(top, noteColumn, bottom - top + 1, 1);
  const notes = range.getNotes();
  for (const match of found) {
    const id = idColumn === undefined ? '' : String(values[match.of + 1]?.[idColumn] ?? '').trim();
    const note = formatMessage(text.entryProbablySame, { id: id || formatMessage(text.entryRow, { row: match.of + 2 }) });
    const earlier = notes[match.row + 2 - top]![0] ?? '';
    // A note of Clientele's own from an earlier entry is replaced; the user's own stays below.
    const kept = earlier.split('\n').filter((line) => line !== '' && !line.startsWith(NOTE_PREFIX));
    notes[match.row + 2 - top]![0] = [note, ...kept].join('\n');
  }
  range.setNotes(notes);
  return found.length;
}
