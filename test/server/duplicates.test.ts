import { DEMO_DUPLICATE_GROUPS, DEMO_HARD_NEGATIVES, demoCustomerTable } from '../../src/local/demo/demoCustomers';
import type { CellValue } from '../../src/core/customerRecord';
import type { LocalHost } from '../../src/local/localHost';
import type { DuplicateGroups } from '../../src/server/dedupe/duplicates';
import { CHECKPOINT_SHEET } from '../../src/server/dedupe/matchingCheckpointSheet';
import { CHECKPOINT_VERSION } from '../../src/core/dedupe/matchingCheckpoint';
import { LABELS_SHEET } from '../../src/server/dedupe/duplicates';
import { addonHost, putTable, sheetValues } from '../support/addonHost';
import { multilingualTestSet } from '../support/dedupeTestSet';

function demoHost() {
  const h = addonHost();
  putTable(h, 'Sheet1', demoCustomerTable());
  h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  return h;
}

describe('Find duplicates on the demo workbook', () => {
  it('finds every known duplicate group and merges no hard negative', () => {
    const result = demoHost().run<DuplicateGroups>('getDuplicates');
    // Sheet rows are data rows + 1.
    const groups = result.groups.map((g) => g.rows.map((row) => row - 1));
    for (const known of DEMO_DUPLICATE_GROUPS) expect(groups).toContainEqual([...known].sort((a, b) => a - b));
    for (const negative of DEMO_HARD_NEGATIVES) {
      expect(groups.some((g) => negative.every((row) => g.includes(row)))).toBe(false);
    }
    expect(result.groups[0]!.differing.length).toBeGreaterThanOrEqual(0);
    expect(result.groups.map((g) => g.probability)).toEqual([...result.groups.map((g) => g.probability)].sort((a, b) => b - a));
  });

  it('remembers a rejected group and does not propose it again', () => {
    const h = demoHost();
    const first = h.run<DuplicateGroups>('getDuplicates').groups[0]!;
    expect(h.run<number>('rejectDuplicates', first.rows)).toBeGreaterThan(0);
    const again = h.run<DuplicateGroups>('getDuplicates').groups.map((g) => g.rows);
    expect(again).not.toContainEqual(first.rows);
  });

  it('merges a found group and undoes it exactly', () => {
    const h = demoHost();
    const before = sheetValues(h, 'Sheet1');
    const group = h.run<DuplicateGroups>('getDuplicates').groups[0]!;
    expect(h.run('mergeDuplicates', [group.rows])).toEqual({ groups: 1, rowsMerged: group.rows.length - 1 });
    expect(sheetValues(h, 'Sheet1')).toHaveLength(before.length - (group.rows.length - 1));
    h.run('undoLastAction');
    expect(sheetValues(h, 'Sheet1')).toEqual(before);
  });
});

describe('Find duplicates on a sheet too big for one step', () => {
  const ROWS = 150;
  const settings = { language: null, defaultCountry: 'KZ' };

  function hostWith(values: CellValue[][]) {
    const h = addonHost();
    putTable(h, 'Sheet1', values);
    h.run('saveSettings', settings);
    return h;
  }

  const generated = (rows: number) => multilingualTestSet(rows, 17).table as CellValue[][];

  /**
   * Calls getDuplicates as the sidebar does, until the answer is complete (or `maxSteps`), with
   * steps as short as they can be (0 ms: one row each, on any machine): the sheet is small, the steps many.
   */
  function matchInSteps(h: LocalHost, maxSteps = 1_000) {
    const steps: { result: DuplicateGroups; calls: Record<string, number> }[] = [];
    do {
      h.ctx.calls.reset();
      const result = h.run<DuplicateGroups>('getDuplicates', 0);
      steps.push({ result, calls: h.ctx.calls.snapshot() });
    } while (!steps.at(-1)!.result.complete && steps.length < maxSteps);
    return steps;
  }

  const checkpointSheet = (h: LocalHost) => h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheetByName(CHECKPOINT_SHEET);

  it('continues each step from the last, showing progress, and ends with what one uninterrupted run finds', () => {
    const whole = hostWith(generated(ROWS)).run<DuplicateGroups>('getDuplicates');
    expect(whole.complete).toBe(true);
    expect(whole.groups.length).toBeGreaterThan(5);
    const h = hostWith(generated(ROWS));
    const steps = matchInSteps(h);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const progress = steps.map((step) => step.result.progress);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    // A step of one row with no pair to compare moves nothing: the first may show 0%, the last rows 100% before the end.
    expect(progress.every((share) => share >= 0 && share <= 1)).toBe(true);
    expect(steps.slice(0, -1).every((step) => !step.result.complete)).toBe(true);
    expect(progress.at(-2)).toBeGreaterThan(0.5);
    expect(steps.at(-1)!.result).toEqual(whole);
  });

  it('keeps the checkpoint in a hidden sheet while matching goes on, and clears it when complete', () => {
    const h = hostWith(generated(ROWS));
    expect(h.run<DuplicateGroups>('getDuplicates', 0).complete).toBe(false);
    const sheet = checkpointSheet(h)!;
    expect(sheet.isSheetHidden()).toBe(true);
    expect(String(sheet.getRange(2, 1).getValue())).toMatch(new RegExp(`^\\{"version":${CHECKPOINT_VERSION},`));
    expect(h.spreadsheetApp.getActiveSpreadsheet()!.getActiveSheet().getName()).toBe('Sheet1');
    matchInSteps(h);
    expect(sheet.getLastRow()).toBe(1);
  });

  it('costs the same service calls in every step, whatever the sheet’s size', () => {
    const small = matchInSteps(hostWith(generated(100))).slice(1, -1);
    const large = matchInSteps(hostWith(generated(400)), 6).slice(1);
    expect(small.length).toBeGreaterThanOrEqual(2);
    for (const step of [...small, ...large]) expect(step.calls).toEqual(small[0]!.calls);
    expect(small[0]!.calls['Range.setValues']).toBe(1);
  });

  it('starts over when the sheet was edited between two steps', () => {
    const h = hostWith(generated(ROWS));
    let last = h.run<DuplicateGroups>('getDuplicates', 0);
    while (last.progress < 0.5) last = h.run<DuplicateGroups>('getDuplicates', 0);
    const edited = generated(ROWS);
    edited[3]![0] = `${String(edited[3]![0])} Jr`;
    putTable(h, 'Sheet1', edited);
    expect(h.run<DuplicateGroups>('getDuplicates', 0).progress).toBeLessThan(last.progress);
    const resumed = matchInSteps(h).at(-1)!.result;
    expect(resumed).toEqual(hostWith(edited).run<DuplicateGroups>('getDuplicates'));
  });

  it('starts over, losing nothing, when the saved checkpoint cannot be read', () => {
    const whole = hostWith(generated(ROWS)).run<DuplicateGroups>('getDuplicates');
    const h = hostWith(generated(ROWS));
    h.run('getDuplicates', 0);
    checkpointSheet(h)!.getRange(2, 1).setValue("'{not a checkpoint");
    expect(h.run<DuplicateGroups>('getDuplicates', 0).complete).toBe(false);
    expect(matchInSteps(h).at(-1)!.result).toEqual(whole);
  });
});

describe('Learning from the reviewer (issue 15)', () => {
  /** Companies with nothing but a name and a city: each entered again with a typo, which leaves the pair to check. */
  function namesOnly(): CellValue[][] {
    const first = ['Amber', 'Birch', 'Cobalt', 'Dune', 'Ember', 'Fjord', 'Granite', 'Hazel', 'Indigo', 'Juniper'];
    const second = ['Lantern', 'Orchard', 'Quarry', 'Rapids', 'Summit', 'Tundra'];
    const table: CellValue[][] = [['Name', 'Email', 'Phone', 'City']];
    first.forEach((a, i) => second.forEach((b, j) => table.push([`${a} ${b} Trading`, '', '', ['Denver', 'Austin', 'Boston'][(i + j) % 3]!])));
    const typos: [string, string][] = [['Pioneer Lantern Printing', 'Pioneer Lantren Printing'], ['Harbor Falcon Tailors', 'Harbour Falcon Tailors'], ['Crystal Meadow Florist', 'Crystal Medow Florist'], ['Silver Anchor Realty', 'Silver Anchr Realty']];
    for (const [right, wrong] of typos) table.push([right, '', '', 'Denver'], [wrong, '', '', 'Denver']);
    return table;
  }

  function host(values: CellValue[][]) {
    const h = addonHost();
    putTable(h, 'Sheet1', values);
    h.run('saveSettings', { language: null, defaultCountry: 'US' });
    return h;
  }

  it('shows each group and pair to check with what every field added, summing to its score', () => {
    const result = host(namesOnly()).run<DuplicateGroups>('getDuplicates');
    expect(result.toCheck.length).toBeGreaterThanOrEqual(4);
    for (const item of [...result.groups, ...result.toCheck]) {
      const { why } = item;
      expect(item.rows).toEqual(expect.arrayContaining([why.rowA, why.rowB]));
      expect(why.fields.map((field) => field.header)).toEqual(['Name', 'City']);
      expect(why.start + why.fields.reduce((sum, field) => sum + field.weight, 0) + why.labels).toBeCloseTo(why.total, 9);
    }
  });

  it('a Merge or a Not the same in the panel is a label the next search weighs; a pair said not the same is never proposed again', () => {
    const h = host(namesOnly());
    const before = h.run<DuplicateGroups>('getDuplicates');
    const [merged, rejected, ...others] = before.toCheck;
    expect(others.length).toBeGreaterThanOrEqual(2);
    h.run('mergeDuplicates', [merged!.rows], true);
    // The rows moved up by one under the merged row: the rejected pair is found by its content.
    const rejectedNames = rejected!.members.map((member) => member.values[0]);
    const after = h.run<DuplicateGroups>('getDuplicates');
    const rowsOf = (result: DuplicateGroups, names: readonly (string | undefined)[]) => [...result.groups, ...result.toCheck].find((item) => item.members.every((member) => names.includes(member.values[0])));
    h.run('rejectDuplicates', rowsOf(after, rejectedNames)!.rows);
    const labels = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheetByName(LABELS_SHEET)!;
    expect(labels.isSheetHidden()).toBe(true);
    expect(labels.getRange(2, 1, 2, 3).getValues()).toEqual([['same', expect.any(String), 'L3004'], ['different', expect.any(String), 'L3004']]);
    const next = h.run<DuplicateGroups>('getDuplicates');
    expect(rowsOf(next, rejectedNames)).toBeUndefined();
    // One Merge and one Not the same of this very pattern: even, so the others stay to check, now with the answers in their score.
    const other = rowsOf(next, others[0]!.members.map((member) => member.values[0]))!;
    expect(other.why.labels).not.toBe(0);
  });
});
