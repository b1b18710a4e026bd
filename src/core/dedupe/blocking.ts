/**
 * Blocking: only rows that share a key are compared, so comparisons grow about linearly with
 * rows. Each row gets many keys (email, its user name, phone, its trailing 7 digits, name
 * fingerprints, sound keys, name parts with postcode or birth date, address, postcode, other
 * columns), so a typo in one field still leaves others to meet on. A key shared by more
 * rows than its cap would cost quadratically: a block of a key that identifies (a whole name,
 * an email, a phone, an address, the whole row) is then sorted by the rows' other values and
 * each row meets its neighbours in that order (the sorted-neighbourhood method), so that rows
 * alike in everything meet however many share the key; blocks of other keys (one name word,
 * a sound key) say little and are skipped. Identical rows always share the whole-row key.
 */
import type { FieldSpec, FieldValue } from './fieldValues';
import { type NameForm, phoneticKey } from './nameKeys';

/** Rows sharing one key beyond which the key is skipped; single name words are capped harder. */
export const BLOCK_CAP = 50;
export const NAME_WORD_CAP = 12;
/** In an over-large block, how many neighbours on each side a row meets. */
export const NEIGHBOURS = 8;
/** Keys whose over-large blocks are walked in sorted order rather than skipped: whole names, emails, phones, text columns, whole rows. */
const SORTED_PREFIXES = new Set(['n', 'e', 'p', 'r']);

function addNameKeys(name: NameForm, keys: string[]): void {
  keys.push(`n:${name.script}:${name.fingerprint}`);
  if (name.script === 'cjk') {
    if (name.latin) addNameKeys(name.latin, keys);
    return;
  }
  const tokens = [...new Set(name.tokens)];
  if (name.script === 'latin') keys.push(`s:${tokens.map(phoneticKey).sort().join(' ')}`);
  for (const token of tokens) if (token.length >= 3) keys.push(`w:${token}`);
  if (name.script === 'latin' && tokens.length === 2 && tokens.every((token) => token.length > 2)) {
    // "David Walker" meets "D. Walker" (whose fingerprint is "d walker") even when the surname's
    // word block is over NAME_WORD_CAP and left out: each word's initial beside the other word.
    keys.push(`n:latin:${[tokens[0]![0]!, tokens[1]!].sort().join(' ')}`, `n:latin:${[tokens[1]![0]!, tokens[0]!].sort().join(' ')}`);
  }
  if (tokens.length >= 3) {
    for (let i = 0; i < tokens.length; i++) for (let j = i + 1; j < tokens.length; j++) keys.push(`n:${name.script}:${[tokens[i], tokens[j]].sort().join(' ')}`);
  }
}

function capOf(key: string): number {
  return key.startsWith('w:') ? NAME_WORD_CAP : BLOCK_CAP;
}

const NAME_KINDS = new Set(['personName', 'givenName', 'familyName']);

/**
 * The fields a key is made of. Pairs a key brings together agree on those fields because
 * of how they were chosen, so EM leaves them out when learning from the pair (as Splink
 * trains each field on blocks that do not use it).
 */
export function keyFields(key: string, specs: readonly FieldSpec[]): number[] {
  const prefix = key.slice(0, key.indexOf(':'));
  const ofKind = (...kinds: string[]) => specs.flatMap((spec, f) => (kinds.includes(spec.kind) ? [f] : []));
  const names = specs.flatMap((spec, f) => (NAME_KINDS.has(spec.kind) ? [f] : []));
  switch (prefix) {
    case 'e':
    case 'u':
      return ofKind('email');
    case 'p':
    case 't':
      return ofKind('phone');
    case 'd':
      return ofKind('date');
    case 'c':
      return ofKind('postcode');
    case 'n':
    case 's':
    case 'w':
      return names;
    case 'sc':
      return [...names, ...ofKind('postcode')];
    case 'sd':
      return [...names, ...ofKind('date')];
    case 'r':
      return specs.map((_, f) => f);
    default: {
      const column = Number(prefix.slice(1));
      return specs.flatMap((spec, f) => (spec.column === column && !NAME_KINDS.has(spec.kind) ? [f] : []));
    }
  }
}

/** A growable column of integers. */
class IntColumn {
  values = new Int32Array(1024);
  size = 0;

  push(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
  }
}

/**
 * The sheet's blocking keys as numbers, and each row's keys in its order. A key's text is made
 * and looked up once, for the value (or name) that gives it, not once per row holding it: a
 * sheet of 100,000 rows has over a million keys. A key that is one field's value (an email, a
 * birth date, a postcode, an address) is numbered by the value's own number, the whole-row key
 * by the row's signature number, and the keys of a sound with a postcode or a birth date by the
 * two numbers, so that no text is made for them at all; and a value or a signature only one row
 * holds gives no such key, as its block would hold that row alone.
 */
export class BlockingKeys {
  private readonly numbers = new Map<string, number>();
  private readonly setIds = new Map<string, number>();
  /** Per key number: the index of its fields in `fieldSets`, its cap, and whether an over-large block of it is walked in order. */
  readonly fieldSet = new IntColumn();
  readonly cap = new IntColumn();
  readonly walkable = new IntColumn();
  readonly fieldSets: number[][] = [];
  /** Row r's keys: keys.values[rowStart[r] .. rowStart[r + 1]), in the order main's text keys had. */
  readonly rowStart: Int32Array;
  readonly keys = new IntColumn();
  /** Per field, per value number: how many rows hold it, and the number of the key that is the value itself (-1 until made). */
  private readonly holders: Int32Array[];
  private readonly ofValue: Int32Array[];
  private readonly signatureKeys: Int32Array;
  private readonly soundNumbers = new Map<string, number>();
  private readonly soundsOf = new WeakMap<NameForm, number[]>();
  private readonly withPostcode = new Map<number, number>();
  private readonly withDay = new Map<number, number>();
  private readonly postcodeField: number;
  private readonly dateField: number;

  /**
   * `rows`: each row's values (null for a blank row, which has no keys), `names` its person's
   * name, `signatures` the number rows holding the same in every field share (identical rows
   * always meet). Address and other text columns give keys only where `selective` (mostly
   * distinct values: an address, not a category such as the favourite master); `keyCount`
   * says how many distinct keys (FieldValue.id) each field has.
   */
  constructor(
    private readonly specs: readonly FieldSpec[],
    private readonly selective: readonly boolean[],
    rows: readonly (readonly (FieldValue | null)[] | null)[],
    names: readonly (NameForm | null)[],
    signatures: Int32Array,
    private readonly keyCount: (f: number) => number,
  ) {
    this.postcodeField = specs.findIndex((spec) => spec.kind === 'postcode');
    this.dateField = specs.findIndex((spec) => spec.kind === 'date');
    this.holders = specs.map((_, f) => new Int32Array(keyCount(f)));
    this.ofValue = specs.map((_, f) => new Int32Array(keyCount(f)).fill(-1));
    let signatureCount = 0;
    for (const signature of signatures) signatureCount = Math.max(signatureCount, signature + 1);
    const signatureHolders = new Int32Array(signatureCount);
    this.signatureKeys = new Int32Array(signatureCount).fill(-1);
    rows.forEach((values, row) => {
      if (!values) return;
      signatureHolders[signatures[row]!]! += 1;
      values.forEach((value, f) => value && (this.holders[f]![value.id]! += 1));
    });
    this.rowStart = new Int32Array(rows.length + 1);
    rows.forEach((values, row) => {
      if (values) this.addRow(values, names[row]!, signatureHolders[signatures[row]!]! > 1 ? signatures[row]! : -1);
      this.rowStart[row + 1] = this.keys.size;
    });
  }

  private newKey(prefix: string, fields: () => number[], cap: number): number {
    const number = this.fieldSet.size;
    let setId = this.setIds.get(prefix);
    if (setId === undefined) {
      setId = this.fieldSets.length;
      this.setIds.set(prefix, setId);
      this.fieldSets.push(fields());
    }
    this.fieldSet.push(setId);
    this.cap.push(cap);
    this.walkable.push(SORTED_PREFIXES.has(prefix) || prefix.startsWith('x') ? 1 : 0);
    return number;
  }

  private number(key: string): number {
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.newKey(key.slice(0, key.indexOf(':')), () => keyFields(key, this.specs), capOf(key));
      this.numbers.set(key, number);
    }
    return number;
  }

  /** A key made of two numbers, numbered in `table` (its text would be `${prefix}:${x}|${y}`). */
  private pairNumber(table: Map<number, number>, prefix: string, x: number, y: number, yCount: number): number {
    const pair = x * yCount + y;
    let number = table.get(pair);
    if (number === undefined) {
      number = this.newKey(prefix, () => keyFields(`${prefix}:`, this.specs), BLOCK_CAP);
      table.set(pair, number);
    }
    return number;
  }

  /** The key that is value `value` of field f itself, numbered by the value's number; none when one row alone holds the value. */
  private ownKey(f: number, value: FieldValue, keys: number[]): void {
    if (this.holders[f]![value.id]! < 2) return;
    let number = this.ofValue[f]![value.id]!;
    if (number < 0) {
      const spec = this.specs[f]!;
      const prefix = spec.kind === 'email' ? 'e' : spec.kind === 'date' ? 'd' : spec.kind === 'postcode' ? 'c' : `x${spec.column}`;
      number = this.newKey(prefix, () => keyFields(`${prefix}:`, this.specs), BLOCK_CAP);
      this.ofValue[f]![value.id] = number;
    }
    keys.push(number);
  }

  /** The keys one value of a field gives by itself, numbered once per value. */
  private valueKeys(f: number, value: FieldValue): number[] {
    if (value.blockKeys) return value.blockKeys;
    const spec = this.specs[f]!;
    const keys: number[] = [];
    switch (spec.kind) {
      case 'email':
        this.ownKey(f, value, keys);
        if (value.user!.length >= 4) keys.push(this.number(`u:${value.user}`));
        break;
      case 'phone':
        for (const number of value.numbers!) {
          keys.push(this.number(`p:${number}`));
          if (number.length >= 8) keys.push(this.number(`t:${number.slice(-7)}`));
        }
        break;
      case 'date':
      case 'postcode':
        this.ownKey(f, value, keys);
        break;
      case 'address':
      case 'text':
        if (this.selective[f]) this.ownKey(f, value, keys);
        break;
      default:
        break;
    }
    value.blockKeys = keys;
    return keys;
  }

  /** A name's keys, made once per name. */
  private nameKeys(name: NameForm): number[] {
    if (!name.blockKeys) {
      const keys: string[] = [];
      addNameKeys(name, keys);
      name.blockKeys = keys.map((key) => this.number(key));
    }
    return name.blockKeys;
  }

  /** The sound keys of a name's words, numbered (for the keys of a sound with a postcode or a birth date). */
  private sounds(name: NameForm): number[] {
    let sounds = this.soundsOf.get(name);
    if (!sounds) {
      const form = name.script === 'cjk' ? name.latin : name;
      sounds = (form ? [...new Set(form.tokens.map(phoneticKey))] : []).map((sound) => {
        let number = this.soundNumbers.get(sound);
        if (number === undefined) {
          number = this.soundNumbers.size;
          this.soundNumbers.set(sound, number);
        }
        return number;
      });
      this.soundsOf.set(name, sounds);
    }
    return sounds;
  }

  /** Adds the keys of a row that holds something; `signature` -1 when no other row holds the same. */
  private addRow(values: readonly (FieldValue | null)[], name: NameForm | null, signature: number): void {
    if (signature >= 0) {
      if (this.signatureKeys[signature]! < 0) this.signatureKeys[signature] = this.newKey('r', () => this.specs.map((_, f) => f), BLOCK_CAP);
      this.keys.push(this.signatureKeys[signature]!);
    }
    let postcode = -1;
    let day = -1;
    for (let f = 0; f < this.specs.length; f++) {
      const value = values[f];
      if (!value) continue;
      if (f === this.dateField) day = value.id;
      else if (f === this.postcodeField) postcode = value.id;
      for (const key of this.valueKeys(f, value)) this.keys.push(key);
    }
    if (name) {
      for (const key of this.nameKeys(name)) this.keys.push(key);
      for (const sound of this.sounds(name)) {
        if (postcode >= 0) this.keys.push(this.pairNumber(this.withPostcode, 'sc', sound, postcode, this.keyCount(this.postcodeField)));
        if (day >= 0) this.keys.push(this.pairNumber(this.withDay, 'sd', sound, day, this.keyCount(this.dateField)));
      }
    }
  }
}

/**
 * Rows grouped by key, in flat columns (a sheet of 100,000 rows has over a million keys, most
 * held by one row): each block's rows, and each row's blocks worth visiting (two rows or more,
 * not skipped), with the row's place in the block's order when the block is walked in order.
 */
export class Blocks {
  /** Block b's rows, ascending: blockRows[blockStart[b] .. blockStart[b + 1]). */
  private readonly blockStart: Int32Array;
  private readonly blockRows: Int32Array;
  /** Per block, an index into `fieldSets`: the fields its key is made of. */
  private readonly blockFields: Int32Array;
  /** Per over-large block walked in order, its rows sorted by signature; per other block, null. */
  private readonly sorted: (Int32Array | null)[];
  readonly fieldSets: readonly number[][];
  /** Row r's blocks worth visiting: rowBlocks[rowStart[r] .. rowStart[r + 1]), in key order, and its place in each sorted block (else -1). */
  private readonly rowStart: Int32Array;
  private readonly rowBlocks: Int32Array;
  private readonly rowPlace: Int32Array;
  /** Per row, the visit that last met it: a pair brought together by two keys is visited once. */
  private readonly mark: Int32Array;
  private visits = 0;
  skippedBlocks = 0;

  /** `signatureOf`: a row's values in one string; an over-large block is walked in their order. */
  constructor(keys: BlockingKeys, signatureOf: (row: number) => string) {
    const rowCount = keys.rowStart.length - 1;
    const blockCount = keys.fieldSet.size;
    const caps = keys.cap;
    const walkable = keys.walkable;
    this.fieldSets = keys.fieldSets;
    // A key a row holds twice (a phone written twice in its cell) counts once.
    const sizes = new Int32Array(blockCount);
    const lastRow = new Int32Array(blockCount).fill(-1);
    const keyStart = new Int32Array(rowCount + 1);
    const keyIds = new IntColumn();
    for (let row = 0; row < rowCount; row++) {
      for (let k = keys.rowStart[row]!; k < keys.rowStart[row + 1]!; k++) {
        const id = keys.keys.values[k]!;
        if (lastRow[id] === row) continue;
        lastRow[id] = row;
        sizes[id]! += 1;
        keyIds.push(id);
      }
      keyStart[row + 1] = keyIds.size;
    }
    this.blockFields = keys.fieldSet.values.slice(0, blockCount);
    this.blockStart = new Int32Array(blockCount + 1);
    for (let b = 0; b < blockCount; b++) this.blockStart[b + 1] = this.blockStart[b]! + sizes[b]!;
    this.blockRows = new Int32Array(this.blockStart[blockCount]!);
    const filled = this.blockStart.slice(0, blockCount);
    for (let row = 0; row < rowCount; row++) for (let k = keyStart[row]!; k < keyStart[row + 1]!; k++) this.blockRows[filled[keyIds.values[k]!]!++] = row;

    this.sorted = new Array<Int32Array | null>(blockCount).fill(null);
    // Only the rows of over-large blocks are sorted: their signatures are made once each, as needed.
    const signatures = new Array<string | undefined>(rowCount);
    const place = new Map<number, Int32Array>();
    for (let b = 0; b < blockCount; b++) {
      const size = sizes[b]!;
      if (size <= caps.values[b]!) continue;
      if (!walkable.values[b]) {
        this.skippedBlocks++;
        continue;
      }
      const rows = this.blockRows.slice(this.blockStart[b]!, this.blockStart[b + 1]!);
      for (const row of rows) signatures[row] ??= signatureOf(row);
      rows.sort((x, y) => (signatures[x]! < signatures[y]! ? -1 : signatures[x]! > signatures[y]! ? 1 : x - y));
      this.sorted[b] = rows;
      const at = new Int32Array(size);
      const from = this.blockStart[b]!;
      // Where each row is in the sorted order, by its place among the block's ascending rows.
      for (let i = 0; i < size; i++) at[lowerBound(this.blockRows, from, from + size, rows[i]!) - from] = i;
      place.set(b, at);
    }

    const rowStart = new Int32Array(rowCount + 1);
    const rowBlocks = new IntColumn();
    const rowPlace = new IntColumn();
    for (let row = 0; row < rowCount; row++) {
      for (let k = keyStart[row]!; k < keyStart[row + 1]!; k++) {
        const b = keyIds.values[k]!;
        const size = sizes[b]!;
        if (size < 2 || (size > caps.values[b]! && !this.sorted[b])) continue;
        rowBlocks.push(b);
        const at = place.get(b);
        rowPlace.push(at ? at[lowerBound(this.blockRows, this.blockStart[b]!, this.blockStart[b + 1]!, row) - this.blockStart[b]!]! : -1);
      }
      rowStart[row + 1] = rowBlocks.size;
    }
    this.rowStart = rowStart;
    this.rowBlocks = rowBlocks.values.slice(0, rowBlocks.size);
    this.rowPlace = rowPlace.values.slice(0, rowPlace.size);
    this.mark = new Int32Array(rowCount);
  }

  /**
   * Calls `visit(a, b, fieldSet)` once for every candidate pair with a < b whose first row is
   * in [from, to), with the fields of the key that brought them (an index into `fieldSets`),
   * in the same order every time.
   */
  forEachPair(from: number, to: number, visit: (a: number, b: number, fieldSet: number) => void): void {
    const { mark, rowBlocks, rowPlace, blockRows, blockStart, blockFields, sorted } = this;
    for (let a = from; a < to; a++) {
      const visitId = ++this.visits;
      for (let k = this.rowStart[a]!; k < this.rowStart[a + 1]!; k++) {
        const id = rowBlocks[k]!;
        const fields = blockFields[id]!;
        const order = sorted[id];
        if (order) {
          const at = rowPlace[k]!;
          const last = Math.min(order.length - 1, at + NEIGHBOURS);
          for (let i = Math.max(0, at - NEIGHBOURS); i <= last; i++) {
            const b = order[i]!;
            if (b <= a || mark[b] === visitId) continue;
            mark[b] = visitId;
            visit(a, b, fields);
          }
          continue;
        }
        for (let i = blockStart[id]!; i < blockStart[id + 1]!; i++) {
          const b = blockRows[i]!;
          if (b <= a || mark[b] === visitId) continue;
          mark[b] = visitId;
          visit(a, b, fields);
        }
      }
    }
  }

  /** Calls `visit(b, fieldSet)` once for every row b ≠ a that row a meets, before or after it. */
  forEachPartner(a: number, visit: (b: number, fieldSet: number) => void): void {
    const { mark, rowBlocks, rowPlace, blockRows, blockStart, blockFields, sorted } = this;
    const visitId = ++this.visits;
    mark[a] = visitId;
    for (let k = this.rowStart[a]!; k < this.rowStart[a + 1]!; k++) {
      const id = rowBlocks[k]!;
      const order = sorted[id];
      const rows = order ? order.subarray(Math.max(0, rowPlace[k]! - NEIGHBOURS), rowPlace[k]! + NEIGHBOURS + 1) : blockRows.subarray(blockStart[id]!, blockStart[id + 1]!);
      for (let i = 0; i < rows.length; i++) {
        const b = rows[i]!;
        if (mark[b] === visitId) continue;
        mark[b] = visitId;
        visit(b, blockFields[id]!);
      }
    }
  }

  /** How many candidate pairs there are: what matching plans to compare. */
  countPairs(): number {
    let count = 0;
    this.forEachPair(0, this.rowStart.length - 1, () => count++);
    return count;
  }
}

/** The first index in the ascending run values[from, to) holding `value` or more. */
function lowerBound(values: Int32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
