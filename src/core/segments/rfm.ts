/**
 * RFM: recency, frequency and monetary scores from 1 (worst) to 5 (best) by quintiles of the
 * customers scored, and the named segment of each customer.
 */

export type RfmScore = 1 | 2 | 3 | 4 | 5;

export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalists',
  'newCustomers',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLose',
  'hibernating',
  'lost',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/**
 * Quintile scores of values where higher is better: a value's score is 1 + ⌊5 · q⌋, where q is
 * its mid-point percentile (values below it, plus half of those equal to it, over n), so n
 * distinct values fill the five scores evenly and symmetrically. Equal values always share a
 * score, and a set where every value is equal scores 3, not 1 or 5: nothing tells them apart. null values are not scored (null out) and are not counted in n.
 */
export function quintileScores(values: readonly (number | null)[]): (RfmScore | null)[] {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  const n = sorted.length;
  const scoreOf = new Map<number, RfmScore>();
  let start = 0;
  while (start < n) {
    const value = sorted[start] as number;
    let end = start;
    while (end < n && sorted[end] === value) end += 1;
    const equal = end - start;
    const share = (start + equal / 2) / n;
    scoreOf.set(value, (1 + Math.floor(5 * share)) as RfmScore);
    start = end;
  }
  return values.map((value) => (value === null ? null : (scoreOf.get(value) as RfmScore)));
}

/**
 * The quintile score quintileScores gives `value` among `values` (null when it is null), in one
 * pass without sorting: for a caller that needs one customer's score among 100,000 (the card).
 */
export function quintileScoreOf(values: readonly (number | null)[], value: number | null): RfmScore | null {
  if (value === null) return null;
  let n = 0;
  let below = 0;
  let equal = 0;
  for (const other of values) {
    if (other === null) continue;
    n += 1;
    if (other < value) below += 1;
    else if (other === value) equal += 1;
  }
  return (1 + Math.floor(5 * ((below + equal / 2) / n))) as RfmScore;
}

/**
 * The combined frequency-and-monetary score: the rounded mean of F and M, halves rounded up
 * (F 4, M 3 → 4), or the one there is when the sheet has no purchase count (or no total spent). Putler's map reads its
 * segments off recency against this same mean of F and M.
 */
export function frequencyMonetary(f: RfmScore | null, m: RfmScore | null): RfmScore | null {
  if (f === null || m === null) return f ?? m;
  return Math.ceil((f + m) / 2) as RfmScore;
}

/**
 * Segment by R (rows, 1–5) and FM (columns, 1–5). This is the widely used RFM segment grid of
 * Putler, "RFM Analysis For Successful Customer Segmentation" (putler.com/rfm-analysis), in the
 * 5 × 5 form that resolves Putler's overlapping ranges one cell each (the same grid is the
 * `seg_map` of many RFM notebooks, R against F). One change: Putler's "lost" (lowest recency,
 * frequency and value) takes the R 1, FM 1–2 cells that the grid form gives to "hibernating".
 */
const GRID: Record<RfmScore, readonly [RfmSegment, RfmSegment, RfmSegment, RfmSegment, RfmSegment]> = {
  1: ['lost', 'lost', 'atRisk', 'atRisk', 'cantLose'],
  2: ['hibernating', 'hibernating', 'atRisk', 'atRisk', 'cantLose'],
  3: ['aboutToSleep', 'aboutToSleep', 'needAttention', 'loyal', 'loyal'],
  4: ['promising', 'potentialLoyalists', 'potentialLoyalists', 'loyal', 'loyal'],
  5: ['newCustomers', 'potentialLoyalists', 'potentialLoyalists', 'champions', 'champions'],
};

export function rfmSegment(r: RfmScore, fm: RfmScore): RfmSegment {
  return GRID[r][fm - 1] as RfmSegment;
}
