/**
 * Which value a merged record keeps, field by field, when the rows disagree:
 * - rows are ranked newest first by their own dates (Updated, Last purchase, when capture last
 *   wrote them), then Created; row order only breaks ties, since it says nothing about age;
 * - a value its column's cleaners accept beats one they flag (an email with a typo domain such as
 *   yandx.ru, a score written as "семь"), whatever the rule;
 * - totals and counts are sums, the last purchase the latest date, the first purchase the earliest,
 *   unless the totals come from the Purchases sheet: then the recount makes them and they are left
 *   to it (summing them here as well would count each purchase twice).
 */
import type { CustomerField } from '../customerFields';
import type { CellValue } from '../customerRecord';
import type { RecognisedColumns } from '../headerRoles';
import type { CleaningContext } from '../cleaning/cleanResult';
import { cleanersFor, runCleaners } from '../cleaning/columnCleaners';
import { findTotalsColumns, type TotalsField } from '../purchases/customerTotals';
import { LOG_COLUMNS } from '../capture/captureRecords';

export type FieldRule = 'recent' | 'oldest' | 'longest';

/** How each column of a group is filled: by a rule among the values, or by combining them. */
export type ColumnMerge = { kind: 'rule'; field: CustomerField | null } | { kind: 'sum' } | { kind: 'latest' } | { kind: 'earliest' } | { kind: 'recounted' };

const SUMMED: ReadonlySet<TotalsField> = new Set(['totalSpent', 'purchaseCount']);
const NPS_MAX = 10;

/** The merge kind of every column with a role or a totals header; columns absent are filled by the default rule. */
export function columnMerges(header: readonly CellValue[], columns: RecognisedColumns, recounted: boolean): Map<number, ColumnMerge> {
  const merges = new Map<number, ColumnMerge>();
  for (const [field, index] of Object.entries(columns.roles) as [CustomerField, number][]) merges.set(index, { kind: 'rule', field });
  for (const [field, index] of Object.entries(findTotalsColumns(header, columns)) as [TotalsField, number][]) {
    if (recounted) merges.set(index, { kind: 'recounted' });
    else if (SUMMED.has(field)) merges.set(index, { kind: 'sum' });
    else if (field === 'lastPurchase') merges.set(index, { kind: 'latest' });
    else if (field === 'firstPurchase') merges.set(index, { kind: 'earliest' });
  }
  return merges;
}

/** A cell as its column's cleaners read it: the cleaned value, or null when they flag it (a problem or a suggested fix). */
export function readAs(field: CustomerField, value: CellValue, ctx: CleaningContext | undefined): CellValue | null {
  if (!ctx) return value;
  const result = runCleaners(value, cleanersFor(field), ctx);
  if (result.problem || result.suggestion) return null;
  if (field === 'nps' && (typeof result.value !== 'number' || !Number.isInteger(result.value) || result.value < 0 || result.value > NPS_MAX)) return null;
  return result.value;
}

function dateOf(value: CellValue | undefined, ctx: CleaningContext | undefined): number | null {
  if (value === undefined || value === '') return null;
  const read = value instanceof Date ? value : readAs('updated', value, ctx);
  return read instanceof Date ? read.getTime() : null;
}

/** What a row's dates say about its age: the latest of Updated, Last purchase and its capture time, else Created. */
export function rowStamp(cells: readonly CellValue[], columns: RecognisedColumns, captured: number | undefined, ctx: CleaningContext | undefined): number | null {
  const at = (field: CustomerField) => (columns.roles[field] === undefined ? null : dateOf(cells[columns.roles[field]!], ctx));
  const own = [at('updated'), at('lastPurchase'), captured ?? null].filter((time): time is number => time !== null);
  return own.length > 0 ? Math.max(...own) : at('created');
}

/** Customer ID -> the latest time capture wrote to them, from the capture ledger's rows (header first). */
export function captureTimes(ledger: readonly (readonly CellValue[])[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const row of ledger.slice(1)) {
    const at = row[LOG_COLUMNS.capturedAt];
    const id = String(row[LOG_COLUMNS.customerId] ?? '').trim();
    if (!(at instanceof Date) || id === '') continue;
    times.set(id, Math.max(times.get(id) ?? -Infinity, at.getTime()));
  }
  return times;
}

function text(value: CellValue): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
}

function pick(rule: FieldRule, candidates: readonly CellValue[]): CellValue {
  if (rule === 'longest') return [...candidates].sort((a, b) => text(b).length - text(a).length)[0]!;
  return rule === 'oldest' ? candidates[candidates.length - 1]! : candidates[0]!;
}

/** The value a group keeps in a column; `whole`: it stands for every value (a sum, a date range), so none is kept aside. */
export interface ChosenValue {
  value: CellValue;
  whole: boolean;
}

/**
 * The value a group keeps in one column, from its non-empty values newest first; null when the
 * column is left as the survivor has it (the recount writes it).
 */
export function chooseValue(merge: ColumnMerge, candidates: readonly CellValue[], rule: FieldRule, ctx: CleaningContext | undefined): ChosenValue | null {
  if (merge.kind === 'recounted') return null;
  const picked = (among: readonly CellValue[]) => ({ value: pick(rule, among), whole: false });
  if (merge.kind === 'rule') {
    const field = merge.field;
    const valid = field === null ? candidates : candidates.filter((value) => readAs(field, value, ctx) !== null);
    return picked(valid.length > 0 ? valid : candidates);
  }
  if (merge.kind === 'sum') {
    const amounts = candidates.map((value) => readAs('totalSpent', value, ctx));
    // A total that cannot be read is not guessed at: the newest value stays, and the others are kept aside.
    if (amounts.some((amount) => typeof amount !== 'number')) return picked(candidates);
    return { value: (amounts as number[]).reduce((sum, amount) => sum + amount, 0), whole: true };
  }
  const dated = candidates.filter((value) => dateOf(value, ctx) !== null);
  if (dated.length < candidates.length) return picked(candidates);
  const order = (a: CellValue, b: CellValue) => dateOf(a, ctx)! - dateOf(b, ctx)!;
  return { value: [...dated].sort(merge.kind === 'latest' ? (a, b) => order(b, a) : order)[0]!, whole: true };
}
