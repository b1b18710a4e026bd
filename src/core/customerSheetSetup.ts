import { NEW_SHEET_FIELDS, SYSTEM_FIELDS, type CustomerField } from './customerFields';
import { formatCustomerId, isBlankCell, isBlankRow, nextCustomerNumber } from './customerIds';
import type { CellValue } from './customerRecord';
import { DEFAULT_HEADERS, type RecognisedColumns } from './headerRoles';
import type { Language } from './i18n/languages';

/** Fields stored as plain text so that Sheets keeps leading zeros and `+` (phone numbers, postcodes, IDs). */
const TEXT_FIELDS: readonly CustomerField[] = ['id', 'phone', 'postcode'];
/** Enough recognised contact columns to call a sheet a customer list. */
const CONTACT_FIELDS: readonly CustomerField[] = ['name', 'firstName', 'lastName', 'email', 'phone'];

export interface NewSheetLayout {
  headers: string[];
  fields: CustomerField[];
  /** 0-based column indexes. */
  textColumns: number[];
  systemColumns: number[];
  emailColumn: number;
  npsColumn: number;
}

export function newCustomerSheetLayout(language: Language): NewSheetLayout {
  const fields = [...NEW_SHEET_FIELDS];
  const indexOf = (field: CustomerField) => fields.indexOf(field);
  return {
    headers: fields.map((field) => DEFAULT_HEADERS[language][field]),
    fields,
    textColumns: TEXT_FIELDS.map(indexOf).filter((i) => i >= 0),
    systemColumns: SYSTEM_FIELDS.map(indexOf).filter((i) => i >= 0),
    emailColumn: indexOf('email'),
    npsColumn: indexOf('nps'),
  };
}

export interface SheetCandidate {
  name: string;
  headers: readonly CellValue[];
  columns: RecognisedColumns;
}

function contactColumns(candidate: SheetCandidate): number {
  return CONTACT_FIELDS.filter((field) => candidate.columns.roles[field] !== undefined).length;
}

/**
 * The sheet that already holds the customers: the one the settings name, or else the sheet
 * whose header row is most clearly a customer list (a name, email or phone column and one more role).
 */
export function chooseCustomerSheet(candidates: readonly SheetCandidate[], configured: string | undefined): SheetCandidate | null {
  const named = candidates.find((candidate) => candidate.name === configured);
  if (named) return named;
  let best: SheetCandidate | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const roles = Object.keys(candidate.columns.roles).length;
    if (contactColumns(candidate) === 0 || roles < 2) continue;
    const score = roles + contactColumns(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** A name for a new sheet that no existing sheet has: "Customers", else "Customers 2"… */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  if (!taken.includes(wanted)) return wanted;
  let n = 2;
  while (taken.includes(`${wanted} ${n}`)) n += 1;
  return `${wanted} ${n}`;
}

export interface AdoptionPlan {
  /** 0-based index of the ID column (a new one goes after the last used column). */
  idColumn: number;
  addsIdColumn: boolean;
  /** The whole ID column from the header row to the last row, written as one block. */
  idColumnValues: CellValue[][];
  idsAdded: number;
  /** The highest ID number issued, to store as the new high-water mark. */
  lastIdNumber: number;
}

/**
 * Adopting a sheet the user already keeps: nothing is reordered or dropped; an ID column is
 * added after the last column if there is none, and every non-blank row without an ID gets one.
 */
export function planAdoption(
  values: readonly (readonly CellValue[])[],
  columns: RecognisedColumns,
  highWater: number,
  language: Language,
): AdoptionPlan {
  const width = values[0]?.length ?? 0;
  const existing = columns.roles.id;
  const idColumn = existing ?? width;
  const currentIds = values.map((row) => (existing === undefined ? '' : row[existing] ?? ''));
  let next = nextCustomerNumber(currentIds.slice(1), highWater);
  let idsAdded = 0;
  // Existing cells are written back exactly as they are, so only blank IDs change.
  const idColumnValues = values.map((row, index): CellValue[] => {
    const current = currentIds[index] ?? '';
    if (index === 0) return [existing === undefined ? DEFAULT_HEADERS[language].id : current];
    if (!isBlankCell(current)) return [current];
    if (isBlankRow(row)) return [''];
    idsAdded += 1;
    return [formatCustomerId(next++)];
  });
  return { idColumn, addsIdColumn: existing === undefined, idColumnValues, idsAdded, lastIdNumber: next - 1 };
}
