/**
 * Groups matched pairs into clusters without chaining and without a size cap: the most certain
 * links go first, and a link joins two groups (a row is a group of one) only when the groups
 * agree as a whole: over the pairs between their cores (each group's first members, those
 * joined by its strongest links), the mean evidence must reach the merge level, a contradicted
 * pair (other given names, addresses or birth years) counting as certain against, and no pair
 * of the two groups may be one the user rejected. So a group grows as large as one customer's records do, two
 * sparse records of one customer meet through a third, while a weak bridge (two campuses
 * sharing a phone, linked by one record with no address) meets the other campus's address in
 * the core and is refused. Adding a row and joining two groups are the same rule.
 */
export interface ScoredLink {
  a: number;
  b: number;
  probability: number;
}

export interface PairEvidence {
  /** Log2 odds that the two rows are one customer (the prior's included). */
  bits: number;
  /** Whether what the two rows hold says they are two customers, whatever the score. */
  contradicted: boolean;
}

export interface ClusterJudge {
  evidence(a: number, b: number): PairEvidence;
  /** Whether the user said these two rows are not the same customer. */
  rejected(a: number, b: number): boolean;
  /** Whether any pair is rejected at all (then every cross pair is checked, not only the cores'). */
  anyRejected: boolean;
  /** Log2 odds of the merge threshold. */
  mergeBits: number;
}

export interface Cluster {
  rows: number[];
  /** The first members, in the order they joined: what a newcomer is compared with. */
  core: number[];
  links: ScoredLink[];
}

/** Members of a group a newcomer is compared with: enough to outvote one odd record, few enough to stay cheap. */
export const CORE_SIZE = 6;
/** Evidence beyond this many bits, for or against, is certainty: one overwhelming pair must not outvote the rest of the core. */
const MAX_PAIR_BITS = 20;

/** Clusters from links at or above the merge threshold; the links that could not join are returned as refused. */
export function clusterLinks(links: readonly ScoredLink[], judge: ClusterJudge): { clusters: Cluster[]; refused: ScoredLink[] } {
  const sorted = [...links].sort((x, y) => y.probability - x.probability || x.a - y.a || x.b - y.b);
  const clusterOf = new Map<number, Cluster>();
  const refused: ScoredLink[] = [];
  for (const link of sorted) {
    const first = clusterOf.get(link.a) ?? { rows: [link.a], core: [link.a], links: [] };
    const second = clusterOf.get(link.b) ?? { rows: [link.b], core: [link.b], links: [] };
    if (first === second) continue;
    if (!groupsAgree(first, second, judge)) {
      refused.push(link);
      continue;
    }
    const [larger, smaller] = first.rows.length >= second.rows.length ? [first, second] : [second, first];
    const joined: Cluster = {
      rows: [...first.rows, ...second.rows].sort((x, y) => x - y),
      core: [...larger.core, ...smaller.core].slice(0, CORE_SIZE),
      links: [...first.links, ...second.links, link],
    };
    for (const row of joined.rows) clusterOf.set(row, joined);
  }
  return { clusters: [...new Set(clusterOf.values())], refused };
}

function groupsAgree(first: Cluster, second: Cluster, judge: ClusterJudge): boolean {
  if (judge.anyRejected) {
    for (const x of first.rows) for (const y of second.rows) if (judge.rejected(Math.min(x, y), Math.max(x, y))) return false;
  }
  let bits = 0;
  for (const x of first.core) {
    for (const y of second.core) {
      const evidence = judge.evidence(Math.min(x, y), Math.max(x, y));
      bits += evidence.contradicted ? -MAX_PAIR_BITS : Math.min(evidence.bits, MAX_PAIR_BITS);
    }
  }
  return bits >= judge.mergeBits * first.core.length * second.core.length;
}
