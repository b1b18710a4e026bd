/**
 * What the privacy actions read: the customer sheet and every managed sheet, each read once
 * (one getValues), and the person a query names on them.
 */
import type { CellValue } from '../../core/customerRecord';
import {
  filledCells,
  findPersonRows,
  formResponseRefs,
  personFromQuery,
  resolveMergedPerson,
  resolvePerson,
  rowsOnOtherSheet,
  SHEET_RULES,
  sheetKindOf,
  type Person,
  type PersonRows,
  type SheetValues,
} from '../../core/privacy/personData';
import type { ActionContext } from '../actionContext';
import { findCustomerTable, type CustomerTable } from '../customerSheet';
import { withDocumentLock } from '../documentLock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PrivacyData {
  customers: CustomerTable;
  /** The managed sheets that exist, with their values (and the form's responses sheet, once read). */
  managed: (SheetValues & { sheet: Sheet })[];
  /** The other sheets: the form's responses sheet is one of them. */
  others: Sheet[];
  country: string | undefined;
}

export function readPrivacyData(context: ActionContext): PrivacyData | null {
  const customers = findCustomerTable(context.spreadsheet, context.settings);
  if (!customers) return null;
  const customerSheet = customers.sheet.getName();
  const named = context.spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  const managed = named
    .filter(({ name }) => name !== customerSheet && sheetKindOf(name) !== null)
    .map(({ sheet, name }) => ({ sheet, name, values: sheet.getDataRange().getValues() as CellValue[][] }));
  const others = named.filter(({ name }) => name !== customerSheet && sheetKindOf(name) === null).map(({ sheet }) => sheet);
  return { customers, managed, others, country: context.settings.defaultCountry };
}

export interface FoundPerson {
  person: Person;
  rows: PersonRows[];
}

/**
 * The person and every row of theirs: on the customer sheet (their contacts, former ones in Other
 * contacts, or a duplicate merged into them), on every managed sheet, on the form's responses
 * sheet, and on every other sheet (restored tabs, sheets they were imported from). Someone on no
 * customer row (only in Quarantine, say) is looked for by the contact they give; null only when
 * nothing anywhere holds them.
 */
export function findPerson(data: PrivacyData, query: string): FoundPerson | null {
  const { values, columns } = data.customers;
  const merged = data.managed.find((sheet) => sheetKindOf(sheet.name) === 'merged');
  const person =
    resolvePerson(values, columns, query, data.country) ?? resolveMergedPerson(values, columns, merged, query, data.country) ?? personFromQuery(query, data.country);
  if (!person) return null;
  const customerSheet = { name: data.customers.sheet.getName(), values };
  const rows = findPersonRows(customerSheet, data.managed, person, data.country);
  const form = formResponseRows(data, rows);
  const all = [...rows, ...form, ...otherSheetRows(data, person, new Set(form.map((entry) => entry.sheet)))];
  return all.some((entry) => entry.rows.length > 0) ? { person, rows: all } : null;
}

/** Their rows on the sheets Clientele does not keep, each read once (and kept with the others' values, for the export). */
function otherSheetRows(data: PrivacyData, person: Person, formSheets: ReadonlySet<string>): PersonRows[] {
  return data.others.flatMap((sheet) => {
    const name = sheet.getName();
    if (formSheets.has(name)) return [];
    const read = { sheet, name, values: sheet.getDataRange().getValues() as CellValue[][] };
    const found = rowsOnOtherSheet(read, person, data.country);
    if (!found) return [];
    data.managed.push(read);
    return [found];
  });
}

/**
 * Their rows on the form's responses sheet, found by the submission IDs of their capture ledger
 * and quarantine rows; the sheet is read once (and kept with the managed sheets' values).
 */
function formResponseRows(data: PrivacyData, found: readonly PersonRows[]): PersonRows[] {
  const refs = formResponseRefs(found, data.managed);
  if (refs.length === 0) return [];
  const entries: PersonRows[] = [];
  for (const sheet of data.others) {
    const sheetId = sheet.getSheetId();
    const rows = refs.filter((ref) => ref.sheetId === sheetId).map((ref) => ref.row - 1);
    if (rows.length === 0) continue;
    const name = sheet.getName();
    let read = data.managed.find((entry) => entry.name === name);
    if (!read) {
      read = { sheet, name, values: sheet.getDataRange().getValues() as CellValue[][] };
      data.managed.push(read);
    }
    const values = read.values;
    const own = rows.filter((index) => index > 0 && index < values.length).sort((a, b) => a - b);
    entries.push({ sheet: name, kind: 'formResponses', rule: SHEET_RULES.formResponses, header: [...(values[0] ?? [])], rows: own, cells: filledCells(values, own) });
  }
  return entries;
}

export function sheetValuesOf(data: PrivacyData): SheetValues[] {
  return [{ name: data.customers.sheet.getName(), values: data.customers.values }, ...data.managed];
}

/** What names the person in messages: their customer IDs, or their sheet rows ("#5") when the sheet has no IDs yet. */
export function personLabels(found: FoundPerson): string[] {
  const { person } = found;
  if (person.customerIds.length > 0) return person.customerIds;
  return person.customerRows.length > 0 ? person.customerRows.map((index) => `#${index + 1}`) : [...person.emails, ...person.phones];
}

/** Today in the spreadsheet's time zone, YYYY-MM-DD (tests pass the day). */
export function todayIn(context: ActionContext, today?: string): string {
  if (today && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today;
  return Utilities.formatDate(new Date(), context.spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

const LOCK_WAIT_MS = 60_000;

/**
 * Acts on the person a query finds, under the document lock so that no capture runs half-way
 * through; or says why not (no customer sheet, nobody found).
 */
export function withPersonLocked<T>(context: ActionContext, query: string, act: (data: PrivacyData, found: FoundPerson) => T): T | { error: string } {
  return withDocumentLock(LOCK_WAIT_MS, () => {
    const data = readPrivacyData(context);
    if (!data) return { error: context.text.summaryNoSheet };
    const found = findPerson(data, query);
    if (!found) return { error: context.text.privacyNotFound };
    return act(data, found);
  });
}
