/** Pairwise precision, recall and F1 of clusters against known entities. */
export interface PairwiseQuality {
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

function pairsWithin(groups: Iterable<readonly number[]>): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const rows = [...group].sort((a, b) => a - b);
    for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) pairs.add(`${rows[i]},${rows[j]}`);
  }
  return pairs;
}

/** `clusters` hold 0-based data rows; `entity[row]` names each row's true entity. */
export function pairwiseQuality(clusters: readonly (readonly number[])[], entity: readonly string[]): PairwiseQuality {
  const byEntity = new Map<string, number[]>();
  entity.forEach((id, row) => byEntity.set(id, [...(byEntity.get(id) ?? []), row]));
  const truth = pairsWithin(byEntity.values());
  const predicted = pairsWithin(clusters);
  let correct = 0;
  for (const pair of predicted) if (truth.has(pair)) correct++;
  const precision = predicted.size === 0 ? 1 : correct / predicted.size;
  const recall = truth.size === 0 ? 1 : correct / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs: truth.size, predictedPairs: predicted.size, correctPairs: correct, precision, recall, f1 };
}

/**
 * The clusters after a reviewer who knows the truth went through the review pairs: each pair
 * of one entity accepted (its two clusters joined), every other rejected. What the list looks
 * like once the review is done; precision is lost only by the automatic clusters.
 */
export function clustersAfterReview(clusters: readonly (readonly number[])[], review: readonly { a: number; b: number }[], entity: readonly string[]): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const join = (x: number, y: number) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent.set(rx, ry);
  };
  for (const cluster of clusters) for (const row of cluster.slice(1)) join(cluster[0]!, row);
  for (const pair of review) if (entity[pair.a] === entity[pair.b]) join(pair.a, pair.b);
  const groups = new Map<number, number[]>();
  for (const row of parent.keys()) {
    const root = find(row);
    groups.set(root, [...(groups.get(root) ?? []), row]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
