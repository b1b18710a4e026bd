/**
 * Dedupe quality and speed (src/core/dedupe): pairwise precision, recall and F1 on the FEBRL
 * datasets (rec_id and soc_sec_id removed) and on a generated multilingual customer list with
 * known truth; time, peak memory and pairs compared on 10,000 and 100,000 generated customers;
 * and matching 100,000 customers in budgeted steps as Apps Script does: how many steps, and how
 * big the checkpoint saved between them grows.
 */
import { findDuplicates, type DedupeResult } from '../src/core/dedupe/findDuplicates';
import { type MatchingCheckpoint, checkpointCells } from '../src/core/dedupe/matchingCheckpoint';
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
const STEPPED_ROWS = 100_000;
/** The server's step (MATCHING_STEP_MS), and a shorter one standing for a host five times slower. */
const STEP_BUDGETS_MS = [25_000, 5_000];

/**
 * The steps' clock: this process's CPU time, so that the figures do not depend on what else
 * the machine runs (Apps Script counts wall time, which on an idle machine is about the same).
 */
function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

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

function stepped(): void {
  const set = multilingualTestSet(STEPPED_ROWS, 11);
  const columns = recogniseColumns(set.table[0]!);
  const options = { timeZone: 'UTC', locale: 'en_US', defaultCountry: 'KZ' };
  const whole = timed(set.table, 'KZ');
  const minimal = cpuMilliseconds();
  findDuplicates(set.table, columns, { ...options, budget: { now: () => 0, milliseconds: -1 } });
  const readSeconds = (cpuMilliseconds() - minimal) / 1000;
  const rows: (string | number)[][] = [];
  for (const budget of STEP_BUDGETS_MS) {
    global.gc?.();
    const start = cpuMilliseconds();
    let checkpoint: MatchingCheckpoint | null = null;
    let steps = 0;
    let largest = 0;
    let cells = 0;
    let result: DedupeResult;
    do {
      result = findDuplicates(set.table, columns, { ...options, budget: { now: cpuMilliseconds, milliseconds: budget }, resumeFrom: checkpoint });
      checkpoint = result.checkpoint;
      steps++;
      if (checkpoint) {
        const saved = checkpointCells(checkpoint);
        const bytes = Buffer.byteLength(saved.join(''), 'utf8');
        if (bytes > largest) [largest, cells] = [bytes, saved.length];
      }
    } while (!result.complete);
    const same = JSON.stringify(result.clusters) === JSON.stringify(whole.result.clusters) && JSON.stringify(result.review) === JSON.stringify(whole.result.review);
    rows.push([STEPPED_ROWS, budget / 1000, steps, (cpuMilliseconds() - start) / 1000, largest, cells, same ? 'yes' : 'NO']);
  }
  console.log(`Every step first reads and keys the whole sheet: ${readSeconds.toFixed(1)} CPU seconds.`);
  printTable(['rows', 'step budget, CPU s', 'steps', 'CPU seconds in all', 'largest checkpoint bytes', 'cells', 'same as one run'], rows);
}

export function run(): void {
  quality();
  speed();
  stepped();
}
