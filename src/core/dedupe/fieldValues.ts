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
import { normaliseAddress } from './addressForms';
import { type NameForm, joinNameForms, nameForm, plainText } from './nameKeys';
import { PhoneKeys } from './phoneKeys';
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
  /** The key's number among the field's keys, in the order the reader met them: what frequencies are counted by. */
  id: number;
  form?: NameForm;
  /** Email: the local part without a +tag or dots, the same without its digits, the domain, and the domain's first label. */
  user?: string;
  userLetters?: string;
  domain?: string;
  domainName?: string;
  /** Phone: every number in the cell (E.164 where valid, else its digits), and each one's last 7 digits where it has 7 (else ''). */
  numbers?: string[];
  tails?: string[];
  /** The numbers of the blocking keys this value gives, made once for all the rows holding it (see blocking.ts). */
  blockKeys?: number[];
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

/** A value as read, before the reader numbers its key. */
type ReadValue = Omit<FieldValue, 'id'>;

function emailValue(text: string): ReadValue | null {
  const email = toAsciiDigits(text).replace(/\s+/g, '').toLowerCase().replace(/^mailto:/, '');
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return null;
  const local = email.slice(0, at).replace(/\+.*$/, '');
  let domain = email.slice(at + 1);
  // Gmail ignores dots and +tags; the user name without dots also meets a typo'd domain (gmial.com).
  const user = local.replace(/\./g, '');
  if (user === '') return null;
  if (GMAIL.has(domain)) domain = 'gmail.com';
  return { key: `${domain === 'gmail.com' ? user : local}@${domain}`, user, userLetters: user.replace(/\d/g, ''), domain, domainName: domain.split('.')[0] };
}

/** yyyymmdd of the day in the spreadsheet's time zone. */
function dayKey(date: Date, calendar: ZonedCalendar): string {
  return isoDay(calendar.dateAt(date.getTime())).replace(/-/g, '');
}

function dateValue(value: CellValue, context: ReadingContext, calendar: ZonedCalendar): ReadValue | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { key: dayKey(value, calendar) };
  const text = toAsciiDigits(cellText(value));
  if (/^\d{8}$/.test(text)) return { key: text };
  if (text === '') return null;
  const parsed = parseDateText(text, context.locale, context.timeZone);
  return parsed instanceof Date ? { key: dayKey(parsed, calendar) } : { key: text };
}

function formValue(text: string, strip?: RegExp): ReadValue | null {
  const form = nameForm(strip ? text.replace(strip, '') : text);
  return form ? { key: `${form.script}:${form.fingerprint}`, form } : null;
}

/** Words of city names that say "city" rather than which city. */
const CITY_WORDS = /(^|\s)(г\.|г|город|city|қ\.|хот|شهر)(?=\s|$)|[市省]$/giu;

/** Reads one row's values for every field (null where blank or unreadable). */
export class FieldReader {
  private readonly phones = new PhoneKeys();
  private readonly calendar: ZonedCalendar;
  private readonly countryColumn: number | undefined;
  private readonly countries = new Map<string, string | undefined>();
  /** Per field, the values read so far by cell text (phones: by country, then text; dates given as Dates: by their time). */
  private readonly values: Map<string | number, FieldValue | null>[];
  private readonly phoneValues = new Map<string | undefined, Map<string, FieldValue | null>>();
  /** Per field, each key's number (see FieldValue.id). */
  private readonly ids: Map<string, number>[];

  constructor(private readonly specs: readonly FieldSpec[], columns: RecognisedColumns, private readonly context: ReadingContext) {
    this.calendar = zonedCalendar(context.timeZone);
    this.values = specs.map(() => new Map());
    this.ids = specs.map(() => new Map());
    this.countryColumn = columns.roles.country;
  }

  /** How many distinct keys field `f` has had so far: ids run from 0 to one less. */
  keyCount(f: number): number {
    return this.ids[f]!.size;
  }

  read(row: readonly CellValue[]): (FieldValue | null)[] {
    const countryText = this.countryColumn === undefined ? '' : cellText(row[this.countryColumn]);
    let country = this.countries.get(countryText);
    if (!this.countries.has(countryText)) {
      country = (countryText && recogniseCountry(countryText)) || this.context.defaultCountry;
      this.countries.set(countryText, country);
    }
    const values = new Array<FieldValue | null>(this.specs.length);
    for (let f = 0; f < this.specs.length; f++) values[f] = this.cachedValue(f, this.specs[f]!, row, country);
    return values;
  }

  /** The value of one cell, read once per distinct text (per country for phones): lists repeat cities, names, companies. */
  private cachedValue(f: number, spec: FieldSpec, row: readonly CellValue[], country: string | undefined): FieldValue | null {
    const cell = row[spec.column];
    if (cell === undefined || cell === null || cell === '') return null;
    let cache = this.values[f]!;
    let key: string | number;
    if (spec.kind === 'date' && cell instanceof Date) {
      key = cell.getTime();
    } else {
      key = spec.kind === 'date' ? String(cell) : cellText(cell);
      if (key === '') return null;
      if (spec.kind === 'phone') {
        let byCountry = this.phoneValues.get(country);
        if (!byCountry) {
          byCountry = new Map();
          this.phoneValues.set(country, byCountry);
        }
        cache = byCountry;
      }
    }
    let value = cache.get(key);
    if (value === undefined) {
      const read = spec.kind === 'date' ? dateValue(cell, this.context, this.calendar) : this.value(spec, key as string, country);
      value = read && this.numbered(f, read);
      cache.set(key, value);
    }
    return value;
  }

  private numbered(f: number, value: ReadValue): FieldValue {
    const ids = this.ids[f]!;
    let id = ids.get(value.key);
    if (id === undefined) {
      id = ids.size;
      ids.set(value.key, id);
    }
    // Every value has the same properties in the same order, so that comparing them stays monomorphic.
    return { key: value.key, id, form: value.form, user: value.user, userLetters: value.userLetters, domain: value.domain, domainName: value.domainName, numbers: value.numbers, tails: value.tails, blockKeys: undefined };
  }

  private value(spec: FieldSpec, text: string, country: string | undefined): ReadValue | null {
    switch (spec.kind) {
      case 'email':
        return emailValue(text);
      case 'phone': {
        const numbers = this.phones.numbers(toAsciiDigits(text), country);
        return numbers.length === 0 ? null : { key: numbers[0]!, numbers, tails: numbers.map((number) => (number.length >= 7 ? number.slice(-7) : '')) };
      }
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

/** The person's full name of each row for blocking: its name column, or its first and last names joined (once per pair of names). */
export class PersonNames {
  private readonly full: number;
  private readonly parts: number[];
  private readonly joined = new Map<string, NameForm | null>();

  constructor(specs: readonly FieldSpec[]) {
    this.full = specs.findIndex((spec) => spec.kind === 'personName');
    this.parts = specs.flatMap((spec, f) => (spec.kind === 'givenName' || spec.kind === 'familyName' ? [f] : []));
  }

  of(values: readonly (FieldValue | null)[]): NameForm | null {
    if (this.full >= 0 && values[this.full]?.form) return values[this.full]!.form!;
    if (this.parts.length === 0) return null;
    let key = '';
    for (const f of this.parts) key += `${values[f]?.id ?? -1},`;
    let form = this.joined.get(key);
    if (form === undefined) {
      form = joinNameForms(this.parts.map((f) => values[f]?.form ?? null));
      this.joined.set(key, form);
    }
    return form;
  }
}
