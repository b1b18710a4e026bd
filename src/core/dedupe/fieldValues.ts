/**
 * Sheet cells read into the comparable values dedupe works on, one kind per column role, using
 * the cleaners' normalisers: a phone becomes E.164 (by the row's own country), an email its
 * canonical form, a date its calendar day, a name its match form (see nameKeys).
 */
import type { CellValue } from '../customerRecord';
import type { CustomerField } from '../customerFields';
import type { RecognisedColumns } from '../headerRoles';
import { recogniseCountry } from '../cleaning/countries';
import { parseDateText } from '../cleaning/dates';
import { toAsciiDigits } from '../cleaning/digits';
import { normalisePhone } from '../cleaning/phone';
import { normaliseAddress } from './addressForms';
import { type NameForm, joinNameForms, nameForm, plainText } from './nameKeys';
import { isoDay, zonedCalendar, type ZonedCalendar } from '../zonedDate';

export type FieldKind = 'personName' | 'givenName' | 'familyName' | 'email' | 'phone' | 'date' | 'postcode' | 'address' | 'city' | 'country' | 'text';

export interface FieldSpec {
  /** 0-based column; the full name built from first and last name has the first name's column. */
  column: number;
  kind: FieldKind;
  /** Evidence that two rows are one person beyond the name: email, phone, birth date, address, postcode. */
  identifying: boolean;
}

export interface FieldValue {
  /** Equal keys are an exact match; their frequency is the term-frequency adjustment. */
  key: string;
  form?: NameForm;
  /** Email: the local part without a +tag, and the domain. */
  user?: string;
  domain?: string;
  /** Phone: every number in the cell (E.164 where valid, else its digits). */
  numbers?: string[];
}

const ROLE_KIND: Partial<Record<CustomerField, FieldKind>> = {
  name: 'personName', firstName: 'givenName', lastName: 'familyName', email: 'email', phone: 'phone', birthDate: 'date',
  postcode: 'postcode', address: 'address', city: 'city', country: 'country', company: 'text',
};
const IDENTIFYING: ReadonlySet<FieldKind> = new Set(['email', 'phone', 'date', 'postcode', 'address']);

/** The fields dedupe compares: the identity roles present, then every unrecognised column as generic text. */
export function fieldSpecs(columns: RecognisedColumns): FieldSpec[] {
  const specs: FieldSpec[] = [];
  for (const [role, kind] of Object.entries(ROLE_KIND) as [CustomerField, FieldKind][]) {
    const column = columns.roles[role];
    if (column !== undefined) specs.push({ column, kind, identifying: IDENTIFYING.has(kind) });
  }
  for (const column of columns.extras) specs.push({ column, kind: 'text', identifying: false });
  return specs;
}

export interface ReadingContext {
  defaultCountry?: string;
  timeZone: string;
  locale: string;
}

function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  if (value instanceof Date) return '';
  return plainText(String(value));
}

const GMAIL = new Set(['gmail.com', 'googlemail.com']);

function emailValue(text: string): FieldValue | null {
  const email = toAsciiDigits(text).replace(/\s+/g, '').toLowerCase().replace(/^mailto:/, '');
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return null;
  const local = email.slice(0, at).replace(/\+.*$/, '');
  let domain = email.slice(at + 1);
  // Gmail ignores dots and +tags; the user name without dots also meets a typo'd domain (gmial.com).
  const user = local.replace(/\./g, '');
  if (user === '') return null;
  if (GMAIL.has(domain)) domain = 'gmail.com';
  return { key: `${domain === 'gmail.com' ? user : local}@${domain}`, user, domain };
}

/** "+7 701 234 56 78", "+1 (212) 555-0147": a plus, then digits and the usual separators only, 8 to 15 digits. */
const INTERNATIONAL = /^\s*\+(?!.*\(0\))(?=(?:[\s().-]*\d){8,15}[\s().-]*$)[\d\s().-]+$/;

function phoneValue(text: string, country: string | undefined, cache: Map<string, string | null>): FieldValue | null {
  const numbers: string[] = [];
  for (const part of toAsciiDigits(text).split(/[,;/]|\n/)) {
    const cacheKey = `${country ?? ''}|${part}`;
    let number = cache.get(cacheKey);
    if (number === undefined) {
      const digits = part.replace(/\D/g, '');
      // A number written in international form is its E.164 already; only national forms need the country's rules.
      number = digits.length < 6 ? null : INTERNATIONAL.test(part) ? `+${digits}` : normalisePhone(part, country) ?? digits;
      cache.set(cacheKey, number);
    }
    if (number !== null && !numbers.includes(number)) numbers.push(number);
  }
  return numbers.length === 0 ? null : { key: numbers[0]!, numbers };
}

/** yyyymmdd of the day in the spreadsheet's time zone. */
function dayKey(date: Date, calendar: ZonedCalendar): string {
  return isoDay(calendar.dateAt(date.getTime())).replace(/-/g, '');
}

function dateValue(value: CellValue, context: ReadingContext, calendar: ZonedCalendar): FieldValue | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { key: dayKey(value, calendar) };
  const text = toAsciiDigits(cellText(value));
  if (/^\d{8}$/.test(text)) return { key: text };
  if (text === '') return null;
  const parsed = parseDateText(text, context.locale, context.timeZone);
  return parsed instanceof Date ? { key: dayKey(parsed, calendar) } : { key: text };
}

function formValue(text: string, strip?: RegExp): FieldValue | null {
  const form = nameForm(strip ? text.replace(strip, '') : text);
  return form ? { key: `${form.script}:${form.fingerprint}`, form } : null;
}

/** Words of city names that say "city" rather than which city. */
const CITY_WORDS = /(^|\s)(г\.|г|город|city|қ\.|хот|شهر)(?=\s|$)|[市省]$/giu;

/** Reads one row's values for every field (null where blank or unreadable). */
export class FieldReader {
  private readonly phoneCache = new Map<string, string | null>();
  private readonly calendar: ZonedCalendar;
  private readonly countryColumn: number | undefined;
  private readonly countries = new Map<string, string | undefined>();
  private readonly values: Map<string, FieldValue | null>[];

  constructor(private readonly specs: readonly FieldSpec[], columns: RecognisedColumns, private readonly context: ReadingContext) {
    this.calendar = zonedCalendar(context.timeZone);
    this.values = specs.map(() => new Map());
    this.countryColumn = columns.roles.country;
  }

  read(row: readonly CellValue[]): (FieldValue | null)[] {
    const countryText = this.countryColumn === undefined ? '' : cellText(row[this.countryColumn]);
    let country = this.countries.get(countryText);
    if (!this.countries.has(countryText)) {
      country = (countryText && recogniseCountry(countryText)) || this.context.defaultCountry;
      this.countries.set(countryText, country);
    }
    return this.specs.map((spec, f) => this.cachedValue(f, spec, row, country));
  }

  /** The value of one cell, read once per distinct text (per country for phones): lists repeat cities, names, companies. */
  private cachedValue(f: number, spec: FieldSpec, row: readonly CellValue[], country: string | undefined): FieldValue | null {
    const cell = row[spec.column];
    if (spec.kind === 'date') return cell === undefined || cell === '' ? null : dateValue(cell, this.context, this.calendar);
    const text = cellText(cell);
    if (text === '') return null;
    const cache = this.values[f]!;
    const key = spec.kind === 'phone' ? `${country ?? ''}|${text}` : text;
    let value = cache.get(key);
    if (value === undefined) {
      value = this.value(spec, text, country);
      cache.set(key, value);
    }
    return value;
  }

  private value(spec: FieldSpec, text: string, country: string | undefined): FieldValue | null {
    switch (spec.kind) {
      case 'email':
        return emailValue(text);
      case 'phone':
        return phoneValue(text, country, this.phoneCache);
      case 'postcode': {
        const code = toAsciiDigits(text).replace(/[\s-]/g, '').toUpperCase();
        return code === '' ? null : { key: code };
      }
      case 'country': {
        const code = recogniseCountry(text);
        return { key: code ?? text.toLowerCase() };
      }
      case 'city':
        return formValue(text, CITY_WORDS);
      case 'address':
        return formValue(normaliseAddress(text));
      default:
        return formValue(text);
    }
  }
}

/** The person's full name of a row for blocking: its name column, or its first and last names. */
export function personNameForm(values: readonly (FieldValue | null)[], specs: readonly FieldSpec[]): NameForm | null {
  const full = specs.findIndex((spec) => spec.kind === 'personName');
  if (full >= 0 && values[full]?.form) return values[full]!.form!;
  const parts = specs.flatMap((spec, i) => (spec.kind === 'givenName' || spec.kind === 'familyName' ? [values[i]?.form ?? null] : []));
  return joinNameForms(parts);
}
