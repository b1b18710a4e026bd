/**
 * The groups an automatic merge (Merge all at or above, the CLI's merged file) takes: those at or
 * above the level, never one holding a pair the rules held back (a family sharing a phone): that
 * is the reviewer's call, group by group.
 */
export interface MergeCandidate {
  rows: readonly number[];
  probability: number;
  heldBack: boolean;
}

export function automaticMergeGroups(groups: readonly MergeCandidate[], level: number): number[][] {
  return groups.filter((group) => group.probability >= level && !group.heldBack).map((group) => [...group.rows]);
}
