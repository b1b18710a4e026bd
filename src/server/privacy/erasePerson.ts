/**
 * Erase a customer (GDPR article 17), under the document lock so that no capture runs half-way
 * through: every managed sheet is read once; their rows are removed (one deleteRows per run of
 * their rows, bottom first), their answers anonymised (one write), the undo log emptied; their
 * contacts go on the suppression list as salted hashes; the request is closed and the erasure
 * logged in the Audit log with IDs and counts only. Backups made before keep the data until
 * rotation deletes them: the preview and the message say so, with the horizon.
 */
import { largest, smallest } from '../../core/extent';
import type { CellValue } from '../../core/customerRecord';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Messages } from '../../core/i18n/messages';
import { backupHorizon } from '../../core/privacy/backupHorizon';
import { planErasure, type SheetErasure } from '../../core/privacy/erasurePlan';
import { erasedContacts, PRIVACY_REQUESTS_SHEET, type PersonRows } from '../../core/privacy/personData';
import { isNameOf } from '../../core/i18n/sheetNames';
import { contactKeys } from '../../core/privacy/suppression';
import { valueToWrite } from '../../core/sheetWriting';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { readMatchingCheckpoint, writeMatchingCheckpoint } from '../dedupe/matchingCheckpointSheet';
import { findPerson, personLabels, readPrivacyData, sheetValuesOf, todayIn, withPersonLocked, type FoundPerson, type PrivacyData } from './privacyData';
import { answerRequests, readRequestsOf } from './privacyRequests';
import { addToSuppression } from './suppressionList';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** More separate runs of anonymised rows than this and one block covers them all. */
const MAX_BLOCKS = 10;

export interface ErasurePreview {
  customerIds: string[];
  /** One line per sheet: what will happen there. */
  lines: string[];
  backups: string;
}

function backupsCaveat(context: ActionContext): string {
  const horizon = backupHorizon(context.settings.backupRetention);
  const key = { months: 'privacyBackupsMonths', weeks: 'privacyBackupsWeeks', days: 'privacyBackupsDays' } as const;
  return formatMessage(context.text[key[horizon.unit]], { count: horizon.count });
}

/** What erasure does on one sheet, with the cells of theirs it holds. */
function ruleLine(text: Messages, entry: PersonRows): string | null {
  const key = { removeRows: 'privacyEraseRemove', anonymiseRows: 'privacyEraseAnonymise', keepSales: 'privacyEraseKeepSales', blankRows: 'privacyEraseBlank', clearLog: 'privacyEraseClearLog', keepIds: 'privacyEraseKeep', noPersonalData: null, refuse: null } as const;
  const values = { sheet: entry.sheet, rows: entry.rows.length, cells: entry.cells };
  if (entry.rule === 'refuse') return formatMessage(text.privacyEraseOther, values);
  const message = key[entry.rule];
  return message ? formatMessage(text.privacyEraseCells, { line: formatMessage(text[message], values), cells: entry.cells }) : null;
}

function previewOf(context: ActionContext, found: FoundPerson): ErasurePreview {
  const lines = found.rows.filter((entry) => entry.rows.length > 0).map((entry) => ruleLine(context.text, entry)).filter((line): line is string => line !== null);
  // Deleting a response from the form itself is left to the user: the form is theirs, and a
  // response there is matched to a sheet row only by its time.
  const formCopy = found.rows.some((entry) => entry.kind === 'formResponses') ? [context.text.privacyEraseFormCopy] : [];
  return { customerIds: personLabels(found), lines: [...lines, context.text.privacyEraseSuppress, ...formCopy], backups: backupsCaveat(context) };
}

/** What erasing would remove, sheet by sheet, and the backup caveat (nothing is written). */
export function previewErasure(context: ActionContext, query: string): ErasurePreview | { error: string } {
  const data = readPrivacyData(context);
  if (!data) return { error: context.text.summaryNoSheet };
  const found = findPerson(data, query);
  return found ? previewOf(context, found) : { error: context.text.privacyNotFound };
}

export function erasePerson(context: ActionContext, query: string, today?: string): { message: string; rows: number } | { error: string } {
  return withPersonLocked(context, query, (data, found) => {
    // Sheets Clientele does not keep cannot be erased by rule: nothing is erased until a person has dealt with them.
    const refused = found.rows.filter((entry) => entry.rule === 'refuse');
    if (refused.length > 0) return { error: formatMessage(context.text.privacyEraseRefused, { sheets: refused.map((entry) => `“${entry.sheet}” (${entry.cells})`).join(', ') }) };
    const sheets = sheetValuesOf(data);
    const keys = contactKeys(erasedContacts(found.rows, sheets, found.person), data.country);
    const plan = planErasure(found.rows, new Map(sheets.map((sheet) => [sheet.name, sheet.values.length])));
    const idColumn = data.customers.columns.roles.id;
    if (idColumn !== undefined) context.store.rememberIssuedIds(data.customers.values.map((row) => row[idColumn]));
    for (const erasure of plan) applyErasure(sheetOf(data, erasure.sheet), erasure, valuesOf(data, erasure.sheet));
    // Matching compared rows by their position: with rows gone, its checkpoint no longer fits.
    writeMatchingCheckpoint(context.spreadsheet, readMatchingCheckpoint(context.spreadsheet), null);
    const suppressed = addToSuppression(context.spreadsheet, keys);
    const day = todayIn(context, today);
    const requestValues = data.managed.find((sheet) => isNameOf(PRIVACY_REQUESTS_SHEET, sheet.name))?.values ?? [];
    const requests = answerRequests(context.spreadsheet, readRequestsOf(context.spreadsheet, requestValues), 'erasure', found.person.customerIds, day, context.text);
    const rows = plan.reduce((sum, erasure) => sum + erasure.rows, 0);
    const cells = plan.reduce((sum, erasure) => sum + erasure.blank.length, 0) + found.person.customerRows.length;
    appendAudit(context.spreadsheet, [{ action: 'erase', customerIds: found.person.customerIds, cells, detail: formatMessage(context.text.auditDetailErased, { requests: requests.join(', '), rows, sheets: plan.length }) }]);
    SpreadsheetApp.flush();
    const message = formatMessage(context.text.privacyErased, {
      ids: personLabels(found).join(', '),
      rows,
      sheets: plan.length,
      hashes: suppressed,
      requests: requests.join(', '),
      backups: backupsCaveat(context),
    });
    context.spreadsheet.toast(message, 'Clientele');
    return { message, rows };
  });
}

function sheetOf(data: PrivacyData, name: string): Sheet {
  return name === data.customers.sheet.getName() ? data.customers.sheet : data.managed.find((sheet) => sheet.name === name)!.sheet;
}

function valuesOf(data: PrivacyData, name: string): readonly (readonly CellValue[])[] {
  return name === data.customers.sheet.getName() ? data.customers.values : data.managed.find((sheet) => sheet.name === name)!.values;
}

function applyErasure(sheet: Sheet, erasure: SheetErasure, values: readonly (readonly CellValue[])[]): void {
  if (erasure.blank.length > 0) blankCells(sheet, erasure, values);
  const removed = erasure.remove.reduce((sum, run) => sum + run.count, 0);
  if (removed === 0) return;
  // Google refuses to delete every row under a frozen header: one empty row is added first.
  if (removed >= values.length - 1) {
    const maxRows = sheet.getMaxRows();
    if (maxRows - removed <= sheet.getFrozenRows()) sheet.insertRowsAfter(maxRows, 1);
  }
  for (const run of erasure.remove) sheet.deleteRows(run.first, run.count);
}

/** The blanked cells in one block per run of rows (one block over them all beyond MAX_BLOCKS), the rest as read. */
function blankCells(sheet: Sheet, erasure: SheetErasure, values: readonly (readonly CellValue[])[]): void {
  const rows = [...new Set(erasure.blank.map((cell) => cell.row))].sort((a, b) => a - b);
  const left = smallest(erasure.blank.map((cell) => cell.column));
  const right = largest(erasure.blank.map((cell) => cell.column));
  const runs: number[][] = [];
  for (const row of rows) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1]! + 1 === row) run.push(row);
    else runs.push([row]);
  }
  const blocks = runs.length > MAX_BLOCKS ? [[rows[0]!, rows[rows.length - 1]!]] : runs.map((run) => [run[0]!, run[run.length - 1]!]);
  const blank = new Set(erasure.blank.map((cell) => `${cell.row}:${cell.column}`));
  for (const [top, bottom] of blocks as [number, number][]) {
    const block = Array.from({ length: bottom - top + 1 }, (_, i) =>
      Array.from({ length: right - left + 1 }, (_, j) => {
        const row = top + i;
        const column = left + j;
        return blank.has(`${row}:${column}`) ? '' : valueToWrite(values[row - 1]?.[column - 1] ?? '', '');
      }),
    );
    sheet.getRange(top, left, block.length, right - left + 1).setValues(block);
  }
}
