/**
 * Issue 19: a pair the family rule holds back (Аружан and Бауыржан Каримовы sharing a phone in
 * the demo) is never in an automatic merge: Merge all at or above, at any level, nor the CLI's
 * merged file, which merge the groups automaticMergeGroups picks.
 */
import { DEMO_HARD_NEGATIVES, demoCustomerTable } from '../../src/local/demo/demoCustomers';
import { automaticMergeGroups } from '../../src/core/merge/automaticMerge';
import type { DuplicateGroups } from '../../src/server/dedupe/duplicates';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const KARIMOVS = ['Аружан Каримова', 'Бауыржан Каримов'];

describe('Automatic merges on the demo workbook never take a held-back pair', () => {
  const h = addonHost();
  putTable(h, 'Sheet1', demoCustomerTable());
  h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  const result = h.run<DuplicateGroups>('getDuplicates');

  it('has the Каримовы as a hard negative sharing a phone', () => {
    const rows = DEMO_HARD_NEGATIVES.find((pair) => pair.every((row) => KARIMOVS.includes(String(demoCustomerTable()[row]![0]))));
    expect(rows).toBeDefined();
  });

  it.each([0.5, 0.8, 0.95])('Merge all at or above %p leaves every hard negative pair apart, the Каримовы included', (level) => {
    const merged = automaticMergeGroups(result.groups, level).map((rows) => rows.map((row) => row - 1));
    for (const pair of DEMO_HARD_NEGATIVES) expect(merged.some((group) => pair.every((row) => group.includes(row)))).toBe(false);
    expect(result.groups.filter((group) => group.heldBack).every((group) => !merged.some((rows) => rows.join() === group.rows.map((r) => r - 1).join()))).toBe(true);
  });

  it('after merging every automatic group, both Каримовы are still customers of their own', () => {
    const merging = addonHost();
    putTable(merging, 'Sheet1', demoCustomerTable());
    merging.run('saveSettings', { language: null, defaultCountry: 'KZ' });
    merging.run('mergeDuplicates', automaticMergeGroups(result.groups, 0));
    const names = sheetValues(merging, 'Sheet1').map((row) => row[0]);
    for (const name of KARIMOVS) expect(names).toContain(name);
  });
});

describe('automaticMergeGroups', () => {
  it.each([
    [{ rows: [2, 3], probability: 0.99, heldBack: false }, 0.95, [[2, 3]]],
    [{ rows: [2, 3], probability: 0.9, heldBack: false }, 0.95, []],
    [{ rows: [2, 3, 4], probability: 0.999, heldBack: true }, 0.5, []],
  ])('takes %j at level %p as %j', (group, level, expected) => {
    expect(automaticMergeGroups([group], level)).toEqual(expected);
  });
});
