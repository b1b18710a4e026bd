/**
 * Merging groups of duplicate rows, as a plan: one survivor per group (the oldest customer
 * ID, else the first row), each field filled by a rule the user can see and change (by
 * default the most recent non-empty value, a valid value before a flagged one, totals summed:
 * see valueChoice.ts), every value that loses kept in the survivor's
 * Other contacts column as "Header: value", and the merged rows moved out whole (to the
 * Merged sheet, with the survivor's ID and the time). Nothing is lost, and the plan carries
 * what undo needs to put the table back exactly (see undoPlan.ts).
 */
import type { CustomerField } from '../customerFields';
import { customerIdNumber, isBlankCell } from '../customerIds';
import type { CellValue } from '../customerRecord';
import type { RecognisedColumns } from '../headerRoles';
import type { CleaningContext } from '../cleaning/cleanResult';
import { chooseValue, columnMerges, rowStamp, type FieldRule } from './valueChoice';

export type { FieldRule } from './valueChoice';

export interface MergeRequest {
  /** The customer table, header row first. */
  values: readonly (readonly CellValue[])[];
  columns: RecognisedColumns;
  /** Groups of sheet rows (header = row 1) to merge. */
  groups: readonly (readonly number[])[];
  rules?: Partial<Record<CustomerField, FieldRule>>;
  /** Header of the Other contacts column if the table has none and one must be added. */
  otherContactsHeader: string;
  /** How the cleaners read cells (a value they flag loses); without it every value counts as valid. */
  cleaning?: CleaningContext;
  /** Customer IDs whose totals the Purchases sheet makes: a group with one of them leaves its totals to the recount. */
  countedIds?: ReadonlySet<string>;
  /** Customer ID -> when capture last wrote to that customer (ms), from the capture ledger. */
  capturedAt?: ReadonlyMap<string, number>;
}

export interface MergedRow {
  /** Where the row was, on the sheet before the merge. */
  sheetRow: number;
  values: CellValue[];
  survivorId: CellValue;
}

export interface MergePlan {
  /** The whole table after the merge: header, survivors updated, merged rows gone. */
  table: CellValue[][];
  /** The 0-based column of Other contacts, and whether the merge added it. */
  otherContactsColumn: number;
  addedOtherContacts: boolean;
  merged: MergedRow[];
  /** `recounted`: the group's totals are left to the recount from purchases. */
  survivors: { sheetRow: number; before: CellValue[]; after: CellValue[]; recounted: boolean }[];
}

const OTHER_CONTACTS_SEPARATOR = '; ';

function text(value: CellValue): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return text(a).toLowerCase() === text(b).toLowerCase();
}

/** The survivor: the smallest customer ID number; rows without one come after, in sheet order. */
function chooseSurvivor(rows: readonly number[], values: MergeRequest['values'], idColumn: number | undefined): number {
  const rank = (row: number) => (idColumn === undefined ? null : customerIdNumber(values[row - 1]?.[idColumn]));
  return [...rows].sort((a, b) => (rank(a) ?? Infinity) - (rank(b) ?? Infinity) || a - b)[0]!;
}

/** Members from most to least recent by their own dates (rowStamp); rows without any date after, later rows first. */
function byRecency(rows: readonly number[], request: MergeRequest, idOf: (row: number) => string): number[] {
  const stamps = new Map(rows.map((row) => [row, rowStamp(request.values[row - 1] ?? [], request.columns, request.capturedAt?.get(idOf(row)), request.cleaning)] as const));
  return [...rows].sort((a, b) => (stamps.get(b) ?? -Infinity) - (stamps.get(a) ?? -Infinity) || b - a);
}

export function planMerge(request: MergeRequest): MergePlan {
  const { values, columns } = request;
  const header = [...(values[0] ?? [])];
  const addedOtherContacts = columns.roles.otherContacts === undefined;
  const otherContactsColumn = columns.roles.otherContacts ?? header.length;
  const width = Math.max(header.length, otherContactsColumn + 1);
  const widen = (row: readonly CellValue[]) => Array.from({ length: width }, (_, c) => row[c] ?? '');
  const fieldOf = new Map<number, CustomerField>();
  for (const [field, index] of Object.entries(columns.roles) as [CustomerField, number][]) fieldOf.set(index, field);
  const merges = { counted: columnMerges(header, columns, true), typed: columnMerges(header, columns, false) };
  const idOf = (row: number) => (columns.roles.id === undefined ? '' : text(values[row - 1]?.[columns.roles.id] ?? ''));

  const table = values.map(widen);
  if (addedOtherContacts) table[0]![otherContactsColumn] = request.otherContactsHeader;
  const survivors: MergePlan['survivors'] = [];
  const merged: MergedRow[] = [];
  const removed = new Set<number>();

  for (const group of request.groups) {
    const rows = [...new Set(group)].filter((row) => row >= 2 && row <= values.length);
    if (rows.length < 2) continue;
    const survivorRow = chooseSurvivor(rows, values, columns.roles.id);
    const recent = byRecency(rows, request, idOf);
    const recounted = rows.some((row) => request.countedIds?.has(idOf(row)) ?? false);
    const before = widen(values[survivorRow - 1]!);
    const after = [...before];
    const kept: string[] = text(before[otherContactsColumn] ?? '') === '' ? [] : [text(before[otherContactsColumn]!)];
    const keep = (entry: string) => {
      if (!kept.some((k) => k.toLowerCase() === entry.toLowerCase())) kept.push(entry);
    };
    for (let c = 0; c < width; c += 1) {
      if (c === otherContactsColumn || c === columns.roles.id) continue;
      const candidates = recent.map((row) => values[row - 1]?.[c] ?? '').filter((value) => !isBlankCell(value));
      if (candidates.length === 0) continue;
      const field = fieldOf.get(c);
      const ruled = field ? request.rules?.[field] : undefined;
      // A rule the user chose for the column is theirs to keep; otherwise totals combine.
      const merge = ruled ? { kind: 'rule' as const, field: field! } : ((recounted ? merges.counted : merges.typed).get(c) ?? { kind: 'rule' as const, field: field ?? null });
      const chosen = chooseValue(merge, candidates, ruled ?? 'recent', request.cleaning);
      if (chosen === null) continue;
      after[c] = chosen.value;
      if (chosen.whole) continue;
      for (const value of candidates) if (!sameValue(value, chosen.value)) keep(`${text(header[c] ?? '')}: ${text(value)}`);
    }
    for (const row of rows) {
      if (row === survivorRow) continue;
      const otherContacts = text(values[row - 1]?.[otherContactsColumn] ?? '');
      if (!addedOtherContacts && otherContacts !== '') for (const entry of otherContacts.split(OTHER_CONTACTS_SEPARATOR)) keep(entry);
    }
    after[otherContactsColumn] = kept.join(OTHER_CONTACTS_SEPARATOR);
    table[survivorRow - 1] = after;
    survivors.push({ sheetRow: survivorRow, before, after, recounted });
    const survivorId = columns.roles.id === undefined ? '' : before[columns.roles.id] ?? '';
    for (const row of rows) {
      if (row === survivorRow) continue;
      removed.add(row);
      merged.push({ sheetRow: row, values: [...(values[row - 1] ?? [])], survivorId });
    }
  }
  merged.sort((a, b) => a.sheetRow - b.sheetRow);
  return {
    table: table.filter((_, index) => !removed.has(index + 1)),
    otherContactsColumn,
    addedOtherContacts,
    merged,
    survivors,
  };
}
