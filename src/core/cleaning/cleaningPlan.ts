/**
 * The cleaning plan for a customer table: every cell that changes (before and after),
 * every value that cannot be cleaned (kept as it is, with the reason) and every suggestion
 * for the user to accept. Data in, plan out: nothing here reads or writes a sheet.
 */
import { sameCell } from '../cellBlock';
import type { CustomerField } from '../customerFields';
import { isBlankRow } from '../customerIds';
import type { RecognisedColumns } from '../headerRoles';
import type { CellValue, CleaningContext, FixKind, ProblemKind } from './cleanResult';
import { cleanersFor, EXTRA_COLUMN_CLEANERS, runCleaners, type Cleaner } from './columnCleaners';
import { recogniseCountry } from './countries';
import { cleanText } from './text';

export type CleaningOptions = Omit<CleaningContext, 'rowCountry'>;

/** Rows and columns are the sheet's, 1-based (the header is row 1). */
export interface CellChange {
  row: number;
  column: number;
  before: CellValue;
  after: CellValue;
  fixes: FixKind[];
}

export interface CellIssue {
  row: number;
  column: number;
  value: CellValue;
  problem: ProblemKind;
}

export interface CellSuggestion {
  row: number;
  column: number;
  value: CellValue;
  suggestion: string;
}

export interface CleaningPlan {
  changes: CellChange[];
  issues: CellIssue[];
  suggestions: CellSuggestion[];
  /** The phone column (1-based), whose cells are stored as text; null when there is none. */
  phoneColumn: number | null;
  /** The last sheet row looked at: the whole table unless the time budget ran out first. */
  lastRowDone: number;
  complete: boolean;
}

/**
 * Stops planning in time for the run to end within Apps Script's limit: before `deadline` (ms
 * since the epoch) comes, keeping `writeMsPerCell` for every cell of the rows planned, which the
 * write after the planning may have to send.
 */
export interface TimeBudget {
  now(): number;
  deadline: number;
  writeMsPerCell: number;
}

const ROWS_BETWEEN_CLOCK_CHECKS = 500;
/** Bounds the memory of remembered results; unique values (phones, emails) would otherwise pile up. */
const MEMO_LIMIT = 50_000;

function columnCleaners(width: number, columns: RecognisedColumns): (readonly Cleaner[])[] {
  const byColumn: (readonly Cleaner[])[] = Array.from({ length: width }, () => EXTRA_COLUMN_CLEANERS);
  for (const [field, index] of Object.entries(columns.roles) as [CustomerField, number][]) byColumn[index] = cleanersFor(field);
  return byColumn;
}

/** The row's own country, read from its Country column in any spelling the recogniser knows. */
function rowCountry(row: readonly CellValue[], countryIndex: number | undefined, options: CleaningOptions): string | undefined {
  if (countryIndex === undefined) return undefined;
  const cell = row[countryIndex];
  if (cell === undefined || cell === '') return undefined;
  return recogniseCountry(String(cleanText(cell, options).value)) ?? undefined;
}

/** Whether planning the next rows would leave too little time to write what is planned. */
function outOfTime(budget: TimeBudget, rowsPlanned: number, width: number): boolean {
  const writeMs = (rowsPlanned + ROWS_BETWEEN_CLOCK_CHECKS) * width * budget.writeMsPerCell;
  return budget.now() + writeMs > budget.deadline;
}

/**
 * Plans the cleaning of `values` (the sheet's data range, header in row 1) from sheet row
 * `fromRow` on (an earlier run stopped before it). Cells holding a formula (non-empty in
 * `formulas`) are never touched.
 */
export function planCleaning(
  values: readonly (readonly CellValue[])[],
  formulas: readonly (readonly string[])[] | null,
  columns: RecognisedColumns,
  options: CleaningOptions,
  budget?: TimeBudget,
  fromRow = 2,
): CleaningPlan {
  const width = values[0]?.length ?? 0;
  const cleaners = columnCleaners(width, columns);
  const plan: CleaningPlan = {
    changes: [],
    issues: [],
    suggestions: [],
    phoneColumn: columns.roles.phone === undefined ? null : columns.roles.phone + 1,
    lastRowDone: values.length,
    complete: true,
  };

  // Cleaners are pure: the same value in the same column and row country cleans the same way.
  // Customer sheets repeat cities, countries, sources and notes a great deal.
  const memo = new Map<string, ReturnType<typeof runCleaners>>();
  const countries = new Map<string, string | undefined>();

  const first = Math.max(1, fromRow - 1);
  for (let index = first; index < values.length; index += 1) {
    // The first rows are always planned, so that every run gets on, however little time it has.
    if (budget && index > first && (index - first) % ROWS_BETWEEN_CLOCK_CHECKS === 0 && outOfTime(budget, index - first, width)) {
      plan.lastRowDone = index;
      plan.complete = false;
      break;
    }
    const row = values[index]!;
    if (isBlankRow(row)) continue;
    const sheetRow = index + 1;
    const countryCell = columns.roles.country === undefined ? '' : String(row[columns.roles.country] ?? '');
    if (!countries.has(countryCell)) countries.set(countryCell, rowCountry(row, columns.roles.country, options));
    const country = countries.get(countryCell);
    const ctx: CleaningContext = { ...options, rowCountry: country };
    for (let c = 0; c < width; c += 1) {
      const before = row[c];
      if (before === undefined || before === '' || formulas?.[index]?.[c]) continue;
      const key = before instanceof Date ? null : `${c}\u0000${country ?? ''}\u0000${typeof before}\u0000${String(before)}`;
      let result = key === null ? undefined : memo.get(key);
      if (!result) {
        result = runCleaners(before, cleaners[c]!, ctx);
        if (memo.size >= MEMO_LIMIT) memo.clear();
        if (key !== null) memo.set(key, result);
      }
      const column = c + 1;
      if (result.problem) plan.issues.push({ row: sheetRow, column, value: before, problem: result.problem });
      if (result.suggestion) plan.suggestions.push({ row: sheetRow, column, value: result.value, suggestion: result.suggestion });
      if (result.fixes.length > 0 && !sameCell(before, result.value)) {
        plan.changes.push({ row: sheetRow, column, before, after: result.value, fixes: result.fixes });
      }
    }
  }
  return plan;
}
