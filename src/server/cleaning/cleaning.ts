/**
 * Clean customer data: preview, apply (one read, one write), undo. The plan comes from
 * core; this module only reads the sheet, writes the block and keeps the undo log.
 */
import { blocksForEdits, type CellEdit, type SheetContents } from '../../core/cellBlock';
import { planCleaning, type CleaningOptions, type CleaningPlan } from '../../core/cleaning/cleaningPlan';
import { previewCleaning, type CleaningPreview } from '../../core/cleaning/cleaningPreview';
import type { Language } from '../../core/i18n/languages';
import type { Settings } from '../../core/settings';
import { PLAIN_TEXT_FORMAT } from '../../core/sheetWriting';
import { lastOperation } from '../../core/undoLog';
import { undoRecord } from '../../core/undoPlan';
import { cellsAudit } from '../../core/audit/actionAudit';
import { resolveColumns } from '../../core/customerColumns';
import { appendAudit } from '../audit/auditLog';
import { findCustomerContents } from '../customerSheet';
import { writeBlocks } from '../sheetContents';
import { appendUndoLog, readUndoLog } from './undoSheet';
import { withDocumentLock } from '../documentLock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Apps Script stops an execution after 6 minutes; planning stops in time to write what it has. */
const PLANNING_BUDGET_MS = 4 * 60 * 1000;

export function cleaningOptions(spreadsheet: Spreadsheet, settings: Settings, language: Language): CleaningOptions {
  return {
    defaultCountry: settings.defaultCountry,
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    language,
    phoneFormat: settings.phoneFormat ?? 'E164',
    countryStyle: settings.countryStyle ?? 'code',
  };
}

interface PlannedCleaning {
  sheet: Sheet;
  contents: SheetContents;
  plan: CleaningPlan;
  options: CleaningOptions;
}

function planFor(spreadsheet: Spreadsheet, settings: Settings, language: Language): PlannedCleaning | null {
  // Values, formulas and formats in three reads: the columns are recognised from the values read.
  const table = findCustomerContents(spreadsheet, settings);
  if (!table || table.contents.values.length < 2) return null;
  const { contents } = table;
  const options = cleaningOptions(spreadsheet, settings, language);
  const started = Date.now();
  const plan = planCleaning(contents.values, contents.formulas, table.columns, options, {
    now: () => Date.now(),
    deadline: started + PLANNING_BUDGET_MS,
  });
  return { sheet: table.sheet, contents, plan, options };
}

export interface CleaningPanel {
  preview: CleaningPreview | null;
  undo: { action: string; time: string; cells: number } | null;
}

export function cleaningPanel(spreadsheet: Spreadsheet, settings: Settings, language: Language): CleaningPanel {
  const planned = planFor(spreadsheet, settings, language);
  const last = lastOperation(readUndoLog(spreadsheet));
  return {
    preview: planned ? previewCleaning(planned.plan, planned.contents.values[0] ?? [], planned.options.timeZone) : null,
    undo: last ? { action: last.action, time: last.time.toISOString(), cells: last.cells } : null,
  };
}

/** A suggestion the user ticked in the preview: applied only if the cell still holds what was previewed. */
export interface AcceptedSuggestion {
  row: number;
  column: number;
  suggestion: string;
}

export interface CleaningResult {
  changed: number;
  complete: boolean;
  /** The last sheet row looked at (of `rows`): cleaning again goes on from there. */
  lastRowDone: number;
  /** The rows of the customer table, header included. */
  rows: number;
}

export function applyCleaning(spreadsheet: Spreadsheet, settings: Settings, language: Language, accepted: readonly AcceptedSuggestion[]): CleaningResult {
  return withDocumentLock(30_000, () => {
    const planned = planFor(spreadsheet, settings, language);
    if (!planned) return { changed: 0, complete: true, lastRowDone: 0, rows: 0 };
    const { sheet, contents, plan } = planned;
    const edits = new Map<string, CellEdit>();
    for (const change of plan.changes) edits.set(`${change.row}:${change.column}`, { row: change.row, column: change.column, value: change.after });
    for (const wanted of accepted) {
      const offered = plan.suggestions.find((s) => s.row === wanted.row && s.column === wanted.column && s.suggestion === wanted.suggestion);
      if (offered) edits.set(`${offered.row}:${offered.column}`, { row: offered.row, column: offered.column, value: offered.suggestion });
    }
    const rows = contents.values.length;
    if (edits.size === 0) return { changed: 0, complete: plan.complete, lastRowDone: plan.lastRowDone, rows };

    const { written, previousFormats } = phoneColumnAsText(sheet, contents, plan.phoneColumn);
    const blocks = blocksForEdits([...edits.values()], written);
    const table = resolveColumns(contents.values[0] ?? [], settings.columns);
    const changes = [...edits.values()].map((edit) => ({ row: edit.row, column: edit.column, before: contents.values[edit.row - 1]![edit.column - 1]!, after: edit.value }));
    const after = contents.values.map((row) => [...row]);
    for (const change of changes) after[change.row - 1]![change.column - 1] = change.after;
    const idColumn = table.roles.id === undefined ? null : table.roles.id + 1;
    appendUndoLog(
      spreadsheet,
      { operation: `clean-${Date.now()}`, action: 'clean', time: new Date(), sheet: sheet.getName() },
      { ...undoRecord({ after, idColumn, changes, formats: previousFormats }), appended: [], elsewhere: [] },
    );
    writeBlocks(sheet, blocks);
    appendAudit(spreadsheet, [cellsAudit('clean', contents.values, table, [...edits.values()])]);
    return { changed: edits.size, complete: plan.complete, lastRowDone: plan.lastRowDone, rows };
  });
}

/**
 * Phone cells are stored as text, or Sheets turns "+7 701…" into a formula error and drops
 * leading zeros. Returns the contents as they are to be written (the new formats) and the
 * column's previous formats for the undo log.
 */
function phoneColumnAsText(sheet: Sheet, contents: SheetContents, phoneColumn: number | null): { written: SheetContents; previousFormats: { column: number; formats: string[] }[] } {
  const rows = contents.formats.length;
  if (phoneColumn === null || rows < 2) return { written: contents, previousFormats: [] };
  const previous = contents.formats.slice(1).map((row) => row[phoneColumn - 1] ?? '');
  if (previous.every((format) => format === PLAIN_TEXT_FORMAT)) return { written: contents, previousFormats: [] };
  sheet.getRange(2, phoneColumn, rows - 1, 1).setNumberFormat(PLAIN_TEXT_FORMAT);
  const formats = contents.formats.map((row, index) => (index === 0 ? row : row.map((format, c) => (c === phoneColumn - 1 ? PLAIN_TEXT_FORMAT : format))));
  return { written: { ...contents, formats }, previousFormats: [{ column: phoneColumn, formats: previous }] };
}
