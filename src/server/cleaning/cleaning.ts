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
import { lastActionCells, lastOperation, operationId } from '../../core/undoLog';
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

/**
 * Apps Script stops an execution after 6 minutes; ours end within 4, counted from the
 * execution's start (the entry point's first line), so that the reads before the planning and
 * the write after it are inside the budget, and the 2 minutes left cover a slower server.
 */
const EXECUTION_BUDGET_MS = 4 * 60 * 1000;
/**
 * A cell written costs about six cells read (Tanaike 2018: 9–10 µs a cell read, 55–65 µs
 * written; https://tanaikech.github.io/2018/10/12/benchmark-reading-and-writing-spreadsheet-using-google-apps-script/),
 * so each cell the write may send is reserved six times what a cell took to read in this very
 * execution; and the write's other calls (undo log, audit log, formats) as long as the calls
 * before the reads took, about as many.
 */
const WRITE_COST_PER_READ = 6;

/** Where a run of cleaning starts: when its execution started (ms since the epoch) and from which sheet row it goes on. */
export interface CleaningStart {
  started: number;
  fromRow: number;
}

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

function planFor(spreadsheet: Spreadsheet, settings: Settings, language: Language, start: CleaningStart): PlannedCleaning | null {
  const readStarted = Date.now();
  // Values, formulas and formats in three reads: the columns are recognised from the values read.
  const table = findCustomerContents(spreadsheet, settings);
  if (!table || table.contents.values.length < 2) return null;
  const { contents } = table;
  const cellsRead = 3 * contents.values.length * (contents.values[0]?.length ?? 0);
  const writeMsPerCell = (WRITE_COST_PER_READ * (Date.now() - readStarted)) / cellsRead;
  const options = cleaningOptions(spreadsheet, settings, language);
  const plan = planCleaning(contents.values, contents.formulas, table.columns, options, {
    now: () => Date.now(),
    deadline: start.started + EXECUTION_BUDGET_MS - (readStarted - start.started),
    writeMsPerCell,
  }, start.fromRow);
  return { sheet: table.sheet, contents, plan, options };
}

export interface CleaningPanel {
  preview: CleaningPreview | null;
  undo: { action: string; time: string; cells: number } | null;
}

export function cleaningPanel(spreadsheet: Spreadsheet, settings: Settings, language: Language, started: number): CleaningPanel {
  const planned = planFor(spreadsheet, settings, language, { started, fromRow: 2 });
  const log = readUndoLog(spreadsheet);
  const last = lastOperation(log);
  return {
    preview: planned ? previewCleaning(planned.plan, planned.contents.values[0] ?? [], planned.options.timeZone) : null,
    undo: last ? { action: last.action, time: last.time.toISOString(), cells: lastActionCells(log) } : null,
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
  /** The last sheet row looked at (of `rows`). */
  lastRowDone: number;
  /** The sheet row the next run goes on from when this one ran out of time; null when complete. */
  nextRow: number | null;
  /** The rows of the customer table, header included. */
  rows: number;
}

/** What one run of cleaning answers the sidebar and the CLI: the result and the message shown. */
export interface CleaningStep extends CleaningResult {
  message: string;
}

export function applyCleaning(spreadsheet: Spreadsheet, settings: Settings, language: Language, accepted: readonly AcceptedSuggestion[], start: CleaningStart): CleaningResult {
  return withDocumentLock(30_000, () => {
    const planned = planFor(spreadsheet, settings, language, start);
    if (!planned) return { changed: 0, complete: true, lastRowDone: 0, nextRow: null, rows: 0 };
    const { sheet, contents, plan } = planned;
    const nextRow = plan.complete ? null : plan.lastRowDone + 1;
    const edits = new Map<string, CellEdit>();
    for (const change of plan.changes) edits.set(`${change.row}:${change.column}`, { row: change.row, column: change.column, value: change.after });
    for (const wanted of accepted) {
      const offered = plan.suggestions.find((s) => s.row === wanted.row && s.column === wanted.column && s.suggestion === wanted.suggestion);
      if (offered) edits.set(`${offered.row}:${offered.column}`, { row: offered.row, column: offered.column, value: offered.suggestion });
    }
    const rows = contents.values.length;
    if (edits.size === 0) return { changed: 0, complete: plan.complete, lastRowDone: plan.lastRowDone, nextRow, rows };

    const { written, previousFormats } = phoneColumnAsText(sheet, contents, plan.phoneColumn);
    const blocks = blocksForEdits([...edits.values()], written);
    const table = resolveColumns(contents.values[0] ?? [], settings.columns);
    const changes = [...edits.values()].map((edit) => ({ row: edit.row, column: edit.column, before: contents.values[edit.row - 1]![edit.column - 1]!, after: edit.value }));
    const after = contents.values.map((row) => [...row]);
    for (const change of changes) after[change.row - 1]![change.column - 1] = change.after;
    const idColumn = table.roles.id === undefined ? null : table.roles.id + 1;
    appendUndoLog(
      spreadsheet,
      { operation: operationId('clean', Date.now(), start.fromRow > 2), action: 'clean', time: new Date(), sheet: sheet.getName() },
      { ...undoRecord({ after, idColumn, changes, formats: previousFormats }), appended: [], elsewhere: [] },
    );
    writeBlocks(sheet, blocks);
    appendAudit(spreadsheet, [cellsAudit('clean', contents.values, table, [...edits.values()])]);
    return { changed: edits.size, complete: plan.complete, lastRowDone: plan.lastRowDone, nextRow, rows };
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
