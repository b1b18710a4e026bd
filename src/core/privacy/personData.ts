/**
 * Everything Clientele holds about one person, found in the sheets it manages, and what an
 * erasure does on each of them. A person is found from a customer ID, an email or a phone on
 * the customer sheet; their rows elsewhere are found by their customer IDs and contacts.
 *
 * Every managed sheet has a rule here (SHEET_RULES); a test fails when a sheet is added to the
 * managed list without one, so no future sheet can be forgotten by an erasure.
 *  - removeRows: the rows go (customers, Merged, Quarantine, rejections, capture ledger, Follow-up).
 *  - anonymiseRows: Responses keep date, score and source for the NPS history; the customer ID,
 *    comment and response ID are blanked, so nothing links the score to anyone.
 *  - clearLog: the undo log is emptied. It holds old cell values by row number, and removing a
 *    row shifts every row under it: no earlier action could be undone safely afterwards anyway.
 *  - keepIds: the Audit log and Privacy requests keep the customer ID, a pseudonym that no longer
 *    links to anything once the customer is erased; they are the record that the erasure was done.
 *  - keepSales: Purchases keep date, amount, currency, item, quantity, branch, staff and payment
 *    (the shop's sales records and revenue stay right); who bought (the customer as typed, the
 *    customer ID, what the row counted) and the note are blanked. Interactions are removed.
 *  - noPersonalData: Data quality rows are counts per column; the order form's ledger holds a time
 *    and a responses-sheet row per answer.
 *  - blankRows: the form's own responses sheet (Google writes it; capture reads it) keeps its rows
 *    but they are emptied: capture knows a response by its row, so rows must not move.
 */
import { AUDIT_COLUMNS, AUDIT_SHEET } from '../audit/auditRecords';
import { CAPTURE_LOG_SHEET, inputFromQuarantine, LOG_COLUMNS, QUARANTINE_COLUMNS } from '../capture/captureRecords';
import { normalisePhone } from '../cleaning/phone';
import { DATA_QUALITY_SHEET } from '../cleaning/dataQuality';
import type { CellValue } from '../customerRecord';
import { resolveColumns } from '../customerColumns';
import type { RecognisedColumns } from '../headerRoles';
import { sheetNamesOf } from '../i18n/sheetNames';
import { RESPONSES_SHEET_NAMES, recogniseResponseColumns } from '../responses/responseColumns';
import { loggedOperations, recordTexts, UNDO_SHEET } from '../undoLog';
import { ORDER_LEDGER_SHEET } from '../purchases/orderAnswer';
import { PURCHASE_IMPORT_LEDGER_SHEET } from '../purchases/purchaseFile';
import { INTERACTIONS_SHEET_NAMES, PURCHASES_SHEET_NAMES } from '../purchases/historySheets';
import { cellText, contactsInText, normaliseEmail, type Contacts } from './suppression';

export const PRIVACY_REQUESTS_SHEET = 'Privacy requests';
export const MERGED_SHEET_NAME = 'Merged';
export const REJECTIONS_SHEET_NAME = 'Clientele rejections';

export type SheetKind =
  | 'customers' | 'responses' | 'merged' | 'dataQuality' | 'quarantine' | 'audit' | 'rejections' | 'undo' | 'captureLog' | 'followUp' | 'privacyRequests'
  | 'formResponses' | 'purchases' | 'interactions' | 'orderLedger' | 'other';
/** refuse: a sheet Clientele does not keep (a restored tab, a sheet they were imported from): erasure waits until a person deals with it. */
export type ErasureRule = 'removeRows' | 'anonymiseRows' | 'keepSales' | 'blankRows' | 'clearLog' | 'keepIds' | 'noPersonalData' | 'refuse';

export const SHEET_RULES: Record<SheetKind, ErasureRule> = {
  customers: 'removeRows',
  responses: 'anonymiseRows',
  merged: 'removeRows',
  dataQuality: 'noPersonalData',
  quarantine: 'removeRows',
  audit: 'keepIds',
  rejections: 'removeRows',
  undo: 'clearLog',
  captureLog: 'removeRows',
  followUp: 'removeRows',
  privacyRequests: 'keepIds',
  formResponses: 'blankRows',
  purchases: 'keepSales',
  interactions: 'removeRows',
  orderLedger: 'noPersonalData',
  other: 'refuse',
};

const KIND_OF_NAME: ReadonlyMap<string, SheetKind> = new Map<string, SheetKind>([
  ...Object.values(RESPONSES_SHEET_NAMES).map((name) => [name, 'responses'] as const),
  ...(
    [
      [MERGED_SHEET_NAME, 'merged'],
      [DATA_QUALITY_SHEET, 'dataQuality'],
      ['Quarantine', 'quarantine'],
      [AUDIT_SHEET, 'audit'],
      [REJECTIONS_SHEET_NAME, 'rejections'],
      [UNDO_SHEET, 'undo'],
      [CAPTURE_LOG_SHEET, 'captureLog'],
      ['Follow-up', 'followUp'],
      [PRIVACY_REQUESTS_SHEET, 'privacyRequests'],
      [ORDER_LEDGER_SHEET, 'orderLedger'],
      // Keys of imported rows (a hash of what each held), like the order ledger's: nothing a person can be found by.
      [PURCHASE_IMPORT_LEDGER_SHEET, 'orderLedger'],
    ] as const
  ).flatMap(([sheet, kind]) => sheetNamesOf(sheet).map((name) => [name, kind] as const)),
  ...Object.values(PURCHASES_SHEET_NAMES).map((name) => [name, 'purchases'] as const),
  ...Object.values(INTERACTIONS_SHEET_NAMES).map((name) => [name, 'interactions'] as const),
]);

/** Which managed sheet this is (null: not one Clientele manages, or the customer sheet given apart). */
export function sheetKindOf(name: string): SheetKind | null {
  return KIND_OF_NAME.get(name) ?? null;
}

export interface Person {
  customerIds: string[];
  /** 0-based indexes of their rows on the customer sheet (header is 0). */
  customerRows: number[];
  emails: string[];
  /** E.164. */
  phones: string[];
  /** Normalised (see nameKey). */
  names: string[];
}

export interface SheetValues {
  name: string;
  values: readonly (readonly CellValue[])[];
}

export interface PersonRows {
  sheet: string;
  kind: SheetKind | 'customers';
  rule: ErasureRule;
  header: CellValue[];
  /** 0-based indexes into the sheet's values (header is 0): sheet row = index + 1. */
  rows: number[];
  /** The filled cells of those rows. */
  cells: number;
}

/** The filled cells of some rows of a sheet. */
export function filledCells(values: readonly (readonly CellValue[])[], rows: readonly number[]): number {
  return rows.reduce((sum, index) => sum + (values[index] ?? []).filter((cell) => cellText(cell).trim() !== '').length, 0);
}

function nameKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ');
}

/** Only text that could be a phone number is parsed as one: parsing every cell of a long log would be slow. */
const PHONE_LIKE = /^\+?[\d\s().-]{6,30}$/u;

/** Digits at the end of a number that no way of writing it changes (phoneOf asks for six in all). */
const SUBSCRIBER_DIGITS = 6;

/** The phone a text is, in E.164, or null when it cannot be one (then no phone is compared with it). */
export function phoneOf(text: string, country: string | undefined): string | null {
  const trimmed = text.trim();
  if (!PHONE_LIKE.test(trimmed) || trimmed.replace(/\D/gu, '').length < 6) return null;
  return normalisePhone(trimmed, country);
}

/**
 * The person a query names: the customer rows whose ID equals it, or whose email or phone (or
 * one in Other contacts) is the same contact. Their contacts are collected from those rows.
 */
export function resolvePerson(customers: readonly (readonly CellValue[])[], columns: RecognisedColumns, query: string, country: string | undefined): Person | null {
  const wanted = query.trim();
  if (wanted === '') return null;
  const { roles } = columns;
  const wantedEmail = wanted.includes('@') ? normaliseEmail(wanted) : null;
  const wantedPhone = wantedEmail ? null : phoneOf(wanted, country);
  // The subscriber digits at the end of a number survive every way of writing it (a trunk
  // prefix, a country code, spaces): a cell without them cannot be this phone, so only the few
  // that have them are parsed, not every customer's phone.
  const wantedDigits = wantedPhone?.replace(/\D/gu, '').slice(-SUBSCRIBER_DIGITS) ?? '';
  const mayBeWantedPhone = (phone: string) => phone !== '' && phone.replace(/\D/gu, '').includes(wantedDigits);
  const wantedId = wanted.toLowerCase();
  const rows: number[] = [];
  customers.forEach((row, index) => {
    if (index === 0) return;
    const at = (column: number | undefined) => (column === undefined ? '' : cellText(row[column]).trim());
    const id = at(roles.id);
    // A former email or phone, kept in Other contacts when it was replaced or merged, is theirs too (read only when a contact is wanted).
    const other = roles.otherContacts === undefined || (wantedEmail === null && wantedPhone === null) ? { emails: [], phones: [] } : contactsInText(at(roles.otherContacts));
    const matches =
      (id !== '' && id.toLowerCase() === wantedId) ||
      (wantedEmail !== null && [at(roles.email), ...other.emails].some((email) => normaliseEmail(email) === wantedEmail)) ||
      (wantedPhone !== null && [at(roles.phone), ...other.phones].some((phone) => mayBeWantedPhone(phone) && phoneOf(phone, country) === wantedPhone));
    if (matches) rows.push(index);
  });
  if (rows.length === 0) return null;
  const person: Person = { customerIds: [], customerRows: rows, emails: [], phones: [], names: [] };
  for (const index of rows) addRowContacts(person, customers[index]!, columns, country);
  return person;
}

/**
 * The person a query names through the Merged sheet: a duplicate merged into a customer had its
 * own ID, email and phone; the customer it was merged into is the person.
 */
export function resolveMergedPerson(
  customers: readonly (readonly CellValue[])[],
  columns: RecognisedColumns,
  merged: SheetValues | undefined,
  query: string,
  country: string | undefined,
): Person | null {
  if (!merged || merged.values.length < 2) return null;
  const header = merged.values[0] ?? [];
  const into = header.findIndex((cell) => cellText(cell) === 'Merged into');
  const found = resolvePerson(merged.values.map((row) => row.slice(0, into < 0 ? row.length : into)), resolveColumns(header.slice(0, into < 0 ? header.length : into)), query, country);
  if (!found || into < 0 || columns.roles.id === undefined) return null;
  const survivors = new Set(found.customerRows.map((index) => cellText(merged.values[index]?.[into]).trim()).filter(Boolean));
  const id = columns.roles.id;
  const rows = customers.flatMap((row, index) => (index > 0 && survivors.has(cellText(row[id]).trim()) ? [index] : []));
  if (rows.length === 0) return null;
  const person: Person = { customerIds: [], customerRows: rows, emails: [...found.emails], phones: [...found.phones], names: [] };
  for (const index of rows) addRowContacts(person, customers[index]!, columns, country);
  return person;
}

/** Someone who is on no customer row (only in Quarantine, say): known by the contact or ID they give. */
export function personFromQuery(query: string, country: string | undefined): Person | null {
  const wanted = query.trim();
  if (wanted === '') return null;
  const person: Person = { customerIds: [], customerRows: [], emails: [], phones: [], names: [] };
  if (wanted.includes('@')) person.emails.push(normaliseEmail(wanted));
  else if (/^C-\d+$/iu.test(wanted)) person.customerIds.push(wanted.toUpperCase());
  else addUnique(person.phones, phoneOf(wanted, country));
  return person.emails.length + person.customerIds.length + person.phones.length > 0 ? person : null;
}

/** Their rows on a sheet Clientele does not keep (a restored tab, an import source): cells naming their ID, email, phone, or exactly their name. */
export function rowsOnOtherSheet(sheet: SheetValues, person: Person, country: string | undefined): PersonRows | null {
  const rows = rowsOf(sheet.values, (row) => row.some((cell) => cellMentions(cell, person, country) || (typeof cell === 'string' && person.names.includes(nameKey(cell)))));
  if (rows.length === 0) return null;
  return { sheet: sheet.name, kind: 'other', rule: SHEET_RULES.other, header: [...(sheet.values[0] ?? [])], rows, cells: filledCells(sheet.values, rows) };
}

function addUnique(list: string[], value: string | null): void {
  if (value && !list.includes(value)) list.push(value);
}

function addContacts(person: Person, contacts: Contacts, country: string | undefined): void {
  for (const email of contacts.emails) if (email.includes('@')) addUnique(person.emails, normaliseEmail(email));
  for (const phone of contacts.phones) addUnique(person.phones, phoneOf(phone, country));
}

function addRowContacts(person: Person, row: readonly CellValue[], columns: RecognisedColumns, country: string | undefined): void {
  const { roles } = columns;
  const at = (column: number | undefined) => (column === undefined ? '' : cellText(row[column]).trim());
  addUnique(person.customerIds, at(roles.id) || null);
  addContacts(person, { emails: [at(roles.email)].filter(Boolean), phones: [at(roles.phone)].filter(Boolean) }, country);
  addContacts(person, contactsInText(at(roles.otherContacts)), country);
  addUnique(person.names, nameKey(at(roles.name)) || null);
  const fullName = nameKey(`${at(roles.firstName)} ${at(roles.lastName)}`);
  addUnique(person.names, fullName || null);
}

const TOKEN_SEPARATORS = /[\s,;|"'[\]{}()]+/u;
/** The rejections sheet joins a pair's two identities with U+0000. */
const PAIR_SEPARATOR = '\u0000';

/** Does this cell name the person: one of their IDs as a token, an email in it, or it is their phone? */
function cellMentions(value: CellValue | undefined, person: Person, country: string | undefined): boolean {
  if (value instanceof Date || typeof value === 'boolean') return false;
  const text = cellText(value).trim();
  if (text === '') return false;
  const tokens = text.split(PAIR_SEPARATOR).join(' ').split(TOKEN_SEPARATORS).map((token) => token.replace(/^(id|row):/u, ''));
  if (person.customerIds.some((id) => tokens.includes(id))) return true;
  const lower = text.toLowerCase();
  if (person.emails.some((email) => lower.includes(email))) return true;
  const phone = phoneOf(text, country);
  return phone !== null && person.phones.includes(phone);
}

function quarantineMentions(row: readonly CellValue[], person: Person, country: string | undefined): boolean {
  const read = inputFromQuarantine(row);
  if (read.ok) {
    const { fields } = read.input;
    if (fields.email && person.emails.includes(normaliseEmail(fields.email))) return true;
    if (fields.phone && person.phones.includes(phoneOf(fields.phone, country) ?? '')) return true;
    const name = nameKey(fields.name ?? `${fields.firstName ?? ''} ${fields.lastName ?? ''}`);
    if (name !== '' && person.names.includes(name)) return true;
  }
  return row.some((cell) => cellMentions(cell, person, country));
}

function rowsOf(values: readonly (readonly CellValue[])[], matches: (row: readonly CellValue[]) => boolean): number[] {
  const rows: number[] = [];
  values.forEach((row, index) => {
    if (index > 0 && matches(row)) rows.push(index);
  });
  return rows;
}

/** Does an audit row's ID list ("C-000001–C-000005, C-000009", see compressIds) include this ID? */
export function idListIncludes(list: string, id: string): boolean {
  const number = /^C-(\d+)$/.exec(id)?.[1];
  return list.split(/,\s*/u).some((part) => {
    const [first, last] = part.trim().split('–');
    if (last === undefined || number === undefined) return first === id;
    const low = /^C-(\d+)$/.exec(first ?? '')?.[1];
    const high = /^C-(\d+)$/.exec(last)?.[1];
    return low !== undefined && high !== undefined && Number(low) <= Number(number) && Number(number) <= Number(high);
  });
}

/** The person's rows on one managed sheet. */
function rowsOnSheet(kind: SheetKind, values: readonly (readonly CellValue[])[], person: Person, country: string | undefined): number[] {
  const mentions = (row: readonly CellValue[]) => row.some((cell) => cellMentions(cell, person, country));
  const idIn = (column: number | undefined) => (row: readonly CellValue[]) => column !== undefined && person.customerIds.includes(cellText(row[column]).trim());
  switch (kind) {
    case 'responses':
      return rowsOf(values, idIn(recogniseResponseColumns(values[0] ?? []).customerId));
    case 'captureLog':
      return rowsOf(values, idIn(LOG_COLUMNS.customerId));
    case 'quarantine':
      return rowsOf(values, (row) => quarantineMentions(row, person, country));
    case 'dataQuality':
    case 'orderLedger':
      return [];
    case 'audit':
      return rowsOf(values, (row) => person.customerIds.some((id) => idListIncludes(cellText(row[AUDIT_COLUMNS.customerIds]), id)));
    case 'undo':
      // Old values in JSON records split over rows: an operation whose texts hold one of their IDs, emails, phones or names.
      return loggedOperations(values).flatMap((operation) =>
        recordTexts(operation.text).some((text) => cellMentions(text, person, country) || person.names.includes(nameKey(text))) ? operation.rows.map((_, i) => operation.firstIndex + i) : [],
      );
    default:
      return rowsOf(values, mentions);
  }
}

/**
 * Their rows on the customer sheet and on every managed sheet given (sheets with none are left
 * out). The person gains the IDs of their merged duplicates (Merged rows merged into them).
 */
export function findPersonRows(customerSheet: SheetValues, others: readonly SheetValues[], person: Person, country: string | undefined): PersonRows[] {
  // The IDs of their merged duplicates were theirs too: their answers may still carry them.
  for (const sheet of others.filter((entry) => sheetKindOf(entry.name) === 'merged')) {
    const idColumn = resolveColumns(sheet.values[0] ?? []).roles.id;
    if (idColumn === undefined) continue;
    for (const index of rowsOnSheet('merged', sheet.values, person, country)) addUnique(person.customerIds, cellText(sheet.values[index]?.[idColumn]).trim() || null);
  }
  const found: PersonRows[] = [
    { sheet: customerSheet.name, kind: 'customers', rule: SHEET_RULES.customers, header: [...(customerSheet.values[0] ?? [])], rows: person.customerRows, cells: filledCells(customerSheet.values, person.customerRows) },
  ];
  for (const sheet of others) {
    const kind = sheetKindOf(sheet.name);
    if (!kind || sheet.values.length < 2) continue;
    const rows = rowsOnSheet(kind, sheet.values, person, country);
    if (rows.length > 0) found.push({ sheet: sheet.name, kind, rule: SHEET_RULES[kind], header: [...(sheet.values[0] ?? [])], rows, cells: filledCells(sheet.values, rows) });
  }
  return found;
}

/**
 * Every contact the person's rows hold, for the suppression list: the customer rows' and the
 * Merged rows' email, phone and Other contacts (a merged duplicate may have had another email).
 */
export function erasedContacts(found: readonly PersonRows[], sheets: readonly SheetValues[], person: Person): Contacts {
  const emails = [...person.emails];
  const phones = [...person.phones];
  const valuesOf = new Map(sheets.map((sheet) => [sheet.name, sheet.values]));
  for (const entry of found.filter((e) => e.kind === 'merged')) {
    const { roles } = resolveColumns(entry.header);
    for (const index of entry.rows) {
      const row = valuesOf.get(entry.sheet)?.[index] ?? [];
      const at = (column: number | undefined) => (column === undefined ? '' : cellText(row[column]).trim());
      if (at(roles.email)) emails.push(at(roles.email));
      if (at(roles.phone)) phones.push(at(roles.phone));
      const other = contactsInText(at(roles.otherContacts));
      emails.push(...other.emails);
      phones.push(...other.phones);
    }
  }
  return { emails, phones };
}

/** Where the person's form responses are: "form:<sheet ID>:<row>" submission IDs in their capture ledger and quarantine rows. */
export function formResponseRefs(found: readonly PersonRows[], sheets: readonly SheetValues[]): { sheetId: number; row: number }[] {
  const valuesOf = new Map(sheets.map((sheet) => [sheet.name, sheet.values]));
  const refs = new Map<string, { sheetId: number; row: number }>();
  for (const entry of found) {
    const column = entry.kind === 'captureLog' ? LOG_COLUMNS.submissionId : entry.kind === 'quarantine' ? QUARANTINE_COLUMNS.submissionId : null;
    if (column === null) continue;
    for (const index of entry.rows) {
      const match = /^form:(\d+):(\d+)$/u.exec(cellText(valuesOf.get(entry.sheet)?.[index]?.[column]).trim());
      if (match) refs.set(match[0], { sheetId: Number(match[1]), row: Number(match[2]) });
    }
  }
  return [...refs.values()];
}
