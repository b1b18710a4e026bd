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
  if (tokens.length >= 3) {
    for (let i = 0; i < tokens.length; i++) for (let j = i + 1; j < tokens.length; j++) keys.push(`n:${name.script}:${[tokens[i], tokens[j]].sort().join(' ')}`);
  }
}

/** A name's keys, and the sound keys of its words (for the keys of a sound with a postcode or a birth date). */
function nameKeysOf(name: NameForm): string[] {
  if (!name.blockKeys) {
    const keys: string[] = [];
    addNameKeys(name, keys);
    name.blockKeys = keys;
  }
  return name.blockKeys;
}

const soundsOf = new WeakMap<NameForm, string[]>();

function soundKeys(name: NameForm): string[] {
  let sounds = soundsOf.get(name);
  if (!sounds) {
    const form = name.script === 'cjk' ? name.latin : name;
    sounds = form ? [...new Set(form.tokens.map(phoneticKey))] : [];
    soundsOf.set(name, sounds);
  }
  return sounds;
}

/** The keys one value of a field gives by itself, made once per value. */
function valueKeys(spec: FieldSpec, value: FieldValue, selective: boolean): string[] {
  if (value.blockKeys) return value.blockKeys;
  const keys: string[] = [];
  switch (spec.kind) {
    case 'email':
      keys.push(`e:${value.key}`);
      if (value.user!.length >= 4) keys.push(`u:${value.user}`);
      break;
    case 'phone':
      for (const number of value.numbers!) {
        keys.push(`p:${number}`);
        if (number.length >= 8) keys.push(`t:${number.slice(-7)}`);
      }
      break;
    case 'date':
      keys.push(`d:${value.key}`);
      break;
    case 'postcode':
      keys.push(`c:${value.key}`);
      break;
    case 'address':
    case 'text':
      if (selective) keys.push(`x${spec.column}:${value.key}`);
      break;
    default:
      break;
  }
  value.blockKeys = keys;
  return keys;
}

/**
 * The blocking keys of one row. Address and other text columns give keys only where
 * `selective` (mostly distinct values: an address, not a category such as the favourite master).
 * `signature`: the number rows holding the same in every field share (identical rows always meet).
 */
export function blockingKeys(values: readonly (FieldValue | null)[], specs: readonly FieldSpec[], name: NameForm | null, selective: readonly boolean[], signature: number): string[] {
  const keys: string[] = [`r:${signature}`];
  let postcode = '';
  let day = '';
  for (let f = 0; f < specs.length; f++) {
    const value = values[f];
    if (!value) continue;
    const spec = specs[f]!;
    if (spec.kind === 'date') day = value.key;
    else if (spec.kind === 'postcode') postcode = value.key;
    for (const key of valueKeys(spec, value, selective[f]!)) keys.push(key);
  }
  if (name) {
    for (const key of nameKeysOf(name)) keys.push(key);
    for (const sound of soundKeys(name)) {
      if (postcode) keys.push(`sc:${sound}|${postcode}`);
      if (day) keys.push(`sd:${sound}|${day}`);
    }
  }
  return keys;
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
  readonly fieldSets: number[][] = [];
  /** Row r's blocks worth visiting: rowBlocks[rowStart[r] .. rowStart[r + 1]), in key order, and its place in each sorted block (else -1). */
  private readonly rowStart: Int32Array;
  private readonly rowBlocks: Int32Array;
  private readonly rowPlace: Int32Array;
  /** Per row, the visit that last met it: a pair brought together by two keys is visited once. */
  private readonly mark: Int32Array;
  private visits = 0;
  skippedBlocks = 0;

  /** `signatures`: per row, its values in one string; an over-large block is walked in their order. */
  constructor(keysByRow: readonly (readonly string[])[], specs: readonly FieldSpec[], signatures: readonly string[]) {
    const rowCount = keysByRow.length;
    const ids = new Map<string, number>();
    const setIds = new Map<string, number>();
    const blockFields = new IntColumn();
    const caps = new IntColumn();
    const walkable = new IntColumn();
    const sizes = new IntColumn();
    const lastRow = new IntColumn();
    const keyStart = new Int32Array(rowCount + 1);
    const keyIds = new IntColumn();
    for (let row = 0; row < rowCount; row++) {
      for (const key of keysByRow[row]!) {
        let id = ids.get(key);
        if (id === undefined) {
          id = ids.size;
          ids.set(key, id);
          const prefix = key.slice(0, key.indexOf(':'));
          let setId = setIds.get(prefix);
          if (setId === undefined) {
            setId = this.fieldSets.length;
            setIds.set(prefix, setId);
            this.fieldSets.push(keyFields(key, specs));
          }
          blockFields.push(setId);
          caps.push(capOf(key));
          walkable.push(SORTED_PREFIXES.has(prefix) || prefix.startsWith('x') ? 1 : 0);
          sizes.push(0);
          lastRow.push(-1);
        }
        if (lastRow.values[id] === row) continue;
        lastRow.values[id] = row;
        sizes.values[id]! += 1;
        keyIds.push(id);
      }
      keyStart[row + 1] = keyIds.size;
    }
    const blockCount = ids.size;
    this.blockFields = blockFields.values.slice(0, blockCount);
    this.blockStart = new Int32Array(blockCount + 1);
    for (let b = 0; b < blockCount; b++) this.blockStart[b + 1] = this.blockStart[b]! + sizes.values[b]!;
    this.blockRows = new Int32Array(this.blockStart[blockCount]!);
    const filled = this.blockStart.slice(0, blockCount);
    for (let row = 0; row < rowCount; row++) for (let k = keyStart[row]!; k < keyStart[row + 1]!; k++) this.blockRows[filled[keyIds.values[k]!]!++] = row;

    this.sorted = new Array<Int32Array | null>(blockCount).fill(null);
    const place = new Map<number, Int32Array>();
    for (let b = 0; b < blockCount; b++) {
      const size = sizes.values[b]!;
      if (size <= caps.values[b]!) continue;
      if (!walkable.values[b]) {
        this.skippedBlocks++;
        continue;
      }
      const rows = this.blockRows.slice(this.blockStart[b]!, this.blockStart[b + 1]!).sort((x, y) => (signatures[x]! < signatures[y]! ? -1 : signatures[x]! > signatures[y]! ? 1 : x - y));
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
        const size = sizes.values[b]!;
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
