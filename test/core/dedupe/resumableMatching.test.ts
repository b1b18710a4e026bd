import fc from 'fast-check';
import type { CellValue } from '../../../src/core/customerRecord';
import { type DedupeOptions, type DedupeResult, findDuplicates, pairKey, rowIdentity } from '../../../src/core/dedupe/findDuplicates';
import {
  CHECKPOINT_CELL_CHARS,
  CHECKPOINT_VERSION,
  type MatchingCheckpoint,
  checkpointCells,
  checkpointFromCells,
  decodePairs,
  encodePairs,
  matchingFingerprint,
} from '../../../src/core/dedupe/matchingCheckpoint';
import { recogniseColumns } from '../../../src/core/headerRoles';
import { multilingualTestSet } from '../../support/dedupeTestSet';

const OPTIONS: DedupeOptions = { defaultCountry: 'KZ', timeZone: 'Etc/GMT', locale: 'ru_RU' };

function table(rows: number, seed: number): CellValue[][] {
  return multilingualTestSet(rows, seed).table as CellValue[][];
}

function oneRun(values: CellValue[][], options: Partial<DedupeOptions> = {}, rejected?: ReadonlySet<string>): DedupeResult {
  return findDuplicates(values, recogniseColumns(values[0]!), { ...OPTIONS, ...options }, rejected);
}

/**
 * A clock that moves one tick each time it is read: a step's budget in ticks is a number of
 * rows, the same on every machine. The checkpoint goes between steps as it is saved: in cells.
 */
function stepped(values: CellValue[][], budgets: (step: number) => number) {
  let ticks = 0;
  let saved: string[] = [];
  const steps: DedupeResult[] = [];
  for (;;) {
    const result = oneRun(values, { budget: { now: () => ticks++, milliseconds: budgets(steps.length) }, resumeFrom: checkpointFromCells(saved) });
    steps.push(result);
    if (result.complete) return { steps, result };
    saved = checkpointCells(result.checkpoint!);
    if (steps.length > 10_000) throw new Error('matching makes no progress');
  }
}

describe('matching in steps', () => {
  const values = table(1_200, 21);
  const whole = oneRun(values);
  const { steps, result } = stepped(values, () => 400);

  test('a sheet matched over several steps ends exactly as one uninterrupted run', () => {
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(result).toEqual(whole);
    expect(result.complete).toBe(true);
    expect(whole.clusters.length).toBeGreaterThan(100);
  });

  test('progress grows from step to step, from 0 to 1, and says which stage the step is in', () => {
    const progress = steps.map((step) => step.progress);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(new Set(progress).size).toBe(progress.length);
    expect(progress[0]).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.slice(0, -1).every((share) => share < 1)).toBe(true);
    const stages = steps.slice(0, -1).map((step) => step.checkpoint!.stage);
    expect(stages).toContain('learning');
    expect(stages).toContain('scoring');
    for (const step of steps.slice(0, -1)) {
      const checkpoint = step.checkpoint!;
      const pairsDone = checkpoint.stage === 'learning' ? checkpoint.pairsDone : checkpoint.pairsPlanned + checkpoint.pairsDone;
      expect(step.progress).toBeCloseTo(pairsDone / (2 * checkpoint.pairsPlanned), 12);
      expect(checkpoint.pairsPlanned).toBe(whole.pairsCompared);
    }
  });

  test('while learning no group is shown; while scoring, the groups found so far', () => {
    const learning = steps.filter((step) => step.checkpoint?.stage === 'learning');
    const scoring = steps.filter((step) => step.checkpoint?.stage === 'scoring');
    expect(learning.every((step) => step.clusters.length === 0)).toBe(true);
    const found = scoring.map((step) => step.clusters.length);
    expect(found).toEqual([...found].sort((x, y) => x - y));
    expect(found.at(-1)).toBeGreaterThan(0);
    expect(found.at(-1)).toBeLessThanOrEqual(whole.clusters.length);
  });

  test('the checkpoint keeps only pairs worth a look: each is in a final group or offered for review', () => {
    const lastScoring = steps.filter((step) => step.checkpoint?.stage === 'scoring').at(-1)!.checkpoint!;
    expect(lastScoring.stage).toBe('scoring');
    const kept = decodePairs(lastScoring.stage === 'scoring' ? lastScoring.kept : '', values.length - 1)!;
    expect(kept.length / 2).toBeGreaterThan(0);
    expect(kept.length / 2).toBeLessThan(lastScoring.pairsDone / 4);
    const clusterOf = new Map<number, number>();
    whole.clusters.forEach((cluster, c) => cluster.rows.forEach((row) => clusterOf.set(row, c)));
    const reviewed = new Set(whole.review.map((pair) => `${pair.a},${pair.b}`));
    for (let i = 0; i < kept.length; i += 2) {
      const [a, b] = [kept[i]!, kept[i + 1]!];
      const together = clusterOf.has(a) && clusterOf.get(a) === clusterOf.get(b);
      expect({ a, b, shown: together || reviewed.has(`${a},${b}`) }).toEqual({ a, b, shown: true });
    }
  });

  test('a pair rejected between two steps is left out, as in a run that knew it from the start', () => {
    const columns = recogniseColumns(values[0]!);
    const [a, b] = whole.clusters[0]!.rows;
    const rejected = new Set([pairKey(rowIdentity(values[a! + 1]!, columns), rowIdentity(values[b! + 1]!, columns))]);
    let ticks = 0;
    let checkpoint = steps[1]!.checkpoint;
    let result = steps[1]!;
    while (!result.complete) {
      result = oneRun(values, { budget: { now: () => ticks++, milliseconds: 1_000 }, resumeFrom: checkpoint }, rejected);
      checkpoint = result.checkpoint;
    }
    expect(result).toEqual(oneRun(values, {}, rejected));
    expect(result.clusters.some((cluster) => cluster.rows.includes(a!) && cluster.rows.includes(b!))).toBe(false);
  });

  test('an edited sheet starts over: the old checkpoint is set aside', () => {
    const first = steps[2]!;
    expect(first.progress).toBeGreaterThan(0.3);
    const edited = values.map((row) => [...row]);
    edited[5]![0] = `${String(edited[5]![0])} Jr`;
    let ticks = 0;
    const next = oneRun(edited, { budget: { now: () => ticks++, milliseconds: 400 }, resumeFrom: first.checkpoint });
    expect(next.progress).toBeLessThan(first.progress);
    expect(next.checkpoint!.stage).toBe('learning');
    expect(next.checkpoint!.fingerprint).not.toBe(first.checkpoint!.fingerprint);
    let result = next;
    while (!result.complete) result = oneRun(edited, { budget: { now: () => ticks++, milliseconds: 1_000 }, resumeFrom: result.checkpoint });
    expect(result).toEqual(oneRun(edited));
  });

  test('other options (another default country) start over too', () => {
    const first = steps[0]!;
    const other = oneRun(values, { defaultCountry: 'RU', budget: { now: () => 0, milliseconds: -1 }, resumeFrom: first.checkpoint });
    expect(other.checkpoint!.fingerprint).not.toBe(first.checkpoint!.fingerprint);
    expect(other.progress).toBeLessThan(first.progress);
  });

  test('a step with no time left still moves on by a row', () => {
    const noTime = { now: () => 0, milliseconds: -1 };
    let checkpoint: MatchingCheckpoint | null = null;
    for (const row of [1, 2, 3]) {
      checkpoint = oneRun(values, { budget: noTime, resumeFrom: checkpoint }).checkpoint;
      expect([checkpoint!.stage, checkpoint!.row]).toEqual(['learning', row]);
    }
  });

  test('each checkpoint goes through sheet cells unchanged, each cell within Sheets’ limit', () => {
    for (const step of steps.slice(0, -1)) {
      const cells = checkpointCells(step.checkpoint!);
      expect(cells.every((cell) => cell.length <= CHECKPOINT_CELL_CHARS && cell.length > 0)).toBe(true);
      expect(checkpointFromCells(cells)).toEqual(step.checkpoint);
    }
  });

  test('a checkpoint whose pairs do not fit the sheet is set aside, and matching starts over', () => {
    const fingerprint = matchingFingerprint(values, recogniseColumns(values[0]!), OPTIONS);
    const model = { fields: Array.from({ length: 6 }, () => ({ m: [0, 0.1, 0.1, 0.1, 0.7], u: [1, 0.8, 0.1, 0.05, 0.05] })), prior: 0.1, iterations: 1 };
    const foreign: MatchingCheckpoint = { version: CHECKPOINT_VERSION, fingerprint, pairsPlanned: 10, row: 10, pairsDone: 4, stage: 'scoring', model, kept: encodePairs([3, 90_000]) };
    expect(oneRun(values, { resumeFrom: foreign })).toEqual(whole);
  });
});

describe('matching in steps of any size (property)', () => {
  const values = table(150, 8);
  const whole = oneRun(values);

  test('whatever the budgets, the last step gives what one run gives', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 4, max: 160 }), { minLength: 1, maxLength: 12 }), (budgets) => {
        const { result } = stepped(values, (step) => budgets[step % budgets.length]!);
        expect(result).toEqual(whole);
      }),
      { numRuns: 15 },
    );
  });
});

describe('the checkpoint as saved', () => {
  const values = table(300, 4);
  const columns = recogniseColumns(values[0]!);

  test('is cut into as many cells as it needs', () => {
    const kept = encodePairs(Array.from({ length: 40_000 }, (_, i) => [i, i + 7_000]).flat());
    const checkpoint: MatchingCheckpoint = { version: CHECKPOINT_VERSION, fingerprint: 'f', pairsPlanned: 9, row: 3, pairsDone: 2, stage: 'scoring', model: { fields: [], prior: 0.1, iterations: 3 }, kept };
    const cells = checkpointCells(checkpoint);
    expect(cells.length).toBeGreaterThan(3);
    expect(checkpointFromCells(cells)).toEqual(checkpoint);
  });

  test.each([
    ['nothing saved', []],
    ['not JSON', ['{"version":1,']],
    ['a cell cut short', checkpointCells({ version: CHECKPOINT_VERSION, fingerprint: 'f', pairsPlanned: 9, row: 3, pairsDone: 2, stage: 'learning', patterns: [['0123', 5]], wholePatterns: [['4123', 5]], exactPairs: 1 }).map((cell) => cell.slice(1))],
    ['another version', [JSON.stringify({ version: 0, fingerprint: 'f', pairsPlanned: 9, row: 3, pairsDone: 2, stage: 'learning', patterns: [] })]],
    ['no count of exact pairs (a checkpoint of version 1)', [JSON.stringify({ version: 1, fingerprint: 'f', pairsPlanned: 9, row: 3, pairsDone: 2, stage: 'learning', patterns: [] })]],
    ['no whole patterns (a checkpoint of version 2)', [JSON.stringify({ version: 2, exactPairs: 0, fingerprint: 'f', pairsPlanned: 9, row: 3, pairsDone: 2, stage: 'learning', patterns: [] })]],
    ['a level out of range', [JSON.stringify({ version: CHECKPOINT_VERSION, exactPairs: 0, fingerprint: 'f', pairsPlanned: 9, row: 3, pairsDone: 2, stage: 'learning', patterns: [['0193', 5]], wholePatterns: [] })]],
    ['a negative row', [JSON.stringify({ version: CHECKPOINT_VERSION, exactPairs: 0, fingerprint: 'f', pairsPlanned: 9, row: -3, pairsDone: 2, stage: 'learning', patterns: [], wholePatterns: [] })]],
  ])('reads as none when it cannot be used: %s', (_case, cells) => {
    expect(checkpointFromCells(cells as string[])).toBeNull();
  });

  test('pairs are written compactly and read back', () => {
    const pairs = [0, 5, 0, 9, 7, 8, 7, 1_200, 1_499, 1_500];
    const text = encodePairs(pairs);
    expect(text).toBe('0.5,0.9,7.1,0.x5,15g.1');
    expect(decodePairs(text, 1_501)).toEqual(pairs);
    expect(decodePairs(text, 1_500)).toBeNull();
    expect(decodePairs('0.0', 10)).toBeNull();
    expect(decodePairs('0.5;1.2', 10)).toBeNull();
    expect(decodePairs('', 10)).toEqual([]);
  });

  test('the fingerprint changes with any cell, a value’s type, the options; not with nothing', () => {
    const base = matchingFingerprint(values, columns, OPTIONS);
    expect(matchingFingerprint(values.map((row) => [...row]), columns, OPTIONS)).toBe(base);
    const edited = values.map((row) => [...row]);
    edited[250]![2] = `${String(edited[250]![2])}x`;
    expect(matchingFingerprint(edited, columns, OPTIONS)).not.toBe(base);
    const small: CellValue[][] = [['Name', 'Phone'], ['Ivan', 1]];
    const smallColumns = recogniseColumns(small[0]!);
    expect(matchingFingerprint(small, smallColumns, OPTIONS)).not.toBe(matchingFingerprint([['Name', 'Phone'], ['Ivan', '1']], smallColumns, OPTIONS));
    expect(matchingFingerprint(small, smallColumns, OPTIONS)).not.toBe(matchingFingerprint([['Name', 'Phone'], ['Ivan', 1], []], smallColumns, OPTIONS));
    expect(matchingFingerprint(values, columns, { ...OPTIONS, timeZone: 'Asia/Almaty' })).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
  });
});
