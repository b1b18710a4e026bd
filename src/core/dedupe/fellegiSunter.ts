/**
 * Fellegi-Sunter match weights, estimated without labels. u (how often two different people
 * agree at each level) comes from random pairs, and for the exact level from the values'
 * frequencies; m (how often one person agrees with their own duplicate) by expectation
 * maximisation over the blocked pairs' comparison patterns with u held fixed, as Splink
 * does. An exact match on a value is weighed by that value's own frequency (the
 * term-frequency adjustment): a shared rare name counts more than a shared "John Smith".
 */
import { ELSE, EXACT, LEVEL_COUNT, NULL, STRONG, WEAK } from './comparisons';

export interface FieldWeights {
  m: number[];
  u: number[];
}

export interface MatchModel {
  fields: FieldWeights[];
  /** The share of matches among the blocked pairs (EM's lambda). */
  prior: number;
  iterations: number;
}

const FLOOR = 1e-6;
/** Where EM starts, and the pseudo-counts that keep small sheets near it. */
const M_START = [0, 0.04, 0.04, 0.12, 0.8];
const PSEUDO_PAIRS = 10;
/**
 * m of the fields EM neither learns nor listens to: categories such as city and country. They
 * agree for most pairs of namesakes as for duplicates (a name says where its bearer lives),
 * against EM's assumption that fields are independent given match or non-match, and so would
 * let EM take namesakes for matches.
 */
const M_FIXED = [0, 0.2, 0.03, 0.07, 0.7];
const MAX_ITERATIONS = 40;
/**
 * The share of matches among candidate pairs EM may reach. Not a half: where people have 10–20
 * records each, most pairs blocking brings together are one person's (105 pairs for 15 records).
 */
const MAX_PRIOR = 0.95;

/** Value counts per field, by the values' key numbers (FieldValue.id): the exact level's average u and each value's own frequency. */
export class TermFrequencies {
  private readonly counts: number[][];
  private readonly totals: number[];
  private readonly distinct: number[];
  /** Per field, the population the values are taken to be drawn from (see `assumePopulation`). */
  private readonly population: number[];

  constructor(fieldCount: number) {
    this.counts = Array.from({ length: fieldCount }, () => []);
    this.totals = new Array<number>(fieldCount).fill(0);
    this.distinct = new Array<number>(fieldCount).fill(0);
    this.population = new Array<number>(fieldCount).fill(0);
  }

  /**
   * Reads an identifying field's values as a sample of at least `size` people. On a small
   * sheet a phone shared by 2 of 20 rows is not a 1-in-10 coincidence: two strangers share
   * a phone number far more rarely than that. Categories (city, country) keep their own counts.
   */
  assumePopulation(field: number, size: number): void {
    this.population[field] = size;
  }

  private denominator(field: number): number {
    return Math.max(this.totals[field]!, this.population[field]!);
  }

  add(field: number, id: number): void {
    const counts = this.counts[field]!;
    while (counts.length <= id) counts.push(0);
    if (counts[id] === 0) this.distinct[field]! += 1;
    counts[id]! += 1;
    this.totals[field]! += 1;
  }

  /** How often a value of this field meets the same value in another random row: Σ (count/total)². */
  exactU(field: number): number {
    const total = this.totals[field]!;
    if (total === 0) return FLOOR;
    let sum = 0;
    const denominator = this.denominator(field);
    for (const count of this.counts[field]!) sum += (count / total) * (count / denominator);
    return Math.max(sum, FLOOR);
  }

  /** Distinct values per value present: near 1 for identifying columns, low for categories. */
  distinctShare(field: number): number {
    const total = this.totals[field]!;
    return total === 0 ? 0 : this.distinct[field]! / total;
  }

  /** The frequency of one value among the field's values. */
  frequency(field: number, id: number): number {
    const total = this.totals[field]!;
    return total === 0 ? FLOOR : Math.max((this.counts[field]![id] || 1) / this.denominator(field), FLOOR);
  }
}

/**
 * u per field and level from random pairs' levels (`levels`: pairs × fields), the exact level
 * replaced by the frequency-based figure; add-half smoothing keeps unseen levels above zero.
 * `nonMatch` (per pair, the probability that its two rows are two customers) leaves the list's
 * own duplicates out: u is how often two *different* customers agree, and where customers are
 * entered many times a random pair is one customer's often enough to count (see
 * PreparedSheet.learnModel). Without it every pair counts fully.
 */
export function estimateU(levels: Uint8Array, fieldCount: number, exactU: readonly number[], nonMatch?: Float64Array): number[][] {
  const pairs = levels.length / fieldCount;
  return exactU.map((exact, f) => {
    const counts = new Array<number>(LEVEL_COUNT).fill(0);
    for (let p = 0; p < pairs; p++) counts[levels[p * fieldCount + f]!]! += nonMatch ? nonMatch[p]! : 1;
    const fuzzy = [ELSE, WEAK, STRONG].map((level) => counts[level]! + 0.5);
    const fuzzyTotal = fuzzy.reduce((sum, count) => sum + count, 0);
    const rest = Math.max(1 - Math.min(exact, 0.5), FLOOR);
    const u = new Array<number>(LEVEL_COUNT).fill(1);
    [ELSE, WEAK, STRONG].forEach((level, i) => (u[level] = Math.max((fuzzy[i]! / fuzzyTotal) * rest, FLOOR)));
    u[EXACT] = Math.min(exact, 0.5);
    return u;
  });
}

const MAX_NUMERIC_FIELDS = 22;

/** One pair's levels as a map key, the `masked` fields read as null: a number of base-5 digits while it stays exact (22 fields), else a string. */
function patternKey(levels: Uint8Array, offset: number, fieldCount: number, masked: readonly number[]): number | string {
  let key: number | string = fieldCount <= MAX_NUMERIC_FIELDS ? 0 : '';
  for (let f = 0; f < fieldCount; f++) {
    const level = masked.includes(f) ? NULL : levels[offset + f]!;
    key = typeof key === 'number' ? key * LEVEL_COUNT + level : key + String(level);
  }
  return key;
}

/** A pattern as saved in a checkpoint: its levels as digits ("04312") and how many pairs have it. */
export type SavedPattern = [levels: string, count: number];

/** Comparison patterns (one level per field) and how many blocked pairs have each. */
export class PatternCounts {
  private readonly index = new Map<number | string, number>();
  readonly patterns: Uint8Array[] = [];
  readonly counts: number[] = [];

  /** Adds one pair's levels, with the `masked` fields left out (as if null). */
  add(levels: Uint8Array, offset: number, fieldCount: number, masked: readonly number[] = []): void {
    this.addCount(patternKey(levels, offset, fieldCount, masked), levels, offset, fieldCount, masked, 1);
  }

  private addCount(key: number | string, levels: Uint8Array, offset: number, fieldCount: number, masked: readonly number[], count: number): void {
    const at = this.index.get(key);
    if (at !== undefined) {
      this.counts[at]! += count;
      return;
    }
    this.index.set(key, this.patterns.length);
    const pattern = levels.slice(offset, offset + fieldCount);
    for (const f of masked) pattern[f] = NULL;
    this.patterns.push(pattern);
    this.counts.push(count);
  }

  /** The counts as plain data, in the order the patterns were first met (EM's sums depend on it, to the last bit). */
  save(): SavedPattern[] {
    return this.patterns.map((pattern, p) => [pattern.join(''), this.counts[p]!]);
  }

  /** Counts saved by `save`, to go on adding to. */
  static restore(saved: readonly SavedPattern[], fieldCount: number): PatternCounts {
    const counts = new PatternCounts();
    for (const [digits, count] of saved) {
      const levels = Uint8Array.from(digits, Number);
      counts.addCount(patternKey(levels, 0, fieldCount, []), levels, 0, fieldCount, [], count);
    }
    return counts;
  }
}

/**
 * Keeps EM away from the degenerate answer where a common pattern of different people (all
 * customers of one master, one city) is taken for the matches: an exact match can never
 * count against a match, and a disagreement never for one; on the fields given a limit
 * below 1 (names, contacts) a disagreement must be at least 1/limit times more common
 * between different people than between duplicates.
 */
function constrain(m: number[], u: readonly number[], elseLimit: number): void {
  const cap = (level: number, value: number) => {
    const rest = 1 - m[level]!;
    const scale = rest > 0 ? (1 - value) / rest : 0;
    for (let other = ELSE; other <= EXACT; other++) if (other !== level) m[other] = Math.max(m[other]! * scale, FLOOR);
    m[level] = value;
  };
  if (m[ELSE]! > elseLimit * u[ELSE]!) cap(ELSE, elseLimit * u[ELSE]!);
  if (m[EXACT]! < u[EXACT]!) cap(EXACT, u[EXACT]!);
}

/**
 * m by EM over the blocked pairs' patterns, u held fixed; pseudo-counts pull towards
 * M_START, and `elseLimit` (per field) bounds the weight of a disagreement (see constrain).
 */
export function estimateModel(patterns: PatternCounts, u: readonly number[][], elseLimit: readonly number[], learn: readonly boolean[], minPrior = 0): MatchModel {
  const fieldCount = u.length;
  const m = u.map((_, f) => [...(learn[f] ? M_START : M_FIXED)]);
  const logU = u.map((levels) => levels.map(Math.log));
  let prior = Math.min(Math.max(0.05, minPrior), MAX_PRIOR);
  let iterations = 0;
  const total = patterns.counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return { fields: u.map((levels, f) => ({ m: m[f]!, u: [...levels] })), prior, iterations };
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const logM = m.map((levels) => levels.map((p) => Math.log(Math.max(p, FLOOR))));
    const sums = m.map(() => new Array<number>(LEVEL_COUNT).fill(0));
    let matched = 0;
    const logPriorOdds = Math.log(prior / (1 - prior));
    patterns.patterns.forEach((pattern, p) => {
      let logRatio = logPriorOdds;
      for (let f = 0; f < fieldCount; f++) {
        const level = pattern[f]!;
        if (level !== NULL && learn[f]) logRatio += logM[f]![level]! - logU[f]![level]!;
      }
      const responsibility = 1 / (1 + Math.exp(-Math.max(-700, Math.min(700, logRatio))));
      const weight = responsibility * patterns.counts[p]!;
      matched += weight;
      for (let f = 0; f < fieldCount; f++) sums[f]![pattern[f]!]! += weight;
    });
    let change = 0;
    for (let f = 0; f < fieldCount; f++) {
      if (!learn[f]) continue;
      const present = sums[f]!.reduce((sum, value, level) => (level === NULL ? sum : sum + value), 0);
      for (let level = ELSE; level <= EXACT; level++) {
        const next = Math.max((sums[f]![level]! + PSEUDO_PAIRS * M_START[level]!) / (present + PSEUDO_PAIRS), FLOOR);
        change = Math.max(change, Math.abs(next - m[f]![level]!));
        m[f]![level] = next;
      }
      constrain(m[f]!, u[f]!, elseLimit[f]!);
    }
    const nextPrior = Math.min(Math.max(matched / total, minPrior, 1e-6), MAX_PRIOR);
    change = Math.max(change, Math.abs(nextPrior - prior));
    prior = nextPrior;
    if (change < 1e-5) break;
  }
  return { fields: u.map((levels, f) => ({ m: m[f]!, u: [...levels] })), prior, iterations };
}

/**
 * The share of matches among all pairs of the sheet, given the model's m and u: the fixed point
 * of λ = Σ P(match | pattern, λ) / allPairs over the candidate pairs' whole patterns (no field
 * masked), the pairs blocking never brings together counted as non-matches. EM's λ is the share
 * among candidate pairs of what the fields EM may read say; where one field brought every pair
 * together and is masked in all of them (a list of names and places), EM reads nothing and λ
 * stays where it started, while the whole patterns still say how many pairs match.
 */
export function sheetPrior(whole: PatternCounts, fields: readonly FieldWeights[], allPairs: number, start: number): number {
  const bits = whole.patterns.map((pattern) => pattern.reduce((sum, level, f) => sum + levelWeight(fields[f]!, level), 0));
  let prior = Math.min(Math.max(start, 1e-12), 0.5);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const logOdds = Math.log2(prior / (1 - prior));
    let matched = 0;
    bits.forEach((weight, p) => (matched += whole.counts[p]! / (1 + 2 ** -Math.max(-700, Math.min(700, logOdds + weight)))));
    const next = Math.min(Math.max(matched / Math.max(allPairs, 1), 1e-12), 0.5);
    const change = Math.abs(Math.log2(next / prior));
    prior = next;
    if (change < 1e-4) break;
  }
  return prior;
}

/** The log2 Bayes factor of one field's level; an exact match weighed by its value's frequency when given. */
export function levelWeight(field: FieldWeights, level: number, frequency?: number): number {
  if (level === NULL) return 0;
  const u = level === EXACT && frequency !== undefined ? frequency : field.u[level]!;
  return Math.log2(Math.max(field.m[level]!, FLOOR) / Math.max(u, FLOOR));
}

/** How much EM's m counts against the pairs a reviewer merged, in merged pairs: a hundred merges weigh as much as EM. */
export const LABEL_PRIOR_PAIRS = 100;

/**
 * m after the reviewer's merges (each a pair's levels), as Splink estimates m from labelled
 * pairs: per field, EM's m and the merged pairs' levels blended as Dirichlet pseudo-counts of
 * LABEL_PRIOR_PAIRS (a field a merged pair left empty says nothing about it). u stays as random
 * pairs give it: the pairs a reviewer says are not the same were chosen for looking alike, and
 * say nothing of how often strangers agree; they act on their own pattern (see LabelCalibration).
 */
export function blendMergedLabels(model: MatchModel, same: readonly Uint8Array[]): MatchModel {
  const blend = (prior: readonly number[], labelled: readonly Uint8Array[], f: number): number[] => {
    const counts = new Array<number>(LEVEL_COUNT).fill(0);
    let present = 0;
    for (const levels of labelled) {
      const level = levels[f]!;
      if (level === NULL) continue;
      counts[level]! += 1;
      present++;
    }
    if (present === 0) return [...prior];
    return prior.map((p, level) => (level === NULL ? p : Math.max((LABEL_PRIOR_PAIRS * p + counts[level]!) / (LABEL_PRIOR_PAIRS + present), FLOOR)));
  };
  return { ...model, fields: model.fields.map((field, f) => ({ m: blend(field.m, same, f), u: [...field.u] })) };
}

/** How many reviewed pairs the model's own odds count as, for a pattern reviewers have labelled. */
const MODEL_AS_LABELS = 3;

/**
 * The reviewer's labels per comparison pattern (one level per field): where the fields are not
 * independent (a family shares phone, address and surname; an organisation's sites share name
 * and phone), the model's odds for a pattern can be far off, and the labels of pairs with that
 * very pattern say how often it is one customer. A pair's log2 odds move towards the labels'
 * log2 (same + ½) / (different + ½), the model counting as MODEL_AS_LABELS labels.
 */
export class LabelCalibration {
  private readonly counts = new Map<string, { same: number; different: number }>();

  constructor(labels: readonly { same: boolean; levels: string }[]) {
    for (const label of labels) {
      const count = this.counts.get(label.levels) ?? { same: 0, different: 0 };
      if (label.same) count.same++;
      else count.different++;
      this.counts.set(label.levels, count);
    }
  }

  get empty(): boolean {
    return this.counts.size === 0;
  }

  /**
   * What the labels of a pattern say of a pair with it and these log2 odds: the bits they add,
   * and whether most said the same (1), not the same (-1), or they are even or absent (0).
   */
  correction(levels: Uint8Array, offset: number, fieldCount: number, bits: number): { bits: number; verdict: -1 | 0 | 1 } {
    let key = '';
    for (let f = 0; f < fieldCount; f++) key += String(levels[offset + f]);
    const count = this.counts.get(key);
    if (!count) return { bits: 0, verdict: 0 };
    const labelled = count.same + count.different;
    const target = Math.log2((count.same + 0.5) / (count.different + 0.5));
    return { bits: (MODEL_AS_LABELS * bits + labelled * target) / (MODEL_AS_LABELS + labelled) - bits, verdict: Math.sign(count.same - count.different) as -1 | 0 | 1 };
  }
}

/** Match probability from a total weight and the prior share of matches. */
export function matchProbability(weight: number, prior: number): number {
  const logOdds = Math.log2(prior / (1 - prior)) + weight;
  return 1 / (1 + 2 ** -logOdds);
}
