/**
 * Recalculate totals: every purchase row linked again (an ID beside it is kept when that
 * customer still exists), its Customer ID and Counted cells rewritten where they change, then
 * every customer's totals summed from the Counted column alone and written where they change.
 *
 * The work is done in blocks of rows, and in steps that fit an execution whatever the sizes:
 *
 * 1. Linking: blocks of purchase rows, each read once, linked, and its changed Customer ID and
 *    Counted cells written once, until the step's time is spent (by the clock: core/stepBudget.ts).
 * 2. Summing: the Counted column read in blocks, summed by customer (core/purchases/totalsAccumulator.ts),
 *    and the totals written in blocks of customers, until the step's time is spent.
 *
 * Between steps, only where a step got to is kept (a document property of a few dozen bytes; a
 * property value may hold 9 KB and a store 500 KB, developers.google.com/apps-script/guides/services/quotas):
 * partial sums of 100,000 customers would not fit, and need not, because the Counted column is
 * the state. A step that links every row from the first keeps the sums in memory and goes on to
 * write them. A step that links the last rows of a run begun earlier goes on to sum the Counted
 * column while it has time, and to write the totals; if its time ends first, the summing starts a
 * step of its own. A summing step that runs out of time while writing reads the Counted column
 * again in the next one. A step that begins with the summing always finishes it and writes at
 * least one block of customers, so every step moves the recalculation on.
 *
 * A purchase typed, edited or deleted while a recalculation is under way counts as it is when
 * the recalculation ends: the edit trigger rewrites that row's Counted cell (and moves its
 * customer's totals) at once, and the totals are summed from the Counted column only after every
 * row was linked. So the totals are exactly those of one run started after the edit.
 *
 * A customer Clientele has never counted (blank purchase count) and who has no purchase keeps the
 * Total spent and Last purchase typed by hand.
 */
import { changedSpan } from '../../core/cellBlock';
import type { CellValue } from '../../core/customerRecord';
import { isBlankCell } from '../../core/customerIds';
import { formatMessage } from '../../core/i18n/formatMessage';
import { emptyTotals, type Totals } from '../../core/purchases/customerTotals';
import { PURCHASES, type HistoryColumns, type PurchaseField } from '../../core/purchases/historySheets';
import { linkPurchaseRows } from '../../core/purchases/purchasePlan';
import { decodeContribution, type PurchaseProblem } from '../../core/purchases/purchaseRecords';
import { TotalsAccumulator } from '../../core/purchases/totalsAccumulator';
import { stepBudget, type StepBudget } from '../../core/stepBudget';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { withDocumentLock } from '../documentLock';
import { updateScheduler } from '../scheduler/scheduler';
import { ensureHistorySheet, findHistorySheet } from './historySheet';
import { purchaseSetting, type PurchaseSetting } from './purchaseContext';
import { totalsChanged, writeTotals } from './totalsColumns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RecalculationLimits {
  /** Milliseconds a step takes at most, on the execution's clock (see STEP_BUDGET_MS). */
  stepBudgetMs: number;
  /** Cells per block: read of the Purchases sheet, or totals written on the customer sheet. */
  blockCells: number;
}

/**
 * A step stops before 60 seconds on Apps Script's clock. Apps Script ends an execution at 6
 * minutes and our steps keep to 4; the cost model's high estimate of the same work is at most
 * four times its typical one (src/local/executionCost.ts: the start, a read, a cell read, a
 * property set and the script's own JavaScript are each 3–4 times), and the host's clock runs
 * at the typical estimate, so a step of 60 seconds typical stays under 4 minutes even at the
 * slow end. On Google the clock is real time: a slower server links fewer blocks a step.
 */
export const STEP_BUDGET_MS = 60_000;
/** Of a step's budget, what its blocks leave for the work after them: saving where it got to, the scheduler's trigger, the audit log. */
const AFTER_BLOCKS_MS = 5_000;
export const DEFAULT_RECALCULATION_LIMITS: RecalculationLimits = { stepBudgetMs: STEP_BUDGET_MS, blockCells: 100_000 };
const PROBLEM_LIMIT = 200;
/** Rows linked at a time within a block read (see linkBlocks). */
const LINK_SLICE_ROWS = 2_000;
const PROGRESS_PROPERTY = 'clientele.totalsRecalculation';

export interface RecalculationProgress {
  done: boolean;
  /** Purchase rows linked so far, of all. */
  processed: number;
  total: number;
  customers: number;
  purchases: number;
  /** This step's unreadable cells (the first PROBLEM_LIMIT), and how many all steps so far found. */
  problems: PurchaseProblem[];
  problemCount: number;
  /** This step went on from an earlier one. */
  resumed: boolean;
}

/** Where a recalculation left half done goes on. */
interface SavedStep {
  /** The next purchase row to link (1-based); past the last row once every row is linked. */
  row: number;
  /** Linking is done: the next customer (table index, 0 the header) whose totals to write. */
  customer: number | null;
  /** Unreadable cells found, and customers whose totals were written, by the steps so far. */
  problems: number;
  written: number;
  /**
   * While linking: the sheet's last row and a fingerprint of the last row linked, when the step
   * stopped. Rows deleted or inserted above `row` between steps move that row, and the next step
   * would skip or repeat rows: a fingerprint that no longer matches, or fewer rows, starts the
   * linking over (always right; rows rarely move between two steps).
   */
  lastRow?: number;
  mark?: string;
}

/** A recalculation left half done waits for its next step (the scheduler reads the properties once). */
export function recalculationWaitingIn(properties: Readonly<Record<string, string>>): boolean {
  return properties[PROGRESS_PROPERTY] !== undefined;
}

/** The step saved, or null (none, or one this version cannot read: then the recalculation starts over, which is always right). */
function savedStep(stored: string | null): SavedStep | null {
  try {
    const step = JSON.parse(stored ?? 'null') as Partial<SavedStep> | null;
    const whole = (n: unknown, least: number): n is number => Number.isInteger(n) && (n as number) >= least;
    if (!step || !whole(step.row, 2) || !whole(step.problems, 0) || !whole(step.written, 0) || !(step.customer === null || whole(step.customer, 1))) return null;
    return { row: step.row, customer: step.customer, problems: step.problems, written: step.written, lastRow: whole(step.lastRow, 1) ? step.lastRow : undefined, mark: typeof step.mark === 'string' ? step.mark : undefined };
  } catch {
    return null;
  }
}

/** A step of `stepMilliseconds` (tests, the sidebar) shortens the default, never lengthens it. */
export function recalculationLimits(stepMilliseconds?: number): RecalculationLimits {
  if (typeof stepMilliseconds !== 'number' || !Number.isFinite(stepMilliseconds)) return DEFAULT_RECALCULATION_LIMITS;
  return { ...DEFAULT_RECALCULATION_LIMITS, stepBudgetMs: Math.min(Math.max(stepMilliseconds, 0), STEP_BUDGET_MS) };
}

/**
 * One step under the document lock (the sidebar and the scheduler call this). `schedule`: the
 * caller may install the scheduler (it holds the triggers permission), so that a recalculation
 * left half done goes on by itself; it is removed again once nothing needs it. `fromStart`: a
 * recalculation left half done starts over (the currency settings changed: the rows linked
 * already were read with the old ones).
 */
export function recalculateTotalsStep(context: ActionContext, limits = DEFAULT_RECALCULATION_LIMITS, schedule = false, fromStart = false): RecalculationProgress {
  const progress = withDocumentLock(30_000, () => {
    if (fromStart) PropertiesService.getDocumentProperties().deleteProperty(PROGRESS_PROPERTY);
    return recalculateTotals(context, limits);
  });
  if (schedule && (!progress.done || progress.resumed)) updateScheduler(context);
  return progress;
}

interface Step {
  context: ActionContext;
  setting: PurchaseSetting;
  sheet: Sheet;
  headers: CellValue[];
  columns: HistoryColumns<PurchaseField>;
  budget: StepBudget;
  limits: RecalculationLimits;
  lastRow: number;
  problems: PurchaseProblem[];
}

/** One step; the caller holds the document lock. */
export function recalculateTotals(context: ActionContext, limits = DEFAULT_RECALCULATION_LIMITS): RecalculationProgress {
  const budget = stepBudget(Math.max(0, limits.stepBudgetMs - AFTER_BLOCKS_MS), () => Date.now());
  const setting = purchaseSetting(context);
  if (!setting || !findHistorySheet(context.spreadsheet, PURCHASES)) return { done: true, processed: 0, total: 0, customers: 0, purchases: 0, problems: [], problemCount: 0, resumed: false };
  const { sheet, headers, columns } = ensureHistorySheet(context.spreadsheet, PURCHASES, context.language);
  const properties = PropertiesService.getDocumentProperties();
  const saved = savedStep(properties.getProperty(PROGRESS_PROPERTY));
  const step: Step = { context, setting, sheet, headers, columns, budget, limits, lastRow: sheet.getLastRow(), problems: [] };
  const state: SavedStep = saved && !rowsMovedSince(step, saved) ? saved : { row: 2, customer: null, problems: 0, written: 0 };
  const total = Math.max(0, step.lastRow - 1);
  const answer = (done: boolean, sums: TotalsAccumulator | null): RecalculationProgress => ({
    done, processed: Math.min(state.row, step.lastRow + 1) - 2, total, customers: sums?.customers() ?? 0, purchases: sums?.purchases() ?? 0,
    problems: step.problems.slice(0, PROBLEM_LIMIT), problemCount: state.problems, resumed: saved !== null,
  });
  const pause = (): RecalculationProgress => {
    if (state.customer === null) Object.assign(state, { lastRow: step.lastRow, mark: rowMark(step, state.row - 1) });
    else Object.assign(state, { lastRow: undefined, mark: undefined });
    properties.setProperty(PROGRESS_PROPERTY, JSON.stringify(state));
    return answer(false, null);
  };

  let sums: TotalsAccumulator | null = null;
  if (state.customer === null) {
    // Sums made while linking from the first row are complete once the last row is linked.
    const inMemory = state.row === 2 ? new TotalsAccumulator(setting.customers.values.length, setting.rules) : null;
    state.row = linkBlocks(step, state.row, inMemory);
    state.problems += step.problems.length;
    if (state.row <= step.lastRow) return pause();
    state.customer = 1;
    sums = inMemory ?? sumCounted(step, true);
    if (!sums) return pause();
  }
  sums ??= sumCounted(step, false)!;
  const written = writeTotalsBlocks(step, sums, state.customer);
  state.customer = written.next;
  state.written += written.customers;
  if (state.customer < setting.customers.values.length) return pause();
  properties.deleteProperty(PROGRESS_PROPERTY);
  const ids: string[] = [];
  for (let index = 1; index < setting.customers.values.length; index++) if (sums.totalsOf(index)) ids.push(setting.linker.idOf(index));
  appendAudit(context.spreadsheet, [{ action: 'recalculate', customerIds: ids, cells: state.written, detail: formatMessage(context.text.auditDetailPurchases, { count: sums.purchases() }) }]);
  return answer(true, sums);
}

/** A short fingerprint of one purchase row's cells (one read of a row). */
function rowMark(step: Step, row: number): string {
  if (row < 2 || row > step.lastRow) return '';
  const text = JSON.stringify(step.sheet.getRange(row, 1, 1, step.headers.length).getValues()[0]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/** Rows deleted or inserted above where a linking step stopped since (see SavedStep.mark). */
function rowsMovedSince(step: Step, saved: SavedStep): boolean {
  if (saved.customer !== null || saved.row === 2) return false;
  if (saved.mark === undefined || saved.lastRow === undefined) return true;
  return step.lastRow < saved.lastRow || rowMark(step, saved.row - 1) !== saved.mark;
}

/**
 * Links blocks of rows from `row` while the step has time; returns the next row to link. Each
 * block is read once and its Customer ID and Counted cells written once, only where they change
 * (a second recalculation of an unchanged sheet writes nothing).
 */
function linkBlocks(step: Step, row: number, sums: TotalsAccumulator | null): number {
  const { sheet, setting, headers, columns } = step;
  const blockRows = Math.max(1, Math.floor(step.limits.blockCells / Math.max(1, headers.length)));
  setting.linker.linkManyBlocks();
  step.budget.unitsBegin();
  while (row <= step.lastRow && step.budget.roomForAnother()) {
    const height = Math.min(blockRows, step.lastRow - row + 1);
    const rows = sheet.getRange(row, 1, height, headers.length).getValues() as CellValue[][];
    const customerIds: string[] = [];
    const counted: string[] = [];
    // Linked a slice at a time: what linking a row makes (its record, its link…) is dropped a
    // few thousand rows later rather than held for the whole block, which keeps the garbage
    // collector's young generation from copying it.
    for (let first = 0; first < height; first += LINK_SLICE_ROWS) {
      const slice = first === 0 && height <= LINK_SLICE_ROWS ? rows : rows.slice(first, first + LINK_SLICE_ROWS);
      const linked = linkPurchaseRows({ headers, columns, rows: slice, top: row + first, customerEdited: false, linker: setting.linker, reading: setting.reading });
      for (let i = 0; i < slice.length; i++) {
        customerIds.push(linked.customerIds[i]!);
        counted.push(linked.counted[i]!);
        const link = linked.links[i]!;
        const contribution = linked.contributions[i];
        if (sums && contribution && link.kind === 'linked') sums.add(link.index, contribution);
      }
      for (const problem of linked.problems) step.problems.push(problem);
    }
    writeChanged(sheet, row, columns.customerId!, rows, customerIds);
    writeChanged(sheet, row, columns.counted!, rows, counted);
    row += height;
    step.budget.unitDone();
  }
  return row;
}

/** The one write of a column's changed span in a block read from sheet row `top`. */
function writeChanged(sheet: Sheet, top: number, column: number, rows: readonly (readonly CellValue[])[], after: readonly string[]): void {
  const span = changedSpan(rows.map((row) => row[column] ?? ''), after);
  if (span) sheet.getRange(top + span.first, column + 1, span.last - span.first + 1, 1).setValues(after.slice(span.first, span.last + 1).map((cell) => [cell]));
}

/**
 * Every customer's totals from the Counted column, read in blocks of `blockCells` rows (a single
 * read of millions of cells fails on Google: ../shared/fidelity/apps-script-costs.md, Tanaike
 * 2022). A Counted cell that names no customer of the sheet now (one deleted since) counts for
 * no one. `ifTime`: the step has done other work, and sums only while it has time for another
 * block; null when it had not (the next step sums from the first row again).
 */
function sumCounted(step: Step, ifTime: boolean): TotalsAccumulator | null {
  const { sheet, setting, columns } = step;
  const sums = new TotalsAccumulator(setting.customers.values.length, setting.rules);
  const blockRows = Math.max(1, step.limits.blockCells);
  for (let top = 2; top <= step.lastRow; top += blockRows) {
    if (ifTime && !step.budget.roomForAnother()) return null;
    const height = Math.min(blockRows, step.lastRow - top + 1);
    const cells = sheet.getRange(top, columns.counted! + 1, height, 1).getValues() as CellValue[][];
    // An index loop: for…of with [cell] would make an iterator and a result per row.
    for (let r = 0; r < cells.length; r++) {
      const contribution = decodeContribution(cells[r]![0]);
      const index = contribution ? setting.linker.rowOfId(contribution.customerId) : undefined;
      if (index !== undefined) sums.add(index, contribution!);
    }
    if (ifTime) step.budget.unitDone();
  }
  return sums;
}

/**
 * Writes the totals of blocks of customers from table index `from` while the step has time, each
 * block in one write per run of totals columns, over the customers whose totals change; returns
 * the next index and how many customers' totals were written.
 */
function writeTotalsBlocks(step: Step, sums: TotalsAccumulator, from: number): { next: number; customers: number } {
  const { customers, totalsColumns, rules } = step.setting;
  const blockRows = Math.max(1, Math.floor(step.limits.blockCells / Object.keys(totalsColumns).length));
  const countColumn = totalsColumns.purchaseCount!;
  let index = from;
  let customersWritten = 0;
  step.budget.unitsBegin();
  while (index < customers.values.length && step.budget.roomForAnother()) {
    const end = Math.min(customers.values.length, index + blockRows);
    const updates = new Map<number, Totals>();
    for (; index < end; index++) {
      const row = customers.values[index]!;
      const totals = sums.totalsOf(index) ?? (isBlankCell(row[countColumn]) ? null : emptyTotals());
      if (totals && totalsChanged(row, totalsColumns, totals, rules)) updates.set(index, totals);
    }
    writeTotals(customers, totalsColumns, updates, rules);
    customersWritten += updates.size;
    step.budget.unitDone();
  }
  return { next: index, customers: customersWritten };
}
