/**
 * Finding the customer a submission belongs to. The sheet is indexed once per call on cheap
 * exact keys (email, the phone's last nine digits, the name's words in any order), so a
 * submission meets only the few rows sharing a key; those are compared with the dedupe
 * comparator's levels (fuzzy names across scripts, phones by E.164, emails with Gmail's
 * rules) and weighed Fellegi-Sunter style: a sum of log2 Bayes factors per field.
 *
 * The weights are fixed rather than learnt by EM as the duplicate finder does: one
 * submission is too little to learn from, and the thresholds must mean the same on every
 * sheet. An exact email or phone alone is enough to update; a name alone is not. A different
 * email or phone counts little against a match (people have several; a changed one is what an
 * update is for); a different name counts more (a family may share one email).
 */
import type { CellValue } from '../customerRecord';
import { toAsciiDigits } from '../cleaning/digits';
import { compareValues, NULL } from '../dedupe/comparisons';
import { FieldReader, fieldSpecs, type FieldSpec, type ReadingContext } from '../dedupe/fieldValues';
import type { RecognisedColumns } from '../headerRoles';

/** log2 Bayes factors by comparison level [null, else, weak, strong, exact]. */
const WEIGHTS: Record<'email' | 'phone' | 'name', readonly number[]> = {
  email: [0, -3, 3, 8, 14],
  phone: [0, -3, 2, 7, 13],
  name: [0, -5, 2, 5, 8],
};
/** At or above: the same customer. Between the two: maybe, a person must look. */
export const UPDATE_WEIGHT = 10;
export const REVIEW_WEIGHT = 4;

const MATCHED_KINDS = new Set(['personName', 'givenName', 'familyName', 'email', 'phone']);

export type CustomerMatch =
  | { kind: 'none' }
  | { kind: 'match'; row: number }
  | { kind: 'uncertain'; rows: number[] };

/** Only text beyond ASCII can hold Persian, Arabic or full-width digits: the rest skips the conversion. */
const NON_ASCII = /[^ -~\s]/;

function asciiDigits(text: string): string {
  return NON_ASCII.test(text) ? toAsciiDigits(text) : text;
}

function emailKey(text: string): string {
  return asciiDigits(text).replace(/\s+/g, '').toLowerCase();
}

function phoneKeys(text: string): string[] {
  const keys: string[] = [];
  for (const part of asciiDigits(text).split(/[,;/\n]/)) {
    const digits = part.replace(/\D/g, '');
    if (digits.length >= 7) keys.push(digits.slice(-9));
  }
  return keys;
}

/** What makes a name's key longer or shorter than the name with its spaces collapsed (see addNameKey). */
const LENGTH_CHANGING = /[\u0130\u200c]/;

/** The name's words in any order, lower-cased: an exact key, so it is cheap to take for every row. */
function nameKey(text: string): string {
  return text.toLowerCase().split(/[\s\u200c\u00a0]+/).filter(Boolean).sort().join(' ');
}

/** The same email or phone however it is spelt ("8 (701) 123-45-67" and "+77011234567"): nothing to replace. */
export function sameContact(field: 'email' | 'phone', a: CellValue, b: CellValue): boolean {
  if (field === 'email') return emailKey(text(a)) === emailKey(text(b));
  const x = phoneKeys(text(a));
  const y = phoneKeys(text(b));
  return x.length > 0 && x.length === y.length && x.every((key) => y.includes(key));
}

function text(value: CellValue | undefined): string {
  return value === undefined || value instanceof Date ? '' : String(value).trim();
}

/** What a key is of: `e:` an email, `p:` a phone, `n:` a name. */
export type KeyKind = 'e' | 'p' | 'n';
const ALL_KINDS: ReadonlySet<KeyKind> = new Set<KeyKind>(['e', 'p', 'n']);

/** The kinds of these keys. */
export function keyKindsOf(keys: Iterable<string>): Set<KeyKind> {
  const kinds = new Set<KeyKind>();
  for (const key of keys) kinds.add(key[0] as KeyKind);
  return kinds;
}

/**
 * The sheet's rows by key; rows are 0-based indexes into the table (the header is row 0).
 * Only the keys the submissions at hand have are kept: one pass over the sheet computes each
 * row's keys and stores the few rows that share one, which keeps a call on 50,000 customers fast.
 */
export class CustomerIndex {
  private readonly keys = new Map<string, number[]>();
  private readonly specs: FieldSpec[];
  private readonly reader: FieldReader;
  /** The keys to index; null: every key of the kinds in `indexedKinds` (after indexEveryRow). */
  private wanted: ReadonlySet<string> | null = new Set();
  /** The kinds of key every row is indexed by already (after indexEveryRow). */
  private readonly indexedKinds = new Set<KeyKind>();
  /** While indexing: the lengths of the wanted name keys. */
  private nameLengths: ReadonlySet<number> | null = null;

  constructor(private readonly table: (readonly CellValue[])[], private readonly columns: RecognisedColumns, context: ReadingContext) {
    this.specs = fieldSpecs(columns).filter((spec) => MATCHED_KINDS.has(spec.kind));
    this.reader = new FieldReader(this.specs, columns, context);
  }

  /** The keys of a row laid out as the sheet's. */
  keysOfRow(row: readonly CellValue[]): string[] {
    return this.keysOf(row);
  }

  /** Indexes the sheet's rows that share one of these keys (the keys of the submissions to match). */
  indexRowsWith(wanted: ReadonlySet<string>): void {
    if (this.wanted === null) return this.indexEveryRow(keyKindsOf(wanted));
    this.wanted = wanted;
    if (wanted.size === 0) return;
    this.nameLengths = new Set([...wanted].filter((key) => key.startsWith('n:')).map((key) => key.length - 2));
    for (let row = 1; row < this.table.length; row++) this.add(row);
    this.nameLengths = null;
  }

  /**
   * Indexes every row by its keys of these kinds, once: for a caller that matches block after
   * block of submissions against the same sheet (Recalculate totals over a million purchases),
   * where keying the whole sheet again for each block's keys would cost far more. A kind is
   * keyed the first time a block's submissions have a key of it (purchases given by phone key
   * no names), and never again. A row found by one of a submission's keys is found either way,
   * so matches are the same as indexRowsWith's.
   */
  indexEveryRow(kinds: ReadonlySet<KeyKind> = ALL_KINDS): void {
    if (this.wanted !== null) {
      this.wanted = null;
      this.keys.clear();
    }
    const missing = new Set([...kinds].filter((kind) => !this.indexedKinds.has(kind)));
    if (missing.size === 0) return;
    for (let row = 1; row < this.table.length; row++) this.addKeys(row, this.keysOf(this.table[row]!, missing));
    for (const kind of missing) this.indexedKinds.add(kind);
  }

  /** Indexes a row (again, after it changed: its old keys stay, and are checked on use). */
  add(row: number): void {
    this.addKeys(row, this.keysOf(this.table[row]!));
  }

  private addKeys(row: number, keys: readonly string[]): void {
    for (const key of keys) {
      if (this.wanted !== null && !this.wanted.has(key)) continue;
      const rows = this.keys.get(key);
      if (!rows) this.keys.set(key, [row]);
      else if (!rows.includes(row)) rows.push(row);
    }
  }

  private keysOf(row: readonly CellValue[], kinds: ReadonlySet<KeyKind> = ALL_KINDS): string[] {
    const { roles } = this.columns;
    const keys: string[] = [];
    if (roles.email !== undefined && kinds.has('e')) {
      const email = emailKey(text(row[roles.email]));
      if (email) keys.push(`e:${email}`);
    }
    if (roles.phone !== undefined && kinds.has('p')) for (const phone of phoneKeys(text(row[roles.phone]))) keys.push(`p:${phone}`);
    if (!kinds.has('n')) return keys;
    if (roles.name !== undefined) this.addNameKey(text(row[roles.name]), keys);
    if (roles.firstName !== undefined || roles.lastName !== undefined) {
      const first = roles.firstName === undefined ? '' : text(row[roles.firstName]);
      const last = roles.lastName === undefined ? '' : text(row[roles.lastName]);
      this.addNameKey(`${first} ${last}`, keys);
    }
    return keys;
  }

  /**
   * A name's key, skipped at once when no wanted name is as long (a sheet's names are mostly
   * others'). The length is the key's but for the two things that change it: İ, which lower-cases
   * to two code units, and a zero-width non-joiner, a separator in the key; a name with either is
   * keyed whatever its length.
   */
  private addNameKey(name: string, keys: string[]): void {
    if (this.nameLengths && !LENGTH_CHANGING.test(name) && !this.nameLengths.has(name.replace(/\s+/g, ' ').trim().length)) return;
    const key = nameKey(name);
    if (key) keys.push(`n:${key}`);
  }

  /** The existing customer a row (laid out as the sheet's) is, might be, or is not. */
  match(row: readonly CellValue[]): CustomerMatch {
    const candidates = new Set<number>();
    for (const key of this.keysOf(row)) for (const candidate of this.keys.get(key) ?? []) candidates.add(candidate);
    if (candidates.size === 0) return { kind: 'none' };
    const values = this.reader.read(row);
    const scored = [...candidates].map((candidate) => ({ row: candidate, weight: this.weigh(values, this.reader.read(this.table[candidate]!)) }));
    const sure = scored.filter((s) => s.weight >= UPDATE_WEIGHT).sort((a, b) => b.weight - a.weight);
    if (sure.length === 1) return { kind: 'match', row: sure[0]!.row };
    const maybe = scored.filter((s) => s.weight >= REVIEW_WEIGHT).sort((a, b) => b.weight - a.weight || a.row - b.row);
    return maybe.length === 0 ? { kind: 'none' } : { kind: 'uncertain', rows: maybe.map((s) => s.row) };
  }

  private weigh(a: ReturnType<FieldReader['read']>, b: ReturnType<FieldReader['read']>): number {
    let weight = 0;
    let nameLevel = NULL;
    this.specs.forEach((spec, f) => {
      const x = a[f];
      const y = b[f];
      const level = x && y ? compareValues(spec.kind, x, y) : NULL;
      if (spec.kind === 'email' || spec.kind === 'phone') weight += WEIGHTS[spec.kind][level]!;
      // The full name and its parts are one piece of evidence: count the best of them once.
      else if (level !== NULL) nameLevel = nameLevel === NULL ? level : Math.max(nameLevel, level);
    });
    return weight + WEIGHTS.name[nameLevel]!;
  }
}

