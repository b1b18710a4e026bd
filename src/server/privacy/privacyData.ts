/**
 * What the privacy actions read: the customer sheet and every managed sheet, each read once
 * (one getValues), and the person a query names on them.
 */
import type { CellValue } from '../../core/customerRecord';
import { findPersonRows, formResponseRefs, resolvePerson, SHEET_RULES, sheetKindOf, type Person, type PersonRows, type SheetValues } from '../../core/privacy/personData';
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

export function findPerson(data: PrivacyData, query: string): FoundPerson | null {
  const person = resolvePerson(data.customers.values, data.customers.columns, query, data.country);
  if (!person) return null;
  const customerSheet = { name: data.customers.sheet.getName(), values: data.customers.values };
  const rows = findPersonRows(customerSheet, data.managed, person, data.country);
  return { person, rows: [...rows, ...formResponseRows(data, rows)] };
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
    entries.push({ sheet: name, kind: 'formResponses', rule: SHEET_RULES.formResponses, header: [...(values[0] ?? [])], rows: rows.filter((index) => index > 0 && index < values.length).sort((a, b) => a - b) });
  }
  return entries;
}

export function sheetValuesOf(data: PrivacyData): SheetValues[] {
  return [{ name: data.customers.sheet.getName(), values: data.customers.values }, ...data.managed];
}

/** What names the person in messages: their customer IDs, or their sheet rows ("#5") when the sheet has no IDs yet. */
export function personLabels(found: FoundPerson): string[] {
  return found.person.customerIds.length > 0 ? found.person.customerIds : found.person.customerRows.map((index) => `#${index + 1}`);
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
