/**
 * Groups matched pairs into clusters without chaining: two groups join only if the new
 * size stays within the cap, no row of one conflicts with a row of the other (a pair the
 * user rejected), and at least half of their rows' pairs match at the merge level
 * (a row with an empty phone may not meet every member on its own). The most certain
 * links go first.
 */
export interface ScoredLink {
  a: number;
  b: number;
  probability: number;
}

export interface ClusterJudge {
  /** The pair's probability, or null when the pair must never be in one cluster (rejected, conflicting). */
  probability(a: number, b: number): number | null;
  mergeThreshold: number;
  maxClusterSize: number;
}

export interface Cluster {
  rows: number[];
  links: ScoredLink[];
}

/** Clusters from links at or above the merge threshold; the links that could not join are returned as refused. */
export function clusterLinks(links: readonly ScoredLink[], judge: ClusterJudge): { clusters: Cluster[]; refused: ScoredLink[] } {
  const sorted = [...links].sort((x, y) => y.probability - x.probability || x.a - y.a || x.b - y.b);
  const clusterOf = new Map<number, Cluster>();
  const refused: ScoredLink[] = [];
  for (const link of sorted) {
    const first = clusterOf.get(link.a) ?? { rows: [link.a], links: [] };
    const second = clusterOf.get(link.b) ?? { rows: [link.b], links: [] };
    if (first === second) continue;
    if (first.rows.length + second.rows.length > judge.maxClusterSize || !groupsAgree(first.rows, second.rows, judge)) {
      refused.push(link);
      continue;
    }
    const joined: Cluster = { rows: [...first.rows, ...second.rows].sort((x, y) => x - y), links: [...first.links, ...second.links, link] };
    for (const row of joined.rows) clusterOf.set(row, joined);
  }
  return { clusters: [...new Set(clusterOf.values())], refused };
}

function groupsAgree(first: readonly number[], second: readonly number[], judge: ClusterJudge): boolean {
  let strong = 0;
  for (const x of first) {
    for (const y of second) {
      const probability = judge.probability(Math.min(x, y), Math.max(x, y));
      if (probability === null) return false;
      if (probability >= judge.mergeThreshold) strong++;
    }
  }
  return strong * 2 >= first.length * second.length;
}
