/**
 * Dedupe quality and speed (src/core/dedupe): pairwise precision, recall and F1 on the FEBRL
 * datasets (rec_id and soc_sec_id removed) and on a generated multilingual customer list with
 * known truth; time, peak memory and pairs compared on 10,000 and 100,000 generated customers.
 */
import { findDuplicates, type DedupeResult } from '../src/core/dedupe/findDuplicates';
import type { CellValue } from '../src/core/customerRecord';
import { recogniseColumns } from '../src/core/headerRoles';
import { multilingualTestSet } from '../test/support/dedupeTestSet';
import { FEBRL_DIR, febrlDataset } from './dedupe/febrl';
import { pairwiseQuality } from './dedupe/pairwiseQuality';
import { printTable } from './figures';

const FEBRL_SETS: [string, string[]][] = [
  ['FEBRL 1', ['dataset1.csv']],
  ['FEBRL 2', ['dataset2.csv']],
  ['FEBRL 3', ['dataset3.csv']],
  ['FEBRL 4 (4a+4b)', ['dataset4a.csv', 'dataset4b.csv']],
];
const MULTILINGUAL_ROWS = 5_000;
const SPEED_SIZES = [10_000, 100_000];

function timed(table: readonly (readonly CellValue[])[], defaultCountry?: string): { result: DedupeResult; seconds: number } {
  global.gc?.();
  const start = process.hrtime.bigint();
  const options = { timeZone: 'UTC', locale: 'en_US', ...(defaultCountry ? { defaultCountry } : {}) };
  const result = findDuplicates(table, recogniseColumns(table[0]!), options);
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const fixed = (value: number) => value.toFixed(4);

function quality(): void {
  const rows: (string | number)[][] = [];
  for (const [name, files] of FEBRL_SETS) {
    const dataset = febrlDataset(name, files);
    if (!dataset) {
      console.log(`${name}: skipped, ${files.join(' + ')} not found in ${FEBRL_DIR}`);
      continue;
    }
    const { result, seconds } = timed(dataset.table);
    const q = pairwiseQuality(result.clusters.map((cluster) => cluster.rows), dataset.entity);
    rows.push([name, dataset.entity.length, q.truePairs, result.pairsCompared, seconds, fixed(q.precision), fixed(q.recall), fixed(q.f1), '']);
  }
  const set = multilingualTestSet(MULTILINGUAL_ROWS, 7);
  const { result, seconds } = timed(set.table, 'KZ');
  const q = pairwiseQuality(result.clusters.map((cluster) => cluster.rows), set.entity);
  const clusterOf = new Map<number, number>();
  result.clusters.forEach((cluster, c) => cluster.rows.forEach((row) => clusterOf.set(row, c)));
  const merged = set.hardNegatives.filter(([a, b]) => clusterOf.has(a) && clusterOf.get(a) === clusterOf.get(b)).length;
  rows.push(['multilingual (generated)', set.entity.length, q.truePairs, result.pairsCompared, seconds, fixed(q.precision), fixed(q.recall), fixed(q.f1), `${merged} of ${set.hardNegatives.length}`]);
  printTable(['dataset', 'rows', 'true pairs', 'pairs compared', 'seconds', 'precision', 'recall', 'F1', 'hard negatives merged'], rows);
}

function speed(): void {
  const rows: (string | number)[][] = [];
  for (const size of SPEED_SIZES) {
    const set = multilingualTestSet(size, 11);
    const { result, seconds } = timed(set.table, 'KZ');
    const largest = Math.max(0, ...result.clusters.map((cluster) => cluster.rows.length));
    rows.push([size, seconds, process.resourceUsage().maxRSS / 1024, result.pairsCompared, result.pairsCompared / size, result.clusters.length, largest, result.review.length]);
  }
  printTable(['rows', 'seconds', 'peak RSS MiB', 'pairs compared', 'pairs per row', 'clusters', 'largest cluster', 'review pairs'], rows);
}

export function run(): void {
  quality();
  speed();
}
