/**
 * Matching's answer on fixed generated lists, pinned by a snapshot that main's code wrote
 * (commit a443e49, before the speed work of issue 15): blocking, the pair loop and the
 * comparison functions may get faster, never different. Every cluster, review pair, score
 * and field weight is in the digest; the clusters and review pairs are also listed, so that a
 * difference shows where it is. A change meant to alter the scores (new evidence, new
 * weights) updates the snapshot with `npx jest test/core/dedupe/sameResults.test.ts -u` and
 * says why in its commit.
 */
import { createHash } from 'node:crypto';
import type { CellValue } from '../../../src/core/customerRecord';
import { type DedupeResult, findDuplicates } from '../../../src/core/dedupe/findDuplicates';
import { recogniseColumns } from '../../../src/core/headerRoles';
import { multilingualTestSet } from '../../support/dedupeTestSet';
import { hardDedupeSets } from '../../support/hardDedupeSets';

function matched(table: readonly (readonly CellValue[])[], defaultCountry: string): DedupeResult {
  return findDuplicates(table, recogniseColumns(table[0]!), { timeZone: 'UTC', locale: 'en_US', defaultCountry });
}

/** The whole answer's digest, and the groups and review pairs in a form a reader can compare. */
function pinned(result: DedupeResult) {
  const full = JSON.stringify([result.clusters, result.review, result.priorWeight, result.pairsCompared]);
  return {
    digest: createHash('sha256').update(full).digest('hex'),
    pairsCompared: result.pairsCompared,
    clusters: result.clusters.map((cluster) => `${cluster.rows.join(' ')} @${cluster.probability}${cluster.heldBack ? ' held back' : ''}`),
    review: result.review.map((pair) => `${pair.a} ${pair.b} @${pair.probability}`),
  };
}

const LISTS: [name: string, table: () => readonly (readonly CellValue[])[], country: string][] = [
  ['multilingual, 4,000 rows, seed 23', () => multilingualTestSet(4_000, 23).table, 'KZ'],
  ...hardDedupeSets(23).map((list): [string, () => readonly (readonly CellValue[])[], string] => [`hard, seed 23: ${list.name}`, () => list.table, 'US']),
];

describe('matching finds what main found before the speed work', () => {
  test.each(LISTS)('%s', (_name, table, country) => {
    expect(pinned(matched(table(), country))).toMatchSnapshot();
  });
});
