/**
 * Finds rows that are probably the same customer: blocking (blocking.ts), comparison levels
 * (comparisons.ts), Fellegi-Sunter weights learnt from the sheet itself (fellegiSunter.ts),
 * and clustering that does not chain (clustering.ts).
 *
 * Beyond the score, rules about what two rows actually hold keep look-alikes out of automatic
 * merges (they go to review); an empty cell is no evidence either way:
 * - names that were compared and disagree (family members sharing a phone, an email or an
 *   address) unless the birth dates agree;
 * - addresses on one street with other house numbers (two sites of one organisation sharing
 *   its name and phone);
 * - when the names cannot be compared (a Persian name and its Latin spelling), a contact must
 *   agree and none may disagree.
 * Otherwise the weights decide: where a list has nothing but names and places, a rare name
 * in one place can merge, a common one cannot.
 *
 * A big sheet is matched in steps (see matchingCheckpoint.ts): given a time budget, a step
 * stops at a row boundary and returns a checkpoint; the next step, given it, goes on, and the
 * last one returns exactly what one uninterrupted run returns.
 */
import type { CellValue } from '../customerRecord';
import type { RecognisedColumns } from '../headerRoles';
import { RowComparer, EXACT, LEVEL_NAMES, type LevelName, NULL, ELSE, WEAK, STRONG, familyNames, sameStreetOtherHouse } from './comparisons';
import { Blocks, BlockingKeys } from './blocking';
import { type PairEvidence, clusterLinks, type ScoredLink } from './clustering';
import { FieldReader, type FieldSpec, type FieldValue, PersonNames, type ReadingContext, fieldSpecs } from './fieldValues';
import type { NameForm } from './nameKeys';
import { LabelCalibration, type MatchModel, PatternCounts, TermFrequencies, blendMergedLabels, estimateModel, estimateU, levelWeight, matchProbability, sheetPrior } from './fellegiSunter';
import {
  CHECKPOINT_VERSION,
  type LearningCheckpoint,
  type MatchingCheckpoint,
  type ScoringCheckpoint,
  decodePairs,
  encodePairs,
  matchingFingerprint,
} from './matchingCheckpoint';
import { seededRandom as random } from '../seededRandom';

export interface DedupeOptions {
  defaultCountry?: string;
  timeZone: string;
  locale: string;
  /**
   * Comparing time for this step, counted once the sheet has been read: every step reads the
   * whole sheet (keys and value frequencies need every row), and that part cannot be cut. The
   * step stops at the first row boundary past it, having done at least one row, and returns a
   * checkpoint. Without a budget the whole sheet is matched at once.
   */
  budget?: { now(): number; milliseconds: number };
  /** Where an earlier step stopped; set aside (matching starts over) when made from other contents or options. */
  resumeFrom?: MatchingCheckpoint | null;
  /** The reviewer's Merge and Not the same, as the pairs' levels then (see labelPairs): the weights learn from them. */
  labels?: readonly ReviewLabel[];
}

/** One pair a reviewer judged: merged (same) or not the same, with its comparison levels as they were (the rows may be gone since). */
export interface ReviewLabel {
  same: boolean;
  /** The compared fields then (see fieldsSignature): a label of other columns is set aside. */
  fields: string;
  /** One digit per field, 0 (empty) to 4 (exact). */
  levels: string;
}

export interface PairScore {
  /** 0-based data row indexes (row 0 = first data row, not the header), a < b. */
  a: number;
  b: number;
  /** 0..1 match probability. */
  probability: number;
  /** Total log2 Bayes factor: the fields' weights and the labels'. */
  weight: number;
  fields: { column: number; level: LevelName; weight: number }[];
  /** Log2 Bayes factor the reviewer's labels of pairs with this very pattern add (0 when none). */
  labels: number;
}

export interface DuplicateCluster {
  /** 0-based data row indexes, sorted. */
  rows: number[];
  /** The weakest link's. */
  probability: number;
  /** The links that joined the rows (one fewer than the rows), the weakest first: what the group's score comes from. */
  pairs: PairScore[];
  /**
   * Whether two of its rows are a pair the rules hold back (other given names sharing a phone: a
   * family; other addresses; other birth years; a pair the reviewer said is not the same). The
   * group can still be one customer, joined through its other rows, but only a reviewer decides:
   * it is never merged automatically.
   */
  heldBack: boolean;
}

export interface DedupeResult {
  /** Size ≥ 2, most certain first. */
  clusters: DuplicateCluster[];
  /** Uncertain pairs (between the review and the merge thresholds) not in a cluster together, most certain first. */
  review: PairScore[];
  /** Log2 prior odds that two rows are one customer: with a pair's field weights, its log2 odds (0 until the weights are learnt). */
  priorWeight: number;
  /** Candidate pairs compared to learn the weights so far (all of them once learning is done). */
  pairsCompared: number;
  complete: boolean;
  /** The share of the work done, 0..1: every candidate pair is compared twice, to learn the weights, then to be scored. */
  progress: number;
  /** While incomplete, what the next step continues from; null once complete. */
  checkpoint: MatchingCheckpoint | null;
}

export const MERGE_THRESHOLD = 0.9;
/** The merge threshold as log2 odds. */
const MERGE_BITS = Math.log2(MERGE_THRESHOLD / (1 - MERGE_THRESHOLD));
export const REVIEW_THRESHOLD = 0.3;
/** What a pair that scores above the merge threshold but breaks a rule above shows: just below merging. */
const HELD_BACK = 0.89;
/**
 * Prior knowledge EM keeps (see fellegiSunter's constrain): a person's duplicate has a quite
 * different name at most a tenth as often as a stranger does (≥ 3.3 bits against), a
 * different email, phone, birth date or address at most half as often (≥ 1 bit).
 */
const NAME_ELSE_LIMIT = 0.1;
const CONTACT_ELSE_LIMIT = 0.5;
const NAME_KINDS: ReadonlySet<string> = new Set(['personName', 'givenName', 'familyName']);
/** What a family's members or an organisation's sites have in common: names, phones, emails, the address itself. */
const SHARED_KINDS: ReadonlySet<string> = new Set([...NAME_KINDS, 'phone', 'email', 'address']);
/** Identifying values are read as drawn from at least this many people (see TermFrequencies.assumePopulation). */
const MIN_POPULATION = 5_000;
/** A text column blocks only when at least this share of its values are distinct. */
const SELECTIVE_SHARE = 0.5;
const U_SAMPLE_PAIRS = 20_000;
/** Rounds of u without the duplicates (see learnModel): each is one pass over the random pairs and one EM. */
const U_ROUNDS = 5;
/** u has settled when no random pair's probability of being two customers moved more than this. */
const U_SETTLED = 0.01;
const MAX_BLOCKED_PRIOR = 0.95;
/**
 * A word of a name held by this many distinct names of the list is a name people have, not a
 * typo: a typo makes a name of its own, which only the mistyped customer's rows hold.
 */
const KNOWN_NAME_HOLDERS = 2;

function fieldsSignature(header: readonly CellValue[], specs: readonly FieldSpec[]): string {
  return specs.map((spec) => `${spec.kind}:${String(header[spec.column] ?? '').trim().toLowerCase()}`).join('|');
}

/**
 * The labels of a reviewer's decision on a group of rows (0-based data rows): the first row
 * with each of the others, merged (same) or not the same, with their levels now.
 */
export function labelPairs(values: readonly (readonly CellValue[])[], columns: RecognisedColumns, options: ReadingContext, rows: readonly number[], same: boolean): ReviewLabel[] {
  const specs = fieldSpecs(columns);
  const reader = new FieldReader(specs, columns, options);
  const comparer = new RowComparer(specs);
  const levels = new Uint8Array(specs.length);
  const fields = fieldsSignature(values[0] ?? [], specs);
  const first = reader.read(values[rows[0]! + 1] ?? []);
  return rows.slice(1).map((row) => {
    comparer.compare(first, reader.read(values[row + 1] ?? []), levels);
    return { same, fields, levels: levels.join('') };
  });
}

export interface ProbableDuplicate {
  /** The new row and the earlier row it probably is (0-based data rows). */
  row: number;
  of: number;
  probability: number;
}

/**
 * Rows just entered (typed, pasted, captured from a form or an import) that are probably an
 * earlier customer: each is compared with the rows it meets by blocking, the weights learnt
 * from those pairs alone (EM near its starting point on so few, the term frequencies and u
 * from the whole sheet), and the most probable earlier row kept where it reaches the merge
 * threshold with no rule holding it back. Nothing is merged: the caller notes it.
 */
export function probableDuplicatesOf(values: readonly (readonly CellValue[])[], columns: RecognisedColumns, options: ReadingContext, rows: readonly number[]): ProbableDuplicate[] {
  const sheet = new PreparedSheet(values, columns, options);
  const fresh = new Set(rows);
  const pairs: [number, number][] = [];
  const patterns = new PatternCounts();
  const whole = new PatternCounts();
  const levels = new Uint8Array(sheet.fieldCount);
  let exactPairs = 0;
  for (const row of rows) {
    if (row < 0 || row >= sheet.rowCount || !sheet.rowValues[row]!.some((value) => value !== null)) continue;
    sheet.blocks.forEachPartner(row, (other, fieldSet) => {
      if (fresh.has(other)) return;
      sheet.comparer.compare(sheet.rowValues[row]!, sheet.rowValues[other]!, levels);
      if (agreesExactly(levels, 0, sheet.fieldCount)) exactPairs++;
      patterns.add(levels, 0, sheet.fieldCount, sheet.blocks.fieldSets[fieldSet]);
      whole.add(levels, 0, sheet.fieldCount);
      pairs.push([row, other]);
    });
  }
  if (pairs.length === 0) return [];
  const earlier = Math.max(sheet.present.length - fresh.size, 1);
  const model = sheet.learnModel(patterns, exactPairs / pairs.length, whole, fresh.size * earlier);
  const judge = sheet.judge(model, pairs.length, () => false, fresh.size * earlier);
  const best = new Map<number, ProbableDuplicate>();
  for (const [row, other] of pairs) {
    sheet.comparer.compare(sheet.rowValues[row]!, sheet.rowValues[other]!, levels);
    const judgement = judge.judge(Math.min(row, other), Math.max(row, other), levels, 0);
    if (!judgement.mergeable) continue;
    const known = best.get(row);
    if (!known || judgement.probability > known.probability) best.set(row, { row, of: other, probability: judgement.probability });
  }
  return [...best.values()].sort((x, y) => x.row - y.row);
}

/** A pair's key for remembered rejections: the same whichever row comes first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** What identifies a data row in `pairKey`: its customer ID when it has one, else its content. */
export function rowIdentity(row: readonly CellValue[], columns: RecognisedColumns): string {
  const id = columns.roles.id === undefined ? '' : row[columns.roles.id];
  if (id !== undefined && id !== '') return `id:${String(id).trim()}`;
  return `row:${row.map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell))).join('\u001f')}`;
}

/**
 * Growable columns of compared pairs: rows and one level per field, for the pairs of the rows
 * from `firstRow` on, in the order blocking visits them. Learning fills it; scoring in the
 * same execution reads the levels from it instead of comparing again.
 */
class PairStore {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  levels: Uint8Array;
  size = 0;

  constructor(
    private readonly fieldCount: number,
    readonly firstRow: number,
  ) {
    this.levels = new Uint8Array(1024 * fieldCount);
  }

  /** The offset where the next pair's levels go, growing the columns if needed. */
  reserve(): number {
    if (this.size === this.a.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T, length: number): T => {
        const next = new (array.constructor as new (length: number) => T)(length);
        next.set(array);
        return next;
      };
      this.a = grow(this.a, this.a.length * 2);
      this.b = grow(this.b, this.b.length * 2);
      this.levels = grow(this.levels, this.levels.length * 2);
    }
    return this.size * this.fieldCount;
  }
}

/** Random pairs of non-blank rows, for u: their rows (a0, b0, a1, b1, …) and levels. */
function sampleRandomPairs(rows: readonly number[], values: readonly (FieldValue | null)[][], comparer: RowComparer, fieldCount: number): { pairs: Int32Array; levels: Uint8Array } {
  const n = rows.length;
  const all = (n * (n - 1)) / 2;
  const count = Math.min(all, U_SAMPLE_PAIRS);
  const levels = new Uint8Array(count * fieldCount);
  const pairs = new Int32Array(count * 2);
  const add = (p: number, a: number, b: number) => {
    pairs[2 * p] = a;
    pairs[2 * p + 1] = b;
    comparer.compare(values[a]!, values[b]!, levels, fieldCount * p);
  };
  if (all <= U_SAMPLE_PAIRS) {
    let p = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) add(p++, rows[i]!, rows[j]!);
    return { pairs, levels };
  }
  const next = random(0x5eed);
  for (let p = 0; p < count; p++) {
    const i = Math.floor(next() * n);
    let j = Math.floor(next() * (n - 1));
    if (j >= i) j++;
    add(p, Math.min(rows[i]!, rows[j]!), Math.max(rows[i]!, rows[j]!));
  }
  return { pairs, levels };
}

type ScoredPair = PairScore & { contradicted: boolean };

interface Judgement {
  weight: number;
  labels: number;
  probability: number;
  mergeable: boolean;
  /** What the rows hold says two customers (other given names, addresses, birth years; the user said so), whatever the score. */
  contradicted: boolean;
}

class PairJudge {
  private readonly scratch: Uint8Array;
  private readonly givenOrFull: number[];
  private readonly fullName: number;
  private readonly birth: number;
  private readonly nameFields: number[];
  private readonly address: number;
  /** Per field, whether members of a family or sites of an organisation share it. */
  private readonly shared: boolean[];
  private readonly nameField: boolean[];

  constructor(
    private readonly specs: readonly FieldSpec[],
    private readonly values: readonly (FieldValue | null)[][],
    private readonly model: MatchModel,
    /** The probability that two random rows are one customer: the weights carry all the evidence, blocking's too. */
    private readonly priorShare: number,
    private readonly frequencies: TermFrequencies,
    private readonly comparer: RowComparer,
    private readonly rejected: (a: number, b: number) => boolean,
    private readonly calibration: LabelCalibration,
    private readonly nameWords: ReadonlyMap<string, number>,
  ) {
    this.scratch = new Uint8Array(specs.length);
    this.fullName = specs.findIndex((spec) => spec.kind === 'personName');
    this.givenOrFull = specs.flatMap((spec, f) => (spec.kind === 'personName' || spec.kind === 'givenName' ? [f] : []));
    this.birth = specs.findIndex((spec) => spec.kind === 'date');
    this.nameFields = specs.flatMap((spec, f) => (NAME_KINDS.has(spec.kind) ? [f] : []));
    this.address = specs.findIndex((spec) => spec.kind === 'address');
    this.shared = specs.map((spec) => SHARED_KINDS.has(spec.kind));
    this.nameField = specs.map((spec) => NAME_KINDS.has(spec.kind));
  }

  private bothNamed(a: number, b: number): boolean {
    return this.nameFields.some((f) => this.values[a]![f] !== null) && this.nameFields.some((f) => this.values[b]![f] !== null);
  }

  /**
   * Twins, or siblings: the names of field f differ by words each of which is a name other
   * people of the list have too (Anna and Maria), not by a typo or a nickname nobody else has.
   */
  private otherKnownNames(a: number, b: number, f: number): boolean {
    const x = this.values[a]![f]?.form;
    const y = this.values[b]![f]?.form;
    if (!x || !y || x.script !== y.script || x.script === 'cjk') return false;
    const onlyX = x.tokens.filter((token) => !y.tokens.includes(token));
    const onlyY = y.tokens.filter((token) => !x.tokens.includes(token));
    const known = (token: string) => token.length > 2 && (this.nameWords.get(token) ?? 0) >= KNOWN_NAME_HOLDERS;
    return onlyX.length > 0 && onlyY.length > 0 && onlyX.every(known) && onlyY.every(known);
  }

  /**
   * A level's weight for this pair: an exact match weighed by its value's frequency, and a name
   * that agrees strongly (a typo) by the commoner of the two names' frequencies against the
   * exact level's average, as Splink adjusts fuzzy levels: a typo of a name nobody else holds
   * counts more than a typo of a name many hold (a franchise, a common name).
   */
  fieldWeight(a: number, b: number, f: number, level: number): number {
    const value = this.values[a]![f];
    const frequency = level === EXACT && value ? this.frequencies.frequency(f, value.id) : undefined;
    const weight = levelWeight(this.model.fields[f]!, level, frequency);
    const other = this.values[b]![f];
    if (level !== STRONG || !this.nameField[f] || !value || !other) return weight;
    return weight + Math.log2(this.model.fields[f]!.u[EXACT]! / Math.max(this.frequencies.frequency(f, value.id), this.frequencies.frequency(f, other.id)));
  }

  /** Full names that agree only weakly because one word is the same and another only alike: a family's (familyNames). */
  private familyPair(a: number, b: number, levels: Uint8Array, offset: number): boolean {
    if (this.fullName < 0 || levels[offset + this.fullName] !== WEAK) return false;
    const [x, y] = [this.values[a]![this.fullName]?.form, this.values[b]![this.fullName]?.form];
    return !!x && !!y && familyNames(x, y);
  }

  /** Two sites of one street: the address was compared, disagrees, and only by the house number. */
  private otherHouse(a: number, b: number, levels: Uint8Array, offset: number): boolean {
    if (this.address < 0 || levels[offset + this.address] !== ELSE) return false;
    return sameStreetOtherHouse(this.values[a]![this.address]!, this.values[b]![this.address]!);
  }

  judge(a: number, b: number, levels: Uint8Array, offset: number): Judgement {
    let weight = 0;
    let unshared = 0;
    let beyondNames = 0;
    let contactsAgree = false;
    let contactsDisagree = false;
    for (let f = 0; f < this.specs.length; f++) {
      const level = levels[offset + f]!;
      if (level === NULL) continue;
      const fieldWeight = this.fieldWeight(a, b, f, level);
      weight += fieldWeight;
      if (!this.shared[f]) unshared += fieldWeight;
      if (!NAME_KINDS.has(this.specs[f]!.kind) && f !== this.birth) beyondNames += fieldWeight;
      if (!this.specs[f]!.identifying) continue;
      if (level >= STRONG) contactsAgree = true;
      else if (level === ELSE) contactsDisagree = true;
    }
    const labelled = this.calibration.empty ? { bits: 0, verdict: 0 } : this.calibration.correction(levels, offset, this.specs.length, this.priorBits + weight);
    weight += labelled.bits;
    let probability = matchProbability(weight, this.priorShare);
    const birthAgrees = this.birth >= 0 && levels[offset + this.birth]! >= STRONG;
    // Other names (ELSE), or names alike only weakly because their differing words are each a name other people
    // of the list hold (Anna and Hanna Walker) when a birth date agrees (twins) or a contact disagrees: two people.
    const namesDisagree = this.givenOrFull.some((f) => {
      const level = levels[offset + f];
      if (level === ELSE) return !birthAgrees || this.otherKnownNames(a, b, f);
      return level === WEAK && (birthAgrees || contactsDisagree) && this.otherKnownNames(a, b, f);
    }) || (this.familyPair(a, b, levels, offset) && !birthAgrees);
    const namesUnknown = this.nameFields.length > 0 && this.nameFields.every((f) => levels[offset + f] === NULL) && this.bothNamed(a, b);
    const corroborated = !namesUnknown || (contactsAgree && !contactsDisagree);
    // Sites of one organisation share its name, phone and email as a family does: at other addresses they are two, unless what
    // they do not share (a birth date, a postcode, a house number column) is evidence enough on its own (one person who moved).
    const placesDisagree = this.address >= 0 && levels[offset + this.address] === ELSE && unshared < MERGE_BITS;
    // Born in other years: namesakes, unless what is not a name says on its own that they are one (a mistyped year).
    const birthYearsDiffer = this.birth >= 0 && levels[offset + this.birth] === ELSE && beyondNames < MERGE_BITS;
    // Reviewers who merged pairs like this one overrule the rules; reviewers who said not the same confirm them.
    const byRules = labelled.verdict > 0 ? false : labelled.verdict < 0 || namesDisagree || placesDisagree || birthYearsDiffer;
    const contradicted = byRules || this.rejected(a, b);
    const mergeable = probability >= MERGE_THRESHOLD && corroborated && !contradicted;
    // A held-back pair (a family's shared phone) is no link, and counts against joining in clustering's
    // majority rule; vetoing it outright would split FEBRL's clusters, whose given names are often mangled.
    if (probability >= MERGE_THRESHOLD && !mergeable) probability = HELD_BACK;
    return { weight, labels: labelled.bits, probability, mergeable, contradicted };
  }

  /** The probability that two random rows are one customer. */
  get prior(): number {
    return this.priorShare;
  }

  /** Log2 prior odds: with a pair's weight, its log2 odds. */
  get priorBits(): number {
    return Math.log2(this.priorShare / (1 - this.priorShare));
  }

  score(a: number, b: number): ScoredPair {
    this.comparer.compare(this.values[a]!, this.values[b]!, this.scratch);
    const judgement = this.judge(a, b, this.scratch, 0);
    const fields = this.specs.map((spec, f) => ({
      column: spec.column,
      level: LEVEL_NAMES[this.scratch[f]!]!,
      weight: this.fieldWeight(a, b, f, this.scratch[f]!),
    }));
    return { a, b, probability: judgement.probability, weight: judgement.weight, fields, labels: judgement.labels, contradicted: judgement.contradicted };
  }
}

/**
 * How often each value is met says how likely two people share it; a customer entered again is
 * not a second person. So a name counts once among rows that hold the same in every field, any
 * other value once per name holding it (per row where the row has no name).
 */
function countFrequencies(
  rowValues: readonly (readonly (FieldValue | null)[])[],
  present: readonly number[],
  specs: readonly FieldSpec[],
  reader: FieldReader,
  signatureIds: Int32Array,
  signatureCount: number,
  names: readonly (NameForm | null)[],
): TermFrequencies {
  // Owners as numbers: names are numbered after the rows' signatures.
  const nameIds = new Map<string, number>();
  const nameId = (name: NameForm) => {
    let id = nameIds.get(name.fingerprint);
    if (id === undefined) {
      id = signatureCount + nameIds.size;
      nameIds.set(name.fingerprint, id);
    }
    return id;
  };
  const bySignature = present.map((i) => signatureIds[i]!);
  const byName = present.map((i, p) => (names[i] ? nameId(names[i]!) : bySignature[p]!));
  const frequencies = new TermFrequencies(specs.length);
  const seen = new Float64Array(present.length);
  specs.forEach((spec, f) => {
    if (NAME_KINDS.has(spec.kind)) {
      countNameHolders(rowValues, present, f, signatureIds, frequencies);
      return;
    }
    const keyCount = reader.keyCount(f);
    const owners = byName;
    let n = 0;
    present.forEach((i, p) => {
      const value = rowValues[i]![f];
      if (value) seen[n++] = owners[p]! * keyCount + value.id;
    });
    const pairs = seen.subarray(0, n).sort();
    for (let k = 0; k < n; k++) if (k === 0 || pairs[k] !== pairs[k - 1]) frequencies.add(f, pairs[k]! % keyCount);
  });
  return frequencies;
}

/** Past this many different rows holding one name, their holders are counted without looking for rows that could be one customer. */
const MAX_HOLDER_ROWS = 64;

/**
 * How many customers hold each name of field f, added to `frequencies`: the rows holding it
 * that differ somewhere, except that a row whose other cells are all either empty or the same as
 * another such row's is not another holder (an empty cell is no evidence either way: "Lion
 * Island Consulting" without its city may well be the one in Boston).
 */
function countNameHolders(rowValues: readonly (readonly (FieldValue | null)[])[], present: readonly number[], f: number, signatureIds: Int32Array, frequencies: TermFrequencies): void {
  const byValue = new Map<number, Map<number, number>>();
  for (const i of present) {
    const value = rowValues[i]![f];
    if (!value) continue;
    let rows = byValue.get(value.id);
    if (!rows) byValue.set(value.id, (rows = new Map()));
    if (!rows.has(signatureIds[i]!)) rows.set(signatureIds[i]!, i);
  }
  const covers = (x: readonly (FieldValue | null)[], y: readonly (FieldValue | null)[]) => x.every((value, g) => value === null || value.id === y[g]?.id);
  for (const [id, bySignatureRow] of byValue) {
    const rows = [...bySignatureRow.values()].map((i) => rowValues[i]!);
    const holders = rows.length > MAX_HOLDER_ROWS ? rows.length : rows.filter((row, r) => !rows.some((other, o) => o !== r && covers(row, other) && !(covers(other, row) && o < r))).length;
    for (let k = 0; k < holders; k++) frequencies.add(f, id);
  }
}

/** A row's values in one string: the order an over-large block is walked in. */
function signatureOf(row: readonly (FieldValue | null)[]): string {
  let signature = '';
  for (let f = 0; f < row.length; f++) signature += f === 0 ? (row[f]?.key ?? '') : `\u001f${row[f]?.key ?? ''}`;
  return signature;
}

/**
 * Per row, the number rows holding the same in every field share, numbered in the order the
 * rows come: the key that makes identical rows meet, and a value's owner in the frequencies.
 * Built field by field from the values' numbers (`keyCounts`: each field's distinct keys), so
 * that no text is made per row.
 */
function signatureNumbers(rowValues: readonly (readonly (FieldValue | null)[])[], keyCounts: readonly number[]): { ids: Int32Array; count: number } {
  const prefixes = new Int32Array(rowValues.length);
  let count = rowValues.length === 0 ? 0 : 1;
  keyCounts.forEach((keyCount, f) => {
    const numbers = new Map<number, number>();
    rowValues.forEach((row, i) => {
      const pair = prefixes[i]! * (keyCount + 1) + (row[f] ? row[f]!.id + 1 : 0);
      let number = numbers.get(pair);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(pair, number);
      }
      prefixes[i] = number;
    });
    count = numbers.size;
  });
  return { ids: prefixes, count };
}

/** The sheet as matching reads it: each row's field values, value frequencies and blocks; the same in every step. */
class PreparedSheet {
  readonly dataRows: readonly (readonly CellValue[])[];
  readonly specs: FieldSpec[];
  readonly fieldCount: number;
  readonly rowValues: (FieldValue | null)[][];
  /** Rows with at least one value. */
  readonly present: number[];
  readonly frequencies: TermFrequencies;
  readonly selective: boolean[];
  readonly blocks: Blocks;
  readonly comparer: RowComparer;

  readonly header: readonly CellValue[];
  /** The reviewer's labels of these very fields. */
  readonly labels: readonly ReviewLabel[];
  readonly calibration: LabelCalibration;
  /** Per word of the given or full names, how many distinct names hold it. */
  readonly nameWords = new Map<string, number>();

  constructor(values: readonly (readonly CellValue[])[], columns: RecognisedColumns, options: DedupeOptions) {
    this.header = values[0] ?? [];
    this.dataRows = values.slice(1);
    this.specs = fieldSpecs(columns);
    this.fieldCount = this.specs.length;
    const reader = new FieldReader(this.specs, columns, options);
    this.rowValues = this.dataRows.map((row) => reader.read(row));
    const isPresent = this.rowValues.map((row) => row.some((value) => value !== null));
    this.present = this.rowValues.flatMap((_, i) => (isPresent[i] ? [i] : []));
    const { ids: signatureIds, count: signatureCount } = signatureNumbers(this.rowValues, this.specs.map((_, f) => reader.keyCount(f)));
    const personNames = new PersonNames(this.specs);
    const names = this.rowValues.map((row) => personNames.of(row));
    this.frequencies = countFrequencies(this.rowValues, this.present, this.specs, reader, signatureIds, signatureCount, names);
    this.selective = this.specs.map((_, f) => this.frequencies.distinctShare(f) >= SELECTIVE_SHARE);
    this.selective.forEach((isSelective, f) => isSelective && this.frequencies.assumePopulation(f, MIN_POPULATION));
    const keys = new BlockingKeys(this.specs, this.selective, this.rowValues.map((row, i) => (isPresent[i] ? row : null)), names, signatureIds, (f) => reader.keyCount(f));
    this.blocks = new Blocks(keys, (row) => signatureOf(this.rowValues[row]!));
    this.comparer = new RowComparer(this.specs);
    this.specs.forEach((spec, f) => {
      if (spec.kind !== 'personName' && spec.kind !== 'givenName') return;
      const counted = new Set<number>();
      for (const row of this.rowValues) {
        const value = row[f];
        if (!value?.form || counted.has(value.id)) continue;
        counted.add(value.id);
        for (const token of new Set(value.form.tokens)) this.nameWords.set(token, (this.nameWords.get(token) ?? 0) + 1);
      }
    });
    const signature = fieldsSignature(this.header, this.specs);
    this.labels = (options.labels ?? []).filter((label) => label.fields === signature && label.levels.length === this.fieldCount && /^[0-4]+$/.test(label.levels));
    this.calibration = new LabelCalibration(this.labels);
  }

  get rowCount(): number {
    return this.rowValues.length;
  }

  /**
   * The model EM learns from the pattern counts of all the candidate pairs, and u from random
   * pairs without the list's own duplicates.
   *
   * `exactShare`: the share of candidate pairs that agree exactly on all they hold. They are
   * duplicates (as Splink's deterministic rules are), so at least that share of the pairs
   * match, whatever EM says: on a list of names and places alone, where every candidate pair
   * was brought together by its name, EM has nothing to learn the share from.
   *
   * u from random pairs (Splink's estimate) takes every random pair for two customers. Where
   * customers are entered many times that is far off for the fuzzy levels: on the generated list
   * of names and places (2 or 3 rows per company, one with 60) 1 random pair in 350 is one
   * company's, and most random pairs whose names agree only strongly are a typo of one company's
   * name, so u counted a typo 14 times as common between strangers as it is (4.8e-4 against
   * 3.4e-5 counted with the truth), and a typo'd name in its own city waited for review. So u is
   * learnt as in Fellegi and Sunter's EM over all pairs (Jaro 1989), on the random pairs, a fair
   * sample of all pairs: each counts towards u by the probability that it is two customers, from
   * the weights and the share of matches among the sample's pairs that differ somewhere (those
   * that agree exactly on all they hold are one customer and say nothing of the fuzzy levels);
   * that share is their mean probability, as EM's λ; m and the sheet's share are learnt again
   * with the new u, until no pair's probability moves by U_SETTLED (U_ROUNDS at most). Taking
   * the share from the sample itself, not from the sheet's, keeps a sheet with one customer
   * entered 300 times from taking every pair of alike names among the rest for duplicates.
   */
  learnModel(patterns: PatternCounts, exactShare: number, whole: PatternCounts, allPairs = this.allPairs): MatchModel {
    const { specs, fieldCount, frequencies } = this;
    const sample = sampleRandomPairs(this.present, this.rowValues, this.comparer, fieldCount);
    const exactU = specs.map((_, f) => frequencies.exactU(f));
    let model = this.modelFor(patterns, estimateU(sample.levels, fieldCount, exactU), exactShare, whole, allPairs);
    const planned = whole.counts.reduce((sum, count) => sum + count, 0);
    if (planned === 0) return model;
    const count = sample.pairs.length / 2;
    const nonMatch = new Float64Array(count);
    // Pairs that agree exactly on all they hold are one customer (as in learning), and tell nothing of the fuzzy levels'
    // u: the share of matches the others start from is what is left of the sheet's share once they are taken out.
    const exact = new Uint8Array(count);
    let exactCount = 0;
    for (let p = 0; p < count; p++) if ((exact[p] = agreesExactly(sample.levels, p * fieldCount, fieldCount) ? 1 : 0)) exactCount++;
    const rest = Math.max(count - exactCount, 1);
    let share = Math.min(Math.max((this.judge(model, planned, () => false, allPairs).prior * count - exactCount) / rest, 1e-12), 0.5);
    for (let round = 0; round < U_ROUNDS; round++) {
      const judge = this.judge(model, planned, () => false, allPairs);
      let change = 0;
      let matched = 0;
      for (let p = 0; p < count; p++) {
        const next = exact[p] ? 0 : 1 - matchProbability(judge.judge(sample.pairs[2 * p]!, sample.pairs[2 * p + 1]!, sample.levels, p * fieldCount).weight, share);
        change = Math.max(change, Math.abs(next - (round === 0 ? 1 : nonMatch[p]!)));
        nonMatch[p] = next;
        if (!exact[p]) matched += 1 - next;
      }
      share = Math.min(Math.max(matched / rest, 1e-12), 0.5);
      if (change < U_SETTLED) break;
      model = this.modelFor(patterns, estimateU(sample.levels, fieldCount, exactU, nonMatch), exactShare, whole, allPairs);
    }
    return model;
  }

  /** m by EM with u fixed, the reviewer's merges blended in, and the share of matches among the candidate pairs. */
  private modelFor(patterns: PatternCounts, u: number[][], exactShare: number, whole: PatternCounts, allPairs: number): MatchModel {
    const { specs, selective } = this;
    const elseLimit = specs.map((spec) => (NAME_KINDS.has(spec.kind) ? NAME_ELSE_LIMIT : spec.identifying ? CONTACT_ELSE_LIMIT : 1));
    const learn = specs.map((spec, f) => spec.identifying || NAME_KINDS.has(spec.kind) || (spec.kind !== 'city' && spec.kind !== 'country' && selective[f]!));
    const model = estimateModel(patterns, u, elseLimit, learn, exactShare);
    const merged = this.labels.filter((label) => label.same);
    const labelled = merged.length === 0 ? model : blendMergedLabels(model, merged.map((label) => Uint8Array.from(label.levels, Number)));
    const planned = whole.counts.reduce((sum, count) => sum + count, 0);
    if (planned === 0) return labelled;
    // Only ever upwards: on a sheet with few duplicates the fixed point of λ alone sinks towards none (a lower λ lowers
    // every pair's probability, which lowers λ), while what it corrects is EM's λ left at its start for want of fields to read.
    const learnt = (labelled.prior * planned) / allPairs;
    const prior = Math.max(learnt, sheetPrior(whole, labelled.fields, allPairs, learnt));
    return { ...labelled, prior: Math.min((prior * allPairs) / planned, MAX_BLOCKED_PRIOR) };
  }

  /** Every pair of the sheet's non-blank rows. */
  get allPairs(): number {
    return (this.present.length * (this.present.length - 1)) / 2;
  }

  /** `allPairs`: the pairs `pairsPlanned` were drawn from (by default every pair of the sheet). */
  judge(model: MatchModel, pairsPlanned: number, rejected: (a: number, b: number) => boolean, allPairs = this.allPairs): PairJudge {
    const prior = Math.min(Math.max((model.prior * pairsPlanned) / Math.max(allPairs, 1), 1e-12), 0.5);
    return new PairJudge(this.specs, this.rowValues, model, prior, this.frequencies, this.comparer, rejected, this.calibration, this.nameWords);
  }
}

/**
 * Says when a step has used its budget; it starts counting when made, once the sheet is read.
 * A budget of 0 ends every step after its one row, however fast the machine: steps are then
 * the same on every run.
 */
function stepClock(budget: DedupeOptions['budget']): () => boolean {
  if (!budget) return () => false;
  const deadline = budget.now() + budget.milliseconds;
  return () => budget.milliseconds <= 0 || budget.now() > deadline;
}

/** The checkpoint to go on from, if it was made from this very sheet and options and fits it. */
function usableCheckpoint(checkpoint: MatchingCheckpoint | null | undefined, fingerprint: string, sheet: PreparedSheet): MatchingCheckpoint | null {
  if (!checkpoint || checkpoint.version !== CHECKPOINT_VERSION || checkpoint.fingerprint !== fingerprint) return null;
  if (checkpoint.row > sheet.rowCount || checkpoint.pairsDone > checkpoint.pairsPlanned) return null;
  if (checkpoint.stage === 'learning') return checkpoint.patterns.every(([levels]) => levels.length === sheet.fieldCount) ? checkpoint : null;
  const fieldsFit = checkpoint.model.fields.length === sheet.fieldCount && checkpoint.model.fields.every((field) => field.m.length === LEVEL_NAMES.length && field.u.length === LEVEL_NAMES.length);
  return fieldsFit && decodePairs(checkpoint.kept, sheet.rowCount) !== null ? checkpoint : null;
}

function progressOf(checkpoint: MatchingCheckpoint): number {
  if (checkpoint.pairsPlanned === 0) return checkpoint.stage === 'learning' ? 0 : 0.5;
  const done = checkpoint.stage === 'learning' ? checkpoint.pairsDone : checkpoint.pairsPlanned + checkpoint.pairsDone;
  return done / (2 * checkpoint.pairsPlanned);
}

/** Learning: compares the pairs of rows from the checkpoint's row on, counting their patterns, until the budget is used. */
/** Whether a pair agrees exactly on every field both rows hold, and holds two at least: a duplicate as sure as any rule can tell. */
function agreesExactly(levels: Uint8Array, offset: number, fieldCount: number): boolean {
  let compared = 0;
  for (let f = 0; f < fieldCount; f++) {
    const level = levels[offset + f]!;
    if (level === NULL) continue;
    if (level !== EXACT) return false;
    compared++;
  }
  return compared >= 2;
}

function learn(sheet: PreparedSheet, from: LearningCheckpoint, overBudget: () => boolean): { row: number; pairsDone: number; exactPairs: number; patterns: PatternCounts; whole: PatternCounts; store: PairStore } {
  const { blocks, comparer, rowValues, fieldCount } = sheet;
  const patterns = PatternCounts.restore(from.patterns, fieldCount);
  const whole = PatternCounts.restore(from.wholePatterns, fieldCount);
  const store = new PairStore(fieldCount, from.row);
  let exactPairs = from.exactPairs;
  let row = from.row;
  while (row < sheet.rowCount) {
    blocks.forEachPair(row, row + 1, (a, b, fieldSet) => {
      const offset = store.reserve();
      comparer.compare(rowValues[a]!, rowValues[b]!, store.levels, offset);
      store.a[store.size] = a;
      store.b[store.size] = b;
      store.size++;
      if (agreesExactly(store.levels, offset, fieldCount)) exactPairs++;
      patterns.add(store.levels, offset, fieldCount, blocks.fieldSets[fieldSet]);
      whole.add(store.levels, offset, fieldCount);
    });
    row++;
    if (overBudget()) break;
  }
  return { row, pairsDone: from.pairsDone + store.size, exactPairs, patterns, whole, store };
}

/**
 * Scoring: weighs the pairs of rows from the checkpoint's row on (levels from `store` where it
 * holds them, else compared again), keeping those at or above the review threshold, until the
 * budget is used. Rejections are left to the end, so that rejecting a pair between two steps is
 * taken into account without starting over.
 */
function score(sheet: PreparedSheet, from: ScoringCheckpoint, store: PairStore | null, overBudget: () => boolean): { row: number; pairsDone: number; kept: number[] } {
  const { blocks, comparer, rowValues, fieldCount } = sheet;
  const judge = sheet.judge(from.model, from.pairsPlanned, () => false);
  const kept = decodePairs(from.kept, sheet.rowCount)!;
  const scratch = new Uint8Array(fieldCount);
  let pairsDone = from.pairsDone;
  const weigh = (a: number, b: number, levels: Uint8Array, offset: number) => {
    if (judge.judge(a, b, levels, offset).probability >= REVIEW_THRESHOLD) kept.push(a, b);
    pairsDone++;
  };
  let stored = 0;
  let row = from.row;
  while (row < sheet.rowCount) {
    if (store && row >= store.firstRow) {
      for (; stored < store.size && store.a[stored] === row; stored++) weigh(row, store.b[stored]!, store.levels, stored * fieldCount);
    } else {
      blocks.forEachPair(row, row + 1, (a, b) => {
        comparer.compare(rowValues[a]!, rowValues[b]!, scratch);
        weigh(a, b, scratch, 0);
      });
    }
    row++;
    if (overBudget()) break;
  }
  return { row, pairsDone, kept };
}

/** Clusters and review pairs from the kept pairs (a flat list a0, b0, a1, b1, …), leaving out rejected pairs. */
function conclude(sheet: PreparedSheet, model: ScoringCheckpoint['model'], pairsPlanned: number, kept: readonly number[], isRejected: (a: number, b: number) => boolean, anyRejected: boolean) {
  const judge = sheet.judge(model, pairsPlanned, isRejected);
  const scratch = new Uint8Array(sheet.fieldCount);
  const links: ScoredLink[] = [];
  const uncertain: ScoredLink[] = [];
  for (let i = 0; i < kept.length; i += 2) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (isRejected(a, b)) continue;
    sheet.comparer.compare(sheet.rowValues[a]!, sheet.rowValues[b]!, scratch);
    const judgement = judge.judge(a, b, scratch, 0);
    if (judgement.mergeable) links.push({ a, b, probability: judgement.probability });
    else if (judgement.probability >= REVIEW_THRESHOLD) uncertain.push({ a, b, probability: judgement.probability });
  }

  const scores = new Map<number, ScoredPair>();
  const scoreOf = (a: number, b: number) => {
    const id = a * sheet.rowCount + b;
    let score = scores.get(id);
    if (!score) {
      score = judge.score(a, b);
      scores.set(id, score);
    }
    return score;
  };
  const priorBits = judge.priorBits;
  const { clusters, refused } = clusterLinks(links, {
    evidence: (a, b): PairEvidence => {
      const score = scoreOf(a, b);
      return { bits: priorBits + score.weight, contradicted: score.contradicted };
    },
    rejected: isRejected,
    anyRejected,
    mergeBits: MERGE_BITS,
  });

  const clusterOf = new Map<number, number>();
  clusters.forEach((cluster, c) => cluster.rows.forEach((row) => clusterOf.set(row, c)));
  const plain = (score: ScoredPair): PairScore => {
    const { contradicted: _contradicted, ...rest } = score;
    return rest;
  };
  const duplicateClusters: DuplicateCluster[] = clusters.map((cluster) => {
    const links = [...cluster.links].sort((x, y) => x.probability - y.probability || x.a - y.a || x.b - y.b);
    const heldBack = cluster.rows.some((a, i) => cluster.rows.slice(i + 1).some((b) => scoreOf(a, b).contradicted));
    return { rows: cluster.rows, probability: links[0]!.probability, pairs: links.map((link) => plain(scoreOf(link.a, link.b))), heldBack };
  });
  duplicateClusters.sort((x, y) => y.probability - x.probability || x.rows[0]! - y.rows[0]!);
  const review = [...uncertain, ...refused]
    .filter((link) => clusterOf.get(link.a) === undefined || clusterOf.get(link.a) !== clusterOf.get(link.b))
    .map((link) => plain(scoreOf(link.a, link.b)))
    .sort((x, y) => y.probability - x.probability || x.a - y.a || x.b - y.b);
  return { clusters: duplicateClusters, review, priorWeight: priorBits };
}

/**
 * One step of matching, or all of it without a budget: learning the weights from every
 * candidate pair, then scoring them. An incomplete step returns what it has (the groups among
 * the pairs scored so far) and the checkpoint to continue from.
 */
export function findDuplicates(
  values: readonly (readonly CellValue[])[],
  columns: RecognisedColumns,
  options: DedupeOptions,
  rejected?: ReadonlySet<string>,
): DedupeResult {
  const sheet = new PreparedSheet(values, columns, options);
  const fingerprint = matchingFingerprint(values, columns, options);
  let checkpoint: MatchingCheckpoint = usableCheckpoint(options.resumeFrom, fingerprint, sheet) ?? {
    version: CHECKPOINT_VERSION,
    fingerprint,
    pairsPlanned: sheet.blocks.countPairs(),
    stage: 'learning',
    row: 0,
    pairsDone: 0,
    patterns: [],
    wholePatterns: [],
    exactPairs: 0,
  };
  const overBudget = stepClock(options.budget);
  const incomplete = (reached: MatchingCheckpoint, found: Pick<DedupeResult, 'clusters' | 'review' | 'priorWeight'>): DedupeResult => ({
    ...found,
    pairsCompared: reached.stage === 'learning' ? reached.pairsDone : reached.pairsPlanned,
    complete: false,
    progress: progressOf(reached),
    checkpoint: reached,
  });

  let store: PairStore | null = null;
  if (checkpoint.stage === 'learning') {
    const { row, pairsDone, exactPairs, patterns, whole, store: compared } = learn(sheet, checkpoint, overBudget);
    if (row < sheet.rowCount) return incomplete({ ...checkpoint, row, pairsDone, exactPairs, patterns: patterns.save(), wholePatterns: whole.save() }, { clusters: [], review: [], priorWeight: 0 });
    const { version, fingerprint: ofSheet, pairsPlanned } = checkpoint;
    checkpoint = { version, fingerprint: ofSheet, pairsPlanned, stage: 'scoring', row: 0, pairsDone: 0, model: sheet.learnModel(patterns, pairsPlanned === 0 ? 0 : exactPairs / pairsPlanned, whole), kept: '' };
    if (overBudget()) return incomplete(checkpoint, { clusters: [], review: [], priorWeight: 0 });
    store = compared;
  }

  const { row, pairsDone, kept } = score(sheet, checkpoint, store, overBudget);
  const identities = rejected && rejected.size > 0 ? sheet.dataRows.map((data) => rowIdentity(data, columns)) : null;
  const isRejected = (a: number, b: number) => identities !== null && rejected!.has(pairKey(identities[a]!, identities[b]!));
  const found = conclude(sheet, checkpoint.model, checkpoint.pairsPlanned, kept, isRejected, identities !== null);
  if (row < sheet.rowCount) return incomplete({ ...checkpoint, row, pairsDone, kept: encodePairs(kept) }, found);
  return { ...found, pairsCompared: checkpoint.pairsPlanned, complete: true, progress: 1, checkpoint: null };
}
