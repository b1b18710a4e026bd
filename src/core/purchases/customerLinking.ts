/**
 * Which customer a purchase (or an interaction) belongs to, from the customer as people write
 * it: a customer ID, a phone in any format, an email in any case, a name in any script, or
 * several of these in one cell ("Иван Петров, 8 701 123 45 67"). The phone, email and name go
 * through capture's matcher (the same keys and Fellegi-Sunter evidence a form response gets), so
 * an exact email or phone is enough and a name alone never is. Two candidates, or a name alone,
 * are never linked: the row is marked with the candidates for a person to settle.
 *
 * A name alone that no exact key finds is looked up once more by its transliterated form and
 * consonant skeleton (the duplicate finder's name keys), so "Ivan Petrov" can point at
 * "Петров Иван" as a candidate; that is a hint, never a link.
 */
import { CustomerIndex, keyKindsOf } from '../capture/customerMatch';
import type { CellValue } from '../customerRecord';
import type { ReadingContext } from '../dedupe/fieldValues';
import { nameForm } from '../dedupe/nameKeys';
import type { RecognisedColumns } from '../headerRoles';

export type CustomerLink =
  | { kind: 'linked'; customerId: string; index: number }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'nameOnly'; candidates: string[] }
  | { kind: 'unknown' }
  | { kind: 'blank' };

/** How a purchase names its customer: the Customer ID cell (Clientele's or an import's), and the Customer cell as typed. */
export interface CustomerReference {
  customerId: string;
  customer: string;
}

const EMAIL = /[^\s,;:<>()[\]"']+@[^\s,;:<>()[\]"']+\.[^\s,;:<>()[\]"']+/gu;
/** A run of digits with the spaces, dots, dashes and brackets people put in phone numbers; 7 digits or more. */
const PHONE = /\+?[\d\u06F0-\u06F9\u0660-\u0669][\d\u06F0-\u06F9\u0660-\u0669 ().\-‒–]{5,}[\d\u06F0-\u06F9\u0660-\u0669]/gu;
const CANDIDATE_LIMIT = 5;

interface Parsed {
  emails: string[];
  phones: string[];
  name: string;
}

function digitCount(text: string): number {
  return (text.match(/[\d\u06F0-\u06F9\u0660-\u0669]/gu) ?? []).length;
}

/** The email, phone and name in a customer cell. */
export function parseCustomerText(text: string): Parsed {
  const emails = text.match(EMAIL) ?? [];
  let rest = text.replace(EMAIL, ' ');
  const phones = (rest.match(PHONE) ?? []).filter((phone) => digitCount(phone) >= 7);
  for (const phone of phones) rest = rest.replace(phone, ' ');
  const name = rest.replace(/[,;:/|()[\]]+/g, ' ').replace(/\s+/g, ' ').trim();
  return { emails, phones: phones.map((phone) => phone.trim()), name };
}

export class CustomerLinker {
  /** The customer sheet's columns a linker reads (0-based): the ID and what the matcher keys and compares (names, email, phone). */
  static columnsRead(columns: RecognisedColumns): number[] {
    const { id, name, firstName, lastName, email, phone } = columns.roles;
    return [id, name, firstName, lastName, email, phone].filter((column): column is number => column !== undefined);
  }

  private readonly ids = new Map<string, number>();
  private readonly index: CustomerIndex;
  private nameHints: Map<string, number[]> | null = null;
  private readonly width: number;
  private manyBlocks = false;

  /**
   * `readMatchingColumns`: for a table read with its ID column only (an edit's few purchases
   * mostly name their customer by ID), fills in the columns the matcher reads, in place, the
   * first time a reference needs them; until then only IDs link.
   */
  constructor(
    private readonly customers: readonly (readonly CellValue[])[],
    private readonly columns: RecognisedColumns,
    context: ReadingContext,
    private readMatchingColumns: (() => void) | null = null,
  ) {
    const idColumn = columns.roles.id;
    if (idColumn !== undefined) {
      for (let r = 1; r < customers.length; r++) {
        const id = String(customers[r]![idColumn] ?? '').trim().toUpperCase();
        if (id !== '' && !this.ids.has(id)) this.ids.set(id, r);
      }
    }
    this.index = new CustomerIndex(customers as (readonly CellValue[])[], columns, context);
    this.width = customers[0]?.length ?? 0;
  }

  /** The customer row (0-based index, header 0) with this ID. */
  rowOfId(id: string): number | undefined {
    // An ID as the sheet spells it is a key already (trimmed and upper-cased twice is once): the
    // million lookups of Recalculate totals make no new string.
    return this.ids.get(id) ?? this.ids.get(id.trim().toUpperCase());
  }

  idOf(index: number): string {
    const idColumn = this.columns.roles.id;
    return idColumn === undefined ? '' : String(this.customers[index]?.[idColumn] ?? '').trim();
  }

  /**
   * The linker will link block after block (Recalculate totals): the customer sheet is keyed
   * once, whole, the first time a block needs the matcher, rather than once a block.
   */
  linkManyBlocks(): void {
    this.manyBlocks = true;
  }

  /** Links many references at once: the customer sheet is keyed once for all of them. */
  linkAll(references: readonly CustomerReference[]): CustomerLink[] {
    const links: (CustomerLink | undefined)[] = new Array(references.length);
    // What a reference names by an ID is linked at once; only the others are read for a phone,
    // an email or a name and go to the matcher.
    const matched: { i: number; parsed: Parsed; row: CellValue[] }[] = [];
    const wanted = new Set<string>();
    references.forEach((reference, i) => {
      const direct = this.direct(reference);
      if (direct !== undefined) {
        links[i] = { kind: 'linked', customerId: this.idOf(direct), index: direct };
        return;
      }
      const parsed = parseCustomerText(reference.customer);
      const row = this.rowLike(parsed);
      matched.push({ i, parsed, row });
      for (const key of this.index.keysOfRow(row)) wanted.add(key);
    });
    // A row cleared, or one with only an ID no customer has, needs nothing of the matcher.
    if (this.readMatchingColumns && matched.some(({ i }) => references[i]!.customer.trim() !== '')) {
      this.readMatchingColumns();
      this.readMatchingColumns = null;
    }
    if (this.manyBlocks && wanted.size > 0) this.index.indexEveryRow(keyKindsOf(wanted));
    else this.index.indexRowsWith(wanted);
    for (const { i, parsed, row } of matched) links[i] = this.link(references[i]!, parsed, row);
    return links as CustomerLink[];
  }

  /** The customer the Customer ID cell names, else the one the Customer cell names by ID. */
  private direct(reference: CustomerReference): number | undefined {
    return this.byId(reference.customerId) ?? this.byId(reference.customer);
  }

  private byId(text: string): number | undefined {
    return text.trim() === '' ? undefined : this.rowOfId(text);
  }

  /** A reference no ID names. */
  private link(reference: CustomerReference, parsed: Parsed, row: CellValue[]): CustomerLink {
    if (reference.customer.trim() === '') return reference.customerId.trim() === '' ? { kind: 'blank' } : { kind: 'unknown' };
    const contacts = parsed.emails.length + parsed.phones.length > 0;
    const match = this.index.match(row);
    if (match.kind === 'match' && contacts) return { kind: 'linked', customerId: this.idOf(match.row), index: match.row };
    const rows = match.kind === 'match' ? [match.row] : match.kind === 'uncertain' ? match.rows : [];
    if (rows.length > 0) {
      const candidates = rows.slice(0, CANDIDATE_LIMIT).map((r) => this.idOf(r));
      return contacts ? { kind: 'ambiguous', candidates } : { kind: 'nameOnly', candidates };
    }
    if (!contacts && parsed.name !== '') {
      const hints = this.hintsFor(parsed.name);
      if (hints.length > 0) return { kind: 'nameOnly', candidates: hints.slice(0, CANDIDATE_LIMIT).map((r) => this.idOf(r)) };
    }
    return { kind: 'unknown' };
  }

  /** A submission-like row laid out as the customer sheet's, holding what the cell says. */
  private rowLike(parsed: Parsed): CellValue[] {
    const row: CellValue[] = Array.from({ length: this.width }, () => '');
    const { roles } = this.columns;
    if (roles.email !== undefined && parsed.emails[0]) row[roles.email] = parsed.emails[0];
    if (roles.phone !== undefined && parsed.phones.length > 0) row[roles.phone] = parsed.phones.join(', ');
    const nameColumn = roles.name ?? roles.firstName;
    if (nameColumn !== undefined && parsed.name !== '') row[nameColumn] = parsed.name;
    return row;
  }

  private hintsFor(name: string): number[] {
    if (!this.nameHints) this.nameHints = this.buildNameHints();
    const rows = new Set<number>();
    for (const key of nameHintKeys(name)) for (const row of this.nameHints.get(key) ?? []) rows.add(row);
    return [...rows];
  }

  private buildNameHints(): Map<string, number[]> {
    const hints = new Map<string, number[]>();
    const { roles } = this.columns;
    for (let r = 1; r < this.customers.length; r++) {
      const row = this.customers[r]!;
      const name = roles.name !== undefined ? String(row[roles.name] ?? '') : `${String(row[roles.firstName ?? -1] ?? '')} ${String(row[roles.lastName ?? -1] ?? '')}`;
      for (const key of nameHintKeys(name)) {
        const list = hints.get(key);
        if (list) list.push(r);
        else hints.set(key, [r]);
      }
    }
    return hints;
  }
}

/** A name's transliterated fingerprint and consonant skeleton: where Иван Петров, Ivan Petrov and Petrov Ivan meet. */
function nameHintKeys(name: string): string[] {
  const form = nameForm(name);
  if (!form || form.tokens.length < 2) return [];
  const keys = [`f:${form.fingerprint}`];
  if (form.skeleton.includes(' ')) keys.push(`s:${form.skeleton}`);
  return keys;
}
