import * as z from 'zod/mini';
import type { CustomerField } from './customerFields';
import type { ColumnRoles } from './headerRoles';
import { isBlankCell } from './customerIds';
import type { MessageKey } from './i18n/messages';

/** The value types a sheet cell can hold, as `Range.getValues()` returns them. */
export type CellValue = string | number | boolean | Date;

const text = z.optional(z.string());
const amount = z.optional(z.number().check(z.refine(Number.isFinite)));
const day = z.optional(z.date());

/**
 * The customer record: the single source of its shape. Each key is a customer field;
 * `extras` keeps the user's own columns (header -> value) exactly as they are.
 */
export const CustomerSchema = z.object({
  id: text,
  name: text,
  firstName: text,
  lastName: text,
  email: text,
  phone: text,
  company: text,
  address: text,
  city: text,
  postcode: text,
  country: text,
  birthDate: day,
  source: text,
  consent: z.optional(z.boolean()),
  created: day,
  updated: day,
  lastPurchase: day,
  totalSpent: amount,
  nps: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10))),
  notes: text,
  otherContacts: text,
  extras: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.date()])),
});

export type Customer = z.infer<typeof CustomerSchema>;

type FieldKind = 'text' | 'number' | 'date' | 'score' | 'yesNo';

const FIELD_KINDS: Record<CustomerField, FieldKind> = {
  id: 'text',
  name: 'text',
  firstName: 'text',
  lastName: 'text',
  email: 'text',
  phone: 'text',
  company: 'text',
  address: 'text',
  city: 'text',
  postcode: 'text',
  country: 'text',
  birthDate: 'date',
  source: 'text',
  consent: 'yesNo',
  created: 'date',
  updated: 'date',
  lastPurchase: 'date',
  totalSpent: 'number',
  nps: 'score',
  notes: 'text',
  otherContacts: 'text',
};

/** A cell whose value does not fit its column: reported by sheet row and header, never changed. */
export interface CellProblem {
  /** 1-based row number on the sheet (the header is row 1). */
  row: number;
  column: string;
  field: CustomerField;
  value: string;
  reason: Extract<MessageKey, 'reasonNotNumber' | 'reasonNotDate' | 'reasonNpsRange' | 'reasonNotYesNo'>;
}

const YES = new Set(['yes', 'y', 'true', 'да', 'иә', 'тийм', 'بله', 'آری', '是', '同意', '1', '✓', '✔']);
const NO = new Set(['no', 'n', 'false', 'нет', 'жоқ', 'үгүй', 'خیر', 'نه', '否', '不同意', '0']);

function parseNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const compact = value.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(compact)) return null;
  return Number(compact);
}

function parseDate(value: CellValue): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d, hh, mm, ss] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y!, m! - 1, d!, hh || 0, mm || 0, ss || 0));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d ? date : null;
}

/** Yes or no in any of the six languages (or a checkbox); null when the cell says neither. */
export function parseYesNo(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  const key = String(value).trim().toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}

function textOf(value: CellValue): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

type Coerced = { ok: true; value: string | number | boolean | Date } | { ok: false; reason: CellProblem['reason'] };

function coerce(kind: FieldKind, value: CellValue): Coerced {
  switch (kind) {
    case 'text':
      return { ok: true, value: textOf(value) };
    case 'number': {
      const n = parseNumber(value);
      return n === null ? { ok: false, reason: 'reasonNotNumber' } : { ok: true, value: n };
    }
    case 'score': {
      const n = parseNumber(value);
      return n !== null && Number.isInteger(n) && n >= 0 && n <= 10
        ? { ok: true, value: n }
        : { ok: false, reason: 'reasonNpsRange' };
    }
    case 'date': {
      const d = parseDate(value);
      return d === null ? { ok: false, reason: 'reasonNotDate' } : { ok: true, value: d };
    }
    case 'yesNo': {
      const b = parseYesNo(value);
      return b === null ? { ok: false, reason: 'reasonNotYesNo' } : { ok: true, value: b };
    }
  }
}

function problemAt(sheetRow: number, headers: readonly CellValue[], field: CustomerField, index: number, value: CellValue, reason: CellProblem['reason']): CellProblem {
  return { row: sheetRow, column: textOf(headers[index] ?? ''), field, value: textOf(value), reason };
}

/**
 * A checker for whole tables: finds the values that do not fit their column without
 * building records. Only typed columns (numbers, dates, scores, yes/no) can hold a misfit.
 */
export function rowProblemChecker(headers: readonly CellValue[], roles: ColumnRoles): (row: readonly CellValue[], sheetRow: number) => CellProblem[] {
  const checked = (Object.entries(roles) as [CustomerField, number][])
    .map(([field, index]) => ({ field, index, kind: FIELD_KINDS[field] }))
    .filter(({ kind }) => kind !== 'text');
  return (row, sheetRow) => {
    const problems: CellProblem[] = [];
    for (const { field, index, kind } of checked) {
      const value = row[index];
      if (value === undefined || isBlankCell(value)) continue;
      const result = coerce(kind, value);
      if (!result.ok) problems.push(problemAt(sheetRow, headers, field, index, value, result.reason));
    }
    return problems;
  };
}

/**
 * Reads one sheet row into a customer record. Blank cells are absent fields; a value
 * that does not fit its field is left out of the record and reported, never guessed.
 */
export function customerFromRow(
  row: readonly CellValue[],
  sheetRow: number,
  headers: readonly CellValue[],
  roles: ColumnRoles,
  extras: readonly number[],
): { customer: Customer; problems: CellProblem[] } {
  const fields: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  for (const [field, index] of Object.entries(roles) as [CustomerField, number][]) {
    const value = row[index];
    if (value === undefined || isBlankCell(value)) continue;
    const result = coerce(FIELD_KINDS[field], value);
    if (result.ok) fields[field] = result.value;
    else problems.push(problemAt(sheetRow, headers, field, index, value, result.reason));
  }
  const extraValues: Record<string, CellValue> = {};
  for (const index of extras) {
    const value = row[index];
    if (value !== undefined && !isBlankCell(value)) extraValues[textOf(headers[index] ?? '') || `#${index + 1}`] = value;
  }
  const customer = CustomerSchema.parse({ ...fields, extras: extraValues });
  return { customer, problems };
}
