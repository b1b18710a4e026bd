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

/**
 * The blocking keys of one row. Address and other text columns give keys only where
 * `selective` (mostly distinct values: an address, not a category such as the favourite master).
 */
export function blockingKeys(values: readonly (FieldValue | null)[], specs: readonly FieldSpec[], name: NameForm | null, selective: readonly boolean[], signature: string): string[] {
  const keys: string[] = [`r:${signature}`];
  let postcode = '';
  let day = '';
  specs.forEach((spec, f) => {
    const value = values[f];
    if (!value) return;
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
        day = value.key;
        keys.push(`d:${day}`);
        break;
      case 'postcode':
        postcode = value.key;
        keys.push(`c:${postcode}`);
        break;
      case 'address':
      case 'text':
        if (selective[f]) keys.push(`x${spec.column}:${value.key}`);
        break;
      default:
        break;
    }
  });
  if (name) {
    addNameKeys(name, keys);
    const sounds = name.script === 'cjk' ? name.latin : name;
    if (sounds) {
      for (const token of new Set(sounds.tokens)) {
        const sound = phoneticKey(token);
        if (postcode) keys.push(`sc:${sound}|${postcode}`);
        if (day) keys.push(`sd:${sound}|${day}`);
      }
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

/** Rows grouped by key, each row holding the ids of its keys. */
export class Blocks {
  private readonly members: number[][] = [];
  private readonly caps: number[] = [];
  /** Per block, an index into `fieldSets`: the fields its key is made of. */
  private readonly blockFields: number[] = [];
  readonly fieldSets: number[][] = [];
  private readonly rowKeys: number[][];
  /** Per row, the visit that last met it: a pair brought together by two keys is visited once. */
  private readonly mark: Int32Array;
  private visits = 0;
  /** Per over-large block walked in order: its rows sorted by signature, and where each row is in it. */
  private readonly sorted = new Map<number, { rows: Int32Array; at: Map<number, number> }>();
  skippedBlocks = 0;

  /** `signatures`: per row, its values in one string; an over-large block is walked in their order. */
  constructor(keysByRow: readonly (readonly string[])[], specs: readonly FieldSpec[], signatures: readonly string[]) {
    const ids = new Map<string, number>();
    const setIds = new Map<string, number>();
    this.rowKeys = keysByRow.map((keys, row) => {
      const own: number[] = [];
      for (const key of keys) {
        let id = ids.get(key);
        if (id === undefined) {
          id = this.members.length;
          ids.set(key, id);
          this.members.push([]);
          this.caps.push(capOf(key));
          const prefix = key.slice(0, key.indexOf(':'));
          let setId = setIds.get(prefix);
          if (setId === undefined) {
            setId = this.fieldSets.length;
            setIds.set(prefix, setId);
            this.fieldSets.push(keyFields(key, specs));
          }
          this.blockFields.push(setId);
        }
        const block = this.members[id]!;
        if (block[block.length - 1] !== row) {
          block.push(row);
          own.push(id);
        }
      }
      return own;
    });
    this.mark = new Int32Array(keysByRow.length);
    for (const [key, id] of ids) {
      const block = this.members[id]!;
      if (block.length <= this.caps[id]!) continue;
      const prefix = key.slice(0, key.indexOf(':'));
      if (!SORTED_PREFIXES.has(prefix) && !prefix.startsWith('x')) {
        this.skippedBlocks++;
        continue;
      }
      const rows = Int32Array.from(block).sort((x, y) => (signatures[x]! < signatures[y]! ? -1 : signatures[x]! > signatures[y]! ? 1 : x - y));
      this.sorted.set(id, { rows, at: new Map(Array.from(rows, (row, i) => [row, i])) });
    }
  }

  /**
   * Calls `visit(a, b, fieldSet)` once for every candidate pair with a < b whose first row is
   * in [from, to), with the fields of the key that brought them (an index into `fieldSets`),
   * in the same order every time.
   */
  forEachPair(from: number, to: number, visit: (a: number, b: number, fieldSet: number) => void): void {
    for (let a = from; a < to; a++) {
      const visitId = ++this.visits;
      for (const id of this.rowKeys[a]!) {
        const block = this.members[id]!;
        if (block.length < 2) continue;
        if (block.length > this.caps[id]!) {
          const order = this.sorted.get(id);
          if (!order) continue;
          const at = order.at.get(a)!;
          const last = Math.min(order.rows.length - 1, at + NEIGHBOURS);
          for (let k = Math.max(0, at - NEIGHBOURS); k <= last; k++) {
            const b = order.rows[k]!;
            if (b <= a || this.mark[b] === visitId) continue;
            this.mark[b] = visitId;
            visit(a, b, this.blockFields[id]!);
          }
          continue;
        }
        for (const b of block) {
          if (b <= a || this.mark[b] === visitId) continue;
          this.mark[b] = visitId;
          visit(a, b, this.blockFields[id]!);
        }
      }
    }
  }

  /** Calls `visit(b, fieldSet)` once for every row b ≠ a that row a meets, before or after it. */
  forEachPartner(a: number, visit: (b: number, fieldSet: number) => void): void {
    const visitId = ++this.visits;
    this.mark[a] = visitId;
    for (const id of this.rowKeys[a]!) {
      const block = this.members[id]!;
      if (block.length < 2) continue;
      const order = block.length > this.caps[id]! ? this.sorted.get(id) : undefined;
      if (block.length > this.caps[id]! && !order) continue;
      const rows: ArrayLike<number> = order ? order.rows.subarray(Math.max(0, order.at.get(a)! - NEIGHBOURS), order.at.get(a)! + NEIGHBOURS + 1) : block;
      for (let k = 0; k < rows.length; k++) {
        const b = rows[k]!;
        if (this.mark[b] === visitId) continue;
        this.mark[b] = visitId;
        visit(b, this.blockFields[id]!);
      }
    }
  }

  /** How many candidate pairs there are: what matching plans to compare. */
  countPairs(): number {
    let count = 0;
    this.forEachPair(0, this.rowKeys.length, () => count++);
    return count;
  }
}
