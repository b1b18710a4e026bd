/**
 * Finds rows that are probably the same customer: blocking (blocking.ts), comparison levels
 * (comparisons.ts), Fellegi-Sunter weights learnt from the sheet itself (fellegiSunter.ts),
 * and clustering that does not chain (clustering.ts).
 *
 * Beyond the score, two rules keep look-alikes out of automatic merges (they go to review):
 * - names that can be compared and disagree (family members sharing a phone, an email or an
 *   address) unless the birth dates agree exactly;
 * - a name and a place alone (namesakes) do not merge: one of email, phone, birth date, address
 *   or postcode must agree (exact or strong), where the sheet has any of them; and when the
 *   names cannot be compared (a Persian or Chinese name and its Latin spelling) none of them
 *   may disagree.
 */
import type { CellValue } from '../customerRecord';
import type { RecognisedColumns } from '../headerRoles';
import { RowComparer, EXACT, LEVEL_NAMES, type LevelName, NULL, ELSE, STRONG } from './comparisons';
import { Blocks, blockingKeys } from './blocking';
import { clusterLinks, type ScoredLink } from './clustering';
import { FieldReader, type FieldSpec, type FieldValue, fieldSpecs, personNameForm } from './fieldValues';
import { type MatchModel, PatternCounts, TermFrequencies, estimateModel, estimateU, levelWeight, matchProbability } from './fellegiSunter';
import { seededRandom as random } from '../seededRandom';

export interface DedupeOptions {
  defaultCountry?: string;
  timeZone: string;
  locale: string;
  /** Rows per cluster at most; default 8. */
  maxClusterSize?: number;
  budget?: { now(): number; deadline: number };
}

export interface PairScore {
  /** 0-based data row indexes (row 0 = first data row, not the header), a < b. */
  a: number;
  b: number;
  /** 0..1 match probability. */
  probability: number;
  /** Total log2 Bayes factor. */
  weight: number;
  fields: { column: number; level: LevelName; weight: number }[];
}

export interface DuplicateCluster {
  /** 0-based data row indexes, sorted. */
  rows: number[];
  /** The weakest link's. */
  probability: number;
  pairs: PairScore[];
}

export interface DedupeResult {
  /** Size ≥ 2, most certain first. */
  clusters: DuplicateCluster[];
  /** Uncertain pairs (between the review and the merge thresholds) not in a cluster together, most certain first. */
  review: PairScore[];
  pairsCompared: number;
  complete: boolean;
}

export const MERGE_THRESHOLD = 0.9;
export const REVIEW_THRESHOLD = 0.3;
export const DEFAULT_MAX_CLUSTER_SIZE = 8;
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
/** Identifying values are read as drawn from at least this many people (see TermFrequencies.assumePopulation). */
const MIN_POPULATION = 5_000;
/** A text column blocks only when at least this share of its values are distinct. */
const SELECTIVE_SHARE = 0.5;
const U_SAMPLE_PAIRS = 20_000;
const BUDGET_CHECK_EVERY = 1024;

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

/** Growable columns of compared pairs: rows and one level per field. */
class PairStore {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  levels: Uint8Array;
  size = 0;

  constructor(private readonly fieldCount: number) {
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

/** Levels of random pairs of non-blank rows, for u. */
function sampleRandomPairs(rows: readonly number[], values: readonly (FieldValue | null)[][], comparer: RowComparer, fieldCount: number): Uint8Array {
  const n = rows.length;
  const all = (n * (n - 1)) / 2;
  const count = Math.min(all, U_SAMPLE_PAIRS);
  const levels = new Uint8Array(count * fieldCount);
  if (all <= U_SAMPLE_PAIRS) {
    let p = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) comparer.compare(values[rows[i]!]!, values[rows[j]!]!, levels, fieldCount * p++);
    return levels;
  }
  const next = random(0x5eed);
  for (let p = 0; p < count; p++) {
    const i = Math.floor(next() * n);
    let j = Math.floor(next() * (n - 1));
    if (j >= i) j++;
    comparer.compare(values[rows[i]!]!, values[rows[j]!]!, levels, fieldCount * p);
  }
  return levels;
}

type ScoredPair = PairScore & { conflict: boolean };

interface Judgement {
  weight: number;
  probability: number;
  mergeable: boolean;
  /** Never in one cluster: rejected by the user. */
  conflict: boolean;
}

class PairJudge {
  private readonly scratch: Uint8Array;
  private readonly givenOrFull: number[];
  private readonly birth: number;
  private readonly nameFields: number[];
  private readonly hasIdentifying: boolean;

  constructor(
    private readonly specs: readonly FieldSpec[],
    private readonly values: readonly (FieldValue | null)[][],
    private readonly model: MatchModel,
    /** The probability that two random rows are one customer: the weights carry all the evidence, blocking's too. */
    private readonly prior: number,
    private readonly frequencies: TermFrequencies,
    private readonly comparer: RowComparer,
    private readonly rejected: (a: number, b: number) => boolean,
  ) {
    this.scratch = new Uint8Array(specs.length);
    this.givenOrFull = specs.flatMap((spec, f) => (spec.kind === 'personName' || spec.kind === 'givenName' ? [f] : []));
    this.birth = specs.findIndex((spec) => spec.kind === 'date');
    this.nameFields = specs.flatMap((spec, f) => (NAME_KINDS.has(spec.kind) ? [f] : []));
    this.hasIdentifying = specs.some((spec) => spec.identifying);
  }

  private bothNamed(a: number, b: number): boolean {
    return this.nameFields.some((f) => this.values[a]![f] !== null) && this.nameFields.some((f) => this.values[b]![f] !== null);
  }

  fieldWeight(a: number, f: number, level: number): number {
    const value = this.values[a]![f];
    const frequency = level === EXACT && value ? this.frequencies.frequency(f, value.key) : undefined;
    return levelWeight(this.model.fields[f]!, level, frequency);
  }

  judge(a: number, b: number, levels: Uint8Array, offset: number): Judgement {
    let weight = 0;
    let contactsAgree = false;
    let contactsDisagree = false;
    for (let f = 0; f < this.specs.length; f++) {
      const level = levels[offset + f]!;
      if (level === NULL) continue;
      weight += this.fieldWeight(a, f, level);
      if (!this.specs[f]!.identifying) continue;
      if (level >= STRONG) contactsAgree = true;
      else if (level === ELSE) contactsDisagree = true;
    }
    let probability = matchProbability(weight, this.prior);
    const birthAgrees = this.birth >= 0 && levels[offset + this.birth]! >= STRONG;
    const namesDisagree = this.givenOrFull.some((f) => levels[offset + f] === ELSE) && !birthAgrees;
    const namesUnknown = this.nameFields.length > 0 && this.nameFields.every((f) => levels[offset + f] === NULL) && this.bothNamed(a, b);
    const corroborated = !this.hasIdentifying || (contactsAgree && !(contactsDisagree && namesUnknown));
    const mergeable = probability >= MERGE_THRESHOLD && corroborated && !namesDisagree && !this.rejected(a, b);
    // A held-back pair (a family's shared phone) is no link, and counts against joining in clustering's
    // majority rule; vetoing it outright would split FEBRL's clusters, whose given names are often mangled.
    const conflict = this.rejected(a, b);
    if (probability >= MERGE_THRESHOLD && !mergeable) probability = HELD_BACK;
    return { weight, probability, mergeable, conflict };
  }

  score(a: number, b: number): ScoredPair {
    this.comparer.compare(this.values[a]!, this.values[b]!, this.scratch);
    const judgement = this.judge(a, b, this.scratch, 0);
    const fields = this.specs.map((spec, f) => ({
      column: spec.column,
      level: LEVEL_NAMES[this.scratch[f]!]!,
      weight: this.fieldWeight(a, f, this.scratch[f]!),
    }));
    return { a, b, probability: judgement.probability, weight: judgement.weight, fields, conflict: judgement.conflict };
  }
}

export function findDuplicates(
  values: readonly (readonly CellValue[])[],
  columns: RecognisedColumns,
  options: DedupeOptions,
  rejected?: ReadonlySet<string>,
): DedupeResult {
  const budget = options.budget;
  const overBudget = () => budget !== undefined && budget.now() > budget.deadline;
  const dataRows = values.slice(1);
  const specs = fieldSpecs(columns);
  const fieldCount = specs.length;
  const reader = new FieldReader(specs, columns, options);
  const rowValues = dataRows.map((row) => reader.read(row));
  const isPresent = rowValues.map((row) => row.some((value) => value !== null));
  const present = rowValues.flatMap((_, i) => (isPresent[i] ? [i] : []));
  const frequencies = new TermFrequencies(fieldCount);
  for (const i of present) rowValues[i]!.forEach((value, f) => value && frequencies.add(f, value.key));

  const selective = specs.map((_, f) => frequencies.distinctShare(f) >= SELECTIVE_SHARE);
  selective.forEach((isSelective, f) => isSelective && frequencies.assumePopulation(f, MIN_POPULATION));
  const keys = rowValues.map((row, i) => (isPresent[i] ? blockingKeys(row, specs, personNameForm(row, specs), selective) : []));
  const blocks = new Blocks(keys, specs);
  const comparer = new RowComparer(specs);
  const store = new PairStore(fieldCount);
  const patterns = new PatternCounts();
  const reached = blocks.forEachPair(0, rowValues.length, (a, b, fieldSet) => {
    const offset = store.reserve();
    comparer.compare(rowValues[a]!, rowValues[b]!, store.levels, offset);
    store.a[store.size] = a;
    store.b[store.size] = b;
    store.size++;
    patterns.add(store.levels, offset, fieldCount, blocks.fieldSets[fieldSet]);
    return (store.size - 1) % BUDGET_CHECK_EVERY !== 0 || !overBudget();
  });
  const complete = reached === rowValues.length;

  const u = estimateU(sampleRandomPairs(present, rowValues, comparer, fieldCount), fieldCount, specs.map((_, f) => frequencies.exactU(f)));
  const elseLimit = specs.map((spec) => (NAME_KINDS.has(spec.kind) ? NAME_ELSE_LIMIT : spec.identifying ? CONTACT_ELSE_LIMIT : 1));
  const learn = specs.map((spec, f) => spec.identifying || NAME_KINDS.has(spec.kind) || (spec.kind !== 'city' && spec.kind !== 'country' && selective[f]!));
  const model = estimateModel(patterns, u, elseLimit, learn);
  const identities = rejected && rejected.size > 0 ? dataRows.map((row) => rowIdentity(row, columns)) : null;
  const isRejected = (a: number, b: number) => identities !== null && rejected!.has(pairKey(identities[a]!, identities[b]!));
  const allPairs = (present.length * (present.length - 1)) / 2;
  const prior = Math.min(Math.max((model.prior * store.size) / Math.max(allPairs, 1), 1e-12), 0.5);
  const judge = new PairJudge(specs, rowValues, model, prior, frequencies, comparer, isRejected);

  const links: ScoredLink[] = [];
  const uncertain: ScoredLink[] = [];
  for (let p = 0; p < store.size; p++) {
    const a = store.a[p]!;
    const b = store.b[p]!;
    const judgement = judge.judge(a, b, store.levels, p * fieldCount);
    if (judgement.mergeable) links.push({ a, b, probability: judgement.probability });
    else if (judgement.probability >= REVIEW_THRESHOLD && !isRejected(a, b)) uncertain.push({ a, b, probability: judgement.probability });
  }

  const scores = new Map<number, ScoredPair>();
  const scoreOf = (a: number, b: number) => {
    const id = a * rowValues.length + b;
    let score = scores.get(id);
    if (!score) {
      score = judge.score(a, b);
      scores.set(id, score);
    }
    return score;
  };
  const { clusters, refused } = clusterLinks(links, {
    probability: (a, b) => {
      const score = scoreOf(a, b);
      return score.conflict ? null : score.probability;
    },
    mergeThreshold: MERGE_THRESHOLD,
    maxClusterSize: options.maxClusterSize ?? DEFAULT_MAX_CLUSTER_SIZE,
  });

  const clusterOf = new Map<number, number>();
  clusters.forEach((cluster, c) => cluster.rows.forEach((row) => clusterOf.set(row, c)));
  const plain = (score: ScoredPair): PairScore => {
    const { conflict: _conflict, ...rest } = score;
    return rest;
  };
  const duplicateClusters: DuplicateCluster[] = clusters.map((cluster) => {
    const pairs: PairScore[] = [];
    for (let i = 0; i < cluster.rows.length; i++) for (let j = i + 1; j < cluster.rows.length; j++) pairs.push(plain(scoreOf(cluster.rows[i]!, cluster.rows[j]!)));
    return { rows: cluster.rows, probability: Math.min(...cluster.links.map((link) => link.probability)), pairs };
  });
  duplicateClusters.sort((x, y) => y.probability - x.probability || x.rows[0]! - y.rows[0]!);
  const review = [...uncertain, ...refused]
    .filter((link) => clusterOf.get(link.a) === undefined || clusterOf.get(link.a) !== clusterOf.get(link.b))
    .map((link) => plain(scoreOf(link.a, link.b)))
    .sort((x, y) => y.probability - x.probability || x.a - y.a || x.b - y.b);
  return { clusters: duplicateClusters, review, pairsCompared: store.size, complete };
}
