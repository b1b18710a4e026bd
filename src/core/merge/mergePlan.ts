/**
 * Merging groups of duplicate rows, as a plan: one survivor per group (the oldest customer
 * ID, else the first row), each field filled by a rule the user can see and change (by
 * default the most recent non-empty value), every value that loses kept in the survivor's
 * Other contacts column as "Header: value", and the merged rows moved out whole (to the
 * Merged sheet, with the survivor's ID and the time). Nothing is lost, and the plan carries
 * what undo needs to put the table back exactly (see undoPlan.ts).
 */
import type { CustomerField } from '../customerFields';
import { customerIdNumber, isBlankCell } from '../customerIds';
import type { CellValue } from '../customerRecord';
import type { RecognisedColumns } from '../headerRoles';

export type FieldRule = 'recent' | 'oldest' | 'longest';

export interface MergeRequest {
  /** The customer table, header row first. */
  values: readonly (readonly CellValue[])[];
  columns: RecognisedColumns;
  /** Groups of sheet rows (header = row 1) to merge. */
  groups: readonly (readonly number[])[];
  rules?: Partial<Record<CustomerField, FieldRule>>;
  /** Header of the Other contacts column if the table has none and one must be added. */
  otherContactsHeader: string;
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
  survivors: { sheetRow: number; before: CellValue[]; after: CellValue[] }[];
}

const OTHER_CONTACTS_SEPARATOR = '; ';

function text(value: CellValue): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return text(a).toLowerCase() === text(b).toLowerCase();
}

function time(value: CellValue | undefined): number | null {
  return value instanceof Date ? value.getTime() : null;
}

/** The survivor: the smallest customer ID number; rows without one come after, in sheet order. */
function chooseSurvivor(rows: readonly number[], values: MergeRequest['values'], idColumn: number | undefined): number {
  const rank = (row: number) => (idColumn === undefined ? null : customerIdNumber(values[row - 1]?.[idColumn]));
  return [...rows].sort((a, b) => (rank(a) ?? Infinity) - (rank(b) ?? Infinity) || a - b)[0]!;
}

/** Members from most to least recent: by Updated, else Created, else later rows first. */
function byRecency(rows: readonly number[], values: MergeRequest['values'], columns: RecognisedColumns): number[] {
  const stamp = (row: number) => {
    const cells = values[row - 1] ?? [];
    return time(columns.roles.updated === undefined ? undefined : cells[columns.roles.updated]) ?? time(columns.roles.created === undefined ? undefined : cells[columns.roles.created]);
  };
  return [...rows].sort((a, b) => (stamp(b) ?? -Infinity) - (stamp(a) ?? -Infinity) || b - a);
}

function pick(rule: FieldRule, candidates: readonly CellValue[]): CellValue {
  if (rule === 'longest') return [...candidates].sort((a, b) => text(b).length - text(a).length)[0]!;
  return rule === 'oldest' ? candidates[candidates.length - 1]! : candidates[0]!;
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

  const table = values.map(widen);
  if (addedOtherContacts) table[0]![otherContactsColumn] = request.otherContactsHeader;
  const survivors: MergePlan['survivors'] = [];
  const merged: MergedRow[] = [];
  const removed = new Set<number>();

  for (const group of request.groups) {
    const rows = [...new Set(group)].filter((row) => row >= 2 && row <= values.length);
    if (rows.length < 2) continue;
    const survivorRow = chooseSurvivor(rows, values, columns.roles.id);
    const recent = byRecency(rows, values, columns);
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
      const chosen = pick((field && request.rules?.[field]) ?? 'recent', candidates);
      after[c] = chosen;
      for (const value of candidates) if (!sameValue(value, chosen)) keep(`${text(header[c] ?? '')}: ${text(value)}`);
    }
    for (const row of rows) {
      if (row === survivorRow) continue;
      const otherContacts = text(values[row - 1]?.[otherContactsColumn] ?? '');
      if (!addedOtherContacts && otherContacts !== '') for (const entry of otherContacts.split(OTHER_CONTACTS_SEPARATOR)) keep(entry);
    }
    after[otherContactsColumn] = kept.join(OTHER_CONTACTS_SEPARATOR);
    table[survivorRow - 1] = after;
    survivors.push({ sheetRow: survivorRow, before, after });
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
